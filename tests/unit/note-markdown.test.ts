import { describe, expect, it } from 'vitest';
import { assembleModel } from '../../src/model/assemble.ts';
import { mdxProse, scanMdx } from '../../src/model/pipeline.ts';
import { noteSchema } from '../../src/schemas/note.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { termSchema } from '../../src/schemas/glossary.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { markdownSite } from '../../src/publish/markdown/links.ts';
import { noteMarkdown } from '../../src/publish/markdown/render.ts';
import { llmsFullTxt, llmsTxt } from '../../src/publish/markdown/llms.ts';

const SITE = new URL('https://example.org');

/** A one-note site built as the build builds it, and that note's Markdown under the base /kb/. */
async function render(body: string, options: { draft?: boolean; charts?: object[] } = {}) {
  const frontmatter = {
    ...(options.charts ? { charts: options.charts } : {}),
    title: 'A note',
    description: 'A note of the knowledge base, in one sentence.',
    order: 1,
    updated: '2026-11-27',
    sources: ['paper', 'talk'],
    claims: [
      {
        id: 'the-claim',
        text: 'It was said.',
        status: 'nuanced',
        reason: 'Said, with a caveat.',
        sources: [
          { source: 'talk', at: '01:05' },
          { source: 'paper', at: '§2' },
        ],
      },
    ],
  };
  const notes = [
    { id: 'scale/a-note', data: noteSchema.parse(frontmatter), body },
    ...(options.draft
      ? [
          {
            id: 'scale/draft',
            data: noteSchema.parse({ ...frontmatter, claims: [], draft: true }),
            body: 'Draft.',
          },
        ]
      : []),
  ];
  const model = assembleModel(
    {
      themes: [
        {
          id: 'scale',
          filePath: 'content/scale/index.mdx',
          data: { title: 'Scale', description: 'A theme of the notes, in one sentence.', order: 1 },
        },
      ],
      notes: await Promise.all(
        notes.map(async (n) => ({
          ...n,
          filePath: `content/${n.id}.mdx`,
          scan: await scanMdx(n.body),
        })),
      ),
      sources: [
        {
          id: 'paper',
          data: sourceSchema.parse({
            kind: 'paper',
            short: 'Paper',
            title: 'A paper',
            authors: ['Ada Lovelace'],
            year: 2024,
            url: 'https://arxiv.org/abs/2407.21783',
            arxiv: '2407.21783',
          }),
        },
        {
          id: 'talk',
          data: sourceSchema.parse({
            kind: 'interview',
            short: 'Talk',
            title: 'A talk',
            authors: ['Alan Turing'],
            year: 2024,
            url: 'https://example.org/talk',
            video: 'https://video.example/watch?v=x',
          }),
        },
      ],
      terms: [
        {
          id: 'rlhf',
          data: termSchema.parse({
            term: 'RLHF',
            definition: 'Reinforcement learning from human feedback.',
            sources: [{ source: 'paper', at: '§2' }],
          }),
        },
      ],
    },
    { includeDrafts: false },
  );
  const site = markdownSite(model, SITE, createUrls('/kb/'));
  const note = model.noteById.get('scale/a-note')!;
  return { model, site, ...noteMarkdown(note, await mdxProse(body), site) };
}

