import { expect } from 'vitest';
import { slugify } from '../../src/lib/slugs.ts';

/**
 * Malformed and unusual notes, each a fixture: the files it adds to a minimal content folder,
 * and what the build must do with it — build it correctly (asserted on the output) or refuse it
 * with a message naming the file, the line when known, the problem and the fix.
 */
export type Files = Record<string, string | Uint8Array>;

/** Reads a built page (`/scale/x/`) or returns undefined when the build has no such page. */
export type PageReader = (path: string) => Promise<string | undefined>;
export interface BuildsCase {
  name: string;
  files: Files;
  check: (page: PageReader) => Promise<void>;
}
export interface FailsCase {
  name: string;
  files: Files;
  /** `content/…` path the message must name, with `:line` when the line is known. */
  where: string;
  problem: RegExp;
}

/** A note: its frontmatter fields (an `updated` date is added) and its body. */
export const note = (front: string, body = '') =>
  `---\n${front.trim()}\nupdated: 2026-11-27\n---\n\n${body}\n`;
/** A theme's index.mdx. */
export const theme = (front: string) => `---\n${front.trim()}\n---\n`;
/** The fields every note needs: title, description and order. */
export const basic = (title: string, order = 5) =>
  `title: ${title}\ndescription: A fixture note written to test how the build handles it.\norder: ${order}`;
/** A `claims:` list with one claim that cites the Llama 3 paper (`extra` adds fields to it). */
export const claim = (id: string, extra = '') =>
  `claims:\n  - id: ${id}\n    text: A claim of the fixture.\n    status: supported\n    reason: The fixture says so.\n    sources:\n      - { source: llama-3-paper, at: "§1" }${extra}`;

/** The content every case starts from: two themes, the real sources and glossary, one note. */
export const BASE: Files = {
  'scale/index.mdx': theme(
    'title: Scale\ndescription: The theme every fixture note lives in, for the test.\norder: 1',
  ),
  'evaluation/index.mdx': theme(
    'title: Evaluation\ndescription: A second theme, so links across themes can be tested.\norder: 2',
  ),
  'scale/base.mdx': note(
    `${basic('Base note', 1)}\nsources: [llama-3-paper]\n${claim('base-claim')}`,
    '## A heading\n\n<Claim id="base-claim" />',
  ),
};

/** Notes that must build, each checked on the built site (all built together, once). */
export const BUILDS: BuildsCase[] = [];
/**
 * Notes the model must refuse (src/model/checks/), unsafe markup and imports among them; all go
 * into one build, whose single report must name each.
 */
export const MODEL_FAILS: FailsCase[] = [];
/** Notes refused before Astro starts (files that are not notes: src/cli/preflight.ts); one build for all. */
export const PREFLIGHT_FAILS: FailsCase[] = [];
/** Notes that stop the build at an earlier stage (YAML, schema, MDX); one build each. */
export const STAGE_FAILS: FailsCase[] = [];

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const huge = Array.from(
  { length: 6000 },
  (_, i) =>
    `Paragraph ${i} of a very long note, written to see that a megabyte of prose builds, renders and indexes like any other note, one line at a time with words enough to fill it.`,
).join('\n\n');

