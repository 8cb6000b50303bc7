import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';
import { readingMinutes } from '../../src/lib/reading-time.ts';
import { locatorUrl, noteLocators, timestampSeconds } from '../../src/lib/sources.ts';
import { lineOfField } from '../../src/model/frontmatter-lines.ts';
import { formatDate, isoDate } from '../../src/lib/dates.ts';
import { smartQuotes, truncate } from '../../src/lib/typography.ts';
import { lineAt } from '../../src/model/frontmatter-lines.ts';
import { sentenceParts } from '../../src/lib/sentence.ts';
import { cspHash } from '../../src/lib/csp.ts';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops deeper headings', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([
      { slug: 'x', text: 'X', children: [] },
    ]);
  });
});

describe('reading time', () => {
  it('rounds to minutes, at least one', () => {
    expect([readingMinutes(0), readingMinutes(220), readingMinutes(1000)]).toEqual([1, 1, 5]);
  });
});

describe('source locators', () => {
  it.each([
    ['12:43', 763],
    ['08:35', 515],
    ['1:02:05', 3725],
    ['12:43–13:07', 763],
    ['§3.2.1', undefined],
    ['Table 2', undefined],
  ])('reads %j as %s seconds', (at, seconds) => {
    expect(timestampSeconds(at)).toBe(seconds);
  });
  const interview = {
    id: 'i',
    kind: 'interview' as const,
    short: 'I',
    title: 'T',
    authors: ['A'],
    year: 2024,
    url: 'https://example.org/ep',
    video: 'https://www.youtube.com/watch?v=abc',
  };
  it('links an interview timestamp to the video at that second', () => {
    expect(locatorUrl(interview, '12:43')).toBe('https://www.youtube.com/watch?v=abc&t=763s');
  });
  it('links any other locator to the source page', () => {
    expect(locatorUrl(interview, 'show notes')).toBe('https://example.org/ep');
    expect(locatorUrl({ ...interview, video: undefined }, '12:43')).toBe('https://example.org/ep');
  });
});

describe('noteLocators', () => {
  const claim = (...sources: Array<[string, string]>) => ({
    sources: sources.map(([source, at]) => ({ source, at })),
  });
  it.each([
    ['nothing cited', [], [], []],
    [
      'prose and claims together, each place once',
      [['paper', '§2']],
      [claim(['paper', '§2'], ['talk', '08:35'])],
      [
        ['paper', ['§2']],
        ['talk', ['08:35']],
      ],
    ],
    [
      'timestamps by time, not as text',
      [
        ['talk', '59:00'],
        ['talk', '1:02:05'],
        ['talk', '9:10'],
      ],
      [],
      [['talk', ['9:10', '59:00', '1:02:05']]],
    ],
    [
      'sections and tables in numeric order',
      [
        ['paper', '§10'],
        ['paper', 'Table 3'],
        ['paper', '§2.1'],
      ],
      [],
      [['paper', ['§2.1', '§10', 'Table 3']]],
    ],
  ] as const)('lists %s', (_, citations, claims, expected) => {
    const note = {
      citations: citations.map(([source, at]) => ({ source, at })),
      claims: claims as unknown as Parameters<typeof noteLocators>[0]['claims'],
    };
    expect([...noteLocators(note)]).toEqual(expected);
  });
});

describe('lineOfField', () => {
  const text = [
    '---',
    'title: A',
    'order: 1',
    'claims:',
    '  - id: one',
    '    status: supported',
    '  - id: two',
    '    status: bad',
    '    sources:',
    '      - source: b',
    '        at: "2"',
    '---',
    'body',
  ].join('\n');
  it.each([
    [['title'], 2],
    [['claims'], 4],
    [['claims', 0, 'status'], 6],
    [['claims', 1, 'status'], 8],
    [['claims', 1, 'sources', 0, 'at'], 11],
    [['missing'], 1],
  ] as const)('finds %j on line %i', (path, line) => {
    expect(lineOfField(text, path)).toBe(line);
  });
  it('gives nothing without frontmatter', () => {
    expect(lineOfField('just text', ['title'])).toBeUndefined();
  });
});

describe('dates', () => {
  it('prints dates unambiguously, in UTC', () => {
    const d = new Date('2024-07-23T00:00:00Z');
    expect(formatDate(d)).toBe('23 July 2024');
    expect(isoDate(d)).toBe('2024-07-23');
  });
});

describe('smartQuotes', () => {
  it.each([
    [`Llama 3's post-training`, 'Llama 3\u2019s post-training'],
    [`the "Chinchilla trap", and`, 'the \u201CChinchilla trap\u201D, and'],
    [`'quoted' words`, '\u2018quoted\u2019 words'],
    [`("inner")`, '(\u201Cinner\u201D)'],
    ['no quotes', 'no quotes'],
  ])('sets %j as %j', (input, expected) => {
    expect(smartQuotes(input)).toBe(expected);
  });
});

describe('truncate', () => {
  it.each([
    ['Short title', 20, 'Short title'],
    [
      'Under the compute and constraints Meta had, 405B parameters was the balance point',
      40,
      'Under the compute and constraints Meta…',
    ],
    ['Averyveryverylongsinglewordwithoutspaces', 10, 'Averyvery…'],
  ])('shortens %j to at most %i characters', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('lineAt', () => {
  it.each([
    ['abc', 0, 1],
    ['abc', 2, 1],
    ['a\nb', 1, 1],
    ['a\nb', 2, 2],
    ['a\n\nb', 3, 3],
    ['\n', 0, 1],
    ['\n', 1, 2],
    ['a\r\nb', 3, 2],
    ['a\nb', 99, 2],
  ])('in %j, offset %i is on line %i', (text, offset, line) => {
    expect(lineAt(text, offset)).toBe(line);
  });
});

describe('sentenceParts', () => {
  it.each([
    ['no formula', 'Plain words.', [], [{ text: 'Plain words.' }]],
    [
      'a formula inside',
      'Tokens as N(C) = AC; see why.',
      ['N(C) = AC'],
      [{ text: 'Tokens as ' }, { tex: 'N(C) = AC' }, { text: '; see why.' }],
    ],
    [
      'two formulas, the same one twice',
      'x then x.',
      ['x', 'x'],
      [{ tex: 'x' }, { text: ' then ' }, { tex: 'x' }, { text: '.' }],
    ],
    [
      'a formula cut off by a shortened sentence, as text',
      'Tokens as N(C) = …',
      ['N(C) = AC'],
      [{ text: 'Tokens as N(C) = …' }],
    ],
  ] as const)('splits a sentence with %s', (_, sentence, formulas, parts) => {
    expect(sentenceParts(sentence, formulas)).toEqual(parts);
  });
});

describe('cspHash', () => {
  it.each([
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ['abc', 'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='],
  ])('hashes %j as the policy expects', (text, hash) => {
    expect(cspHash(text)).toBe(hash);
  });
});
