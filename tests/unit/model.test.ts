import { describe, expect, it } from 'vitest';
import type { ModelInput, NoteInput, ThemeInput } from '../../src/model/types.ts';
import { assembleModel } from '../../src/model/assemble.ts';
import { runChecks } from '../../src/model/checks/index.ts';
import { formatProblem, isError, type ContentProblem } from '../../src/model/problems.ts';
import { editDistance, nearMiss } from '../../src/model/checks/near-miss.ts';
import type { PermalinkLock } from '../../src/lib/permalinks.ts';
import type { ClaimHistory, RecordedVersion } from '../../src/lib/claim-versions.ts';
import type { CheckContext } from '../../src/model/checks/context.ts';
import { scanMdx } from '../../src/model/pipeline.ts';
import { noteSchema } from '../../src/schemas/note.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const theme = (id: string, order: number): ThemeInput => ({
  id,
  filePath: `content/${id}/index.mdx`,
  data: { title: id.toUpperCase(), description: 'A theme of the notes, in one sentence.', order },
});
const source = {
  id: 'paper',
  data: sourceSchema.parse({
    kind: 'paper',
    short: 'Paper',
    title: 'A paper',
    authors: ['A. Author'],
    year: 2024,
    url: 'https://example.org/paper',
  }),
};

/** The files the tests' notes were written as, for the lines of frontmatter problems. */
const files = new Map<string, string>();

async function note(
  id: string,
  options: {
    order?: number;
    claims?: string[];
    body?: string;
    draft?: boolean;
    sources?: string[];
    anchorAliases?: Array<{ from: string; to: string }>;
  } = {},
): Promise<NoteInput> {
  const claims = options.claims ?? [];
  const data = noteSchema.parse({
    title: id,
    description: 'A note of the knowledge base, in one sentence.',
    order: options.order ?? 1,
    updated: '2026-11-27',
    draft: options.draft ?? false,
    sources: options.sources ?? ['paper'],
    anchor_aliases: options.anchorAliases ?? [],
    claims: claims.map((c) => ({
      id: c,
      text: `Claim ${c}.`,
      status: 'supported',
      reason: 'Said so.',
      sources: [{ source: 'paper', at: '§1' }],
    })),
  });
  const frontmatter = [
    '---',
    'title: x',
    'claims:',
    ...claims.map((c) => `  - id: ${c}`),
    '---',
  ].join('\n');
  const body = options.body ?? claims.map((c) => `<Claim id="${c}" />`).join('\n\n');
  const raw = `${frontmatter}\n${body}\n`;
  files.set(`content/${id}.mdx`, raw);
  return { id, filePath: `content/${id}.mdx`, data, scan: await scanMdx(raw) };
}

/** The one glossary term the tests' notes may mark. */
const rlhf = {
  id: 'rlhf',
  data: {
    term: 'RLHF',
    definition: 'Reinforcement learning from human feedback.',
    sources: [{ source: 'paper', at: '§1' }],
    related: [],
  },
};

type Notes = Array<NoteInput | Promise<NoteInput>>;

async function inputOf(notes: Notes, extra: Partial<ModelInput> = {}): Promise<ModelInput> {
  return {
    themes: [theme('scale', 1), theme('evaluation', 2)],
    notes: await Promise.all(notes.map((n) => Promise.resolve(n))),
    sources: [source],
    ...extra,
  };
}

async function build(notes: Notes, includeDrafts = false) {
  return assembleModel(await inputOf(notes), { includeDrafts });
}

/** Every check over the inputs, as the build runs them (with `lock`, as a production build). */
function check(
  input: ModelInput,
  lock?: PermalinkLock,
  extra: Pick<CheckContext, 'history' | 'recording'> = {},
): ContentProblem[] {
  const files_ = {
    glossary: 'content/glossary.yaml',
    sources: 'content/sources.yaml',
    lock: 'content/permalinks.lock.json',
    history: 'content/claim-versions.lock.json',
  };
  return runChecks(
    {
      input,
      model: assembleModel(input, { includeDrafts: false }),
      files: files_,
      ...(lock ? { lock } : {}),
      ...extra,
    },
    (file) => files.get(file) ?? '',
  );
}

