/**
 * The Markdown/MDX plugins every note goes through, listed once: astro.config.mjs gives them to
 * the unified() processor, and scanMdx() runs the same list outside Astro (unit tests, tools), so
 * an id or a link seen there is the one the page gets.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { PluggableList } from 'unified';
import remarkGfm from 'remark-gfm';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeHeadingIds } from '../plugins/rehype-heading-ids.ts';
import { rehypeBaseLinks } from '../plugins/rehype-base-links.ts';
import type { Root } from 'hast';
import { rehypeCiteJoin } from '../plugins/rehype-cite-join.ts';
import { rehypeSidenotes } from '../plugins/rehype-sidenotes.ts';
import { rehypeNoteScan, scanTree, type NoteScan } from './scan.ts';
import { remarkProseTree, type ProseTree } from './prose.ts';

// Last: the prose tree is kept as the other steps leave it (src/model/prose.ts).
export const remarkPlugins: RemarkPlugins = [remarkGfm, remarkProseTree];

/** `onScan` receives every compiled note's frontmatter and scan (the publish step collects them). */
export function rehypePlugins(options: {
  base: string;
  onScan?: NonNullable<Parameters<typeof rehypeNoteScan>[0]>['onScan'];
}): RehypePlugins {
  return [
    rehypeHeadingIds,
    // After the ids, before links change: the scan reads links as the author wrote them.
    [rehypeNoteScan, { onScan: options.onScan }],
    [rehypeBaseLinks, { base: options.base }],
    rehypeCiteJoin,
    // After the scan (a footnote's words count once) and the citation joins (copied with it).
    rehypeSidenotes,
    // Links that leave the site: no opener, no referrer, and the "external" cue (CSS).
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], properties: { className: ['ext'] } }],
  ];
}

/**
 * The hast tree of MDX source after the same plugins Astro's MDX compile runs (GFM, smartypants,
 * heading ids), without Astro: what the page's prose is made of. For tests and tools.
 */
export async function mdxTree(source: string): Promise<Root> {
  const { processor, body } = await mdxProcessor(source);
  return await processor.run(processor.parse(body));
}

/** The prose tree (mdast) of MDX source, as the publish step gets it from the build (see mdxTree). */
export async function mdxProse(source: string): Promise<ProseTree> {
  const { remark, body } = await mdxProcessor(source);
  return (await remark.run(remark.parse(body))) as ProseTree;
}

async function mdxProcessor(source: string) {
  const [
    { unified },
    { default: remarkParse },
    { default: remarkMdx },
    { default: remarkSmartypants },
    { default: remarkRehype },
    { nodeTypes },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-mdx'),
    import('remark-smartypants'),
    import('remark-rehype'),
    import('@mdx-js/mdx'),
  ]);
  // Frontmatter blanked, not cut, so lines stay the file's (as Astro's MDX plugin does).
  const body = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (m) =>
    m.replace(/[^\r\n]/g, ' '),
  );
  const remark = () =>
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkSmartypants)
      .use(remarkPlugins as PluggableList);
  const processor = remark()
    .use(remarkRehype, { passThrough: [...nodeTypes], allowDangerousHtml: true })
    .use(rehypeHeadingIds);
  return { processor, remark: remark(), body };
}

/** Scans MDX source as the build would (see mdxTree); the build scans inside its own compile. */
export async function scanMdx(source: string): Promise<NoteScan> {
  return scanTree(await mdxTree(source));
}
