import type { Element, ElementContent, Root } from 'hast';

/**
 * Sidenotes: each footnote is copied next to its first reference, as a `span.sidenote` after the
 * reference's `<sup>`, so that CSS alone can set it in the margin where there is room
 * (global.css) while the footnotes at the end stay for narrow screens and print. Only one of the
 * two copies is ever displayed, so readers and screen readers meet each footnote once; the copy
 * is kept out of the search index, and carries no ids. A footnote stays at the end only when it
 * cannot sit in a line of text: a reference inside a table or heading, or a footnote holding more
 * than paragraphs. A glossary term in a footnote is a plain link (Term.astro), copied like any.
 * Runs after the note scan, so words and links are counted once.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Element['properties'];
  children?: Node[];
}

const isElement = (node: Node, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

const copy = <T>(node: T): T => structuredClone(node);

/** A footnote's paragraphs as phrasing content, its back-links left out; null if it has more. */
function phrasing(item: Element): ElementContent[] | null {
  const blocks = item.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (!blocks.every((b) => isElement(b, 'p'))) return null;
  const out: ElementContent[] = [];
  const keep = (node: Node): boolean =>
    !(isElement(node) && node.properties.dataFootnoteBackref !== undefined);
  for (const [i, block] of blocks.entries()) {
    if (i > 0) out.push({ type: 'text', value: ' ' });
    out.push(...block.children.filter(keep).map(copy));
  }
  // The spaces that stood before the back-links.
  for (let last = out.at(-1); last?.type === 'text'; last = out.at(-1)) {
    last.value = last.value.trimEnd();
    if (last.value) break;
    out.pop();
  }
  return out;
}

export function rehypeSidenotes() {
  return (tree: Root) => {
    const section = tree.children.find(
      (n): n is Element => isElement(n, 'section') && n.properties.dataFootnotes !== undefined,
    );
    const list = section?.children.find((n): n is Element => isElement(n, 'ol'));
    if (!section || !list) return;
    const items = new Map(
      list.children
        .filter((n): n is Element => isElement(n, 'li'))
        .map((li) => [`#${String(li.properties.id)}`, li]),
    );
    const placed = new Set<Element>();
    const walk = (node: Node, inText: boolean) => {
      const children = node.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child === section) continue;
        const ref = isElement(child, 'sup')
          ? child.children.find((c) => isElement(c) && c.properties.dataFootnoteRef !== undefined)
          : undefined;
        const item = ref && items.get(String((ref as Element).properties.href));
        if (item && inText && !placed.has(item)) {
          const content = phrasing(item);
          if (!content) continue;
          placed.add(item);
          const number: Element = {
            type: 'element',
            tagName: 'b',
            properties: {},
            children: [...(ref as Element).children.map(copy)],
          };
          children.splice(i + 1, 0, {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sidenote'], dataPagefindIgnore: '' },
            children: [number, { type: 'text', value: ' ' }, ...content],
          } as Element);
          i++;
          continue;
        }
        const tag = isElement(child) ? child.tagName : '';
        walk(child, inText && !/^(table|h[1-6])$/.test(tag));
      }
    };
    walk(tree, true);
    for (const item of placed) item.properties.className = ['has-sidenote'];
    if (placed.size === items.size) section.properties.className = ['footnotes', 'all-sidenotes'];
  };
}
