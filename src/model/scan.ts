/**
 * What the model needs to know of a note's prose, read once from the syntax tree of the compile
 * that renders it (a rehype step in the MDX pipeline, src/model/pipeline.ts): headings with the
 * ids the page gets, links, the components the author wrote, unsafe markup, and the words a
 * reader sees. Nothing here is judged; the checks (src/model/checks/) do that over the model.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { proseOf, type ProseTree } from './prose.ts';

/** A heading as written, with the id the page gives it. */
export interface ScannedHeading {
  depth: number;
  id: string;
  text: string;
  line: number;
}
/** A link written in the prose: `href` exactly as the author wrote it. */
export interface ScannedLink {
  href: string;
  text: string;
  /** The sentence it sits in, as text; a formula (`<Math>`) is there as its TeX. */
  sentence: string;
  /** The TeX of the formulas in that sentence, in order, so a quote can render them. */
  formulas: string[];
  line: number;
}
/** A component (`<Claim id="x" />`): attributes with string values; others are `null`. */
export interface ScannedComponent {
  name: string;
  line: number;
  attributes: Record<string, string | true | null>;
}
/** Markup a note may not carry, with what it is and what to do instead. */
export interface UnsafeMarkup {
  line: number;
  what: string;
  fix: string;
}

export interface NoteScan {
  headings: ScannedHeading[];
  links: ScannedLink[];
  components: ScannedComponent[];
  unsafe: UnsafeMarkup[];
  /** Words a reader sees in the prose (code blocks left out). */
  words: number;
  /** Each section's first paragraph as a reader sees it, by heading id: what a preview shows. */
  sectionLeads: Record<string, string>;
}

/** The key under which the scan travels with the note's frontmatter (render()'s remarkPluginFrontmatter). */
export const SCAN_KEY = 'kbScan';

/** The hast nodes MDX adds: components, expressions and ESM. */
interface MdxJsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | { type: string; value: string } | null;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<MdxJsxAttribute | { type: 'mdxJsxExpressionAttribute' }>;
  children: Node[];
  position?: Element['position'];
}
type Node =
  | Root
  | RootContent
  | ElementContent
  | MdxJsxElement
  | { type: string; position?: Element['position']; children?: Node[]; value?: string };

const HEADING = /^h([1-6])$/;
/** Elements whose text is a block a reader reads as one paragraph: a link's sentence comes from it. */
const BLOCK = new Set([
  'p',
  'li',
  'td',
  'th',
  'blockquote',
  'dd',
  'dt',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const UNSAFE_ELEMENTS: Record<string, [string, string]> = {
  script: [
    'a <script> element',
    'remove it; notes cannot run scripts (describe code in a fenced code block instead)',
  ],
  iframe: ['an <iframe>', 'remove it and link to the page instead'],
};
const HANDLER: [string, string] = [
  'an on…= event handler attribute',
  'remove the attribute; notes cannot run scripts',
];
const JS_URL: [string, string] = [
  'a javascript: URL',
  'link to a page (https:// or a site path) instead',
];
const ESM: [string, string] = [
  'an MDX import or export',
  'remove it: Claim, Cite, Term and Math are available without imports, and notes may use nothing else',
];

const lineOf = (node: { position?: Element['position'] }) => node.position?.start.line ?? 0;
const isJsx = (node: Node): node is MdxJsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function attributesOf(node: MdxJsxElement): Record<string, string | true | null> {
  const out: Record<string, string | true | null> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute;
    out[attribute.name] =
      value === undefined || value === null ? true : typeof value === 'string' ? value : null;
  }
  return out;
}

/**
 * What a reader sees of a node: text, with a formula as its TeX and citations, footnote marks
 * and code-free chrome left out. Used for heading text, link labels and sentences.
 */
export function readableText(node: Node): string {
  if (node.type === 'text') return (node as Text).value;
  if (isJsx(node)) {
    if (node.name === 'Math') return String(attributesOf(node).tex ?? '');
    if (node.name === 'Cite' || node.name === 'Claim') return '';
  }
  if (node.type === 'element' && (node as Element).properties?.dataFootnoteRef !== undefined)
    return '';
  if (
    node.type === 'element' &&
    (node as Element).tagName === 'sup' &&
    (node as Element).children.some(
      (c) => c.type === 'element' && c.properties?.dataFootnoteRef !== undefined,
    )
  )
    return '';
  return 'children' in node && Array.isArray(node.children)
    ? (node.children as Node[]).map(readableText).join('')
    : '';
}

const squash = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();

/** The sentence of a block that holds a link's label. */
function sentenceAround(block: string, label: string): string {
  const sentences = block.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z“"(])/);
  const sentence = sentences.find((s) => s.includes(label)) ?? block;
  return sentence.length > 280 ? `${sentence.slice(0, 277)}…` : sentence;
}

/** The TeX of the formulas under a node, in order, as they appear in readableText(). */
function formulasIn(node: Node): string[] {
  if (isJsx(node) && node.name === 'Math') {
    const tex = attributesOf(node).tex;
    return typeof tex === 'string' ? [squash(tex)] : [];
  }
  return 'children' in node && Array.isArray(node.children)
    ? (node.children as Node[]).flatMap(formulasIn)
    : [];
}

const countWords = (text: string) =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The first paragraph after each top-level heading, before the next heading, by heading id. */
function sectionLeads(tree: Root): Record<string, string> {
  const leads: Record<string, string> = {};
  let open: string | undefined;
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (HEADING.test(node.tagName)) {
      open = typeof node.properties.id === 'string' ? node.properties.id : undefined;
    } else if (open && node.tagName === 'p') {
      const text = squash(readableText(node));
      if (text) [leads[open], open] = [text, undefined];
    }
  }
  return leads;
}

