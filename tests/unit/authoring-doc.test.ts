import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { noteSchema } from '../../src/schemas/note.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { termSchema } from '../../src/schemas/glossary.ts';
import { ROOT } from '../support/paths.ts';

const doc = readFileSync(join(ROOT, 'docs/authoring.md'), 'utf8');

/** The rows of the table under `### <heading>`: field name → "yes"/"no" in its Required column. */
function table(heading: string): Map<string, string> {
  const section = doc.split(`### ${heading}\n`)[1]?.split(/\n#{2,3} /)[0] ?? '';
  const rows = section.split('\n').filter((l) => /^\| `/.test(l));
  return new Map(rows.map((row) => {
    const cells = row.split('|').map((c) => c.trim());
    return [cells[1]!.replace(/`/g, ''), cells[3]!];
  }));
}

describe('docs/authoring.md', () => {
  it.each([
    ['Note fields', noteSchema],
    ['Claim fields', claimSchema],
    ['Theme fields', themeSchema],
    ['Source fields', sourceSchema],
    ['Glossary term fields', termSchema],
  ] as Array<[string, z.ZodObject]>)('lists every field of the schema in "%s", in order, and says which are required', (heading, schema) => {
    const rows = table(heading);
    expect([...rows.keys()]).toEqual(Object.keys(schema.shape));
    for (const [field, required] of rows) {
      // A field is required when the schema refuses to leave it out (no default, not optional).
      const needed = !schema.shape[field]!.safeParse(undefined).success;
      expect(required, field).toBe(needed ? 'yes' : 'no');
    }
  });
});
