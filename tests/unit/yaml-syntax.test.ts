import { describe, expect, it } from 'vitest';
import { yamlProblemAt, yamlSyntaxProblems } from '../../src/cli/yaml-syntax.ts';
import { formatProblem } from '../../src/model/problems.ts';

/** A note whose frontmatter holds `lines` after a title and a description (so they start on line 4). */
const note = (...lines: string[]) =>
  ['---', 'title: A note', 'description: A fixture.', ...lines, '---', '', 'Text.'].join('\n');
const report = (file: string, text: string) => yamlSyntaxProblems(file, text).map(formatProblem);

describe('YAML that does not parse', () => {
  it.each([
    [
      'a list whose bracket is never closed names its own line, not the next one',
      note('order: 5', 'tags: [scaling, data', 'sources: [llama-3-paper]'),
      'x.mdx:5 `tags: [scaling, data` — the [ on this line is never closed. Fix: close it with ]: tags: [scaling, data]',
    ],
    [
      'a citation map whose brace is never closed',
      note('claims:', '  - id: x', '    sources:', '      - { source: paper, at: "§1"', 'order: 3'),
      'x.mdx:7 `- { source: paper, at: "§1"` — the { on this line is never closed. Fix: close it with }: - { source: paper, at: "§1"}',
    ],
    [
      'a colon inside an unquoted title',
      ['---', 'title: Scaling: a story', 'order: 1', '---'].join('\n'),
      'x.mdx:2 `title: Scaling: a story` — the value holds a colon and a space, which YAML reads as the start of another field. Fix: put the value in double quotes: title: "Scaling: a story"',
    ],
    [
      'a value that only starts quoted',
      note('reason: "Yes" he said, loudly'),
      'x.mdx:4 `reason: "Yes" he said, loudly` — the quotes close before the value ends. Fix: put the value in double quotes: reason: "\\"Yes\\" he said, loudly"',
    ],
    [
      'a value starting with a backtick',
      note('text: `6ND` is the rule'),
      'x.mdx:4 `text: `6ND` is the rule` — a value cannot start with ` unless it is quoted. Fix: put the value in double quotes: text: "`6ND` is the rule"',
    ],
    [
      'a value starting with ! (a tag to YAML)',
      note('reason: !Important'),
      'x.mdx:4 `reason: !Important` — a value cannot start with ! unless it is quoted. Fix: put the value in double quotes: reason: "!Important"',
    ],
    [
      'a value starting with * (an alias to YAML)',
      note('order: 1', 'text: *Not* a claim'),
      'x.mdx:5 `text: *Not* a claim` — a value cannot start with * unless it is quoted. Fix: put the value in double quotes: text: "*Not* a claim"',
    ],
    [
      'a quote never closed names the line that opens it',
      ['---', 'title: "Unclosed', 'description: A fixture.', 'order: 5', '---'].join('\n'),
      'x.mdx:2 `title: "Unclosed` — the " that opens this value is never closed. Fix: close it at the end of the value: title: "Unclosed"',
    ],
    [
      'a tab for indentation',
      note('claims:', '\t- id: x'),
      'x.mdx:5 `- id: x` — a tab indents this line. Fix: indent with spaces, never tabs',
    ],
    [
      'a field given twice',
      note('order: 1', 'title: Again'),
      'x.mdx:5 `title: Again` — "title" is given twice. Fix: keep one of the two (the other is on line 2)',
    ],
    [
      'a field indented deeper than the one above',
      note('claims:', '  - id: x', '     text: y'),
      'x.mdx:6 `text: y` — this field is indented deeper than the field above it. Fix: indent it by 4 spaces, like the field above',
    ],
  ])('%s', (_, text, expected) => {
    expect(report('x.mdx', text)).toEqual([expected]);
  });

  it('counts lines from the top of the file, after a byte-order mark or blank lines', () => {
    expect(report('x.mdx', `\uFEFF${note('tags: [a')}`)[0]).toMatch(/^x\.mdx:4 /);
    expect(report('x.mdx', `\n\n${note('tags: [a')}`)[0]).toMatch(/^x\.mdx:6 /);
  });

  it('reads a .yaml data file whole', () => {
    expect(report('sources.yaml', 'paper:\n  title: A: B\n')).toEqual([
      'sources.yaml:2 `title: A: B` — the value holds a colon and a space, which YAML reads as the start of another field. Fix: put the value in double quotes: title: "A: B"',
    ]);
  });

  it('says nothing about YAML that parses, or a file without frontmatter', () => {
    expect(report('x.mdx', note('order: 5', 'tags: [a, b]', 'claims: []'))).toEqual([]);
    expect(report('x.mdx', 'Just text: with a colon.')).toEqual([]);
    expect(report('x.mdx', note("title2: It's fine", 'text: The "trap" is real'))).toEqual([]);
  });

  it("explains an error only Astro's parser finds, at the line it names", () => {
    const text = note('reason: !!binary x');
    expect(yamlSyntaxProblems('x.mdx', text)).toEqual([]);
    expect(formatProblem(yamlProblemAt('x.mdx', text, 4, 'cannot resolve a node'))).toBe(
      'x.mdx:4 `reason: !!binary x` — a value cannot start with ! unless it is quoted. Fix: put the value in double quotes: reason: "!!binary x"',
    );
    expect(formatProblem(yamlProblemAt('x.mdx', text, 2, 'something else'))).toMatch(
      /^x\.mdx:2 `title: A note` — the YAML does not parse: something else\. Fix: correct this line/,
    );
  });
});
