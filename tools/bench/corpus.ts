/**
 * A deterministic corpus of N notes shaped like the real ones, for the benchmark: about 800
 * words each (common words and a long tail, see TAIL), h2/h3 headings, a GFM table, a footnote,
 * a list, three claims with sources and statuses, citations, two glossary terms, and links to
 * other notes' claims. The same N always gives the same bytes, so runs on different days compare.
 */
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const THEMES = [
  'scale',
  'architecture',
  'synthetic-data',
  'evaluation',
  'llama-4-and-agents',
];
const STATUSES = ['supported', 'nuanced', 'overstated', 'unconfirmed'];
/** Glossary ids of the real content/glossary.yaml, which the corpus keeps. */
const TERMS = [
  ['rlhf', 'RLHF'],
  ['synthetic-data', 'synthetic data'],
  ['mixture-of-experts', 'mixture-of-experts'],
  ['quantization', 'quantization'],
  ['contamination', 'contamination'],
  ['reward-model', 'reward model'],
] as const;
const SOURCES = [
  ['llama-3-paper', '§3.2.1'],
  ['latent-space-llama-3', '12:43'],
  ['chinchilla', 'Table 3'],
  ['llama-2-paper', '§3.4.1'],
  ['kaplan-scaling-laws', '§1.2'],
] as const;
const WORDS = (
  'model scale token budget compute inference training data quality filter classifier synthetic human annotation reward ' +
  'preference round benchmark contamination overfitting evaluation judge agent tool instruction reasoning context window ' +
  'parameter dense expert mixture attention head layer vocabulary quantization precision throughput latency memory node ' +
  'cluster schedule learning rate batch curve law exponent ratio optimal flagship release paper interview section table ' +
  'figure claim source result method approach signal noise sample distribution corpus web document domain language code ' +
  'math long short early late stable unstable careful precise robust simple complex useful costly efficient open weight ' +
  'the a of to and in that for with as on by from this which while than more less most each every many few some ' +
  'trained measured reported estimated compared chose kept raised lowered mixed filtered scored ranked sampled served ' +
  'Llama Chinchilla Kaplan GAIA Toolformer FP8 BF16 MoE RLHF DPO SFT GPT-4 H100 405B 70B 8B 15T'
).split(' ');

/**
 * The long tail of a real vocabulary: names, numbers, rare technical words. Real notes draw most
 * words from a few hundred common ones and the rest from thousands that each appear in a handful
 * of notes, and search behaves very differently for the two (a common word matches every note; a
 * rare one, a few). Rank r is drawn with probability about 1/r (Zipf), from TAIL pseudo-words
 * spelt from syllables, so the same rank is always the same word.
 */
const TAIL = 20000;
const TAIL_SHARE = 0.4;
/** Sixteen syllables, four per word: 65,536 possible words, more than TAIL. */
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'de',
  'pa',
  'ri',
  'zo',
  'bu',
  'fe',
  'gi',
  'ha',
];

/** The tail word of rank `rank` (1 is the most frequent): four syllables, never a real word. */
export function tailWord(rank: number): string {
  // An odd multiplier is a bijection on 16 bits: distinct ranks, spread-out first letters (so
  // the words spread over Pagefind's index chunks as real words do).
  const n = Math.imul(rank, 40503) & 0xffff;
  return [12, 8, 4, 0].map((shift) => SYLLABLES[(n >> shift) & 15]).join('');
}

/** A small seeded generator (mulberry32): the corpus must not depend on Math.random. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(seed: number) {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  // Inverse of the Zipf CDF, ln(r)/ln(TAIL): a uniform u gives rank TAIL^u.
  const word = () => (next() < TAIL_SHARE ? tailWord(Math.floor(TAIL ** next())) : pick(WORDS));
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = (n = 14) => {
    const s = words(n);
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  // A heading's anchor must begin with a letter (src/model/checks/): "405B each signal" would not.
  const heading = (n: number) => {
    const h = words(n);
    return /^\p{L}/u.test(h) ? h : `On ${h}`;
  };
  const paragraph = (sentences: number) =>
    Array.from({ length: sentences }, () => sentence(10 + Math.floor(next() * 10))).join(' ');
  return { next, pick, words, heading, sentence, paragraph };
}

/** Where note `i` of `n` lives: themes take turns, so every theme grows with N. */
export function notePath(i: number): { theme: string; slug: string } {
  return { theme: THEMES[i % THEMES.length]!, slug: `generated-note-${i}` };
}

