import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/**
 * Finds the line of a frontmatter field from its path as a schema reports it (`claims.0.status`),
 * so a validation error can point an author at the exact line. Falls back to the deepest part of
 * the path that exists (a missing `title` points at the frontmatter's first line).
 */
export function lineOfField(
  text: string,
  path: ReadonlyArray<string | number>,
): number | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  const yamlStart = match[0].indexOf('\n') + 1;
  const doc = parseDocument(match[1] ?? '', { keepSourceTokens: false });
  let node: unknown = doc.contents;
  let offset: number | undefined = undefined;
  for (const segment of path) {
    let next: { key?: unknown; value: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (pair) next = { key: pair.key, value: pair.value };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item) next = { value: item };
    }
    if (!next) break;
    const at = (next.key ?? next.value) as Node | undefined;
    if (at?.range) offset = at.range[0];
    node = next.value;
  }
  return lineAt(text, yamlStart + (offset ?? -1));
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
