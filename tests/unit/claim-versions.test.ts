import { describe, expect, it } from 'vitest';
import {
  appendVersions,
  changedFields,
  changeNotice,
  claimVersions,
  contentOf,
  historyKey,
  statusChanges,
  type ClaimHistory,
  type ClaimVersion,
  type RecordedVersion,
  type VersionContent,
} from '../../src/lib/claim-versions.ts';
import { wordDiff, wordDiffHtml } from '../../src/lib/word-diff.ts';
import { recordMode } from '../../src/lib/record-mode.ts';
import { changeNoticeHtml } from '../../src/publish/change-notice.ts';

const content = (over: Partial<VersionContent> = {}): VersionContent => ({
  text: 'Meta settled on 405B.',
  status: 'supported',
  reason: 'Scialom says so.',
  source: { source: 'latent-space-llama-3', at: '09:42' },
  ...over,
});
const recorded = (version: number, date: string, over: Partial<RecordedVersion> = {}) => ({
  version,
  date,
  ...content(),
  ...over,
});
const published = (versions: RecordedVersion[]): ClaimVersion[] =>
  versions.map((v) => ({ ...v, recorded: true }));

describe('contentOf and changedFields', () => {
  it('records the first source as the deciding one', () => {
    expect(
      contentOf({
        text: 't',
        status: 'nuanced',
        reason: 'r',
        sources: [
          { source: 'a', at: '1' },
          { source: 'b', at: '2' },
        ],
      }),
    ).toEqual({ text: 't', status: 'nuanced', reason: 'r', source: { source: 'a', at: '1' } });
  });

  it.each<[string, Partial<VersionContent>, string[]]>([
    ['nothing', {}, []],
    ['the text', { text: 'Meta chose 405B.' }, ['text']],
    ['the status', { status: 'overstated' }, ['status']],
    ['the reason', { reason: 'The paper says so.' }, ['reason']],
    ['the locator', { source: { source: 'latent-space-llama-3', at: '09:43' } }, ['source']],
    ['the source', { source: { source: 'llama-3-paper', at: '09:42' } }, ['source']],
    ['text and status', { text: 'x', status: 'nuanced' }, ['text', 'status']],
  ])('finds %s changed', (_, change, fields) => {
    expect(changedFields(content(), content(change))).toEqual(fields);
  });
});

describe('claimVersions', () => {
  const v1 = recorded(1, '2026-11-27');
  it.each<[string, RecordedVersion[], VersionContent, boolean, Array<Partial<ClaimVersion>>]>([
    [
      'a new claim is version 1, dated today, not yet recorded',
      [],
      content(),
      false,
      [{ version: 1, date: '2026-12-05', recorded: false }],
    ],
    [
      'an unchanged claim is its recorded versions',
      [v1],
      content(),
      false,
      [{ version: 1, date: '2026-11-27', recorded: true }],
    ],
    [
      'a changed claim gains the next version',
      [v1],
      content({ status: 'overstated' }),
      false,
      [
        { version: 1, recorded: true },
        { version: 2, date: '2026-12-05', status: 'overstated', recorded: false },
      ],
    ],
    [
      'a change marked minor is a minor version',
      [v1],
      content({ reason: 'Scialom says so, plainly.' }),
      true,
      [{ version: 1 }, { version: 2, minor: true }],
    ],
    ['a first version is never minor', [], content(), true, [{ version: 1, recorded: false }]],
  ])('%s', (_, record, current, minor, expected) => {
    const versions = claimVersions(record, current, '2026-12-05', minor);
    expect(versions).toHaveLength(expected.length);
    versions.forEach((v, i) => expect(v).toMatchObject(expected[i]!));
    if (!minor || !record.length) expect(versions.some((v) => v.minor)).toBe(false);
  });
});

describe('historyKey and appendVersions', () => {
  const history: ClaimHistory = {
    claims: { 'old-id': [recorded(1, '2026-11-27')], kept: [recorded(1, '2026-11-27')] },
  };
  it.each([
    [{ id: 'kept', aliases: [] }, 'kept'],
    [{ id: 'new-id', aliases: ['old-id'] }, 'old-id'],
    [{ id: 'fresh', aliases: ['unknown'] }, 'fresh'],
  ])('finds the versions of %j under %s', (claim, key) => {
    expect(historyKey(history, claim)).toBe(key);
  });

  it('appends only the unrecorded versions, under the id that holds the claim, and never changes one', () => {
    const claims = [
      { id: 'kept', aliases: [], versions: published(history.claims.kept!) },
      {
        id: 'new-id',
        aliases: ['old-id'],
        versions: [
          ...published(history.claims['old-id']!),
          { ...recorded(2, '2026-12-05', { text: 'New.' }), recorded: false },
        ],
      },
      { id: 'fresh', aliases: [], versions: [{ ...recorded(1, '2026-12-05'), recorded: false }] },
    ];
    const { history: after, added } = appendVersions(history, claims);
    expect(added).toEqual(['old-id version 2', 'fresh version 1']);
    expect(Object.keys(after.claims)).toEqual(['fresh', 'kept', 'old-id']);
    expect(after.claims['old-id']).toEqual([
      history.claims['old-id']![0],
      recorded(2, '2026-12-05', { text: 'New.' }),
    ]);
    expect(after.claims.kept).toEqual(history.claims.kept);
    expect(history.claims['old-id']).toHaveLength(1);
  });
});

