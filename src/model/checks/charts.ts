import type { ContentProblem } from '../problems.ts';
import type { NoteInput } from '../types.ts';
import { examples, type Check } from './context.ts';

type Where = Pick<ContentProblem, 'file' | 'fieldPath' | 'field'>;

/** A value a chart can draw: a finite number, written as a YAML number. */
function valueProblem(
  value: unknown,
  log: boolean,
): Pick<ContentProblem, 'problem' | 'fix'> | undefined {
  if (value === undefined || value === null)
    return {
      problem: 'the value is missing',
      fix: 'write the number from the source, e.g. `value: 20`',
    };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return {
      problem: `${JSON.stringify(value)} is not a number`,
      fix: 'write the value as a plain number without commas, units or "≈" (e.g. `value: 1875`); the unit goes in `value.unit`',
    };
  if (log && value <= 0)
    return {
      problem: 'a log scale cannot show zero or less',
      fix: 'use `scale: linear` or leave the row out',
    };
  return undefined;
}

/** Each chart of one note: values that are numbers, units that match its axis, a cited source. */
function chartProblems(note: NoteInput, cited: (key: string) => boolean): ContentProblem[] {
  const file = note.filePath;
  return (note.data.charts ?? []).flatMap((chart, i) => {
    const at = (path: Array<string | number>, field: string): Where => ({
      file,
      fieldPath: ['charts', i, ...path],
      field: `charts → "${chart.id}" → ${field}`,
    });
    const problems: ContentProblem[] = [];
    if (chart.sources.length === 0)
      problems.push({
        ...at(['id'], 'sources'),
        problem: 'the chart names no source for its numbers',
        fix: 'add `sources: [{ source: <key>, at: "<locator>" }]` naming where the numbers are printed',
      });
    chart.sources.forEach((s, j) => {
      if (!cited(s.source))
        problems.push({
          ...at(['sources', j, 'source'], 'sources'),
          problem: `source "${s.source}" is not in the note's \`sources\` list`,
          fix: `add ${s.source} to \`sources:\` in the frontmatter (it must be a key of content/sources.yaml)`,
        });
    });
    if (chart.data.length === 0)
      problems.push({
        ...at(['id'], 'data'),
        problem: 'the chart has no data',
        fix: 'add rows under `data:`',
      });
    const log = chart.value.scale === 'log';
    chart.data.forEach((row, j) => {
      const bad = valueProblem(row.value, log);
      if (bad)
        problems.push({ ...at(['data', j, 'value'], `data → "${row.label}" → value`), ...bad });
      if (row.unit !== undefined && row.unit !== chart.value.unit)
        problems.push({
          ...at(['data', j, 'unit'], `data → "${row.label}" → unit`),
          problem: `unit "${row.unit}" differs from the chart's unit "${chart.value.unit}"`,
          fix: `convert the value to ${chart.value.unit}, or draw it in a chart of its own`,
        });
    });
    chart.marks.forEach((mark, j) => {
      const bad = valueProblem(mark.value, log);
      if (bad)
        problems.push({ ...at(['marks', j, 'value'], `marks → "${mark.label}" → value`), ...bad });
    });
    return problems;
  });
}

/**
 * Charts draw only numbers with a unit and a source: a bad row would otherwise be drawn as a
 * missing bar or a bar at zero, silently. Also: every chart is placed once, every placed chart exists.
 */
export const chartData: Check = ({ input, model }) => {
  const owner = new Map<string, string>();
  return input.notes.flatMap((note) => {
    const listed = new Set(note.data.sources);
    const cited = (key: string) => listed.has(key) && model.sources.has(key);
    const declared = new Set((note.data.charts ?? []).map((c) => c.id));
    const placed = note.scan.components.filter((c) => c.name === 'Chart');
    const placedIds = new Set(placed.map((c) => c.attributes.id));
    const duplicates = (note.data.charts ?? []).flatMap((chart, i): ContentProblem[] => {
      const first = owner.get(chart.id);
      if (first === undefined) owner.set(chart.id, note.filePath);
      return first === undefined
        ? []
        : [
            {
              file: note.filePath,
              fieldPath: ['charts', i, 'id'],
              field: `charts → "${chart.id}"`,
              problem: `the chart id is already used in ${first}`,
              fix: "give each chart an id of its own across the site (it is the figure's anchor)",
            },
          ];
    });
    return [
      ...duplicates,
      ...chartProblems(note, cited),
      ...placed
        .filter((c) => typeof c.attributes.id === 'string' && !declared.has(c.attributes.id))
        .map((c) => ({
          file: note.filePath,
          line: c.line,
          field: `<Chart id="${c.attributes.id as string}">`,
          problem: 'no chart with this id in the frontmatter',
          fix: `use one of: ${examples(declared) || '(none yet)'}, or declare it under \`charts:\``,
        })),
      ...(note.data.charts ?? [])
        .map((chart, i) => ({ chart, i }))
        .filter(({ chart }) => !placedIds.has(chart.id))
        .map(({ chart, i }) => ({
          file: note.filePath,
          fieldPath: ['charts', i, 'id'],
          field: `charts → "${chart.id}"`,
          problem: 'the chart is declared but never placed',
          fix: `write <Chart id="${chart.id}" /> where it belongs in the prose, or remove it`,
        })),
    ];
  });
};
