import { describe, expect, it } from 'vitest';
import { prevNext, referencePages, sidebarWindow } from '../../src/lib/navigation.ts';
import { createUrls } from '../../src/lib/urls.ts';
import type { Model, Note, Theme } from '../../src/model/types.ts';

function theme(slug: string, count: number): Theme {
  const t = {
    slug,
    title: slug,
    description: '',
    order: 1,
    filePath: '',
    notes: [] as Note[],
  } as Theme;
  t.notes = Array.from(
    { length: count },
    (_, i) => ({ id: `${slug}/n${i}`, slug: `n${i}`, theme: t }) as unknown as Note,
  );
  return t;
}

describe('sidebarWindow', () => {
  const big = theme('big', 100);
  it('shows a small theme whole', () => {
    expect(sidebarWindow(theme('small', 5), undefined)).toMatchObject({ hidden: 0 });
    expect(sidebarWindow(theme('small', 5), undefined).notes).toHaveLength(5);
  });
  it.each([
    [0, 0],
    [50, 40],
    [99, 80],
  ])(
    'centres the window on note %i (starting at %i), never more than 20 notes',
    (current, start) => {
      const { notes, hidden } = sidebarWindow(big, big.notes[current]);
      expect(notes).toHaveLength(20);
      expect(notes[0]).toBe(big.notes[start]);
      expect(notes).toContain(big.notes[current]);
      expect(hidden).toBe(80);
    },
  );
});

describe('prevNext', () => {
  it('walks the whole reading order across themes', () => {
    const a = theme('a', 2);
    const b = theme('b', 1);
    const model = { notes: [...a.notes, ...b.notes] } as Model;
    expect(prevNext(model, a.notes[1]!)).toEqual({ prev: a.notes[0], next: b.notes[0] });
    expect(prevNext(model, a.notes[0]!).prev).toBeUndefined();
    expect(prevNext(model, b.notes[0]!).next).toBeUndefined();
  });
});

describe('referencePages', () => {
  it('links the glossary, the sources and the tags, under the base path', () => {
    expect(referencePages(createUrls('/kb/'))).toEqual([
      { title: 'Glossary', href: '/kb/glossary/' },
      { title: 'Sources', href: '/kb/sources/' },
      { title: 'Tags', href: '/kb/tags/' },
    ]);
  });
});
