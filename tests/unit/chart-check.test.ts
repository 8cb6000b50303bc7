import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chartData } from '../../src/model/checks/charts.ts';
import { formatProblem, locateProblems } from '../../src/model/problems.ts';
import { noteSchema } from '../../src/schemas/note.ts';
import type { CheckContext } from '../../src/model/checks/context.ts';
import type { Model } from '../../src/model/types.ts';

const FILE = 'content/scale/chart.mdx';
/** A note's frontmatter with one chart whose sources and rows are given; rows start on line 14. */
const frontmatter = (sources: string, rows: string) =>
  `---
title: Chart
description: A note with a chart, to test the chart check.
order: 1
updated: 2026-11-27
sources: [paper]
charts:
  - id: fixture
    title: A chart
    summary: What it shows.
    category: Model
    value: { label: Share, unit: "%" }
${sources}
    data:
${rows}
---
`;
const CITED = '    sources: [{ source: paper, at: "§1" }]';

/** The chart check's report on one note, as the build prints it. */
function report(text: string, placed = true): string[] {
  const data = noteSchema.parse(parse(text.split('---\n')[1]!));
  const scan = {
    headings: [],
    links: [],
    unsafe: [],
    words: 0,
    components: placed ? [{ name: 'Chart', line: 20, attributes: { id: 'fixture' } }] : [],
  };
  const context = {
    input: { themes: [], notes: [{ id: 'scale/chart', filePath: FILE, data, scan }], sources: [] },
    model: { sources: new Map([['paper', {}]]) } as unknown as Model,
  } as unknown as CheckContext;
  return locateProblems(chartData(context), () => text).map(formatProblem);
}

describe('the chart check', () => {
  it.each([
    [
      'a value written as text',
      CITED,
      '      - { label: A, value: "1,875" }',
      `${FILE}:15 charts → "fixture" → data → "A" → value — "1,875" is not a number`,
    ],
    [
      'a missing value',
      CITED,
      '      - { label: A, value: 2 }\n      - { label: B }',
      `${FILE}:16 charts → "fixture" → data → "B" → value — the value is missing`,
    ],
    [
      'a unit mismatch',
      CITED,
      '      - { label: A, value: 2, unit: tokens }',
      `${FILE}:15 charts → "fixture" → data → "A" → unit — unit "tokens" differs from the chart's unit "%"`,
    ],
    [
      'no source',
      '',
      '      - { label: A, value: 2 }',
      `${FILE}:8 charts → "fixture" → sources — the chart names no source for its numbers`,
    ],
    [
      'a source the note does not list',
      '    sources: [{ source: other, at: "§2" }]',
      '      - { label: A, value: 2 }',
      `${FILE}:13 charts → "fixture" → sources — source "other" is not in the note's \`sources\` list`,
    ],
  ])('names file, line and field of %s, with a fix', (_, sources, rows, expected) => {
    const lines = report(frontmatter(sources, rows));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    expect(lines[0]).toMatch(/\. Fix: \S/);
  });

  it('accepts a chart whose every value is a number in its unit, from a listed source', () => {
    expect(report(frontmatter(CITED, '      - { label: A, value: 2, unit: "%" }'))).toEqual([]);
  });

  it('reports a chart declared but never placed', () => {
    expect(report(frontmatter(CITED, '      - { label: A, value: 2 }'), false)).toEqual([
      expect.stringContaining(
        `${FILE}:8 charts → "fixture" — the chart is declared but never placed`,
      ),
    ]);
  });
});
