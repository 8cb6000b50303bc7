import { describe, expect, it } from 'vitest';
import { chartSchema } from '../../src/schemas/chart.ts';
import { chartTable, formatValue, valueAxisLabel } from '../../src/lib/charts/rows.ts';

/** A chart with the given value axis and rows; the rest as a note would write it. */
const chart = (value: object, data: object[]) =>
  chartSchema.parse({
    id: 'fixture',
    title: 'A chart',
    summary: 'What it shows.',
    category: 'Model',
    value,
    sources: [{ source: 'paper', at: '§1' }],
    data,
  });

describe("a chart's data table, as the page and the Markdown twin show it", () => {
  it.each([
    [
      'one value column named by the quantity and its unit',
      chart({ label: 'Share of the mix', unit: '%' }, [
        { label: 'Code', value: 17 },
        { label: 'Maths', value: 25 },
      ]),
      {
        head: ['Model', 'Share of the mix (%)'],
        body: [
          ['Code', '17'],
          ['Maths', '25'],
        ],
      },
    ],
    [
      'one column per series, in order of first appearance, each with the unit',
      chart({ label: 'Accuracy', unit: '%' }, [
        { label: 'Helpfulness', series: 'RM', value: 63.2 },
        { label: 'Helpfulness', series: 'GPT-4', value: 58.6 },
        { label: 'Safety', series: 'GPT-4', value: 58.1 },
        { label: 'Safety', series: 'RM', value: 64.5 },
      ]),
      {
        head: ['Model', 'RM (%)', 'GPT-4 (%)'],
        body: [
          ['Helpfulness', '63.2', '58.6'],
          ['Safety', '64.5', '58.1'],
        ],
      },
    ],
    [
      'a dash where a category has no value for a series',
      chart({ label: 'Parameters', unit: 'B' }, [
        { label: 'Scout', series: 'Active', value: 17 },
        { label: 'Scout', series: 'Total', value: 109 },
        { label: 'Behemoth', series: 'Active', value: 288 },
      ]),
      {
        head: ['Model', 'Active (B)', 'Total (B)'],
        body: [
          ['Scout', '17', '109'],
          ['Behemoth', '288', '–'],
        ],
      },
    ],
    [
      'numbers grouped by commas, decimals as written, on a log scale too',
      chart({ label: 'Data per weight', unit: 'tokens', scale: 'log' }, [
        { label: 'Llama 3 8B', value: 1875 },
        { label: 'Chinchilla', value: 20 },
        { label: 'Small', value: 0.125 },
      ]),
      {
        head: ['Model', 'Data per weight (tokens)'],
        body: [
          ['Llama 3 8B', '1,875'],
          ['Chinchilla', '20'],
          ['Small', '0.125'],
        ],
      },
    ],
    [
      'the unit left out of a column whose name already says it',
      chart({ label: 'Training tokens per parameter', unit: 'tokens per parameter' }, [
        { label: 'Chinchilla', value: 20 },
      ]),
      { head: ['Model', 'Training tokens per parameter'], body: [['Chinchilla', '20']] },
    ],
  ])('%s', (_, input, expected) => {
    expect(chartTable(input)).toEqual(expected);
  });

  it.each([
    [1875, '1,875'],
    [21.5, '21.5'],
    [3_800_000, '3,800,000'],
    [0.0625, '0.0625'],
  ])('writes %d as %s', (value, written) => {
    expect(formatValue(value)).toBe(written);
  });

  it.each([
    [{ label: 'Share', unit: '%' }, 'Share (%)'],
    [
      { label: 'Tokens per parameter', unit: 'tokens', scale: 'log' },
      'Tokens per parameter (log scale)',
    ],
    [{ label: 'Accuracy', unit: '%', scale: 'log' }, 'Accuracy (%, log scale)'],
  ])('labels the value axis %j as %s', (value, label) => {
    expect(valueAxisLabel(chart(value, [{ label: 'A', value: 1 }]))).toBe(label);
  });
});