BUILDS.push(
  {
    name: 'a heading-only note',
    files: { 'scale/heading-only.mdx': note(basic('Heading only'), '## Only a heading') },
    check: async (page) =>
      expect(await page('/scale/heading-only/')).toContain('<h2 id="only-a-heading">'),
  },
  {
    name: 'a 1 MB note',
    files: { 'scale/huge.mdx': note(basic('Huge'), huge) },
    check: async (page) => {
      const html = (await page('/scale/huge/'))!;
      expect(html.length).toBeGreaterThan(1_000_000);
      expect(html).toContain('Paragraph 5999 of a very long note');
    },
  },
  {
    name: 'CRLF line endings',
    files: {
      'scale/crlf.mdx': crlf(
        note(
          `${basic('Windows line endings')}\nsources: [llama-3-paper]\n${claim('crlf-claim')}`,
          '## Heading with CRLF\n\n<Claim id="crlf-claim" />',
        ),
      ),
    },
    check: async (page) => {
      const html = (await page('/scale/crlf/'))!;
      expect(html).toContain('<title>Windows line endings · ');
      expect(html).toContain('<h2 id="heading-with-crlf">');
      expect(html).toContain('data-claim="crlf-claim"');
    },
  },
  {
    name: 'a byte-order mark',
    files: { 'scale/bom.mdx': `\uFEFF${note(basic('Byte order mark'), '## After a BOM')}` },
    check: async (page) => {
      const html = (await page('/scale/bom/'))!;
      expect(html).toContain('<title>Byte order mark · ');
      expect(html).toContain('<h2 id="after-a-bom">');
    },
  },
  {
    name: 'emoji and right-to-left text in the title and headings, linked from another note',
    files: {
      'scale/emoji-rtl.mdx': note(
        'title: "Llama 🦙 notes — النماذج الكبيرة"\ndescription: A fixture note whose title and headings mix emoji and Arabic.\norder: 6',
        '## العربية والرموز 🚀\n\nText.\n\n## Ünïcödé heading',
      ),
      'evaluation/links-to-rtl.mdx': note(
        basic('Links to RTL'),
        'See [the Arabic heading](/scale/emoji-rtl/#العربية-والرموز-) and [the accented one](/scale/emoji-rtl/#ünïcödé-heading).',
      ),
    },
    check: async (page) => {
      const html = (await page('/scale/emoji-rtl/'))!;
      expect(html).toContain('<title>Llama 🦙 notes — النماذج الكبيرة · ');
      expect(html).toContain(`<h2 id="${slugify('العربية والرموز 🚀')}">`);
      expect(html).toContain(`<h2 id="${slugify('Ünïcödé heading')}">`);
      const links = (await page('/evaluation/links-to-rtl/'))!;
      expect(links).toContain(
        `href="/scale/emoji-rtl/#${encodeURIComponent(slugify('العربية والرموز 🚀'))}"`,
      );
      expect(links).toContain(
        `href="/scale/emoji-rtl/#${encodeURIComponent(slugify('Ünïcödé heading'))}"`,
      );
    },
  },
  {
    name: 'a heading with inline code, emphasis, a link and a formula, linked from another note',
    files: {
      'scale/rich-heading.mdx': note(
        basic('Rich heading'),
        '## The `6ND` rule, *roughly*, per [Kaplan](https://example.org/) for <Math tex="C" /> compute\n\nText.',
      ),
      'evaluation/links-to-rich.mdx': note(
        basic('Links to rich'),
        'See [the rule](/scale/rich-heading/#the-6nd-rule-roughly-per-kaplan-for--compute) and [again](../../scale/rich-heading/#the-6nd-rule-roughly-per-kaplan-for--compute).',
      ),
    },
    check: async (page) => {
      const id = /<h2 id="([^"]+)">The <code>6ND<\/code> rule/.exec(
        (await page('/scale/rich-heading/'))!,
      )?.[1];
      expect(id).toBe('the-6nd-rule-roughly-per-kaplan-for--compute');
      const links = (await page('/evaluation/links-to-rich/'))!;
      expect(links).toContain(`href="/scale/rich-heading/#${id}"`);
      expect(links).toContain(`href="../../scale/rich-heading/#${id}"`);
    },
  },
  {
    name: 'deeply nested lists',
    files: {
      'scale/nested.mdx': note(
        basic('Nested lists'),
        Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
      ),
    },
    check: async (page) => {
      const html = (await page('/scale/nested/'))!;
      expect(html.match(/<ul>/g)!.length).toBeGreaterThanOrEqual(20);
      expect(html).toContain('level 20');
    },
  },
  {
    name: 'raw HTML',
    files: {
      'scale/raw-html.mdx': note(
        basic('Raw HTML'),
        '<details><summary>More</summary>Hidden detail.</details>\n\nPress <kbd>Ctrl</kbd> and read x<sup>2</sup>.',
      ),
    },
    check: async (page) => {
      const html = (await page('/scale/raw-html/'))!;
      expect(html).toContain('<details><summary>More</summary>Hidden detail.</details>');
      expect(html).toContain('<kbd>Ctrl</kbd>');
    },
  },
  {
    name: 'a draft',
    files: { 'scale/draft.mdx': note(`${basic('Draft')}\ndraft: true`, 'Not yet.') },
    check: async (page) => expect(await page('/scale/draft/')).toBeUndefined(),
  },
);

const fails = (list: FailsCase[], name: string, files: Files, where: string, problem: RegExp) =>
  list.push({ name, files, where, problem });