describe('changeNotice and statusChanges', () => {
  const versions = published([
    recorded(1, '2026-11-27'),
    recorded(2, '2026-12-01', { reason: 'Reworded.', minor: true }),
    recorded(3, '2026-12-05', { text: 'Meta chose 405B.', status: 'overstated' }),
    recorded(4, '2026-12-07', { text: 'Meta chose 405B!', status: 'overstated', minor: true }),
  ]);
  it.each<[number, { changed: string; statusChanged: boolean; then: number } | undefined]>([
    [1, { changed: '2026-12-05', statusChanged: true, then: 1 }],
    [2, { changed: '2026-12-05', statusChanged: true, then: 2 }],
    [3, undefined],
    [4, undefined],
    [5, undefined],
    [0, undefined],
  ])('for a link to version %i: %j', (linked, expected) => {
    const notice = changeNotice(versions, linked);
    expect(
      notice && {
        changed: notice.changed,
        statusChanged: notice.statusChanged,
        then: notice.then.version,
      },
    ).toEqual(expected);
    if (notice) expect(notice.now.version).toBe(4);
  });

  it('lists the versions whose status differs from the one before', () => {
    expect(
      statusChanges(versions).map(({ before, after }) => [before.version, after.version]),
    ).toEqual([[2, 3]]);
  });
});

describe('changeNoticeHtml', () => {
  const notice = changeNotice(
    published([
      recorded(1, '2026-11-27', { text: 'Old <b> & "quoted".' }),
      recorded(2, '2026-12-05', { status: 'nuanced' }),
    ]),
    1,
  )!;
  it('says when it changed, both versions with their status, the status change and the history', () => {
    const html = changeNoticeHtml(notice, '/kb/c/x/history/');
    expect(html).toContain('This claim changed on 5 December 2026');
    expect(html).toContain('Then: version 1, 27 November 2026');
    expect(html).toContain('Old &lt;b&gt; &amp; &quot;quoted&quot;.');
    expect(html).toContain('Now: version 2, 5 December 2026');
    expect(html).toContain('Status changed: Supported → Nuanced.');
    expect(html).toContain('<a href="/kb/c/x/history/">');
  });
  it('calls out no status change when the status stayed', () => {
    const same = changeNotice(
      published([recorded(1, '2026-11-27'), recorded(2, '2026-12-05', { text: 'New.' })]),
      1,
    )!;
    expect(changeNoticeHtml(same, '/h/')).not.toContain('Status changed');
  });
});

describe('wordDiff', () => {
  it.each([
    ['same', 'a b c', 'a b c', [['same', 'a b c']]],
    [
      'a word replaced',
      'Meta settled on 405B.',
      'Meta chose 405B.',
      [
        ['same', 'Meta '],
        ['removed', 'settled on'],
        ['added', 'chose'],
        ['same', ' 405B.'],
      ],
    ],
    [
      'words added at the end',
      'a b',
      'a b c',
      [
        ['same', 'a b '],
        ['added', 'c'],
      ],
    ],
  ])('%s', (_, before, after, parts) => {
    expect(wordDiff(before, after).map((p) => [p.kind, p.text])).toEqual(parts);
  });
  it('marks removed and added words in HTML, escaped', () => {
    expect(wordDiffHtml('a <b>', 'a & c')).toBe('a <del>&lt;b&gt;</del><ins>&amp; c</ins>');
  });
});

describe('recordMode', () => {
  it.each([
    [{}, { record: false, minor: [] }],
    [{ KB_RECORD_PERMALINKS: '1' }, { record: true, minor: [] }],
    [
      { KB_RECORD_PERMALINKS: '1', KB_MINOR_EDITS: 'a, b,' },
      { record: true, minor: ['a', 'b'] },
    ],
  ])('reads %j', (env, mode) => {
    expect(recordMode(env)).toEqual(mode);
  });
});
