import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { noteSchema } from '../../src/schemas/note.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { termSchema } from '../../src/schemas/glossary.ts';
import type { Model } from '../../src/model/types.ts';
import type { ClaimHistory } from '../../src/lib/claim-versions.ts';
import { isoDate } from '../../src/lib/dates.ts';
import { assembleModel } from '../../src/model/assemble.ts';
import { mdxTree, scanMdx } from '../../src/model/pipeline.ts';
import { readableText } from '../../src/model/scan.ts';
import type { Element, Root, RootContent } from 'hast';
import { ROOT } from './paths.ts';

/** Frontmatter of an MDX file, parsed with the same YAML rules Astro uses. */
export function frontmatter(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return (m ? parse(m[1]!) : {}) ?? {};
}

/** Every .mdx file of content/: its theme folder, its name, its path from the root, its text. */
async function* contentFiles(contentDir: string) {
  for (const theme of await readdir(contentDir, { withFileTypes: true })) {
    if (!theme.isDirectory()) continue;
    for (const file of await readdir(join(contentDir, theme.name))) {
      if (!file.endsWith('.mdx')) continue;
      const path = join(contentDir, theme.name, file);
      const raw = await readFile(path, 'utf8');
      yield { theme: theme.name, file, filePath: relative(ROOT, path), raw };
    }
  }
}

/**
 * The site model read straight from content/ without Astro: the tests' own view of what the
 * build should have published (same schemas, same plugins through scanMdx, same assembleModel).
 */
export async function loadContentModel(contentDir = join(ROOT, 'content')): Promise<Model> {
  const themes = [];
  const notes = [];
  for await (const { theme, file, filePath, raw } of contentFiles(contentDir)) {
    const scan = await scanMdx(raw);
    if (file === 'index.mdx')
      themes.push({ id: theme, filePath, scan, data: themeSchema.parse(frontmatter(raw)) });
    else
      notes.push({
        id: `${theme}/${file.replace(/\.mdx$/, '')}`,
        filePath,
        scan,
        data: noteSchema.parse(frontmatter(raw)),
      });
  }
  const sourcesYaml = parse(await readFile(join(contentDir, 'sources.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const sources = Object.entries(sourcesYaml).map(([id, data]) => ({
    id,
    data: sourceSchema.parse(data),
  }));
  const glossaryYaml = parse(
    await readFile(join(contentDir, 'glossary.yaml'), 'utf8').catch(() => '{}'),
  ) as Record<string, unknown>;
  const terms = Object.entries(glossaryYaml ?? {}).map(([id, data]) => ({
    id,
    data: termSchema.parse(data),
  }));
  // The claims' version record, as the build reads it; versions new in this build dated today.
  const record = JSON.parse(
    await readFile(join(contentDir, 'claim-versions.lock.json'), 'utf8').catch(
      () => '{"claims":{}}',
    ),
  ) as ClaimHistory;
  const history = { record, today: isoDate(new Date()) };
  return assembleModel({ themes, notes, sources, terms, history }, { includeDrafts: false });
}

/** A piece of a note a reader reads: one paragraph, list item, table cell or heading, or a claim. */
export interface Passage {
  /** `content/<theme>/<note>.mdx:<line>`, or `…mdx claim <id>` for a claim's statement and reason. */
  where: string;
  text: string;
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd']);
const isElement = (node: RootContent | Root): node is Element => node.type === 'element';

/** Blocks with no block inside them, so that each piece of text is read once; code left out. */
function leafBlocks(node: Root | RootContent, out: Element[] = []): Element[] {
  if (isElement(node) && (node.tagName === 'pre' || node.tagName === 'code')) return out;
  if (isElement(node))
    node.children = node.children.filter((c) => !isElement(c) || c.tagName !== 'code');
  const children = 'children' in node ? (node.children as RootContent[]) : [];
  const before = out.length;
  for (const child of children) leafBlocks(child, out);
  if (isElement(node) && BLOCKS.has(node.tagName) && out.length === before) out.push(node);
  return out;
}

/**
 * The prose of every note, as a reader sees it (readableText: formulas as TeX, no citations or
 * footnote marks, no code), block by block with its line, and each claim's statement and reason.
 */
export async function notePassages(contentDir = join(ROOT, 'content')): Promise<Passage[]> {
  const passages: Passage[] = [];
  for await (const { file, filePath, raw } of contentFiles(contentDir)) {
    if (file === 'index.mdx') continue;
    for (const block of leafBlocks(await mdxTree(raw)))
      passages.push({
        where: `${filePath}:${block.position?.start.line ?? 0}`,
        text: readableText(block),
      });
    for (const claim of noteSchema.parse(frontmatter(raw)).claims)
      passages.push({
        where: `${filePath} claim ${claim.id}`,
        text: `${claim.text} ${claim.reason}`,
      });
  }
  return passages;
}
