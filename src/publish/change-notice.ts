/**
 * The notice a reader gets who followed a link to an older version of a claim: when it changed,
 * what it said then, what it says now, and where its history is. Written once, here, into the
 * old version's share page (read without JavaScript, and by chat unfurlers); the note page's
 * banner script (src/scripts/claim-changed.ts) lifts the same element from that page into the
 * claim box, so both say the same thing in the same words.
 */
import type { ChangeNotice, ClaimVersion } from '../lib/claim-versions.ts';
import { formatDate } from '../lib/dates.ts';
import { escapeHtml } from '../lib/html.ts';
import { CLAIM_CHANGED } from '../lib/markup.ts';
import { statusLabel } from '../lib/status.ts';

/** "27 November 2026" from `2026-11-27`. */
export const versionDate = (date: string): string => formatDate(new Date(`${date}T00:00:00Z`));

const badge = (v: ClaimVersion) =>
  `<span class="status status-${v.status}"><span class="visually-hidden">Status: </span>${statusLabel(v.status)}</span>`;

const version = (label: string, v: ClaimVersion) =>
  `<dt>${label}: version ${v.version}, ${escapeHtml(versionDate(v.date))}</dt>` +
  `<dd><span class="claim-changed-text">${escapeHtml(v.text)}</span> ${badge(v)} ${escapeHtml(v.reason)}</dd>`;

/** The notice as HTML; `history` is the base-prefixed URL of the claim's history page. */
export function changeNoticeHtml(notice: ChangeNotice, history: string): string {
  const { then, now } = notice;
  const status = notice.statusChanged
    ? `<p class="claim-changed-status"><strong>Status changed: ${statusLabel(then.status)} → ${statusLabel(now.status)}.</strong></p>`
    : '';
  return (
    `<div class="claim-changed" role="note" aria-label="This claim has changed" ${CLAIM_CHANGED}>` +
    `<p><strong>This claim changed on ${escapeHtml(versionDate(notice.changed))}</strong>, after the version this link names.</p>` +
    status +
    `<dl>${version('Then', then)}${version('Now', now)}</dl>` +
    `<p><a href="${escapeHtml(history)}">Every version of this claim, and what changed</a></p>` +
    `</div>`
  );
}
