import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { noteSchema } from '../../src/schemas/note.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { termSchema } from '../../src/schemas/glossary.ts';
import type { Model } from '../../src/model/types.ts';
import { assembleModel } from '../../src/model/assemble.ts';
import { scanMdx } from '../../src/model/pipeline.ts';
import { ROOT } from './paths.ts';

/** Frontmatter of an MDX file, parsed with the same YAML rules Astro uses. */
export function frontmatter(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return (m ? parse(m[1]!) : {}) ?? {};
}

/**
 * The site model read straight from content/ without Astro: the tests' own view of what the
 * build should have published (same schemas, same plugins through scanMdx, same assembleModel).
 */
export async function loadContentModel(contentDir = join(ROOT, 'content')): Promise<Model> {
  const themes = [];
  const notes = [];
  for (const theme of await readdir(contentDir, { withFileTypes: true })) {
    if (!theme.isDirectory()) continue;
    for (const file of await readdir(join(contentDir, theme.name))) {
      if (!file.endsWith('.mdx')) continue;
      const path = join(contentDir, theme.name, file);
      const raw = await readFile(path, 'utf8');
      const filePath = relative(ROOT, path);
      const scan = await scanMdx(raw);
      if (file === 'index.mdx')
        themes.push({ id: theme.name, filePath, scan, data: themeSchema.parse(frontmatter(raw)) });
      else
        notes.push({
          id: `${theme.name}/${file.replace(/\.mdx$/, '')}`,
          filePath,
          scan,
          data: noteSchema.parse(frontmatter(raw)),
        });
    }
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
  return assembleModel({ themes, notes, sources, terms }, { includeDrafts: false });
}
