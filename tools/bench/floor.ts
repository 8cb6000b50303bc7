/**
 * The floor to compare against: a bare Astro 7 site with the same Markdown stack (MDX through
 * the `unified()` processor with remark-gfm) and Pagefind, rendering the same generated notes
 * into a minimal page, with none of this site's work (model, checks, navigation, cards…).
 * Built in the same run as the real thing, since build times here vary from run to run.
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': '{ "type": "module", "private": true }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
const index = { name: 'floor-pagefind', hooks: { 'astro:build:done': async ({ dir, logger }) => {
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
  await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
  await pagefind.close();
  // The same line as ours (src/publish/pagefind-index.ts), so the bench reads the stage.
  logger.info(\`indexed \${page_count} pages (\${page_count} notes) in \${Math.round(performance.now() - started)} ms\`);
} } };
export default defineConfig({
  cacheDir: './.cache',
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), index],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = { notes: defineCollection({ loader: glob({ base: './content', pattern: '*/*.mdx' }), schema: z.looseObject({ title: z.string() }) }) };
`,
  'src/components/Stub.astro': '<span><slot /></span>\n',
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Stub from '../components/Stub.astro';
export async function getStaticPaths() {
  return (await getCollection('notes')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={{ Claim: Stub, Cite: Stub, Term: Stub, Math: Stub }} /></main></body></html>
`,
};

/** Writes the floor project next to a copy of the generated notes; returns its root. */
export async function createFloor(
  generatedContent: string,
  nodeModules: string,
): Promise<{ root: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kb-floor-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await cp(generatedContent, join(root, 'content'), {
    recursive: true,
    filter: (src) => !src.endsWith('index.mdx') && !src.endsWith('.yaml') && !src.endsWith('.json'),
  });
  await symlink(resolve(nodeModules), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
