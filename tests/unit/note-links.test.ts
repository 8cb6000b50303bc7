import { describe, expect, it } from 'vitest';
import { headingsIn, linksIn } from '../../src/lib/note-links.ts';

const note = `---
title: x
claims:
  - id: a-claim
---

Intro with a [plain link](/scale/why-405b/) and nothing else.

## Why 405B?

It follows **the evidence**. See [the trap](/scale/beyond-chinchilla/#the-chinchilla-trap) <Cite source="x" at="1" />. Then more.

## Why 405B?

- A list item linking [FP8](/scale/serving-405b-in-fp8/#what-fp8-covers).

\`\`\`
[not a link](/ignored/)
\`\`\`

An [outside link](https://example.org/) and a [glossary link](/glossary/#rlhf).
`;

describe('linksIn', () => {
  it('finds site links with their sentence and line, skipping code and other sites', () => {
    expect(linksIn(note)).toEqual([
      { path: '/scale/why-405b/', anchor: '', text: 'plain link', sentence: 'Intro with a plain link and nothing else.', line: 7 },
      { path: '/scale/beyond-chinchilla/', anchor: 'the-chinchilla-trap', text: 'the trap', sentence: 'See the trap.', line: 11 },
      { path: '/scale/serving-405b-in-fp8/', anchor: 'what-fp8-covers', text: 'FP8', sentence: 'A list item linking FP8.', line: 15 },
      { path: '/glossary/', anchor: 'rlhf', text: 'glossary link', sentence: 'An outside link and a glossary link.', line: 21 },
    ]);
  });
});

describe('headingsIn', () => {
  it('slugs headings as the renderer does, numbering repeats', () => {
    expect([...headingsIn(note)]).toEqual([
      ['why-405b', 'Why 405B?'],
      ['why-405b-1', 'Why 405B?'],
    ]);
  });
});
