import type { Claim, Model, Note, Source, Term } from '../model/types.ts';

/** Seconds in a timestamp locator such as `12:43`, `1:02:05` or a range `12:43–13:07` (its start). */
export function timestampSeconds(locator: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\s*[–-]\s*[\d:]+)?$/.exec(locator.trim());
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/**
 * Where a citation's locator points: for an interview with a video, the video at that second;
 * otherwise the source's own page.
 */
export function locatorUrl(source: Pick<Source, 'url' | 'video'>, at: string): string {
  const seconds = source.video ? timestampSeconds(at) : undefined;
  if (seconds === undefined || !source.video) return source.url;
  const url = new URL(source.video);
  url.searchParams.set('t', `${seconds}s`);
  return url.href;
}

/** Locators in reading order of the source: timestamps by time, others in numeric order (§2 < §10). */
function byPlace(a: string, b: string): number {
  const [x, y] = [timestampSeconds(a), timestampSeconds(b)];
  return x !== undefined && y !== undefined
    ? x - y
    : a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Every place a note cites in each of its sources (its prose's citations and its claims'), each
 * once, in the source's order: the reference list gives each its deep link.
 */
export function noteLocators(note: Pick<Note, 'citations' | 'claims'>): Map<string, string[]> {
  const all = [...note.citations, ...note.claims.flatMap((c) => c.sources)];
  const bySource = Map.groupBy(all, (c) => c.source);
  return new Map(
    [...bySource].map(([key, cites]) => [key, [...new Set(cites.map((c) => c.at))].sort(byPlace)]),
  );
}

/** What cites a source: claims (with locators), notes (their reference lists) and glossary terms. */
export interface CitedBy {
  claims: Array<{ claim: Claim; at: string[] }>;
  notes: Note[];
  terms: Term[];
}

/** For every source, what cites it, in reading order. */
export function citedBy(model: Model): Map<string, CitedBy> {
  const map = new Map<string, CitedBy>(
    [...model.sources.keys()].map((k) => [k, { claims: [], notes: [], terms: [] }]),
  );
  for (const note of model.notes) {
    for (const key of new Set([
      ...note.sources,
      ...note.claims.flatMap((c) => c.sources.map((s) => s.source)),
    ]))
      map.get(key)?.notes.push(note);
    for (const claim of note.claims) {
      const bySource = Map.groupBy(claim.sources, (s) => s.source);
      for (const [key, cites] of bySource)
        map
          .get(key)
          ?.claims.push({ claim: model.claims.get(claim.id)!, at: cites.map((c) => c.at) });
    }
  }
  for (const term of model.terms.values())
    for (const key of new Set(term.sources.map((s) => s.source))) map.get(key)?.terms.push(term);
  return map;
}