fails(
  MODEL_FAILS,
  'a note outside a theme folder',
  { 'stray.mdx': note(basic('Stray')) },
  'content/stray.mdx',
  /a note must sit directly in a theme folder/,
);
fails(
  MODEL_FAILS,
  'a note in a folder with no index',
  { 'nowhere/note.mdx': note(basic('Nowhere')) },
  'content/nowhere/note.mdx',
  /unknown theme "nowhere"/,
);
fails(
  MODEL_FAILS,
  'a theme that collides with a site path',
  {
    'tags/index.mdx': theme(
      'title: Tags\ndescription: A theme whose folder name the site already uses.\norder: 3',
    ),
  },
  'content/tags/index.mdx',
  /"tags" cannot be a theme: the site already uses \/tags\//,
);
fails(
  MODEL_FAILS,
  'a duplicate claim id across notes',
  {
    'evaluation/dup.mdx': note(
      `${basic('Duplicate')}\nsources: [llama-3-paper]\n${claim('base-claim')}`,
      '<Claim id="base-claim" />',
    ),
  },
  'content/scale/base.mdx:',
  /claim id "base-claim" is declared in both content\/evaluation\/dup\.mdx and content\/scale\/base\.mdx/,
);
fails(
  MODEL_FAILS,
  'two notes at the same address (a move onto a live page)',
  { 'evaluation/mover.mdx': note(`${basic('Mover')}\nmoved_from: ["/scale/base/"]`) },
  'content/evaluation/mover.mdx',
  /"\/scale\/base\/" is a live page, so it cannot redirect here/,
);
fails(
  MODEL_FAILS,
  'a link to a missing note',
  { 'scale/link-note.mdx': note(basic('Link note'), 'See [nothing](/scale/nothing-here/).') },
  'content/scale/link-note.mdx:8',
  /no note lives at that path/,
);
fails(
  MODEL_FAILS,
  'a relative link to a missing note',
  { 'scale/relative-note.mdx': note(basic('Relative note'), 'See [x](../no-such-note/#nowhere).') },
  'content/scale/relative-note.mdx:8',
  /link to \.\.\/no-such-note\/#nowhere — no note lives at that path/,
);
fails(
  MODEL_FAILS,
  'a relative link to a missing anchor',
  {
    'evaluation/relative-anchor.mdx': note(
      basic('Relative anchor'),
      'See [x](../../scale/base/#nowhere).',
    ),
  },
  'content/evaluation/relative-anchor.mdx:8',
  /\/scale\/base\/ has no heading or claim "nowhere"/,
);
fails(
  MODEL_FAILS,
  'a link to a missing anchor',
  { 'scale/link-anchor.mdx': note(basic('Link anchor'), 'See [gone](/scale/base/#gone).') },
  'content/scale/link-anchor.mdx:8',
  /\/scale\/base\/ has no heading or claim "gone"/,
);
fails(
  MODEL_FAILS,
  'an unknown source key',
  { 'scale/source.mdx': note(`${basic('Source')}\nsources: [nowhere-paper]`) },
  'content/scale/source.mdx:5',
  /unknown source key "nowhere-paper"/,
);
fails(
  MODEL_FAILS,
  'an unknown glossary term',
  { 'scale/term.mdx': note(basic('Term'), 'About <Term id="not-a-term">this</Term>.') },
  'content/scale/term.mdx:8',
  /unknown glossary term "not-a-term"/,
);
fails(
  MODEL_FAILS,
  'a claim declared but never placed',
  {
    'scale/unplaced.mdx': note(
      `${basic('Unplaced')}\nsources: [llama-3-paper]\n${claim('unplaced-claim')}`,
      'No claim here.',
    ),
  },
  'content/scale/unplaced.mdx:7',
  /claim "unplaced-claim" is declared but never placed/,
);
fails(
  MODEL_FAILS,
  'a claim placed but never declared',
  { 'scale/undeclared.mdx': note(basic('Undeclared'), '<Claim id="ghost-claim" />') },
  'content/scale/undeclared.mdx:8',
  /claim "ghost-claim" is placed in the text but not declared/,
);
fails(
  MODEL_FAILS,
  'an unknown MDX component',
  { 'scale/component.mdx': note(basic('Component'), 'A diagram:\n\n<Diagram data="x" />') },
  'content/scale/component.mdx:10',
  /unknown component <Diagram>/,
);
fails(
  MODEL_FAILS,
  'LaTeX that does not parse',
  { 'scale/math.mdx': note(basic('Math'), 'A formula <Math tex="\\frac{a" /> here.') },
  'content/scale/math.mdx:8',
  /the LaTeX does not parse/,
);
fails(
  MODEL_FAILS,
  'a <script> element',
  { 'scale/script.mdx': note(basic('Script'), '<script>alert(1)</script>') },
  'content/scale/script.mdx:8',
  /a <script> element is not allowed in a note/,
);
fails(
  MODEL_FAILS,
  'an event handler attribute',
  { 'scale/onerror.mdx': note(basic('Handler'), '<img src="x.png" alt="x" onError="alert(1)" />') },
  'content/scale/onerror.mdx:8',
  /an on…= event handler attribute is not allowed/,
);
fails(
  MODEL_FAILS,
  'a javascript: URL',
  { 'scale/js-url.mdx': note(basic('JS URL'), 'A [link](javascript:alert(1)).') },
  'content/scale/js-url.mdx:8',
  /a javascript: URL is not allowed/,
);
fails(
  MODEL_FAILS,
  'an <iframe>',
  {
    'scale/iframe.mdx': note(
      basic('Iframe'),
      '<iframe src="https://example.org" title="x"></iframe>',
    ),
  },
  'content/scale/iframe.mdx:8',
  /an <iframe> is not allowed/,
);
fails(
  STAGE_FAILS,
  'bytes that are not UTF-8',
  {
    'scale/latin1.mdx': Buffer.concat([
      Buffer.from(note(basic('Latin-1'), 'Caf').trimEnd()),
      Buffer.from([0xe9]),
      Buffer.from(' au lait.\n'),
    ]),
  },
  'content/scale/latin1.mdx:8',
  /the file is not valid UTF-8/,
);

