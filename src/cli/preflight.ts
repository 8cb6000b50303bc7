/**
 * Checks that run before Astro starts, on the content folder's files as files: what would
 * otherwise fail inside the bundler with a message about a module rather than a note. They
 * report the same ContentProblem as every other check (src/model/problems.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../model/problems.ts';
import { yamlSyntaxProblems } from './yaml-syntax.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Content files must be UTF-8; the bundler would fail on another encoding without naming the line. */
export async function nonUtf8Files(contentDir: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of await readdir(contentDir, { recursive: true })) {
    if (!/\.(mdx?|ya?ml|json)$/.test(file)) continue;
    const bytes = await readFile(join(contentDir, file));
    try {
      utf8.decode(bytes);
    } catch {
      const text = new TextDecoder('utf-8').decode(bytes);
      const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
      problems.push({
        file: relative(process.cwd(), join(contentDir, file)),
        line,
        problem: 'the file is not valid UTF-8 (a byte on this line is not text in that encoding)',
        fix: 'save the file as UTF-8',
      });
    }
  }
  return problems;
}

/**
 * Notes are .mdx files; the collections never read a .md or .markdown file, so one would vanish
 * from the site without a word (and `note.md` beside `note.mdx` would claim the same URL).
 */
export async function markdownFiles(contentDir: string): Promise<ContentProblem[]> {
  return (await readdir(contentDir, { recursive: true }))
    .filter((file) => /\.(md|markdown)$/i.test(file))
    .map((file) => ({
      file: relative(process.cwd(), join(contentDir, file)),
      problem:
        'a note must be an .mdx file; this one would not be published (and would share its URL with an .mdx of the same name)',
      fix: `rename it to ${file
        .replace(/\.(md|markdown)$/i, '.mdx')
        .split(/[\\/]/)
        .pop()}, or move it out of content/`,
    }));
}

/**
 * Frontmatter and data files whose YAML does not parse, each named at the line of the mistake
 * with the edit that fixes it (src/cli/yaml-syntax.ts); Astro would stop at the first one.
 */
export async function yamlSyntax(contentDir: string): Promise<ContentProblem[]> {
  const files = (await readdir(contentDir, { recursive: true }))
    .filter((file) => /\.(mdx|ya?ml)$/.test(file))
    .sort();
  const problems = await Promise.all(
    files.map(async (file) =>
      yamlSyntaxProblems(
        relative(process.cwd(), join(contentDir, file)),
        await readFile(join(contentDir, file), 'utf8'),
      ),
    ),
  );
  return problems.flat();
}