/** The problems a build reports, formatted as an author sees them. */
async function problemsOf(notes: Notes): Promise<string[]> {
  return check(await inputOf(notes)).map(formatProblem);
}

describe('the model and its checks', () => {
  it('orders themes, then notes within a theme, into one reading order', async () => {
    const model = await build([
      note('evaluation/b', { order: 1 }),
      note('scale/z', { order: 2 }),
      note('scale/a', { order: 1 }),
    ]);
    expect(model.themes.map((t) => t.slug)).toEqual(['scale', 'evaluation']);
    expect(model.notes.map((n) => n.id)).toEqual(['scale/a', 'scale/z', 'evaluation/b']);
    expect(model.notes[0]!.theme.slug).toBe('scale');
  });

  it('indexes claims by id with their note', async () => {
    const model = await build([note('scale/a', { claims: ['one', 'two'] })]);
    expect([...model.claims.keys()]).toEqual(['one', 'two']);
    expect(model.claims.get('two')!.note.id).toBe('scale/a');
  });

  it('does not publish drafts in production, but does in dev', async () => {
    const notes = [note('scale/a'), note('scale/b', { draft: true, order: 2 })];
    expect((await build(notes)).notes.map((n) => n.id)).toEqual(['scale/a']);
    expect((await build(notes, true)).notes.map((n) => n.id)).toEqual(['scale/a', 'scale/b']);
  });

  it('fails on a duplicate claim id, naming both files', async () => {
    expect(
      await problemsOf([
        note('scale/a', { claims: ['same'] }),
        note('evaluation/b', { claims: ['same'] }),
      ]),
    ).toEqual([
      'content/scale/a.mdx:4 claims → id "same" — claim id "same" is declared in both content/evaluation/b.mdx and content/scale/a.mdx; claim ids are unique across the site. Fix: give one of them a new id (if the old one was ever published, keep it where readers will look for it)',
    ]);
  });

  it('fails on a note outside a theme folder', async () => {
    expect((await problemsOf([note('stray')]))[0]).toMatch(
      /^content\/stray\.mdx — a note must sit directly in a theme folder\. Fix: move it to content\/<theme>\/<note>\.mdx, where <theme> is one of: scale, evaluation$/,
    );
    expect((await problemsOf([note('scale/deep/er')]))[0]).toMatch(
      /^content\/scale\/deep\/er\.mdx — a note must sit directly in a theme folder/,
    );
  });

  it('fails on a theme folder without an index', async () => {
    expect((await problemsOf([note('agents/a')]))[0]).toMatch(
      /unknown theme "agents" \(the folder has no index\.mdx\)\. Fix: move the note into one of: scale, evaluation; or create content\/agents\/index\.mdx/,
    );
  });

  it('fails on a file name that is not a URL slug', async () => {
    expect((await problemsOf([note('scale/Why_405B')]))[0]).toMatch(
      /file name "Why_405B" is not a valid URL slug/,
    );
  });

  it('fails on a claim placed but not declared, with its line', async () => {
    expect(await problemsOf([note('scale/a', { body: 'Text.\n\n<Claim id="ghost" />' })])).toEqual([
      'content/scale/a.mdx:7 <Claim id="ghost"> — claim "ghost" is placed in the text but not declared in this note\'s frontmatter. Fix: declare it under `claims:` (id, text, status, reason, sources) or correct the id',
    ]);
  });

  it('fails on a heading whose anchor would begin with a digit, with its line', async () => {
    expect(
      await problemsOf([
        note('scale/a', { body: '## 466 interruptions\n\n## Interruptions: 466' }),
      ]),
    ).toEqual([
      'content/scale/a.mdx:5 heading "466 interruptions" — its anchor "466-interruptions" does not begin with a letter. Fix: start the heading with a word, e.g. "Interruptions: 466 in 54 days" rather than "466 interruptions in 54 days"',
    ]);
  });

  it('fails on a claim declared but never placed, and on one placed twice', async () => {
    expect(
      (await problemsOf([note('scale/a', { claims: ['one'], body: 'No claim here.' })]))[0],
    ).toMatch(
      /^content\/scale\/a\.mdx:4 claims → id "one" — claim "one" is declared but never placed/,
    );
    expect(
      (
        await problemsOf([
          note('scale/a', { claims: ['one'], body: '<Claim id="one" />\n<Claim id="one" />' }),
        ])
      )[0],
    ).toMatch(/claim "one" is placed twice/);
  });

  it('fails on an unknown source key and on a cited source missing from `sources`', async () => {
    expect(
      (await problemsOf([note('scale/a', { body: 'See <Cite source="nowhere" at="§1" />.' })]))[0],
    ).toMatch(/^content\/scale\/a\.mdx:5 <Cite source="nowhere"> — unknown source key "nowhere"/);
    expect((await problemsOf([note('scale/a', { sources: [], claims: ['one'] })]))[0]).toMatch(
      /source "paper" is cited but missing from the note's `sources` list/,
    );
  });

  it('fails on an unknown glossary term and on a term marked twice, with lines', async () => {
    const withTerms = async (notes: Notes) =>
      check({
        themes: [theme('scale', 1)],
        notes: await Promise.all(notes.map((n) => Promise.resolve(n))),
        sources: [source],
        terms: [rlhf],
      }).map((p) => `${p.line} ${p.field} ${p.problem}`);
    expect(await withTerms([note('scale/a', { body: 'Uses <Term id="dpo">DPO</Term>.' })])).toEqual(
      ['5 <Term id="dpo"> unknown glossary term "dpo"'],
    );
    expect(
      await withTerms([
        note('scale/a', {
          body: '<Term id="rlhf">RLHF</Term>\n\nagain <Term id="rlhf">RLHF</Term>',
        }),
      ]),
    ).toEqual(['7 <Term id="rlhf"> term "rlhf" is marked more than once in this note']);
  });

  it('fails on a link to a missing note or anchor, naming the line and the anchors that exist', async () => {
    const target = note('scale/b', {
      claims: ['real-claim'],
      body: '## A heading\n\n<Claim id="real-claim" />',
    });
    expect(
      (await problemsOf([note('scale/a', { body: 'See [x](/scale/nope/).' }), target]))[0],
    ).toMatch(/^content\/scale\/a\.mdx:5 link to \/scale\/nope\/ — no note lives at that path/);
    expect(
      (await problemsOf([note('scale/a', { body: 'See [x](/scale/b/#gone).' }), target]))[0],
    ).toMatch(
      /^content\/scale\/a\.mdx:5 link to \/scale\/b\/#gone — \/scale\/b\/ has no heading or claim "gone"\. Fix: use one of: a-heading, real-claim$/,
    );
  });

  it('collects backlinks with the sentence that links and what it points at', async () => {
    const model = await build([
      note('scale/a', { body: 'Plain. The claim is [here](/scale/b/#real-claim), see.' }),
      note('scale/b', { order: 2, claims: ['real-claim'] }),
    ]);
    expect(model.backlinks.get('scale/b')).toEqual([
      {
        from: model.noteById.get('scale/a'),
        sentence: 'The claim is here, see.',
        formulas: [],
        anchor: 'real-claim',
        target: 'Claim real-claim.',
      },
    ]);
  });

  it('quotes a formula in the linking sentence as its TeX, and lists it to be rendered', async () => {
    const model = await build([
      note('scale/a', {
        body: 'Tokens grow as <Math tex="D \\propto  C^{0.5}" />; see [here](/scale/b/#real-claim).',
      }),
      note('scale/b', { order: 2, claims: ['real-claim'] }),
    ]);
    expect(model.backlinks.get('scale/b')?.map((b) => [b.sentence, b.formulas])).toEqual([
      ['Tokens grow as D \\propto C^{0.5}; see here.', ['D \\propto C^{0.5}']],
    ]);
  });

  it('reports every problem at once', async () => {
    expect(
      await problemsOf([
        note('stray'),
        note('agents/a'),
        note('scale/a', { body: '<Claim id="x" />' }),
      ]),
    ).toHaveLength(3);
  });
});

