import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import {
  bibtex,
  citationKey,
  cslJson,
  markdownLink,
  personName,
  plainText,
  sourceBibtex,
  sourceCsl,
  sourcesBibtex,
  sourcesCslJson,
  type SourceReference,
} from '../../src/lib/citation-formats.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { ROOT } from '../support/paths.ts';

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
        // citation-js protects capitalised title words and writes names "Family, Given".
        '  title         = {Training {Compute}-{Optimal} {Large} {Language} {Models}},',
        '  author        = {Hoffmann, Jordan and Borgeaud, Sebastian and others},',
        '  year          = {2022},',
        '  publisher     = {arXiv},',
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
    // citation-js protects the capital B, and writes the exact date as year and month, not a note.
    expect(entry).toContain('title        = {A \\& {B}},');
    expect(entry).toContain('howpublished = {Latent Space podcast},');
    expect(entry).toContain('year         = {2024},');
    expect(entry).toContain('month        = {jul 23},');
  });
});

/** A source with the fields every case shares; each case sets the rest. */
const source = (over: Partial<SourceReference>): SourceReference => ({
  id: 'x',
  kind: 'paper',
  title: 'A title',
  authors: ['Jane Doe'],
  year: 2023,
  url: 'https://e.org/x',
  ...over,
});
const fieldOf = (entry: string, field: string) =>
  new RegExp(`^  ${field} += \\{(.*)\\},$`, 'm').exec(entry)?.[1];

/** A table case: a source, what its CSL item has, and its BibTeX type (`@`) and fields. */
interface Case {
  case: string;
  source: SourceReference;
  csl: Partial<CSL>;
  bib: Record<string, string>;
}

