/**
 * The measurement behind the choice of charting library (docs/architecture.md, "Charts"): the
 * same log-scale bar chart of eight rows drawn by Observable Plot (over linkedom) and by
 * Vega-Lite (Vega's SVG string renderer), twenty times each, in Node. Run it with the other
 * library installed (`npm install --no-save vega vega-lite`):
 * `node tools/charts/compare-libraries.ts`.
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const rows = [
  ['Chinchilla 70B', 20],
  ['Llama 1 65B', 21.5],
  ['Llama 2 70B', 28.6],
  ['Llama 3 405B', 38.5],
  ['Llama 1 7B', 143],
  ['Llama 3.1 70B', 214],
  ['Llama 3.1 8B', 1875],
].map(([label, value]) => ({ label, value }));

async function plot(): Promise<string> {
  const Plot = await import('@observablehq/plot');
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document,
    width: 440,
    marginLeft: 100,
    x: { type: 'log', label: 'Tokens per parameter (log scale)', grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { x1: 10, x2: 'value', y: 'label', fill: 'var(--chart-1)' }),
      Plot.ruleX([20], { stroke: 'currentColor' }),
    ],
  });
  return (svg as unknown as { outerHTML: string }).outerHTML;
}

// Loaded by name: Vega is not a dependency of the site, only of this measurement.
interface VegaLite {
  compile(spec: object): { spec: object };
}
interface Vega {
  parse(spec: object): unknown;
  View: new (runtime: unknown, options: object) => { toSVG(): Promise<string> };
}
const load = <T>(name: string) => import(name) as Promise<T>;

async function vegaLite(): Promise<string> {
  const vl = await load<VegaLite>('vega-lite');
  const vega = await load<Vega>('vega');
  const spec = vl.compile({
    width: 300,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', color: 'var(--chart-1)' },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: null, title: null },
          x: {
            field: 'value',
            type: 'quantitative',
            scale: { type: 'log', domainMin: 10 },
            title: 'Tokens per parameter (log scale)',
          },
        },
      },
      { mark: 'rule', encoding: { x: { datum: 20 } } },
    ],
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  return view.toSVG();
}

for (const [name, draw] of [
  ['Observable Plot + linkedom', plot],
  ['Vega-Lite + Vega SVG renderer', vegaLite],
] as const) {
  let svg = await draw(); // the first draw loads the library
  const start = performance.now();
  for (let i = 0; i < 20; i++) svg = await draw();
  const ms = (performance.now() - start) / 20;
  console.log(
    `${name}: ${ms.toFixed(1)} ms a chart, ${svg.length} bytes, ${gzipSync(svg).length} gzipped`,
  );
}
