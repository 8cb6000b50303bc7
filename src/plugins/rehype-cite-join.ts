import type { Root } from 'hast';

/** The part of a hast tree this plugin reads: MDX's components and the text around them. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const isComponent = (node: Node | undefined, name: string) =>
  node?.type === 'mdxJsxTextElement' && node.name === name;

/** A sibling list with each citation joined to what comes before it. */
function joinCitations(children: Node[]): Node[] {
  const out: Node[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (isComponent(child, 'Cite')) {
      if (last?.type === 'text') last.value = last.value!.replace(/\s+$/, '\u00a0');
      const before = last?.type === 'text' && !last.value!.trim() ? out.at(-2) : last;
      // A formula is a box that a line may break after even before a no-break space: the
      // formula, the space and the citation go in one span that does not wrap (global.css).
      if (isComponent(before, 'Math')) {
        const held = out.splice(out.indexOf(before!));
        out.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['cite-join'] },
          children: [...held, child],
        });
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

/**
 * Joins each `<Cite />` to the word before it with a no-break space, so that a citation never
 * starts a line of its own, cut off from the sentence it supports ("…at 405B\n[Llama 3 paper, §1]").
 * The citation itself (src/components/Cite.astro) can only break between source and locator.
 */
export function rehypeCiteJoin() {
  const walk = (node: Node) => {
    if (!node.children) return;
    node.children.forEach(walk);
    node.children = joinCitations(node.children);
  };
  return (tree: Root) => walk(tree);
}