describe('links written in the prose', () => {
  const terms = [rlhf];
  const linking = async (body: string, themeBody = '') => {
    const intro = { ...theme('scale', 1), scan: await scanMdx(`---\ntitle: x\n---\n${themeBody}`) };
    const notes = [
      await note('scale/a', { claims: ['one'], body: `<Claim id="one" />\n\n${body}` }),
    ];
    return check({ themes: [intro], notes, sources: [source], terms }).map(
      (p) => `${p.file}:${p.line} ${p.problem}`,
    );
  };

  it.each([
    ['[t](/glossary/#rlhf)', []],
    ['[t](/glossary/#nope)', ['content/scale/a.mdx:8 there is no glossary term "nope"']],
    ['[t](/sources/#paper)', []],
    ['[t](/sources/#nope)', ['content/scale/a.mdx:8 there is no source "nope"']],
    ['[t](/c/one/)', []],
    ['[t](/c/nope/)', ['content/scale/a.mdx:8 there is no claim "nope"']],
    ['[t](/tags/)', []],
    ['[t](/tags/nope/)', ['content/scale/a.mdx:8 no note has the tag "nope"']],
    ['[t](/scale/)', []],
    ['[t](/search/)', []],
    ['[t](/nowhere/at/all/)', ['content/scale/a.mdx:8 no page of the site lives at that path']],
    // Relative links, resolved against the note's own URL /scale/a/, as a browser does.
    ['[t](../a/#one)', []],
    ['[t](#one)', []],
    ['[t](../../glossary/#rlhf)', []],
    ['[t](../no-such-note/#nowhere)', ['content/scale/a.mdx:8 no note lives at that path']],
    ['[t](../a/#nowhere)', ['content/scale/a.mdx:8 /scale/a/ has no heading or claim "nowhere"']],
    ['[t](#nowhere)', ['content/scale/a.mdx:8 /scale/a/ has no heading or claim "nowhere"']],
    ['[t](../../glossary)', ['content/scale/a.mdx:8 the link lacks its closing slash']],
    ['[t](https://example.org/nowhere/)', []],
  ])('checks %s', async (link, problems) => {
    expect(await linking(link)).toEqual(problems);
  });

  it('lands a link on a heading whose text has inline code, emphasis, a link or a formula', async () => {
    const target = await note('scale/b', {
      order: 2,
      body: '## The `6ND` rule, *roughly*, per [Kaplan](https://example.org/)\n\n### Loss <Math tex="L(N)" /> falls\n',
    });
    const ids = target.scan.headings.map((h) => h.id);
    expect(ids).toEqual(['the-6nd-rule-roughly-per-kaplan', 'loss--falls']);
    const from = await note('scale/a', {
      body: `See [the rule](/scale/b/#${ids[0]}) and [the fall](../b/#${ids[1]}).`,
    });
    expect(check(await inputOf([from, target]))).toEqual([]);
    const model = await build([from, target]);
    expect(model.backlinks.get('scale/b')!.map((b) => [b.anchor, b.target])).toEqual([
      [ids[0], 'The 6ND rule, roughly, per Kaplan'],
      [ids[1], 'Loss L(N) falls'],
    ]);
  });

  it("checks the links in a theme's introduction too", async () => {
    expect(await linking('', 'Start with [a missing note](/scale/gone/).')).toEqual([
      'content/scale/index.mdx:4 no note lives at that path',
    ]);
  });
});

