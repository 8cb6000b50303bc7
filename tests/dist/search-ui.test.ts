import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { forEachNode, parseScript } from '../../src/publish/search-ui/bundle.ts';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const dist = inject('dist');
/** Every string literal of the served Component UI script, and the names it defines as custom elements. */
const strings: string[] = [];
const defined: string[] = [];
/** Each translation's strings object (one with a `placeholder` and a `zero_results`). */
const translations: Array<Record<string, string>> = [];
let css = '';

beforeAll(async () => {
  const code = await readFile(join(dist, 'pagefind/pagefind-component-ui.js'), 'utf8');
  css = await readFile(join(dist, 'pagefind/pagefind-component-ui.css'), 'utf8');
  forEachNode(parseScript(code), (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') strings.push(node.value);
    if (node.type === 'CallExpression') {
      const callee = node.callee;
      const [name] = node.arguments;
      if (
        callee.type === 'MemberExpression' &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'define' &&
        name?.type === 'Literal'
      )
        defined.push(String(name.value));
    }
    if (node.type === 'ObjectExpression') {
      const entries = node.properties.flatMap((p) =>
        p.type === 'Property' && p.key.type === 'Identifier' && p.value.type === 'Literal'
          ? [[p.key.name, String(p.value.value)] as const]
          : [],
      );
      const object = Object.fromEntries(entries);
      if ('placeholder' in object && 'zero_results' in object) translations.push(object);
    }
  });
});

/** The Pagefind elements our search code writes into the page (src/scripts/search/). */
async function elementsWeUse(): Promise<string[]> {
  const folder = 'src/scripts/search';
  const used = new Set<string>();
  for (const file of await readdir(folder)) {
    const text = await readFile(join(folder, file), 'utf8');
    for (const [, name] of text.matchAll(/<(pagefind-[a-z-]+)/g)) used.add(name!);
  }
  return [...used].sort();
}

describe('the search UI as served (src/publish/search-ui/)', () => {
  it("carries only English strings: one translation, the site's", () => {
    expect(strings.filter((s) => s.includes('/translations/'))).toEqual([
      '../../translations/en.json',
    ]);
    expect(translations).toHaveLength(1);
    expect(translations[0]).toMatchObject({ placeholder: 'Search', clear_search: 'Clear' });
  });

  it('still defines every custom element our search uses', async () => {
    const used = await elementsWeUse();
    expect(used).toContain('pagefind-modal');
    expect(used.filter((name) => !defined.includes(name))).toEqual([]);
  });

  it('has no styles for the components the site never uses', () => {
    expect(css).not.toMatch(/pf-searchbox|pagefind-searchbox|pf-trigger|modal-trigger|\/\*/);
    expect(css).toContain('.pf-modal');
  });
});
