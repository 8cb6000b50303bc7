import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../src/model/pipeline.ts';

const note = `---
title: x
claims:
  - id: a-claim
---

Intro with a [plain link](/scale/why-405b/) and nothing else.

## Why 405B?

It follows **the evidence**. See [the trap](/scale/beyond-chinchilla/#the-chinchilla-trap) <Cite source="x" at="1" />. Then more.

## Why 405B?

- A list item linking [FP8](../serving-405b-in-fp8/#what-fp8-covers).

\`\`\`
[not a link](/ignored/)
\`\`\`

An [outside link](https://example.org/) and a [glossary link](/glossary/#rlhf), with <Math tex="C = 6ND" /> inline.
`;

describe('the note scan', () => {
  it('keeps each section’s first paragraph, as a reader sees it, by heading id', async () => {
    expect((await scanMdx(note)).sectionLeads).toEqual({
      'why-405b': 'It follows the evidence. See the trap. Then more.',
      'why-405b-1': 'An outside link and a glossary link, with C = 6ND inline.',
    });
  });

  it('finds every link with its sentence and line, skipping code', async () => {
    expect((await scanMdx(note)).links).toEqual([
      {
        href: '/scale/why-405b/',
        text: 'plain link',
        sentence: 'Intro with a plain link and nothing else.',
        formulas: [],
        line: 7,
      },
      {
        href: '/scale/beyond-chinchilla/#the-chinchilla-trap',
        text: 'the trap',
        sentence: 'See the trap.',
        formulas: [],
        line: 11,
      },
      {
        href: '../serving-405b-in-fp8/#what-fp8-covers',
        text: 'FP8',
        sentence: 'A list item linking FP8.',
        formulas: [],
        line: 15,
      },
      {
        href: 'https://example.org/',
        text: 'outside link',
        sentence: 'An outside link and a glossary link, with C = 6ND inline.',
        formulas: ['C = 6ND'],
        line: 21,
      },
      {
        href: '/glossary/#rlhf',
        text: 'glossary link',
        sentence: 'An outside link and a glossary link, with C = 6ND inline.',
        formulas: ['C = 6ND'],
        line: 21,
      },
    ]);
  });

  it('gives headings the ids the page gives them, numbering repeats', async () => {
    expect((await scanMdx(note)).headings).toEqual([
      { depth: 2, id: 'why-405b', text: 'Why 405B?', line: 9 },
      { depth: 2, id: 'why-405b-1', text: 'Why 405B?', line: 13 },
    ]);
  });

  it('lists the components with their attributes and lines', async () => {
    expect((await scanMdx(note)).components).toEqual([
      { name: 'Cite', line: 11, attributes: { source: 'x', at: '1' } },
      { name: 'Math', line: 21, attributes: { tex: 'C = 6ND' } },
    ]);
  });

  it.each([
    ['---\ntitle: x\n---\nOne two three.', 3],
    ['Words with <Claim id="c" /> a component.', 4],
    ['A [link](/scale/why-405b/#x) here.', 3],
    ['## Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |', 5],
    ['Prose.\n\n```\ncode is not read\n```', 1],
  ])('counts the words a reader sees in %j', async (mdx, words) => {
    expect((await scanMdx(mdx)).words).toBe(words);
  });
});

describe('unsafe markup', () => {
  const body = (text: string) => `---\ntitle: x\n---\n${text}`;
  it.each([
    ['<script>alert(1)</script>', 'a <script> element', 4],
    ['Text\n\n<iframe src="https://example.org"></iframe>', 'an <iframe>', 6],
    ['<img src="x.png" onerror="alert(1)" />', 'an on…= event handler attribute', 4],
    ['<div onClick={() => 1}>x</div>', 'an on…= event handler attribute', 4],
    ['[click](javascript:alert(1))', 'a javascript: URL', 4],
    ['<a href="javascript:void 0">x</a>', 'a javascript: URL', 4],
    ["import Thing from './thing.mdx';", 'an MDX import or export', 4],
    ['export const x = 1;', 'an MDX import or export', 4],
  ])('refuses %j', async (text, what, line) => {
    expect((await scanMdx(body(text))).unsafe).toEqual([expect.objectContaining({ what, line })]);
  });

  it.each([
    'We rely on top-tier data; online evaluation is hard.',
    'Inline `<script>` in code is fine.',
    '```html\n<script>in a code block</script>\n<iframe></iframe>\n```',
    'A [link](https://example.org/javascript-guide).',
    'Important: we import nothing.',
  ])('accepts %j', async (text) => {
    expect((await scanMdx(body(text))).unsafe).toEqual([]);
  });
});