/** The MDX text of generated note `i` of `n`. */
export function generatedNote(i: number, n: number): string {
  const w = writer(i + 1);
  const claimId = (j: number, k: number) => `g${j}-claim-${k}`;
  const link = (j: number, k: number) => {
    const p = notePath(j);
    return `/${p.theme}/${p.slug}/#${claimId(j, k)}`;
  };
  const other = (i * 7 + 3) % n;
  const claims = [0, 1, 2].map((k) => {
    const [source, at] = w.pick(SOURCES);
    return `  - id: ${claimId(i, k)}\n    text: ${w.sentence(16)}\n    status: ${w.pick(STATUSES)}\n    reason: ${w.sentence(12)}\n    sources:\n      - { source: ${source}, at: "${at}" }`;
  });
  const used = [
    ...new Set([...claims.map((c) => /source: ([a-z0-9-]+)/.exec(c)![1]!), 'llama-3-paper']),
  ];
  const table = [
    '| Model | Tokens | Ratio |',
    '|---|---|---|',
    ...[1, 2, 3, 4].map(
      () =>
        `| ${w.words(2)} | ${Math.floor(w.next() * 90) + 1}T | ${Math.floor(w.next() * 900) + 10} |`,
    ),
  ].join('\n');
  const list = [1, 2, 3, 4].map(() => `- ${w.sentence(8)}`).join('\n');
  const [termA, termB] = [TERMS[i % TERMS.length]!, TERMS[(i + 3) % TERMS.length]!];
  const term = ([id, words]: readonly [string, string]) => `<Term id="${id}">${words}</Term>`;
  return `---
title: ${w.words(4).replace(/^./, (c) => c.toUpperCase())} ${i}
description: ${w.sentence(16)}
order: ${Math.floor(i / THEMES.length) + 1}
updated: 2026-11-27
tags: [${w.pick(['scaling', 'data', 'evaluation'])}, generated]
sources: [${used.join(', ')}]
claims:
${claims.join('\n')}
---

${w.paragraph(4)} It turns on ${term(termA)}.

## ${w.heading(3)} ${i}

${w.paragraph(4)} See [a related claim](${link(other, 1)}) <Cite source="llama-3-paper" at="§3.2" />.

<Claim id="${claimId(i, 0)}" />

${w.paragraph(3)}

### ${w.heading(3)} detail

${list}

${w.paragraph(4)}[^1]

## ${w.heading(2)} compared

${table}

${w.paragraph(5)}

<Claim id="${claimId(i, 1)}" />

${w.paragraph(4)}

### ${w.heading(4)}

${w.paragraph(5)} Compare [the next note](${link((i + 1) % n, 0)}).

## ${w.heading(3)} in practice

${w.paragraph(5)} The same holds for ${term(termB)}.

${w.paragraph(3)}

<Claim id="${claimId(i, 2)}" />

${w.paragraph(4)}

[^1]: ${w.sentence(14)}
`;
}

/**
 * Replaces the notes of a content folder with N generated ones; theme indexes and sources stay.
 * The permalink lock goes too: it records the real notes, which a generated corpus does not have.
 */
export async function writeCorpus(contentDir: string, n: number): Promise<void> {
  await rm(join(contentDir, 'permalinks.lock.json'), { force: true });
  for (const theme of THEMES) {
    for (const file of await readdir(join(contentDir, theme)))
      await rm(join(contentDir, theme, file));
    // The theme's own introduction links to the real notes; a generated theme page has none.
    await writeFile(
      join(contentDir, theme, 'index.mdx'),
      `---\ntitle: Theme ${theme}\ndescription: A generated theme of the benchmark corpus, in one sentence.\norder: ${THEMES.indexOf(theme) + 1}\n---\n`,
    );
  }
  for (let i = 0; i < n; i++) {
    const { theme, slug } = notePath(i);
    await writeFile(join(contentDir, theme, `${slug}.mdx`), generatedNote(i, n));
  }
}
