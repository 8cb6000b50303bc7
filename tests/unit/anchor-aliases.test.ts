import { describe, expect, it } from 'vitest';
import { aliasesByPage } from '../../src/model/published.ts';
import type { Model, Note } from '../../src/model/types.ts';

const note = (id: string, extra: Partial<Note> = {}) =>
  ({ id, claims: [], anchor_aliases: [], moved_from: [], ...extra }) as unknown as Note;
const claim = (id: string, aliases: string[] = []) =>
  ({ id, aliases }) as unknown as Note['claims'][number];

describe('aliasesByPage', () => {
  const model = {
    notes: [
      note('scale/why-405b', {
        anchor_aliases: [
          { from: 'old-heading', to: 'new-heading' },
          { from: '/scale/other/#moved-away', to: 'landed-here' },
        ],
        claims: [claim('balance', ['old-balance'])],
      }),
      note('evaluation/judges', { claims: [claim('moved-claim')] }),
    ],
  } as unknown as Model;

  it('maps same-page, cross-page and claim aliases, and follows claims that moved to another note', () => {
    const maps = aliasesByPage(model, {
      pages: { '/scale/why-405b/': ['moved-claim', 'balance'], '/scale/other/': ['old-balance'] },
    });
    expect(Object.fromEntries(maps)).toEqual({
      '/scale/why-405b/': {
        'old-heading': '#new-heading',
        'old-balance': '#balance',
        'moved-claim': '/evaluation/judges/#moved-claim',
      },
      '/scale/other/': {
        'moved-away': '/scale/why-405b/#landed-here',
        'old-balance': '/scale/why-405b/#balance',
      },
    });
  });

  it('gives pages without old anchors no map', () => {
    expect(aliasesByPage({ notes: [note('a/b')] } as unknown as Model, { pages: {} }).size).toBe(0);
  });
});