// YAML is read before Astro starts (src/cli/yaml-syntax.ts): the line of the mistake, as written, and the edit.
fails(
  PREFLIGHT_FAILS,
  'broken YAML',
  {
    'scale/yaml.mdx':
      '---\ntitle: "Unclosed\ndescription: A fixture note with broken YAML.\norder: 5\n---\n\nText.\n',
  },
  'content/scale/yaml.mdx:2 `title: "Unclosed`',
  /the " that opens this value is never closed\. Fix: close it at the end of the value: title: "Unclosed"/,
);
fails(
  PREFLIGHT_FAILS,
  'a list in YAML whose bracket is never closed (the parser notices a line later)',
  {
    'scale/bracket.mdx': note(
      `${basic('Bracket')}\ntags: [scaling, data\nsources: [llama-3-paper]`,
      'Text.',
    ),
  },
  'content/scale/bracket.mdx:5 `tags: [scaling, data`',
  /the \[ on this line is never closed\. Fix: close it with \]: tags: \[scaling, data\]/,
);
fails(
  PREFLIGHT_FAILS,
  'a colon inside an unquoted title',
  {
    'scale/colon.mdx': note(
      'title: Scaling: a story\ndescription: A fixture note whose title holds a colon.\norder: 5',
      'Text.',
    ),
  },
  'content/scale/colon.mdx:2 `title: Scaling: a story`',
  /the value holds a colon and a space.*\. Fix: put the value in double quotes: title: "Scaling: a story"/,
);
fails(
  STAGE_FAILS,
  "a YAML tag only Astro's parser refuses (src/cli/build-error.ts)",
  {
    'scale/binary.mdx': note(
      'title: !!binary x\ndescription: A fixture note whose title is a YAML tag.\norder: 5',
    ),
  },
  'content/scale/binary.mdx:2 `title: !!binary x`',
  /a value cannot start with ! unless it is quoted\. Fix: put the value in double quotes: title: "!!binary x"/,
);
fails(
  STAGE_FAILS,
  'wrong field types',
  {
    'scale/types.mdx': note(
      'title: Types\ndescription: A fixture note whose fields have the wrong types.\norder: first\ntags: just-a-string',
    ),
  },
  'content/scale/types.mdx:4 order',
  /must be a whole number/,
);
fails(
  STAGE_FAILS,
  'an unknown field',
  { 'scale/field.mdx': note(`${basic('Field')}\nautor: Someone`) },
  'content/scale/field.mdx:5 autor',
  /unknown field "autor"/,
);
fails(
  STAGE_FAILS,
  'a bad date',
  {
    'scale/date.mdx':
      '---\ntitle: Date\ndescription: A fixture note with a date that is not a date.\norder: 5\nupdated: last Tuesday\n---\n',
  },
  'content/scale/date.mdx:5 updated',
  /must be a date written as YYYY-MM-DD/,
);
fails(
  STAGE_FAILS,
  'an empty file',
  { 'scale/empty.mdx': '' },
  'content/scale/empty.mdx',
  /title — required: give the note a title/,
);
fails(
  STAGE_FAILS,
  'a claim without a source',
  {
    'scale/no-source.mdx': note(
      `${basic('No source')}\nclaims:\n  - id: bare\n    text: A claim.\n    status: supported\n    reason: Said.\n    sources: []`,
    ),
  },
  'content/scale/no-source.mdx:10 claims.0.sources',
  /cite at least one source with a locator/,
);
fails(
  STAGE_FAILS,
  'a status without a reason',
  {
    'scale/no-reason.mdx': note(
      `${basic('No reason')}\nclaims:\n  - id: bare\n    text: A claim.\n    status: overstated\n    sources:\n      - { source: llama-3-paper, at: "§1" }`,
    ),
  },
  'content/scale/no-reason.mdx:6 claims.0.reason',
  /required|reason/,
);
fails(
  STAGE_FAILS,
  'unclosed JSX',
  { 'scale/unclosed.mdx': note(basic('Unclosed'), 'Text <Term id="rlhf">RLHF and more.') },
  'content/scale/unclosed.mdx:8:',
  /Expected a closing tag for `<Term>`/,
);
fails(
  STAGE_FAILS,
  'an HTML comment',
  { 'scale/comment.mdx': note(basic('Comment'), 'Text <!-- a comment --> more.') },
  'content/scale/comment.mdx:8:',
  /to create a comment in MDX, use `\{\/\* text \*\/\}`/,
);
fails(
  PREFLIGHT_FAILS,
  'two notes whose slugs collide (a .md beside an .mdx)',
  { 'scale/twin.mdx': note(basic('Twin')), 'scale/twin.md': note(basic('Twin in Markdown')) },
  'content/scale/twin.md',
  /a note must be an \.mdx file; this one would not be published.*Fix: rename it to twin\.mdx/,
);
fails(
  MODEL_FAILS,
  'an import of a missing file',
  {
    'scale/import.mdx': note(basic('Import'), "import Chart from './missing-chart.mdx';\n\nText."),
  },
  'content/scale/import.mdx:8',
  /an MDX import or export is not allowed in a note/,
);

