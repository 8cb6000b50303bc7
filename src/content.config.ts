import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { noteSchema } from './schemas/note.ts';
import { themeSchema } from './schemas/theme.ts';
import { sourceSchema } from './schemas/source.ts';
import { termSchema } from './schemas/glossary.ts';
import { contentDir } from './lib/content-dir.ts';

/**
 * Three collections read from the top-level content/ folder (or KB_CONTENT_DIR, used by the
 * mutation tests and the benchmark). The folder of a note is its theme: `<theme>/<note>.mdx`.
 * Every `.mdx` file that is not a theme's index is loaded as a note, wherever it lies, so that
 * a misplaced note reaches src/content.ts and fails the build with its path instead of being
 * silently ignored.
 */
const themes = defineCollection({
  loader: glob({
    base: contentDir,
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: themeSchema,
});

const notes = defineCollection({
  loader: glob({
    base: contentDir,
    pattern: ['**/*.mdx', '!*/index.mdx'],
    // The id is the path without extension, untouched: src/content.ts validates its shape.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: noteSchema,
});

const sources = defineCollection({
  loader: file(`${contentDir}/sources.yaml`),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: termSchema,
});

export const collections = { themes, notes, sources, glossary };
