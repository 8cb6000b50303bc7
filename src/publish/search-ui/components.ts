/**
 * Drops custom elements the site never uses from Pagefind's Component UI bundle: the element's
 * registration (`customElements.define("pagefind-searchbox",X)`), its export on
 * `window.PagefindComponents`, its class, and then whatever top-level code only it used.
 */
import type { Program, Statement } from 'acorn';
import {
  applyEdits,
  bundleBody,
  BundleShapeError,
  forEachNode,
  isPure,
  parseScript,
  referencedNames,
  type Edit,
} from './bundle.ts';

/** The class registered as `tag` by the statement, if it is `…customElements.define(tag, X)…`. */
function registeredClass(statement: Statement, tag: string): string | undefined {
  let found: string | undefined;
  forEachNode(statement, (n) => {
    if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return;
    const [name, element] = n.arguments;
    const method = n.callee.property;
    if (method.type === 'Identifier' && method.name === 'define' && name?.type === 'Literal')
      if (name.value === tag && element?.type === 'Identifier') found = element.name;
  });
  return found;
}

/** Edits deleting top-level declarations that nothing reads and that do nothing when run. */
function unusedDeclarations(code: string, program: Program, body: Statement[]): Edit[] {
  const reads = referencedNames(program);
  // Its own binding is one occurrence; any other may be a read.
  const unused = (name: string) => reads.get(name) === 1;
  const edits: Edit[] = [];
  for (const s of body) {
    if (s.type === 'FunctionDeclaration' && s.id && unused(s.id.name))
      edits.push({ start: s.start, end: s.end, text: '' });
    if (s.type !== 'VariableDeclaration') continue;
    const rest = s.declarations.filter(
      (d) => !(d.id.type === 'Identifier' && unused(d.id.name) && isPure(d.init)),
    );
    if (rest.length === s.declarations.length) continue;
    const text = rest.length
      ? `${s.kind} ${rest.map((d) => code.slice(d.start, d.end)).join(',')};`
      : '';
    edits.push({ start: s.start, end: s.end, text });
  }
  return edits;
}

/** Returns `code` (named `file` in errors) without the custom elements `tags` and the code only they used. */
export function dropComponents(code: string, tags: readonly string[], file: string): string {
  const program = parseScript(code);
  const body = bundleBody(program, file);
  const classes = new Set<string>();
  const edits: Edit[] = [];
  for (const tag of tags) {
    const statement = body.find((s) => registeredClass(s, tag));
    if (!statement) throw new BundleShapeError(file, `expected customElements.define("${tag}", …)`);
    classes.add(registeredClass(statement, tag)!);
    edits.push({ start: statement.start, end: statement.end, text: '' });
  }
  // Its export on window.PagefindComponents: `h(Exports,{PagefindSearchbox:()=>X,…})`.
  forEachNode(program, (n) => {
    if (n.type !== 'ObjectExpression') return;
    const exported = (p: (typeof n.properties)[number]) =>
      p.type === 'Property' &&
      p.value.type === 'ArrowFunctionExpression' &&
      p.value.body.type === 'Identifier' &&
      classes.has(p.value.body.name);
    if (!n.properties.some(exported)) return;
    const rest = n.properties.filter((p) => !exported(p)).map((p) => code.slice(p.start, p.end));
    edits.push({ start: n.start, end: n.end, text: `{${rest.join(',')}}` });
  });
  let out = applyEdits(code, edits);
  // Then what only they used, round by round: a helper of the class, then that helper's helpers.
  for (;;) {
    const next = parseScript(out);
    const removals = unusedDeclarations(out, next, bundleBody(next, file));
    if (!removals.length) break;
    out = applyEdits(out, removals);
  }
  const left = [...classes].filter((c) => referencedNames(parseScript(out)).has(c));
  if (left.length)
    throw new BundleShapeError(file, `expected nothing else to use ${left.join(', ')}`);
  return out;
}
