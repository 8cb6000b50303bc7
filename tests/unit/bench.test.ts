import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStages, durationSeconds } from '../../tools/bench/stages.ts';
import { median, pairedRatios } from '../../tools/bench/stats.ts';
import { interleavedBuilds } from '../../tools/bench/site-bench.ts';
import { owner } from '../../tools/bench/cpu-profile.ts';
import { generatedNote, notePath, tailWord } from '../../tools/bench/corpus.ts';
import { chartedNotePages } from '../../tools/bench/charted-notes.ts';
import { weightsByCharts } from '../../tools/bench/page-weight.ts';

describe('benchmark helpers', () => {
  it.each([
    ['137ms', 0.137],
    ['939 ms', 0.939],
    ['41.97s', 41.97],
    ['1m 2s', 62],
    ['2m', 120],
  ])('reads %j as %f s', (text, seconds) => {
    expect(durationSeconds(text)).toBeCloseTo(seconds);
  });

  it('reads the stages of a build log', () => {
    const log = `01:00:00 [types] Generated 1.19s\n01:00:01 [vite] ✓ built in 1m 3.5s\n01:00:02 ✓ Completed in 137ms.\n[kb:publish] wrote 27 share and redirect pages in 12 ms\n[kb:publish] narrowed 40 pages' policies in 25 ms\n[kb:publish] wrote 30 Markdown and llms files in 310 ms\n[kb:publish] wrote 17 social cards in 1023 ms\n[kb:publish] indexed 11 pages (11 notes) in 130 ms\n[kb:publish] wrote the service worker (56 files precached, 653 KB) in 2161 ms`;
    expect(buildStages(log)).toEqual({
      'content sync and types': 1.19,
      'bundling (MDX and pages, Vite)': 63.5,
      'page generation': 0.14,
      'share pages and redirects': 0.01,
      "pages' policies narrowed": 0.03,
      'Markdown twins and llms files': 0.31,
      'social cards': 1.02,
      'search index (Pagefind)': 0.13,
      'offline list and service worker': 2.16,
    });
  });

  it('takes medians', () => {
    expect([median([3]), median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([3, 2, 2.5]);
  });

  it('divides each turn of ours by the same turn of the floor', () => {
    expect(pairedRatios([12, 30, 9], [10, 20, 10])).toEqual([1.2, 1.5, 0.9]);
  });

  it('builds the variants in turns, not one block after the other, and summarises each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-turns-'));
    try {
      const journal = join(dir, 'journal');
      // Each "build" appends its name to one journal, so the file shows the order they ran in.
      const variant = (name: string) => ({
        label: name,
        command: [
          '-e',
          `require('node:fs').appendFileSync(${JSON.stringify(journal)}, '${name} ')`,
        ],
        project: dir,
        env: {},
      });
      const stats = await interleavedBuilds(
        { ours: variant('ours'), floor: variant('floor') },
        3,
        () => {},
      );
      expect(await readFile(journal, 'utf8')).toBe('ours floor ours floor ours floor ');
      expect(stats.ours.runs).toBe(3);
      expect(stats.ours.seconds).toHaveLength(3);
      expect(stats.floor.medianSeconds).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['file:///p/node_modules/@astrojs/mdx/dist/x.js', '@astrojs/mdx'],
    ['file:///p/node_modules/micromark/lib/x.js', 'micromark'],
    ['file:///p/src/lib/model.ts', 'src/lib'],
    ['node:internal/fs', 'node internals'],
    ['', '(native code)'],
  ])('attributes %s to %s', (url, pkg) => {
    expect(owner(url)).toBe(pkg);
  });
});