/** Reads a note's tree (after heading ids are set) into a NoteScan. */
export function scanTree(tree: Root): NoteScan {
  const scan: NoteScan = {
    headings: [],
    links: [],
    components: [],
    unsafe: [],
    words: 0,
    sectionLeads: sectionLeads(tree),
  };
  const unsafe = (node: { position?: Element['position'] }, [what, fix]: [string, string]) =>
    scan.unsafe.push({ line: lineOf(node), what, fix });
  const walk = (node: Node, block: Node | undefined) => {
    if (node.type === 'mdxjsEsm') return unsafe(node, ESM);
    if (node.type === 'text') scan.words += countWords((node as Text).value);
    if (node.type === 'element') {
      const element = node as Element;
      if (element.tagName === 'pre') return;
      const depth = HEADING.exec(element.tagName)?.[1];
      if (depth && typeof element.properties.id === 'string') {
        scan.headings.push({
          depth: Number(depth),
          id: element.properties.id,
          text: squash(readableText(element)),
          line: lineOf(element),
        });
      }
      const href = element.tagName === 'a' ? element.properties.href : undefined;
      if (typeof href === 'string') {
        if (/^\s*javascript:/i.test(href)) unsafe(element, JS_URL);
        else if (
          element.properties.dataFootnoteRef === undefined &&
          element.properties.dataFootnoteBackref === undefined
        ) {
          const text = squash(readableText(element));
          const sentence = sentenceAround(squash(readableText(block ?? element)), text);
          scan.links.push({
            href,
            text,
            sentence,
            formulas: formulasIn(block ?? element).filter((tex) => sentence.includes(tex)),
            line: lineOf(element),
          });
        }
      }
      if (BLOCK.has(element.tagName)) block = element;
    }
    if (isJsx(node) && node.name) {
      const attributes = attributesOf(node);
      const lower = node.name.toLowerCase();
      if (UNSAFE_ELEMENTS[lower]) unsafe(node, UNSAFE_ELEMENTS[lower]);
      if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && /^on[a-z]/i.test(a.name)))
        unsafe(node, HANDLER);
      if (
        ['href', 'src'].some(
          (name) =>
            typeof attributes[name] === 'string' && /^\s*javascript:/i.test(attributes[name]),
        )
      )
        unsafe(node, JS_URL);
      if (/^[A-Z]/.test(node.name))
        scan.components.push({ name: node.name, line: lineOf(node), attributes });
    }
    if ('children' in node && Array.isArray(node.children))
      for (const child of node.children as Node[]) walk(child, block);
  };
  walk(tree, undefined);
  return scan;
}

/**
 * The rehype step: scans the tree, hands the scan to the page (with the note's frontmatter) and
 * to `onScan` (the publish step, which builds its own copy of the model from it, with the prose
 * tree src/model/prose.ts kept for the Markdown twins), and removes
 * import/export statements, so that a note's stray import is reported by the checks with its line
 * instead of failing the bundler. Must run after the heading ids are set (rehypeHeadingIds).
 */
export function rehypeNoteScan(
  options: {
    onScan?: (
      file: string,
      frontmatter: Record<string, unknown>,
      scan: NoteScan,
      prose: ProseTree | undefined,
    ) => void;
  } = {},
) {
  return (tree: Root, file: VFile) => {
    const scan = scanTree(tree);
    tree.children = tree.children.filter((node) => (node as Node).type !== 'mdxjsEsm');
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    const frontmatter = { ...data.astro.frontmatter };
    data.astro.frontmatter[SCAN_KEY] = scan;
    options.onScan?.(file.path, frontmatter, scan, proseOf(file));
  };
}
