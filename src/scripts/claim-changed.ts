/**
 * The "changed since you linked" notice, on a note reached through a link to an older version
 * of a claim (`/c/<id>/v/<n>/`, whose page sends readers on as `?v=<n>#<id>`). Loaded only for
 * such a URL (src/scripts/page.ts). The notice is the one that version's own share page carries
 * (src/publish/change-notice.ts): fetched from the site and placed at the top of the claim box,
 * so the page and the notice can never disagree. A version with no notice (the current one, or
 * one followed only by minor edits) shows nothing.
 */
import { CLAIM, CLAIM_CHANGED, CLAIM_VERSION_PARAM, select } from '../lib/markup.ts';
import { claimVersion } from '../lib/site-paths.ts';
import { normalizeBase, prefixBase } from '../lib/urls.ts';
import { announce } from './permalinks/announce.ts';
import { loadStylesheet } from './stylesheet.ts';
import styles from '../styles/claim-changed.css?url';

/** Shows, at the claim the URL names, what changed since the version it names. */
export async function showClaimChange(): Promise<void> {
  const version = Number(new URLSearchParams(location.search).get(CLAIM_VERSION_PARAM));
  const id = decodeURIComponent(location.hash.slice(1));
  const claim = id ? document.getElementById(id) : null;
  if (!claim?.matches(select(CLAIM.id)) || !Number.isInteger(version) || version < 1) return;
  const url = prefixBase(normalizeBase(import.meta.env.BASE_URL), claimVersion(id, version));
  const response = await fetch(url).catch(() => undefined);
  if (!response?.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const notice = page.querySelector(select(CLAIM_CHANGED));
  if (!notice || claim.querySelector(select(CLAIM_CHANGED))) return;
  await loadStylesheet(styles);
  claim.prepend(document.adoptNode(notice));
  announce(notice.querySelector('p')?.textContent ?? '');
}
