/**
 * The one module every page loads, after the content: progressive enhancements only. Reading
 * never depends on it. Search code and Pagefind load on demand from here.
 */
import { markCurrentSection } from './toc-current.ts';
import { setupSearchTriggers } from './search/triggers.ts';
import { highlightOnArrival } from './search/highlight.ts';
import { setupPermalinks } from './permalinks/setup.ts';
import { setupSchemeToggle } from './scheme-toggle.ts';
import { CLAIM_VERSION_PARAM } from '../lib/markup.ts';
import { setupOffline } from './offline/setup.ts';
import { setupPreviewTriggers } from './previews/trigger.ts';
import { setupPassageTrigger } from './passage/trigger.ts';

export function enhancePage(): void {
  setupSchemeToggle();
  setupSearchTriggers();
  setupPermalinks();
  setupPreviewTriggers();
  setupPassageTrigger();
  markCurrentSection();
  setupOffline();
  void highlightOnArrival();
  // A link to an older version of a claim: say what changed (its code loads only then).
  if (new URLSearchParams(location.search).has(CLAIM_VERSION_PARAM))
    void import('./claim-changed.ts').then((m) => m.showClaimChange());
}
