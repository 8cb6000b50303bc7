/**
 * A chart in Markdown, where `<Chart id>` stands: its caption (the title with its anchor, and its
 * sources cited as `<Cite>` is), its text alternative, and its data as a GFM table. The table is
 * the page's "Show data" table (`chartTable`, src/lib/charts/rows.ts), so both show the same
 * columns, units and numbers.
 *
 *     **Chart** {#chart-tokens-per-parameter}: Training tokens per parameter \[[Llama 3 paper, §3.2.1](…)]
 *
 *     Tokens per parameter for each model. …
 *
 *     | Model | Training tokens per parameter |
 *     | - | - |
 *     | Chinchilla 70B | 20 |
 */
import type { PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { SECTION_IDS } from '../../lib/markup.ts';
import { chartTable } from '../../lib/charts/rows.ts';
import type { ChartData } from '../../schemas/chart.ts';
import { citeLinks, type MarkdownSite } from './links.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const row = (cells: string[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((c) => ({ type: 'tableCell', children: [text(c)] })),
});

/** The first line of a chart in Markdown: `**Chart** {#chart-id}: title`. */
export const CHART_LEAD = /^Chart \{#([^}]+)\}: /;

/** A chart's caption, text alternative and data table, as Markdown nodes. */
export function chartBlock(chart: ChartData, site: MarkdownSite): RootContent[] {
  const { head, body } = chartTable(chart);
  const table: Table = {
    type: 'table',
    align: head.map(() => null),
    children: [row(head), ...body.map(row)],
  };
  const cite = citeLinks(site, chart.sources);
  return [
    {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [text('Chart')] },
        text(` {#${SECTION_IDS.chart(chart.id)}}: ${chart.title}${cite.length ? ' ' : ''}`),
        ...cite,
      ],
    },
    { type: 'paragraph', children: [text(chart.summary)] },
    table,
  ];
}
