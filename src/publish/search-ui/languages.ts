/**
 * Drops the UI strings of every language but the site's from Pagefind's Component UI bundle.
 *
 * esbuild bundles each of Pagefind's `translations/<lang>.json` as a namespace object
 * (`var X={};h(X,{strings:()=>S,direction:()=>D,…});var S={placeholder:…},D="ltr",…`) and lists
 * them in two tables side by side: the modules (`[X,…]`) and their paths
 * (`["../../translations/af.json",…]`), which the UI reads at start-up into its language map.
 * Keeping one entry in each table and deleting the other modules' declarations leaves a UI
 * that speaks only that language, which is all a single-language site ever shows: with one
 * language in the map, Pagefind falls back to it for any page language.
 */
import type { Statement, VariableDeclarator } from 'acorn';
import {
  applyEdits,
  bundleBody,
  BundleShapeError,
  isPure,
  parseScript,
  referencedNames,
  type Edit,
} from './bundle.ts';

const TRANSLATION_PATH = /\/translations\/([^/]+)\.json$/;

interface LanguageModule {
  statement: Statement;
  /** The variables its getters return: strings, direction, thanks_to, comments, default. */
  parts: string[];
}

/** `h(X,{strings:()=>S,…})`: esbuild registering a JSON module's exports on namespace X. */
function languageModule(statement: Statement): [string, LanguageModule] | undefined {
  if (statement.type !== 'ExpressionStatement') return;
  const call = statement.expression;
  if (call.type !== 'CallExpression' || call.arguments.length !== 2) return;
  const [target, exports] = call.arguments;
  if (target?.type !== 'Identifier' || exports?.type !== 'ObjectExpression') return;
  const parts: string[] = [];
  let strings = false;
  for (const p of exports.properties) {
    if (p.type !== 'Property' || p.key.type !== 'Identifier') return;
    if (p.value.type !== 'ArrowFunctionExpression' || p.value.body.type !== 'Identifier') return;
    strings ||= p.key.name === 'strings';
    parts.push(p.value.body.name);
  }
  return strings ? [target.name, { statement, parts }] : undefined;
}

function declarators(body: Statement[]): VariableDeclarator[] {
  return body.flatMap((s) => (s.type === 'VariableDeclaration' ? s.declarations : []));
}

/** Returns `code` (Pagefind's `pagefind-component-ui.js`, named `file` in errors) with only `lang`'s strings. */
export function keepOneLanguage(code: string, lang: string, file: string): string {
  const body = bundleBody(parseScript(code), file);
  const modules = new Map(body.map(languageModule).filter((m) => m !== undefined));
  if (!modules.size)
    throw new BundleShapeError(file, 'expected each language as a module with `strings`');
  const arrays = declarators(body).filter((d) => d.init?.type === 'ArrayExpression');
  const paths = arrays.filter((d) => {
    const items = d.init?.type === 'ArrayExpression' ? d.init.elements : [];
    return (
      items.length > 0 &&
      items.every((e) => e?.type === 'Literal' && TRANSLATION_PATH.test(String(e.value)))
    );
  });
  const tables = arrays.filter((d) => {
    const items = d.init?.type === 'ArrayExpression' ? d.init.elements : [];
    return (
      items.length === modules.size &&
      items.every((e) => e?.type === 'Identifier' && modules.has(e.name))
    );
  });
  if (paths.length !== 1 || tables.length !== 1)
    throw new BundleShapeError(
      file,
      `expected one table of translation paths and one of the ${modules.size} language modules (found ${paths.length} and ${tables.length})`,
    );
  const pathItems = (
    paths[0]!.init as { elements: Array<{ value: string; start: number; end: number }> }
  ).elements;
  const tableItems = (tables[0]!.init as { elements: Array<{ name: string }> }).elements;
  const keep = pathItems.findIndex((e) => TRANSLATION_PATH.exec(e.value)?.[1] === lang);
  if (keep < 0 || pathItems.length !== tableItems.length)
    throw new BundleShapeError(file, `expected a translation for "${lang}" in the table of paths`);

  const kept = tableItems[keep]!.name;
  const removed = new Set<string>();
  const edits: Edit[] = [
    {
      start: paths[0]!.init!.start,
      end: paths[0]!.init!.end,
      text: `[${code.slice(pathItems[keep]!.start, pathItems[keep]!.end)}]`,
    },
    { start: tables[0]!.init!.start, end: tables[0]!.init!.end, text: `[${kept}]` },
  ];
  for (const [name, module] of modules) {
    if (name === kept) continue;
    edits.push({ start: module.statement.start, end: module.statement.end, text: '' });
    [name, ...module.parts].forEach((n) => removed.add(n));
  }
  for (const statement of body) {
    if (statement.type !== 'VariableDeclaration') continue;
    const drop = statement.declarations.filter(
      (d) => d.id.type === 'Identifier' && removed.has(d.id.name),
    );
    if (!drop.length) continue;
    const unsafe = drop.find((d) => !isPure(d.init));
    if (unsafe)
      throw new BundleShapeError(
        file,
        `expected a language's parts to be values that do nothing when made, not ${code.slice(unsafe.start, unsafe.start + 60)}`,
      );
    const rest = statement.declarations.filter((d) => !drop.includes(d));
    const text = rest.length
      ? `${statement.kind} ${rest.map((d) => code.slice(d.start, d.end)).join(',')};`
      : '';
    edits.push({ start: statement.start, end: statement.end, text });
  }

  const out = applyEdits(code, edits);
  const stillRead = [...referencedNames(parseScript(out)).keys()].filter((n) => removed.has(n));
  if (stillRead.length)
    throw new BundleShapeError(
      file,
      `expected the other languages to be read only through the language table, but ${stillRead.join(', ')} is still used`,
    );
  return out;
}