describe("a note's Markdown twin", () => {
  it.each([
    [
      'a heading keeps its anchor',
      '## Who was over-trained',
      '## Who was over-trained {#who-was-over-trained}',
    ],
    [
      'a root-relative link becomes absolute, with the base',
      'See [the other](/scale/other/#x).',
      'See [the other](https://example.org/kb/scale/other/#x).',
    ],
    [
      'a relative link is resolved from the note',
      'See [the other](../other/).',
      'See [the other](https://example.org/kb/scale/other/).',
    ],
    [
      'a link to this page keeps its anchor',
      'See [above](#top).',
      '[above](https://example.org/kb/scale/a-note/#top)',
    ],
    [
      'another site is left as it is',
      'See [it](https://other.example/p).',
      '[it](https://other.example/p)',
    ],
    ['a term is its plain word', 'We use <Term id="rlhf">RLHF</Term> here.', 'We use RLHF here.'],
    [
      'an inline formula is TeX between dollars',
      'So <Math tex="C \\approx 6ND" /> holds.',
      'So $C \\approx 6ND$ holds.',
    ],
    ['a display formula is a $$ block', '<Math display tex="N^\\star" />', '$$\nN^\\star\n$$'],
    ['a dollar sign in prose is escaped', 'It cost $5.', 'It cost \\$5.'],
    [
      'a citation is its source and locator, linked to that place',
      'As said <Cite source="talk" at="01:05" />.',
      'As said \\[[Talk, 01:05](https://video.example/watch?v=x\\&t=65s)].',
    ],
  ])('%s', async (_, body, expected) => {
    expect((await render(body)).markdown).toContain(expected);
  });

  it('quotes a claim with its anchor, verdict, reason, deciding source and what the author wrote inside', async () => {
    const { markdown, claims } = await render(
      'Before.\n\n<Claim id="the-claim">\n  A caveat <Cite source="paper" at="§2" />.\n</Claim>\n\nAfter.',
    );
    const block = [
      '> **Claim** {#the-claim}: It was said.',
      '>',
      '> **Nuanced.** Said, with a caveat. Decided by [Talk, 01:05](https://video.example/watch?v=x\\&t=65s); see also [Paper, §2](https://arxiv.org/abs/2407.21783).',
      '>',
      '> A caveat \\[[Paper, §2](https://arxiv.org/abs/2407.21783)].',
      '>',
      '> Share: <https://example.org/kb/c/the-claim/>',
    ].join('\n');
    expect(markdown).toContain(`Before.\n\n${block}\n\nAfter.`);
    expect(claims.get('the-claim')).toBe(
      `${block}\n>\n> From [A note](https://example.org/kb/scale/a-note/#the-claim), Scale.\n`,
    );
  });

  it('starts with the title, lead, theme, date and URL, and ends with the reference list', async () => {
    const { markdown } = await render(
      'Text <Cite source="paper" at="§2" />.\n\n<Claim id="the-claim" />',
    );
    expect(
      markdown.startsWith(
        '# A note\n\nA note of the knowledge base, in one sentence.\n\n[Scale](https://example.org/kb/scale/) · Updated 27 November 2026 · <https://example.org/kb/scale/a-note/>\n',
      ),
    ).toBe(true);
    expect(markdown).toMatch(
      /## References \{#references\}\n\n1\. Ada Lovelace \(2024\)\. \*A paper\*\. \[arXiv:2407\.21783\]\(https:\/\/arxiv\.org\/abs\/2407\.21783\) · Cited here at §2\n2\. Alan Turing \(2024\)\. \*A talk\*\. \[example\.org\]\(https:\/\/example\.org\/talk\) · \[video\]\(https:\/\/video\.example\/watch\?v=x\) · Cited here at \[01:05\]/,
    );
  });
});

describe("a chart in a note's Markdown twin", () => {
  /** Two series, one category without a value for the second, cited from two sources. */
  const chart = {
    id: 'the-chart',
    title: 'Accuracy by test set',
    summary: 'The model beats the judge on one set of two.',
    category: 'Test set',
    value: { label: 'Accuracy', unit: '%' },
    sources: [
      { source: 'paper', at: 'Table 7' },
      { source: 'talk', at: '01:05' },
    ],
    data: [
      { label: 'Helpfulness', series: 'Model', value: 63.2 },
      { label: 'Helpfulness', series: 'Judge', value: 58.6 },
      { label: 'Safety', series: 'Model', value: 1875 },
    ],
  };

  it('stands where it is placed: its caption with anchor and citations, its summary, and its data table', async () => {
    const { markdown } = await render('Before.\n\n<Chart id="the-chart" />\n\nAfter.', {
      charts: [chart],
    });
    const block = [
      '**Chart** {#chart-the-chart}: Accuracy by test set \\[[Paper, Table 7](https://arxiv.org/abs/2407.21783); [Talk, 01:05](https://video.example/watch?v=x\\&t=65s)]',
      '',
      'The model beats the judge on one set of two.',
      '',
      '| Test set    | Model (%) | Judge (%) |',
      '| ----------- | --------- | --------- |',
      '| Helpfulness | 63.2      | 58.6      |',
      '| Safety      | 1,875     | –         |',
    ].join('\n');
    expect(markdown).toContain(`Before.\n\n${block}\n\nAfter.`);
  });
});

describe('llms.txt and llms-full.txt', () => {
  it('list each published note by its Markdown URL and description, under its theme, and leave drafts out', async () => {
    const { model, site, markdown } = await render('Text.\n\n<Claim id="the-claim" />', {
      draft: true,
    });
    const index = llmsTxt(model, site);
    expect(index).toMatch(
      /^# Llama 3\.1 Notes\n\n> .+\n\n.+\n\n## Scale\n\n- \[A note\]\(https:\/\/example\.org\/kb\/scale\/a-note\/index\.md\): A note of the knowledge base, in one sentence\.\n/,
    );
    expect(index).not.toContain('draft');
    const full = llmsFullTxt(model, new Map([['scale/a-note', markdown]]));
    expect(full).toContain(markdown);
  });
});
