/**
 * A chart's data as the drawing and its data table both read it, so the table shows exactly the
 * numbers drawn. Runs after the chart check (src/model/checks/charts.ts), so values are numbers.
 */
import type { ChartData } from '../../schemas/chart.ts';

/** One bar: its category, its series ('' when the chart has one) and its value. */
export interface ChartRow {
  label: string;
  series: string;
  value: number;
}

/** The rows of a chart, in the order written. */
export const chartRows = (chart: ChartData): ChartRow[] =>
  chart.data.map((row) => ({
    label: row.label,
    series: row.series ?? '',
    value: row.value as number,
  }));

/** The series of a chart, in order of first appearance; one empty series when none is named. */
export const seriesOf = (chart: ChartData): string[] => [
  ...new Set(chartRows(chart).map((r) => r.series)),
];

/** A value as the notes write it: digits grouped by commas, decimals as given (1875 → "1,875", 21.5 → "21.5"). */
export const formatValue = (value: number): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: 10 });

/** The value axis' label: the quantity, its unit, and the scale when it is not linear. */
export function valueAxisLabel(chart: ChartData): string {
  const { label, unit, scale } = chart.value;
  // "Training tokens per parameter (tokens per parameter)" would say the unit twice.
  const notes = [
    ...(label.toLowerCase().includes(unit.toLowerCase()) ? [] : [unit]),
    ...(scale === 'log' ? ['log scale'] : []),
  ];
  return notes.length ? `${label} (${notes.join(', ')})` : label;
}

/** What a cell shows where a category has no value for a series. */
export const MISSING_VALUE = '–';

/** A chart's data table, as the page's "Show data" and the Markdown twin both show it. */
export interface ChartTable {
  /** The category column's name, then one column per series (or one value column), each with its unit. */
  head: string[];
  /** One row per category: its label, then each cell's number as drawn, or MISSING_VALUE. */
  body: Array<[string, ...string[]]>;
}

/**
 * The data table: one row per category, one column per series (or one value column), each cell
 * the number as drawn.
 */
export function chartTable(chart: ChartData): ChartTable {
  const rows = chartRows(chart);
  const series = seriesOf(chart);
  const categories = [...new Set(rows.map((r) => r.label))];
  const unit = chart.value.unit;
  const label = chart.value.label;
  // As on the axis, "Training tokens per parameter" is not followed by "(tokens per parameter)".
  const head = [
    chart.category,
    ...series.map((s) =>
      s || !label.toLowerCase().includes(unit.toLowerCase()) ? `${s || label} (${unit})` : label,
    ),
  ];
  const body = categories.map((label): [string, ...string[]] => [
    label,
    ...series.map((s) => {
      const row = rows.find((r) => r.label === label && r.series === s);
      return row ? formatValue(row.value) : MISSING_VALUE;
    }),
  ]);
  return { head, body };
}
