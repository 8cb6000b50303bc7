import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { keepOneLanguage } from '../../src/publish/search-ui/languages.ts';
import { dropComponents } from '../../src/publish/search-ui/components.ts';
import { dropUnusedRules } from '../../src/publish/search-ui/stylesheet.ts';

/** One language as esbuild bundles Pagefind's translations/<lang>.json (names minified). */
const languageModule = (lang: string, i: number) =>
  `var M${i}={};h(M${i},{comments:()=>c${i},default:()=>x${i},direction:()=>r${i},strings:()=>s${i},thanks_to:()=>t${i}});` +
  `var t${i}="Translator ${i}",c${i}="",r${i}="ltr",s${i}={placeholder:"${lang}-search",zero_results:"${lang}-none"},x${i}={thanks_to:t${i},comments:c${i},direction:r${i},strings:s${i}};`;

/**
 * A small bundle shaped like Pagefind 1.6's pagefind-component-ui.js: an IIFE, esbuild's export
 * helper, the language modules, the two tables, and the loop that builds the language map.
 * `after` is code placed after the tables; `tables` replaces them.
 */
function bundle(langs: string[], after = '', tables?: string): string {
  const table =
    tables ??
    `var T=[${langs.map((_, i) => `M${i}`).join(',')}],J=T,P=[${langs.map((l) => `"../../translations/${l}.json"`).join(',')}];`;
  return (
    '"use strict";(()=>{var d=Object.defineProperty;var h=(a,s)=>{for(var e in s)d(a,e,{get:s[e],enumerable:!0})};' +
    langs.map(languageModule).join('') +
    table +
    'var ye={};for(let a=0;a<P.length;a++){let s=P[a].match(/([^\\/]+)\\.json$/);ye[s[1]]={direction:J[a].direction,...J[a].strings}}' +
    `window.UI=ye;${after}})();`
  );
}

/** Runs a bundle and returns the language map it built. */
function languagesOf(code: string): Record<string, { placeholder: string }> {
  const window: { UI?: Record<string, { placeholder: string }> } = {};
  runInNewContext(code, { window });
  return window.UI!;
}

