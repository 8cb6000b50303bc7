import type { Source } from './model.ts';

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
export function locatorUrl(source: Source, at: string): string {
  const seconds = source.video ? timestampSeconds(at) : undefined;
  if (seconds === undefined || !source.video) return source.url;
  const url = new URL(source.video);
  url.searchParams.set('t', `${seconds}s`);
  return url.href;
}

/** Anchor of a source in a note's reference list. */
export function referenceAnchor(key: string): string {
  return `ref-${key}`;
}
