import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { characterSet } from '../lib/font-subset.ts';

/** Files whose text can reach a page: notes, their data, and the site's components and scripts. */
const TEXT_FILE = /\.(mdx?|astro|[cm]?[jt]s|json|ya?ml|css)$/;

/** The text of every source file under the folders, read as UTF-8. */
async function sourceTexts(folders: string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const folder of folders) {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && TEXT_FILE.test(entry.name)) {
        texts.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
      }
    }
  }
  return texts;
}

/**
 * Where the cut files are kept, relative to the project: inside node_modules, never in the
 * project's own folders. From a cache folder inside the project (Astro's, in a copied project) the
 * same files made Vite's bundling 2.4 s slower at 300 notes, and whole builds of 1,000 notes 10 and
 * 23 s slower; from here they cost nothing measurable.
 */
export const FONT_SUBSET_CACHE = 'node_modules/.cache/kb-font-subsets';

/**
 * Each font file cut down to the characters the sources in `textFolders` can draw (see
 * src/lib/font-subset.ts), as a path Astro's local font provider can read. `files` are package
 * paths (`@fontsource/…/x.woff2`). Cut files are kept in `project`'s FONT_SUBSET_CACHE, named by a
 * hash of the font and the characters, so a build whose characters did not change cuts nothing
 * (the cut takes about 0.8 s for the four faces); a note that uses a new character gets fonts
 * that hold it on its next build.
 */
export async function subsetFonts(
  files: readonly string[],
  { textFolders, project }: { textFolders: string[]; project: string },
): Promise<Map<string, string>> {
  const characters = characterSet(await sourceTexts(textFolders));
  const folder = join(project, FONT_SUBSET_CACHE);
  await mkdir(folder, { recursive: true });
  const paths = new Map<string, string>();
  for (const file of files) {
    const font = await readFile(fileURLToPath(import.meta.resolve(file)));
    const key = createHash('sha256').update(font).update(characters).digest('hex').slice(0, 16);
    const path = join(folder, `${basename(file, '.woff2')}-${key}.woff2`);
    if (!existsSync(path)) {
      // Written under a name of this process's first: a build stopped halfway never leaves a
      // cut-off file, and two builds at once (the tests run several) never write into one file.
      const part = `${path}.${process.pid}.part`;
      await writeFile(part, await subsetFont(font, characters, { targetFormat: 'woff2' }));
      await rename(part, path);
    }
    paths.set(file, path);
  }
  return paths;
}