/** A note with one chart (`<Chart id>` placed); `rows` and `sources` are its YAML, line 13 on (see below). */
const chartNote = (id: string, sources: string, rows: string) =>
  note(
    `${basic(`Chart ${id}`)}\nsources: [llama-3-paper]\ncharts:\n  - id: ${id}\n    title: A fixture chart\n    summary: What the fixture chart shows.\n    category: Model\n    value: { label: Share, unit: "%" }\n${sources}\n    data:\n${rows}`,
    `<Chart id="${id}" />`,
  );
const CITED = '    sources:\n      - { source: llama-3-paper, at: "§1" }';
// Lines: 1 `---`, 2–4 title/description/order, 5 sources, 6 charts, 7–11 the chart's fields,
// 12–13 its sources, 14 `data:`, 15 the first row.
fails(
  MODEL_FAILS,
  'a chart value written as text',
  {
    'scale/chart-text.mdx': chartNote('chart-text', CITED, '      - { label: A, value: "1,875" }'),
  },
  'content/scale/chart-text.mdx:15 charts → "chart-text" → data → "A" → value',
  /"1,875" is not a number\. Fix: write the value as a plain number/,
);
fails(
  MODEL_FAILS,
  'a chart row without a value',
  {
    'scale/chart-missing.mdx': chartNote(
      'chart-missing',
      CITED,
      '      - { label: A, value: 2 }\n      - { label: B }',
    ),
  },
  'content/scale/chart-missing.mdx:16 charts → "chart-missing" → data → "B" → value',
  /the value is missing/,
);
fails(
  MODEL_FAILS,
  'a chart row in another unit',
  {
    'scale/chart-unit.mdx': chartNote(
      'chart-unit',
      CITED,
      '      - { label: A, value: 2 }\n      - { label: B, value: 3, unit: tokens }',
    ),
  },
  'content/scale/chart-unit.mdx:16 charts → "chart-unit" → data → "B" → unit',
  /unit "tokens" differs from the chart's unit "%"/,
);
fails(
  MODEL_FAILS,
  'a chart without a source',
  {
    'scale/chart-unsourced.mdx': chartNote('chart-unsourced', '', '      - { label: A, value: 2 }'),
  },
  'content/scale/chart-unsourced.mdx:7 charts → "chart-unsourced" → sources',
  /the chart names no source for its numbers/,
);
