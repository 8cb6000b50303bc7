/**
 * The published versions of claims: what each one said (text, status, reason, deciding source)
 * and from when. Pure: the committed record (content/claim-versions.lock.json) comes in, the model
 * gives each claim its versions (src/model/assemble.ts), `npm run permalinks` appends the new
 * ones, and the build refuses a published claim whose words changed without a record.
 */
import type { Citation, ClaimStatus } from '../schemas/claim.ts';

/** What a version of a claim says: the fields a reader sees and cites. */
export interface VersionContent {
  text: string;
  status: ClaimStatus;
  reason: string;
  /** The source that decides the status (the claim's first). */
  source: Citation;
}

/** One version in the record. `version` counts from 1; `date` is when it was first published. */
export interface RecordedVersion extends VersionContent {
  version: number;
  date: string;
  /** An edit that does not change what the claim says (wording, typography): no banner. */
  minor?: true;
}

/** A version as a build publishes it: recorded already, or new in this build. */
export interface ClaimVersion extends RecordedVersion {
  recorded: boolean;
}

/** The committed record: each claim's versions, oldest first, under the id it was first published with. */
export interface ClaimHistory {
  about?: string;
  claims: Record<string, RecordedVersion[]>;
}

/** The fields of content a version records, in the order a message names them. */
export const VERSION_FIELDS = ['text', 'status', 'reason', 'source'] as const;

/** A claim's content as a version records it. */
export function contentOf(claim: {
  text: string;
  status: ClaimStatus;
  reason: string;
  sources: Citation[];
}): VersionContent {
  const [first] = claim.sources;
  return {
    text: claim.text,
    status: claim.status,
    reason: claim.reason,
    source: { source: first?.source ?? '', at: first?.at ?? '' },
  };
}

/** The fields in which two versions differ ([] when they say the same). */
export function changedFields(
  a: VersionContent,
  b: VersionContent,
): Array<(typeof VERSION_FIELDS)[number]> {
  return VERSION_FIELDS.filter((field) =>
    field === 'source'
      ? a.source.source !== b.source.source || a.source.at !== b.source.at
      : a[field] !== b[field],
  );
}

/** The key a claim's versions are recorded under: its id, or the old id that holds them. */
export function historyKey(
  history: ClaimHistory,
  claim: { id: string; aliases: string[] },
): string {
  return [claim.id, ...claim.aliases].find((id) => history.claims[id]?.length) ?? claim.id;
}

/**
 * Every version a build publishes of one claim: the recorded ones and, when the claim now says
 * something else (or was never recorded), the current content as the next version, dated today.
 */
export function claimVersions(
  recorded: readonly RecordedVersion[],
  current: VersionContent,
  today: string,
  minor = false,
): ClaimVersion[] {
  const versions = recorded.map((v) => ({ ...v, recorded: true }));
  const last = versions.at(-1);
  if (last && changedFields(last, current).length === 0) return versions;
  const next: ClaimVersion = {
    version: versions.length + 1,
    date: today,
    ...current,
    ...(minor && last ? { minor: true as const } : {}),
    recorded: false,
  };
  return [...versions, next];
}

/**
 * The record with every version a build published and the record lacked appended, under each
 * claim's history key. Never changes or removes a recorded version.
 */
export function appendVersions(
  history: ClaimHistory,
  claims: Iterable<{ id: string; aliases: string[]; versions: ClaimVersion[] }>,
): { history: ClaimHistory; added: string[] } {
  const record: Record<string, RecordedVersion[]> = {};
  for (const [id, versions] of Object.entries(history.claims)) record[id] = [...versions];
  const added: string[] = [];
  for (const claim of claims) {
    const key = historyKey(history, claim);
    for (const { recorded, ...version } of claim.versions) {
      if (recorded) continue;
      (record[key] ??= []).push(version);
      added.push(`${key} version ${version.version}${version.minor ? ' (minor)' : ''}`);
    }
  }
  const sorted = Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((id) => [id, record[id]!]),
  );
  return { history: { claims: sorted }, added };
}

/** What a reader who followed a link to version `linked` should be told, if anything. */
export interface ChangeNotice {
  then: ClaimVersion;
  now: ClaimVersion;
  /** The date of the first change after the linked version that was not minor. */
  changed: string;
  statusChanged: boolean;
}

/**
 * The notice for a link to version `linked`: undefined when that version is the current one, or
 * when every version since is a minor edit, or when there is no such version.
 */
export function changeNotice(versions: ClaimVersion[], linked: number): ChangeNotice | undefined {
  const then = versions.find((v) => v.version === linked);
  const now = versions.at(-1);
  if (!then || !now || then === now) return undefined;
  const firstChange = versions.find((v) => v.version > linked && !v.minor);
  if (!firstChange) return undefined;
  return { then, now, changed: firstChange.date, statusChanged: then.status !== now.status };
}

/** Each version whose status differs from the version before it, with that version. */
export function statusChanges(
  versions: ClaimVersion[],
): Array<{ before: ClaimVersion; after: ClaimVersion }> {
  return versions.flatMap((after, i) => {
    const before = versions[i - 1];
    return before && before.status !== after.status ? [{ before, after }] : [];
  });
}

/** A version's anchor on its claim's history page: `v2`. */
export const versionAnchor = (version: { version: number }): string => `v${version.version}`;

/** The version a link should name today: the latest. */
export const currentVersion = (versions: ClaimVersion[]): ClaimVersion => versions.at(-1)!;
