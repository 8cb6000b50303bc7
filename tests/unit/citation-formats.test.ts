import { describe, expect, it } from 'vitest';
import {
  bibtex,
  citationKey,
  cslJson,
  markdownLink,
  plainText,
  sourceBibtex,
} from '../../src/lib/citation-formats.ts';

const note = {
  title: 'Why 405B parameters',
  url: 'https://notes.example.org/kb/scale/why-405b/',
  site: 'Llama 3.1 Notes',
  updated: '2026-11-27',
  accessed: '2026-12-01',
};

describe('citation formats', () => {
  it('writes a Markdown link, escaping brackets in the text', () => {
    expect(markdownLink('A [bracketed] claim', 'https://x/c/a/')).toBe(
      '[A \\[bracketed\\] claim](https://x/c/a/)',
    );
  });

  it('writes plain text for a note and for a claim', () => {
    expect(plainText(note)).toBe(
      'Why 405B parameters. Llama 3.1 Notes, updated 27 November 2026. https://notes.example.org/kb/scale/why-405b/',
    );
    expect(plainText(note, { text: 'A claim.', url: 'https://x/c/a/' })).toBe(
      '“A claim.” In: Why 405B parameters. Llama 3.1 Notes, updated 27 November 2026. https://x/c/a/',
    );
  });

  it('derives a stable citation key from the URL', () => {
    expect(citationKey(note.url)).toBe('llama31notes-scale-why-405b');
    expect(citationKey('https://x/')).toBe('llama31notes-home');
  });

  it('writes a BibTeX @misc entry', () => {
    expect(bibtex({ ...note, title: 'Costs & 50% _more_' })).toBe(
      [
        '@misc{llama31notes-scale-why-405b,',
        '  title        = {Costs \\& 50\\% \\_more\\_},',
        '  author       = {{Llama 3.1 Notes}},',
        '  year         = {2026},',
        '  month        = nov,',
        '  howpublished = {\\url{https://notes.example.org/kb/scale/why-405b/}},',
        '  note         = {Updated 2026-11-27; accessed 2026-12-01},',
        '}',
      ].join('\n'),
    );
  });

  it('writes a CSL-JSON webpage item', () => {
    expect(JSON.parse(cslJson(note))).toEqual([
      {
        id: 'llama31notes-scale-why-405b',
        type: 'webpage',
        title: 'Why 405B parameters',
        'container-title': 'Llama 3.1 Notes',
        author: [{ literal: 'Llama 3.1 Notes' }],
        URL: note.url,
        issued: { 'date-parts': [[2026, 11, 27]] },
        accessed: { 'date-parts': [[2026, 12, 1]] },
      },
    ]);
  });
});

describe('sourceBibtex', () => {
  it('writes an arXiv paper as @misc with its eprint, DOI and "and others"', () => {
    expect(
      sourceBibtex({
        id: 'chinchilla',
        kind: 'paper',
        title: 'Training Compute-Optimal Large Language Models',
        authors: ['Jordan Hoffmann', 'Sebastian Borgeaud', 'et al.'],
        year: 2022,
        url: 'https://arxiv.org/abs/2203.15556',
        arxiv: '2203.15556',
        doi: '10.48550/arXiv.2203.15556',
      }),
    ).toBe(
      [
        '@misc{chinchilla,',
        '  title         = {Training Compute-Optimal Large Language Models},',
        '  author        = {Jordan Hoffmann and Sebastian Borgeaud and others},',
        '  year          = {2022},',
        '  eprint        = {2203.15556},',
        '  archivePrefix = {arXiv},',
        '  doi           = {10.48550/arXiv.2203.15556},',
        '  url           = {https://arxiv.org/abs/2203.15556},',
        '}',
      ].join('\n'),
    );
  });

  it('keeps organisations whole and records where an interview appeared', () => {
    const entry = sourceBibtex({
      id: 'x',
      kind: 'interview',
      title: 'A & B',
      authors: ['Llama Team, AI @ Meta', 'swyx'],
      year: 2024,
      url: 'https://e.org/',
      container: 'Latent Space podcast',
      date: new Date('2024-07-23T00:00:00Z'),
    });
    expect(entry).toContain('author       = {{Llama Team, AI @ Meta} and {swyx}},');
    expect(entry).toContain('title        = {A \\& B},');
    expect(entry).toContain('howpublished = {Latent Space podcast},');
    expect(entry).toContain('note         = {2024-07-23},');
  });
});
