/**
 * Reading and editing Pagefind's minified UI bundle as a syntax tree (acorn), never as text
 * matched by patterns: the names are minified and change with every Pagefind release, the shape
 * (an IIFE of top-level declarations) does not.
 */
import { parse, type AnyNode, type Node, type Program, type Statement } from 'acorn';

/** A replacement of `code.slice(start, end)` by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Raised when the bundle is not shaped as the transform expects: it names the file and what was missing. */
export class BundleShapeError extends Error {
  constructor(file: string, expected: string) {
    super(
      `${file}: ${expected}. Pagefind's bundle has changed shape; update src/publish/search-ui/ to match it.`,
    );
    this.name = 'BundleShapeError';
  }
}

/** Parses a classic script (Pagefind's bundles are not modules). */
export function parseScript(code: string): Program {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
}

/**
 * The statements inside the bundle's `(()=>{ … })()` wrapper, where esbuild puts every module's
 * declarations side by side. Throws when there is no such wrapper.
 */
export function bundleBody(program: Program, file: string): Statement[] {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const call = statement.expression;
    if (call.type !== 'CallExpression') continue;
    const fn = call.callee;
    if (
      (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') &&
      fn.body.type === 'BlockStatement'
    )
      return fn.body.body;
  }
  throw new BundleShapeError(file, 'expected the whole bundle in one `(()=>{…})()` wrapper');
}

/** Applies non-overlapping edits to `code`. */
export function applyEdits(code: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end, text } of sorted) {
    if (start < at) throw new Error(`overlapping edits at ${start}`);
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

/** Code whose evaluation does nothing but make a value: safe to delete when nothing reads it. */
export function isPure(node: AnyNode | null | undefined): boolean {
  switch (node?.type) {
    case 'Literal':
    case 'Identifier':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'ClassExpression':
      return (
        (!node.superClass || node.superClass.type === 'Identifier') &&
        node.body.body.every(
          (m) =>
            m.type === 'MethodDefinition' ||
            (m.type === 'PropertyDefinition' && !m.computed && (!m.static || isPure(m.value))),
        )
      );
    case 'ArrayExpression':
      return node.elements.every((e) => isPure(e));
    case 'ObjectExpression':
      return node.properties.every((p) => p.type === 'Property' && !p.computed && isPure(p.value));
    default:
      return false;
  }
}

/** Calls `visit` on `root` and every node under it, parents before children. */
export function forEachNode(root: Node, visit: (node: AnyNode) => void): void {
  visit(root as AnyNode);
  for (const value of Object.values(root)) {
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) forEachNode(child, visit);
    } else if (isNode(value)) forEachNode(value, visit);
  }
}

/**
 * Every identifier that may read a variable, by name: all `Identifier` nodes except property
 * names (`a.name`, `{ name: … }`, class members). Shadowed names count too, so a name absent
 * from this set is certainly not read.
 */
export function referencedNames(root: Node): Map<string, number> {
  const names = new Map<string, number>();
  const keys = new Set<Node>();
  forEachNode(root, (n) => {
    if (
      (n.type === 'MemberExpression' ||
        n.type === 'Property' ||
        n.type === 'MethodDefinition' ||
        n.type === 'PropertyDefinition') &&
      !n.computed
    )
      keys.add(n.type === 'MemberExpression' ? n.property : n.key);
    if (n.type === 'Identifier' && !keys.has(n)) names.set(n.name, (names.get(n.name) ?? 0) + 1);
  });
  return names;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}