describe('a renamed heading', () => {
  const renamed = (anchorAliases: Array<{ from: string; to: string }> = []) =>
    note('scale/b', {
      order: 2,
      claims: ['real-claim'],
      anchorAliases,
      body: '## The inference trap\n\n<Claim id="real-claim" />',
    });
  const linking = (href: string) => note('scale/a', { body: `See [the trap](${href}).` });
  // What was published before the rename: the heading under its old name.
  const lock: PermalinkLock = {
    pages: {
      '/scale/a/': [],
      '/scale/b/': ['the-chinchilla-trap', 'real-claim', 'references', 'referenced-by'],
    },
  };
  const alias = 'anchor_aliases: [{ from: the-chinchilla-trap, to: the-inference-trap }]';

  it('is reported in one round: the lost permalink first with its alias line, then each link to it with the same line', async () => {
    const problems = check(
      await inputOf([linking('/scale/b/#the-chinchilla-trap'), renamed()]),
      lock,
    ).map(formatProblem);
    expect(problems).toEqual([
      `content/scale/b.mdx — /scale/b/#the-chinchilla-trap was published (content/permalinks.lock.json) and the anchor no longer exists on the page. Fix: add to content/scale/b.mdx: ${alias} (for a claim: aliases: [the-chinchilla-trap] on the claim); or keep the id "the-chinchilla-trap"; or, if the content moved to another note, put the alias there with from: "/scale/b/#the-chinchilla-trap"`,
      // The only note that linked to b links to the old anchor, so b lost its backlinks too.
      'content/scale/b.mdx — /scale/b/#referenced-by was published (content/permalinks.lock.json) and the anchor no longer exists on the page. Fix: the page lost its "Referenced by" list, since no note links to it any more: fix the links to it reported here, or link to it from another note',
      `content/scale/a.mdx:5 link to /scale/b/#the-chinchilla-trap — /scale/b/ has no heading or claim "the-chinchilla-trap"; it was published, so its heading or claim was renamed or removed. Fix: add to content/scale/b.mdx: ${alias}, and this link keeps working; or use one of: the-inference-trap, real-claim`,
    ]);
  });

  it('publishes links to the old anchor once an alias keeps it alive, with a warning to update them', async () => {
    const problems = check(
      await inputOf([
        linking('/scale/b/#the-chinchilla-trap'),
        renamed([{ from: 'the-chinchilla-trap', to: 'the-inference-trap' }]),
      ]),
      lock,
    );
    expect(problems.filter(isError)).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'content/scale/a.mdx:5 link to /scale/b/#the-chinchilla-trap — "the-chinchilla-trap" is an old anchor of /scale/b/; its alias sends readers on to /scale/b/#the-inference-trap. Fix: link to /scale/b/#the-inference-trap',
    ]);
  });

  it("publishes links to a claim's old id the same way", async () => {
    const target = note('scale/b', { order: 2, claims: ['new-claim'] });
    const withAlias = (await target).data.claims[0]!;
    withAlias.aliases = ['old-claim'];
    const problems = check(await inputOf([linking('/scale/b/#old-claim'), target]));
    expect(problems.filter(isError)).toEqual([]);
    expect(problems.map((p) => p.fix)).toEqual(['link to /scale/b/#new-claim']);
  });

  it('counts a link to the old anchor as a backlink to the new one', async () => {
    const model = await build([
      linking('/scale/b/#the-chinchilla-trap'),
      renamed([{ from: 'the-chinchilla-trap', to: 'the-inference-trap' }]),
    ]);
    expect(model.backlinks.get('scale/b')!.map((b) => [b.anchor, b.target])).toEqual([
      ['the-inference-trap', 'The inference trap'],
    ]);
  });

  it('says "did you mean" for a near miss, before the list of anchors', async () => {
    const problems = check(await inputOf([linking('/scale/b/#the-inference-tarp'), renamed()]));
    expect(problems.map((p) => p.fix)).toEqual([
      'did you mean the-inference-trap? Otherwise use one of: the-inference-trap, real-claim',
    ]);
  });

  it('says "did you mean" for a near miss of a note\'s path', async () => {
    const problems = check(await inputOf([linking('/scale/bb/'), renamed()]));
    expect(problems.map((p) => `${p.problem}. Fix: ${p.fix}`)).toEqual([
      'no note lives at that path. Fix: did you mean /scale/b/?',
    ]);
  });
});

