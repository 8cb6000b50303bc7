import { describe, expect, it } from 'vitest';
import { noteSchema } from '../../src/schemas/note.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const goodNote = {
  title: 'Why 405B parameters',
  description: 'How Meta settled on a 405B-parameter flagship model.',
  order: 1,
  updated: '2026-11-27',
  tags: ['scaling-laws'],
  sources: ['llama-3-paper'],
  claims: [
    {
      id: 'balance-at-405b',
      text: 'A claim.',
      status: 'supported',
      reason: 'Because.',
      sources: [{ source: 'llama-3-paper', at: '§3.2.1' }],
    },
  ],
};

/** The messages a failed parse gives, as `path: message`. */
function problems(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}): string[] {
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the note schema', () => {
  it('accepts a good note and fills defaults', () => {
    const { title, description, order } = goodNote;
    const parsed = noteSchema.parse({ title, description, order, updated: '2026-11-27' });
    expect(parsed).toMatchObject({ tags: [], sources: [], claims: [], draft: false });
    expect(parsed.updated.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(noteSchema.safeParse(goodNote).success).toBe(true);
  });

  it('says a missing title is required', () => {
    const { title: _, ...note } = goodNote;
    expect(problems(noteSchema.safeParse(note))).toEqual([
      'title: required: give the note a title',
    ]);
  });

  it('rejects an unknown field by name', () => {
    expect(problems(noteSchema.safeParse({ ...goodNote, autor: 'me' }))).toEqual([
      ': Unrecognized key: "autor"',
    ]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(problems(noteSchema.safeParse({ ...goodNote, updated: 'last week' }))).toEqual([
      'updated: must be a date written as YYYY-MM-DD, e.g. 2026-11-27',
    ]);
  });

  it('rejects an order that is not a positive whole number', () => {
    expect(problems(noteSchema.safeParse({ ...goodNote, order: 'first' }))).toEqual([
      'order: must be a whole number, e.g. 1',
    ]);
    expect(problems(noteSchema.safeParse({ ...goodNote, order: 0 }))).toEqual([
      'order: must be 1 or more',
    ]);
  });

  it('asks for a one-sentence description', () => {
    expect(problems(noteSchema.safeParse({ ...goodNote, description: 'Short.' }))).toEqual([
      'description: write a one-sentence description (at least 20 characters)',
    ]);
  });

  it('rejects tags that are not kebab-case', () => {
    expect(problems(noteSchema.safeParse({ ...goodNote, tags: ['Scaling Laws'] }))[0]).toMatch(
      /^tags\.0: tag must be kebab-case/,
    );
  });
});

describe('the claim schema', () => {
  const claim = goodNote.claims[0]!;
  it('rejects an id that is not kebab-case', () => {
    expect(problems(claimSchema.safeParse({ ...claim, id: 'Balance at 405B' }))[0]).toMatch(
      /^id: claim id must be kebab-case/,
    );
  });
  it('names the allowed statuses', () => {
    expect(problems(claimSchema.safeParse({ ...claim, status: 'true' }))).toEqual([
      'status: status must be one of: supported, nuanced, overstated, unconfirmed',
    ]);
  });
  it('needs at least one source with a locator', () => {
    expect(problems(claimSchema.safeParse({ ...claim, sources: [] }))).toEqual([
      'sources: cite at least one source with a locator',
    ]);
    expect(
      problems(
        claimSchema.safeParse({ ...claim, sources: [{ source: 'llama-3-paper', at: ' ' }] }),
      )[0],
    ).toMatch(/^sources\.0\.at: give a locator/);
  });
  it('needs a reason for its status', () => {
    expect(problems(claimSchema.safeParse({ ...claim, reason: '' }))).toEqual([
      'reason: say in one line why the claim has this status',
    ]);
  });
});

describe('the theme schema', () => {
  it('accepts title, description and order, and nothing else', () => {
    const theme = {
      title: 'Evaluation',
      description: 'How Meta judged its models and why benchmarks mislead.',
      order: 4,
    };
    expect(themeSchema.safeParse(theme).success).toBe(true);
    expect(problems(themeSchema.safeParse({ ...theme, slug: 'eval' }))).toEqual([
      ': Unrecognized key: "slug"',
    ]);
  });
});

describe('the source schema', () => {
  const source = {
    kind: 'paper',
    short: 'Llama 2 paper',
    title: 'Llama 2',
    year: 2023,
    url: 'https://arxiv.org/abs/2307.09288',
  };

  it.each([
    [['Hugo Touvron', 'Louis Martin', 'et al.']],
    [[{ literal: 'Llama Team, AI @ Meta' }]],
    [['Jane Doe', 'et al']],
  ])('accepts the authors %j', (authors) => {
    expect(problems(sourceSchema.safeParse({ ...source, authors }))).toEqual([]);
  });

  it.each([
    [['Hugo Touvron', 'et al.', 'Thomas Scialom']],
    [['et al.', 'Jane Doe']],
    [['Jane Doe', 'Et al.', 'et al.']],
  ])('says "et al." can only end the authors %j', (authors) => {
    expect(problems(sourceSchema.safeParse({ ...source, authors }))).toEqual([
      expect.stringMatching(
        /^authors: "et al\." stands for the authors not listed, so it can only end the list/,
      ),
    ]);
  });
});