describe('sources through citation-js', () => {
  it.each<Case>([
    {
      case: 'a corporate author as one string',
      source: source({ authors: ['Llama Team, AI @ Meta'] }),
      csl: { author: [{ literal: 'Llama Team, AI @ Meta' }] },
      bib: { author: '{Llama Team, AI @ Meta}' },
    },
    {
      case: 'a corporate author as { literal }',
      source: source({ authors: [{ literal: 'Llama Team, AI @ Meta' }] }),
      csl: { author: [{ literal: 'Llama Team, AI @ Meta' }] },
      bib: { author: '{Llama Team, AI @ Meta}' },
    },
    {
      case: 'an organisation beside people, with a TeX special in its name',
      source: source({ authors: [{ literal: 'R&D Team' }, 'Yann LeCun', 'Meta'] }),
      csl: {
        author: [{ literal: 'R&D Team' }, { given: 'Yann', family: 'LeCun' }, { literal: 'Meta' }],
      },
      bib: { author: '{R\\&D Team} and LeCun, Yann and {Meta}' },
    },
    {
      case: '"et al." last',
      source: source({ authors: ['Jordan Hoffmann', 'Sebastian Borgeaud', 'et al.'] }),
      csl: {
        author: [
          { given: 'Jordan', family: 'Hoffmann' },
          { given: 'Sebastian', family: 'Borgeaud' },
        ],
      },
      bib: { author: 'Hoffmann, Jordan and Borgeaud, Sebastian and others' },
    },
    {
      case: '"et al." before a named author (never "others and")',
      source: source({ authors: ['Hugo Touvron', 'Louis Martin', 'et al.', 'Thomas Scialom'] }),
      csl: {
        author: [
          { given: 'Hugo', family: 'Touvron' },
          { given: 'Louis', family: 'Martin' },
          { given: 'Thomas', family: 'Scialom' },
        ],
      },
      bib: { author: 'Touvron, Hugo and Martin, Louis and Scialom, Thomas and others' },
    },
    {
      case: 'a DOI (a journal paper)',
      source: source({ container: 'Nature', doi: '10.1038/s41586-021-03819-2' }),
      csl: {
        type: 'article-journal',
        DOI: '10.1038/s41586-021-03819-2',
        'container-title': 'Nature',
      },
      bib: { '@': 'article', doi: '10.1038/s41586-021-03819-2', journal: 'Nature' },
    },
    {
      case: 'an arXiv id',
      source: source({ arxiv: '2407.21783', doi: '10.48550/arXiv.2407.21783' }),
      csl: {
        type: 'article',
        publisher: 'arXiv',
        number: 'arXiv:2407.21783',
        DOI: '10.48550/arXiv.2407.21783',
      },
      bib: {
        '@': 'misc',
        eprint: '2407.21783',
        archivePrefix: 'arXiv',
        doi: '10.48550/arXiv.2407.21783',
      },
    },
    {
      case: 'a recorded (video) interview',
      source: source({
        kind: 'interview',
        title: 'Llama 2, 3 & 4: Synthetic Data, RLHF',
        authors: ['Alessio Fanelli', 'swyx', 'Thomas Scialom'],
        container: 'Latent Space podcast',
        year: 2024,
        date: new Date('2024-07-23T00:00:00Z'),
        url: 'https://www.latent.space/p/llama-3',
      }),
      csl: {
        type: 'interview',
        'container-title': 'Latent Space podcast',
        issued: { 'date-parts': [[2024, 7, 23]] },
        author: [
          { given: 'Alessio', family: 'Fanelli' },
          { literal: 'swyx' },
          { given: 'Thomas', family: 'Scialom' },
        ],
      },
      bib: {
        '@': 'misc',
        title: 'Llama 2, 3 \\& 4: Synthetic {Data}, {RLHF}',
        author: 'Fanelli, Alessio and {swyx} and Scialom, Thomas',
        howpublished: 'Latent Space podcast',
        year: '2024',
        month: 'jul 23',
        url: 'https://www.latent.space/p/llama-3',
      },
    },
    {
      case: 'a model card, and a title whose first word is an acronym',
      source: source({ kind: 'model-card', title: 'GAIA: a benchmark', authors: ['Meta'] }),
      csl: { type: 'document', author: [{ literal: 'Meta' }] },
      bib: { '@': 'misc', title: '{GAIA}: a benchmark', author: '{Meta}' },
    },
  ])('$case', ({ source, csl, bib }) => {
    expect(sourceCsl(source)).toMatchObject({
      id: 'x',
      'citation-key': 'x',
      URL: source.url,
      ...csl,
    });
    const entry = sourceBibtex(source);
    const { '@': type, ...fields } = bib;
    if (type) expect(entry.startsWith(`@${type}{x,`)).toBe(true);
    for (const [field, value] of Object.entries(fields))
      expect(fieldOf(entry, field), field).toBe(value);
    expect(entry).not.toMatch(/others and/);
  });

  it.each([
    ['Jordan Hoffmann', { given: 'Jordan', family: 'Hoffmann' }],
    ['A. Author', { given: 'A.', family: 'Author' }],
    ['Roberto Dessì', { given: 'Roberto', family: 'Dessì' }],
    ['Jane Dwivedi-Yu', { given: 'Jane', family: 'Dwivedi-Yu' }],
    [
      'Ludwig van Beethoven',
      { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
    ],
    ['swyx', undefined],
    ['Meta', undefined],
    ['Llama Team', undefined],
    ['AI @ Meta', undefined],
    ['Llama Team, AI @ Meta', undefined],
    ['Google DeepMind', undefined],
    ['Hoffmann, Jordan', undefined],
    [{ literal: 'Jane Doe' }, undefined],
  ])('reads %j as a person: %j', (author, name) => {
    expect(personName(author)).toEqual(name);
  });

  it('writes CSL-JSON for the sources with citation-js, "et al." dropped', () => {
    const items = JSON.parse(
      sourcesCslJson([source({ authors: ['Jane Doe', 'et al.'] }), source({ id: 'y' })]),
    ) as CSL[];
    expect(items.map((i) => i.id)).toEqual(['x', 'y']);
    expect(items[0]!.author).toEqual([{ given: 'Jane', family: 'Doe' }]);
  });

  it('reads content/sources.yaml as before, and writes BibTeX for all of it that citation-js reads back', () => {
    const yaml = parse(readFileSync(join(ROOT, 'content/sources.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    const sources = Object.entries(yaml).map(([id, data]) => ({ id, ...sourceSchema.parse(data) }));
    const bib = sourcesBibtex(sources);
    expect(bib).not.toMatch(/others and|\{others\}/);
    const read = new Cite(bib).data;
    expect(read.map((i) => i.id)).toEqual(sources.map((s) => s.id));
  });

  it('accepts an author written { literal } in the schema', () => {
    const data = {
      kind: 'paper',
      short: 'P',
      title: 'T',
      authors: [{ literal: 'Llama Team, AI @ Meta' }, 'et al.'],
      year: 2024,
      url: 'https://e.org/',
    };
    expect(sourceSchema.parse(data).authors).toEqual([
      { literal: 'Llama Team, AI @ Meta' },
      'et al.',
    ]);
    expect(() => sourceSchema.parse({ ...data, authors: [{ name: 'x' }] })).toThrow();
  });

  it("writes a note's BibTeX (by hand, for the browser) so that citation-js reads what cslJson says", () => {
    const [read] = new Cite(bibtex(note)).data;
    const [csl] = JSON.parse(cslJson(note)) as CSL[];
    expect(read).toMatchObject({
      id: csl!.id,
      title: csl!.title,
      URL: csl!.URL,
      author: [{ family: note.site }],
    });
    expect(read!.issued).toEqual({ 'date-parts': [[2026, 11]] });
  });

  it('keeps citation-js out of the browser: no script imports it or citation-formats.ts', () => {
    const scripts = readdirSync(join(ROOT, 'src/scripts'), {
      recursive: true,
      encoding: 'utf8',
    }).filter((f) => /\.[jt]s$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      expect(readFileSync(join(ROOT, 'src/scripts', file), 'utf8'), file).not.toMatch(
        /(?:from|import)\s*\(?\s*['"][^'"]*(?:@citation-js|citation-formats)/,
      );
    }
  });
});
