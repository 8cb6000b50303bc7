import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteSchema } from '../../src/schemas/note.ts';
import { citationSchema, claimSchema } from '../../src/schemas/claim.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { termSchema } from '../../src/schemas/glossary.ts';
import { anchorAliasSchema } from '../../src/schemas/shared.ts';
import { ROOT } from '../support/paths.ts';

/**
 * docs/authoring.md has one field table per schema. This keeps each table in step with its schema:
 * the same fields, in schema order, and "yes" in the Required column exactly for the fields an
 * author must write (neither optional nor defaulted). Adding a field to a schema without its row
 * fails here.
 */
const doc = readFileSync(join(ROOT, 'docs/authoring.md'), 'utf8');

/** The internals of a zod 4 schema that this test reads. */
interface Inspectable {
  shape?: Record<string, Inspectable>;
  _zod: {
    def: {
      type: string;
      in?: Inspectable;
      innerType?: Inspectable;
      schema?: Inspectable;
      getter?: () => Inspectable;
    };
    optin?: 'optional';
  };
}

/**
 * The object schema inside `schema`: the schema itself, or the object inside a pipe, transform,
 * default, optional, readonly, catch or lazy wrapper. (refine and superRefine add checks to the
 * object itself in zod 4, so they need no unwrapping.)
 */
export function objectShape(schema: unknown): Record<string, Inspectable> {
  let current = schema as Inspectable | undefined;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current._zod.def.type === 'object' && current.shape) return current.shape;
    const def = current._zod.def;
    current = def.in ?? def.innerType ?? def.schema ?? def.getter?.();
  }
  throw new Error('no object schema found inside this schema');
}

/** A field is required when leaving it out is an error: not optional, and no default. */
const isRequired = (field: Inspectable): boolean => field._zod.optin === undefined;

interface Row {
  field: string;
  type: string;
  required: string;
  what: string;
}

/** The table under the `## ` or `### ` heading named `heading`, up to the next heading. */
function table(heading: string): Row[] {
  const lines = doc.split('\n');
  const starts = lines.flatMap((line, i) =>
    new RegExp(`^#{2,3} ${heading}$`).test(line) ? [i] : [],
  );
  expect(starts, `exactly one heading "${heading}" in docs/authoring.md`).toHaveLength(1);
  const body: string[] = [];
  for (const line of lines.slice(starts[0]! + 1)) {
    if (/^#{1,3} /.test(line)) break;
    if (line.startsWith('|')) body.push(line);
  }
  const cells = (line: string) =>
    line
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
  expect(body.length, `a table under "${heading}"`).toBeGreaterThan(2);
  expect(cells(body[0]!), `the columns of the table under "${heading}"`).toEqual([
    'Field',
    'Type',
    'Required',
    'What it is',
  ]);
  return body.slice(2).map((line) => {
    const [field = '', type = '', required = '', what = ''] = cells(line);
    return { field: field.replace(/^`|`$/g, ''), type, required, what };
  });
}

const SCHEMAS: [string, unknown][] = [
  ['Note fields', noteSchema],
  ['Claim fields', claimSchema],
  ['Citation fields', citationSchema],
  ['Anchor alias fields', anchorAliasSchema],
  ['Theme fields', themeSchema],
  ['Source fields', sourceSchema],
  ['Glossary term fields', termSchema],
];

describe('the field tables of docs/authoring.md', () => {
  it.each(SCHEMAS)('"%s" lists the fields of the schema, in schema order', (heading, schema) => {
    expect(table(heading).map((r) => r.field)).toEqual(Object.keys(objectShape(schema)));
  });

  it.each(SCHEMAS)(
    '"%s" says "yes" under Required exactly for the required fields',
    (heading, schema) => {
      const shape = objectShape(schema);
      for (const row of table(heading)) {
        const field = shape[row.field];
        if (!field) continue; // reported by the test above
        expect(row.required.split(/[\s(,]/)[0], `Required of ${row.field}`).toBe(
          isRequired(field) ? 'yes' : 'no',
        );
      }
    },
  );

  it.each(SCHEMAS)('"%s" gives every field a type and a description', (heading) => {
    for (const row of table(heading)) {
      expect(row.type, `Type of ${row.field}`).not.toBe('');
      expect(row.what, `What it is of ${row.field}`).not.toBe('');
    }
  });

  it('finds the object inside wrapped schemas', () => {
    const wrapped = [
      noteSchema.transform((n) => n),
      noteSchema.refine(() => true),
      noteSchema.optional(),
      noteSchema.pipe(noteSchema as never),
    ];
    for (const schema of wrapped)
      expect(Object.keys(objectShape(schema))).toEqual(Object.keys(noteSchema.shape));
  });

  it('tells required fields from optional and defaulted ones', () => {
    const shape = objectShape(sourceSchema);
    expect([shape.title, shape.container, shape.background].map((f) => isRequired(f!))).toEqual([
      true,
      false,
      false,
    ]);
    expect(isRequired(objectShape(noteSchema).updated!)).toBe(true);
  });
});