describe('near misses', () => {
  it.each([
    ['the-chinchila-trap', 'the-chinchilla-trap', 1],
    ['the-chinchilla-tarp', 'the-chinchilla-trap', 1],
    ['teh', 'the', 1],
    ['the-chinchilla-trap', 'the-inference-trap', 9],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i edits', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
    expect(editDistance(b, a)).toBe(edits);
  });

  it.each([
    ['the-chinchila-trap', ['kaplan-first', 'the-chinchilla-trap'], 'the-chinchilla-trap'],
    ['rlfh', ['rlhf', 'dpo'], 'rlhf'],
    ['balance-at-450b', ['balance-at-405b', 'balance-at-70b'], 'balance-at-405b'],
    ['gone', ['a-heading', 'real-claim'], undefined],
    ['one', ['two'], undefined],
    ['kaplan', ['kaplan'], undefined],
  ])('%s among %j → %s', (name, candidates, meant) => {
    expect(nearMiss(name, candidates)).toBe(meant);
  });
});

describe('a published claim edited', () => {
  // What was published: claim x as note() writes it (text "Claim x.", supported, "Said so.", paper §1).
  const v1: RecordedVersion = {
    version: 1,
    date: '2026-11-27',
    text: 'Claim x.',
    status: 'supported',
    reason: 'Said so.',
    source: { source: 'paper', at: '§1' },
  };
  const history = (over: Partial<typeof v1> = {}, id = 'x'): ClaimHistory => ({
    claims: { [id]: [{ ...v1, ...over }] },
  });
  const edited = async (id = 'x', aliases: string[] = []) => {
    const input = await inputOf([note('scale/a', { claims: [id] })]);
    input.notes[0]!.data.claims[0]!.aliases = aliases;
    return input;
  };
  const problemsOf = (problems: ContentProblem[]) => problems.map(formatProblem);

  it.each<[string, ClaimHistory | undefined, Pick<CheckContext, 'recording'>, RegExp[]]>([
    ['as recorded: passes', history(), {}, []],
    ['never recorded (a new claim): passes', { claims: {} }, {}, []],
    ['in astro dev (no record checked): passes', undefined, {}, []],
    [
      'text changed without a record: fails, naming the field and the fix',
      history({ text: 'Claim x, as first said.' }),
      {},
      [
        /^content\/scale\/a\.mdx(:\d+)? claims → "x" text — claim "x" was published as version 1 \(content\/claim-versions\.lock\.json\) and its text changed without a record of the new version, so a link to version 1 could not show what changed\. Fix: run npm run permalinks to record version 2 \(links to version 1 then show what changed\); if the edit does not change what the claim says \(wording, typography\), run npm run permalinks -- --minor x; or restore the text of version 1: "Claim x, as first said\."$/,
      ],
    ],
    [
      'status and deciding source changed: names both',
      history({ status: 'overstated', source: { source: 'paper', at: '§2' } }),
      {},
      [
        /claims → "x" status, deciding source — .* its status and deciding source changed .* restore the status of version 1: "overstated"$/,
      ],
    ],
    [
      'changed while recording: passes (it is being recorded)',
      history({ text: 'Old.' }),
      { recording: { minor: [] } },
      [],
    ],
    [
      'a reason edit recorded as minor: passes',
      history({ reason: 'Old.' }),
      { recording: { minor: ['x'] } },
      [],
    ],
    [
      'a status change recorded as minor: fails',
      history({ status: 'nuanced' }),
      { recording: { minor: ['x'] } },
      [
        /the status of claim "x" changed, and a change of status is never a minor edit\. Fix: record it without --minor/,
      ],
    ],
    [
      'a minor edit named for a claim that did not change: fails',
      history(),
      { recording: { minor: ['x'] } },
      [
        /--minor x names no claim with an unrecorded edit\. Fix: name a claim whose text, reason or deciding source you edited: none has changed$/,
      ],
    ],
  ])('%s', async (_, record, extra, expected) => {
    const problems = problemsOf(
      check(await edited(), undefined, { ...(record ? { history: record } : {}), ...extra }),
    );
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('finds the versions of a renamed claim under its old id', async () => {
    expect(
      check(await edited('y', ['x']), undefined, { history: history({ text: 'Claim y.' }) }),
    ).toEqual([]);
    expect(
      problemsOf(
        check(await edited('y', ['x']), undefined, { history: history({ text: 'Old.' }) }),
      ),
    ).toEqual([expect.stringContaining('claim "y" was published as version 1')]);
  });
});
