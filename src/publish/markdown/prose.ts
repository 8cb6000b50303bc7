/**
 * A note's prose tree (src/model/prose.ts) turned into plain Markdown's own nodes, as a reader
 * sees the page: a claim becomes a block quote (claim-block.ts), a chart its caption and data
 * table (chart-block.ts), `<Cite>` its source and locator as a link, `<Term>` the plain word,
 * `<Math>` its TeX between `$…$`, headings carry their `{#anchor}`, and every link is absolute.
 * Pure; serialised by render.ts.
 */
import type { Heading, Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import type { ProseTree } from '../../model/prose.ts';
import type { Note } from '../../model/types.ts';
import { chartBlock } from './chart-block.ts';
import { claimBlock } from './claim-block.ts';
import { citeLink, type MarkdownSite } from './links.ts';

/** `<Math>` as TeX: `inlineMath` is `$…$`, `math` a `$$` block (handlers in render.ts). */
export interface MathNode {
  type: 'inlineMath' | 'math';
  value: string;
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
}

const DROPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'break',
  'footnoteReference',
  'inlineMath',
  'html',
]);

const attribute = (node: JsxNode, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found ? (found.value ?? true) : undefined;
};

/** Phrasing runs inside flow content wrapped in paragraphs, as Markdown needs them. */
function asFlow(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (!PHRASING.has(node.type)) out.push(node);
    else if (last?.type === 'paragraph') last.children.push(node as PhrasingContent);
    else out.push({ type: 'paragraph', children: [node as PhrasingContent] });
  }
  return out;
}

/**
 * The note's prose as plain Markdown nodes. `headings` are the ids the page gives its headings
 * (the note scan's, in order), and `claims` collects what the author wrote inside each claim, by id.
 */
export function proseToMarkdown(
  prose: ProseTree,
  note: Note,
  site: MarkdownSite,
  claims: Map<string, RootContent[]>,
): RootContent[] {
  const ids = note.headings.map((h) => h.id);
  let heading = 0;
  const convert = (node: RootContent): RootContent[] => {
    if (DROPPED.has(node.type)) return [];
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      return component(node);
    if (node.type === 'heading') {
      const id = ids[heading++];
      return [{ ...node, children: children(node), data: { ...node.data, id } } as Heading];
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
      return [{ ...node, url: site.absolute(node.url), ...withChildren(node) }];
    return [{ ...node, ...withChildren(node) }];
  };
  const children = (node: Parent): never[] => node.children.flatMap(convert) as never[];
  const withChildren = (node: Nodes) => ('children' in node ? { children: children(node) } : {});
  const component = (node: JsxNode): RootContent[] => {
    const flow = node.type === 'mdxJsxFlowElement';
    const inner = node.children.flatMap(convert);
    switch (node.name) {
      case 'Claim': {
        const claim = note.claims.find((c) => c.id === attribute(node, 'id'));
        if (!claim) return [];
        claims.set(claim.id, asFlow(inner));
        return [claimBlock(claim, note, site, asFlow(inner))];
      }
      case 'Chart': {
        const chart = note.charts.find((c) => c.id === attribute(node, 'id'));
        return chart ? chartBlock(chart, site) : [];
      }
      case 'Cite': {
        const [source, at] = [attribute(node, 'source'), attribute(node, 'at')];
        if (typeof source !== 'string' || typeof at !== 'string') return [];
        return citeLink(site, { source, at });
      }
      case 'Math': {
        const tex = attribute(node, 'tex');
        if (typeof tex !== 'string') return [];
        const math: MathNode = { type: flow ? 'math' : 'inlineMath', value: tex.trim() };
        return [math as unknown as RootContent];
      }
      // Term, and HTML elements written in MDX (`<sub>`): what they hold, as a reader reads it.
      default:
        return flow ? asFlow(inner) : inner;
    }
  };
  return asFlow(prose.children.flatMap(convert));
}