describe('keeping one language in the Component UI bundle', () => {
  it.each([
    [['af', 'de', 'en', 'zh-tw'], 'en'],
    [['en', 'fr'], 'en'],
    [['de', 'en'], 'de'],
    [['en'], 'en'],
  ])('of %j keeps only %s, and the bundle still runs', (langs, lang) => {
    const out = keepOneLanguage(bundle(langs), lang, 'ui.js');
    expect(Object.keys(languagesOf(out))).toEqual([lang]);
    expect(languagesOf(out)[lang]!.placeholder).toBe(`${lang}-search`);
    for (const other of langs.filter((l) => l !== lang)) {
      expect(out).not.toContain(`${other}-search`);
      expect(out).not.toContain(`translations/${other}.json`);
    }
  });

  it.each([
    ['no IIFE wrapper', 'var x=1;', /ui\.js: expected the whole bundle in one/],
    [
      'no language modules',
      '"use strict";(()=>{var P=["../../translations/en.json"];})();',
      /ui\.js: expected each language as a module with `strings`/,
    ],
    [
      'no table of paths',
      bundle(['de', 'en'], '', 'var T=[M0,M1],P=["de","en"];'),
      /expected one table of translation paths and one of the 2 language modules \(found 0 and 1\)/,
    ],
    [
      'no table of modules',
      bundle(
        ['de', 'en'],
        '',
        'var T=[M0],P=["../../translations/de.json","../../translations/en.json"];',
      ),
      /found 1 and 0/,
    ],
    ['no English', bundle(['de', 'fr']), /expected a translation for "en"/],
    [
      "another language's strings read elsewhere",
      bundle(['de', 'en'], 'window.extra=s0;'),
      /but s0 is still used/,
    ],
    [
      "a language's part that is not plain data",
      bundle(['de', 'en']).replace('r0="ltr"', 'r0=pick()'),
      /expected a language's parts to be values that do nothing when made, not r0=pick\(\)/,
    ],
  ])('fails loudly, naming the file, with %s', (_, code, message) => {
    expect(() => keepOneLanguage(code, 'en', 'ui.js')).toThrow(message);
  });

  it('names the file and asks for the transform to be updated', () => {
    expect(() =>
      keepOneLanguage('var x=1;', 'en', '/dist/pagefind/pagefind-component-ui.js'),
    ).toThrow(/^\/dist\/pagefind\/pagefind-component-ui\.js: .*update src\/publish\/search-ui\//);
  });
});

/**
 * A bundle shaped like the Component UI's elements: an exports namespace, a base class, helpers
 * (`u` uses `w`; only the box uses `u`; the modal uses `k`), the element classes and their
 * registrations. `after` is more code before the end.
 */
const elements = (after = '') =>
  '"use strict";(()=>{var d=Object.defineProperty;var h=(a,s)=>{for(var e in s)d(a,e,{get:s[e],enumerable:!0})};' +
  'var E={};h(E,{PagefindBox:()=>B,PagefindModal:()=>M,configure:()=>c});function c(){return 1}' +
  'var f=class extends HTMLElement{};var w=a=>a+1,u=a=>w(a)*2;function k(a){return a}var n=null;' +
  'var M=class extends f{go(){return k(1)}},B=class extends f{static tag="box";go(){return u(2)}};' +
  'customElements.get("x-modal")||customElements.define("x-modal",M);' +
  'customElements.get("x-box")||customElements.define("x-box",B);' +
  `var s=start();window.C=E;${after}})();`;

/** Runs a bundle; returns the elements it registered and what it exported. */
function run(code: string): { registered: string[]; exported: string[] } {
  const registered: string[] = [];
  const window: { C?: object } = {};
  runInNewContext(code, {
    window,
    HTMLElement: class {},
    start: () => 0,
    customElements: { get: () => undefined, define: (tag: string) => registered.push(tag) },
  });
  return { registered, exported: Object.keys(window.C!) };
}

describe('dropping unused elements from the Component UI bundle', () => {
  it('drops the element, its export, its class and the helpers only it used', () => {
    const out = dropComponents(elements(), ['x-box'], 'ui.js');
    expect(run(elements())).toEqual({
      registered: ['x-modal', 'x-box'],
      exported: ['PagefindBox', 'PagefindModal', 'configure'],
    });
    expect(run(out)).toEqual({ registered: ['x-modal'], exported: ['PagefindModal', 'configure'] });
    for (const gone of ['B=class', 'u=a=>', 'w=a=>', 'var n=null', 'x-box'])
      expect(out).not.toContain(gone);
    // What the rest uses, and code that does something when it runs, stay.
    for (const kept of ['function k(a)', 'var f=class', 'var s=start()', 'function c()'])
      expect(out).toContain(kept);
  });

  it.each([
    [
      'an element it does not register',
      elements(),
      ['x-nope'],
      /ui\.js: expected customElements\.define\("x-nope", …\)/,
    ],
    [
      'a class something else still uses',
      elements('window.keep=B;'),
      ['x-box'],
      /ui\.js: expected nothing else to use B/,
    ],
  ])('fails loudly with %s', (_, code, tags, message) => {
    expect(() => dropComponents(code, tags, 'ui.js')).toThrow(message);
  });
});

describe('dropping unused rules from the Component UI stylesheet', () => {
  const unused = ['pagefind-searchbox', 'pf-searchbox', 'pf-trigger'];
  it.each([
    [
      'a rule of an unused element',
      ['pagefind-searchbox'],
      'pagefind-searchbox{x:1}a{x:2}',
      'a{x:2}',
    ],
    [
      'a rule of an unused class family',
      ['pf-searchbox'],
      '.pf-searchbox-input{x:1}.pf-input{x:2}',
      '.pf-input{x:2}',
    ],
    [
      'the unused selectors of a shared rule',
      ['pf-trigger'],
      '.pf-trigger-btn,.pf-input{x:1}',
      '.pf-input{x:1}',
    ],
    [
      'only the class, not one that starts alike',
      ['pf-trigger'],
      '.pf-triggered{x:1}.pf-trigger{y:1}',
      '.pf-triggered{x:1}',
    ],
    ['comments', ['pf-trigger'], '/* why */.pf-input{x:1}.pf-trigger{y:1}', '.pf-input{x:1}'],
    [
      'comments inside values',
      ['pf-trigger'],
      '.pf-input{x: /* first */ a /* one */, b}.pf-trigger{y:1}',
      '.pf-input{x:a , b}',
    ],
    [
      'their custom properties',
      ['pf-searchbox'],
      ':root{--pf-searchbox-max-width:1px;--pf-x:2}.pf-searchbox{x:1}',
      ':root{--pf-x:2}',
    ],
    [
      'a media query left empty',
      ['pf-searchbox'],
      '@media (max-width:640px){.pf-searchbox{x:1}}.pf-input{x:1}',
      '.pf-input{x:1}',
    ],
    [
      'rules inside a media query',
      ['pf-searchbox'],
      '@media print{.pf-searchbox{x:1}.pf-input{x:1}}',
      '@media print{.pf-input{x:1}}',
    ],
  ])('drops %s', (_, parts, css, expected) => {
    const out = dropUnusedRules(css, parts, 'ui.css');
    expect(out.replace(/\s*([{}:;])\s*/g, '$1').replace(/;}/g, '}')).toBe(expected);
  });

  it('fails loudly, naming the file, when an unused component has no rule (Pagefind renamed it)', () => {
    expect(() =>
      dropUnusedRules('.pf-input{x:1}pagefind-searchbox{y:1}', unused, 'ui.css'),
    ).toThrow(/^ui\.css: expected rules for pf-searchbox, pf-trigger\./);
  });
});