describe('the generated corpus', () => {
  it('is deterministic and shaped like a real note', () => {
    const note = generatedNote(7, 1000);
    expect(generatedNote(7, 1000)).toBe(note);
    expect(note).not.toBe(generatedNote(8, 1000));
    const body = note.slice(note.indexOf('\n---\n', 4) + 5);
    const words = body.split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(words).toBeGreaterThan(650);
    expect(words).toBeLessThan(950);
    expect(note.match(/^## /gm)!.length).toBeGreaterThanOrEqual(3);
    expect(note.match(/^### /gm)!.length).toBeGreaterThanOrEqual(1);
    expect(note).toMatch(/^\| Model \| Tokens \| Ratio \|$/m);
    expect(note).toMatch(/\[\^1\]: /);
    expect(note.match(/<Claim id="g7-claim-\d" \/>/g)).toHaveLength(3);
    expect(note.match(/<Term id="[a-z-]+">/g)!.length).toBeGreaterThanOrEqual(2);
    expect(note).toMatch(/\]\(\/[a-z-]+\/generated-note-\d+\/#g\d+-claim-\d\)/);
    expect(notePath(7)).toEqual({ theme: 'synthetic-data', slug: 'generated-note-7' });
  });

  it('starts every heading with a letter, as the anchor check asks (src/model/checks/)', () => {
    const headings = Array.from({ length: 1000 }, (_, i) => generatedNote(i, 1000))
      .flatMap((note) => note.match(/^#{2,3} .*$/gm)!)
      .map((line) => line.replace(/^#+ /, ''));
    expect(headings.filter((h) => !/^\p{L}/u.test(h))).toEqual([]);
  });

  it('draws a long tail of words: a rare word is in a few notes, a frequent one in most', () => {
    const words = Array.from({ length: 20000 }, (_, i) => tailWord(i + 1));
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => /^[a-z]{8}$/.test(w))).toBe(true);
    const notes = Array.from({ length: 300 }, (_, i) => generatedNote(i, 300));
    const share = (rank: number) =>
      notes.filter((n) => new RegExp(`\\b${tailWord(rank)}\\b`, 'i').test(n)).length / notes.length;
    expect(share(1)).toBeGreaterThan(0.9);
    expect(share(1000)).toBeGreaterThan(0);
    expect(share(1000)).toBeLessThan(0.15);
  });
});

describe('note page weight, with and without a chart', () => {
  it('finds the published notes that declare a chart from their frontmatter', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-charted-'));
    try {
      const note = (extra: string) =>
        `---\ntitle: A note\ndescription: A note of the bench, in one sentence.\norder: 1\nupdated: 2026-11-27\n${extra}---\n\nText.\n`;
      const chart =
        'charts:\n  - { id: c, title: C, summary: S, category: M, value: { label: V, unit: "%" }, data: [] }\n';
      await mkdir(join(dir, 'scale'));
      await writeFile(join(dir, 'sources.yaml'), '{}\n');
      await writeFile(join(dir, 'scale/index.mdx'), '---\ntitle: Scale\n---\n');
      await writeFile(join(dir, 'scale/charted.mdx'), note(chart));
      await writeFile(join(dir, 'scale/plain.mdx'), note(''));
      await writeFile(join(dir, 'scale/empty.mdx'), note('charts: []\n'));
      await writeFile(join(dir, 'scale/draft.mdx'), note(`draft: true\n${chart}`));
      expect([...(await chartedNotePages(dir))]).toEqual(['scale/charted/index.html']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'splits the pages by the charted set, each group with its count, median and max',
      ['a/x/index.html', 'a/y/index.html', 'b/z/index.html', 'b/w/index.html'],
      ['a/y/index.html', 'b/w/index.html'],
      {
        withCharts: { pages: 2, htmlCssGzipMedian: 17_000, htmlCssGzipMax: 18_000 },
        withoutCharts: { pages: 2, htmlCssGzipMedian: 12_500, htmlCssGzipMax: 13_000 },
      },
    ],
    [
      'reports an empty group as none, not as NaN or -Infinity',
      ['a/x/index.html', 'a/y/index.html', 'b/z/index.html', 'b/w/index.html'],
      [],
      {
        withCharts: { pages: 0, htmlCssGzipMedian: 0, htmlCssGzipMax: 0 },
        withoutCharts: { pages: 4, htmlCssGzipMedian: 14_500, htmlCssGzipMax: 18_000 },
      },
    ],
  ])('%s', (_, files, charted, expected) => {
    const weights = [12_000, 16_000, 13_000, 18_000];
    const pages = files.map((f, i) => ({ file: join(...f.split('/')), htmlCssGzip: weights[i]! }));
    expect(weightsByCharts(pages, new Set(charted))).toEqual(expected);
  });
});
