/**
 * Draws a chart of a note (frontmatter `charts:`) into an SVG string at build time, with
 * Observable Plot over linkedom's small DOM (why Plot: docs/architecture.md, "Charts"). The SVG
 * carries no colour of its own: text and lines are `currentColor`, bars get a class whose fill is
 * a CSS variable (`--chart-1`…), so the page's light and dark themes and print colour it. It has
 * a viewBox and no size, so it scales with the column; its text alternative is its <title> and
 * <desc>.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartData } from '../../schemas/chart.ts';
import { chartRows, formatValue, seriesOf, valueAxisLabel } from './rows.ts';

/** The viewBox width: at the column's 35rem the text is drawn at about 15 px, on a phone at 10. */
const WIDTH = 440;
const FONT_SIZE = 12;
const ROW = 22;
/**
 * The class of the value and reference-line labels: chart.css draws them over a halo of the
 * page's background, so a dashed reference line that runs through a label ("28.6" under Meta's
 * law at 41.2, on a log scale) stops short of it instead of striking it through.
 */
const LABEL_CLASS = 'chart-label';
/** How many palette colours global.css defines (`--chart-1` … `--chart-N`). */
export const PALETTE_SIZE = 3;

/** The label column: wide enough for the longest label at this font size, and no wider. */
const labelWidth = (labels: string[]) =>
  Math.min(190, 12 + Math.max(...labels.map((l) => l.length)) * FONT_SIZE * 0.56);

/** Plot's marks for one chart: bars (or, on a log scale, bars from the axis' start), reference lines, values. */
function marksOf(chart: ChartData, start: number) {
  const rows = chartRows(chart);
  const series = seriesOf(chart);
  const grouped = series.length > 1;
  const reference = chart.marks.map((m, j) => ({ ...m, value: m.value as number, row: j }));
  const lift = (row: number) => -4 - ROW * 0.7 * (reference.length - 1 - row);
  return [
    Plot.barX(rows, {
      x1: start,
      x2: 'value',
      y: grouped ? 'series' : 'label',
      ...(grouped ? { fy: 'label' } : {}),
      fill: grouped ? 'series' : 'var(--chart-1)',
    }),
    // Before the labels: SVG paints in order, so a label's halo covers a rule that crosses it.
    Plot.ruleX(reference, { x: 'value', strokeDasharray: '4 3' }),
    Plot.text(rows, {
      x: 'value',
      y: grouped ? 'series' : 'label',
      ...(grouped ? { fy: 'label' } : {}),
      text: (d: { value: number }) => formatValue(d.value),
      textAnchor: 'start',
      dx: 4,
      className: LABEL_CLASS,
    }),
    ...reference.map((m) =>
      Plot.text([m], {
        x: 'value',
        frameAnchor: 'top',
        text: (d: { label: string; value: number }) => `${d.label}: ${formatValue(d.value)}`,
        textAnchor: 'start',
        dx: 3,
        dy: lift(m.row),
        className: LABEL_CLASS,
        ...(grouped ? { fy: undefined } : {}),
      }),
    ),
  ];
}

/** The x domain: from zero (or, on a log scale, the power of ten below the least value) to past the greatest, room for its label. */
function domainOf(chart: ChartData): [number, number] {
  const values = [
    ...chartRows(chart).map((r) => r.value),
    ...chart.marks.map((m) => m.value as number),
  ];
  const max = Math.max(...values);
  if (chart.value.scale !== 'log') return [0, max * 1.18];
  const min = Math.min(...values);
  return [10 ** Math.floor(Math.log10(min)), 10 ** (Math.log10(max) + 0.35)];
}

/** The chart as an SVG string: a viewBox, theme classes for colours, a title and a description. */
export function drawChart(chart: ChartData, idPrefix: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rows = chartRows(chart);
  const series = seriesOf(chart);
  const grouped = series.length > 1;
  const domain = domainOf(chart);
  const categories = [...new Set(rows.map((r) => r.label))];
  const svg = Plot.plot({
    document: document,
    width: WIDTH,
    height:
      30 +
      chart.marks.length * ROW * 0.7 +
      34 +
      rows.length * ROW +
      (grouped ? categories.length * 6 : 0),
    marginTop: 12 + chart.marks.length * ROW * 0.7,
    marginLeft: labelWidth(categories) + (grouped ? labelWidth(series) : 0),
    marginRight: 16,
    marginBottom: 34,
    x: {
      type: chart.value.scale,
      domain,
      label: valueAxisLabel(chart),
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: chart.value.scale === 'log' ? 4 : 5,
      tickFormat:
        chart.value.scale === 'log'
          ? (d: number) => (Number.isInteger(Math.log10(d)) ? formatValue(d) : '')
          : undefined,
    },
    y: { label: null, domain: grouped ? series : categories, axis: 'left' },
    // Grouped bars: the category sits left of its series' labels, so neither hides the other.
    ...(grouped
      ? {
          fy: {
            label: null,
            domain: categories,
            axis: 'left',
            padding: 0.2,
            tickPadding: labelWidth(series),
          },
        }
      : {}),
    color: {
      domain: series,
      range: series.map((_, i) => `var(--chart-${(i % PALETTE_SIZE) + 1})`),
    },
    marks: marksOf(chart, domain[0]),
  }) as unknown as Element;
  return finish(svg, chart, idPrefix, document);
}

/**
 * Plot's output made the page's: its <style> (the CSP forbids it, and the page styles the chart),
 * fixed size and fonts, and its per-mark ARIA labels (the whole chart is one image) go; fills
 * that name a palette variable become classes, since a presentation attribute cannot use var().
 */
function finish(svg: Element, chart: ChartData, idPrefix: string, document: Document): string {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const name of ['class', 'width', 'height', 'font-family', 'style'])
    svg.removeAttribute(name);
  svg.setAttribute('font-size', String(FONT_SIZE));
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of ['aria-label', 'aria-description', 'aria-hidden'])
      element.removeAttribute(name);
    const fill = /^var\(--chart-(\d+)\)$/.exec(element.getAttribute('fill') ?? '');
    if (fill) {
      element.removeAttribute('fill');
      element.setAttribute('class', `chart-fill-${fill[1]}`);
    }
  }
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${idPrefix}-title`);
  title.textContent = chart.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${idPrefix}-desc`);
  desc.textContent = chart.summary;
  svg.prepend(title, desc);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${idPrefix}-title ${idPrefix}-desc`);
  // Plot's coordinates carry float noise (225.60000000000002); two decimals are finer than a pixel.
  return svg.outerHTML.replace(/="[^"]*"/g, (value) =>
    value.replace(/(\d+\.\d\d)\d+/g, (n) => String(Math.round(Number(n) * 100) / 100)),
  );
}
