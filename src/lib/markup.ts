/**
 * The markup contract: ids and data attributes that more than one place relies on — the
 * components that print them, the browser scripts that find them, the model that knows which
 * anchors each page publishes (src/model/published.ts), and the tests. Change one here and
 * every user changes with it.
 */

/** Attributes of a claim box (src/components/Claim.astro). */
export const CLAIM = {
  /** On the claim's element; its value is the claim id (also the element's id). */
  id: 'data-claim',
  /** The claim's verdict: supported, nuanced, overstated, unconfirmed. */
  status: 'data-status',
} as const;

/** Attributes of the permalink controls (headings and claims) and the Cite button. */
export const PERMALINK = {
  /** A link control that copies its section's URL. */
  copyLink: 'data-copy-link',
  /** On a claim's control: the short share URL to copy instead of the page anchor. */
  share: 'data-share',
  /** Set on a link control for a moment after it copied its URL. */
  copied: 'data-copied',
  /** On a Cite button: `note` or `claim`. */
  cite: 'data-cite',
  /** On a "Copy as Markdown" button: the Markdown file's URL (src/scripts/permalinks/copy-markdown.ts). */
  markdown: 'data-copy-markdown',
} as const;

/** The attribute of the notice that a claim changed since the version a link named. */
export const CLAIM_CHANGED = 'data-claim-changed';

/**
 * The query parameter that carries, from an old version's share page to the note, the version
 * of the claim (`#id`) the reader's link named (`/scale/x/?v=1#id`): the note then says what
 * changed since. Only such a URL loads the notice's script.
 */
export const CLAIM_VERSION_PARAM = 'v';

/** The footer's "Save for offline" control (src/components/SiteFooter.astro). */
export const OFFLINE = {
  /** The control's box: hidden until a script finds the browser can read offline. */
  control: 'data-offline',
  /** Its button, which opens the panel that states the size and saves every page. */
  save: 'data-offline-save',
} as const;

/** CSS selector for an attribute, optionally with a value: `[data-claim]`, `[data-claim="x"]`. */
export const select = (attribute: string, value?: string): string =>
  value === undefined ? `[${attribute}]` : `[${attribute}="${value.replace(/["\\]/g, '\\$&')}"]`;

/** Ids the layouts give sections of a page; each is a published anchor where it appears. */
export const SECTION_IDS = {
  /** A note's reference list. */
  references: 'references',
  /** A note's "Referenced by" list. */
  referencedBy: 'referenced-by',
  /** The list of notes on a theme page. */
  themeNotes: 'notes',
  /** A theme's section on the home page. */
  homeTheme: (themeSlug: string) => `theme-${themeSlug}`,
  /** One entry of a note's reference list (a link target, not recorded as a permalink). */
  reference: (sourceKey: string) => `ref-${sourceKey}`,
  /** A chart's figure in a note (`<Chart id>`): a link target. */
  chart: (chartId: string) => `chart-${chartId}`,
  /** A note's small claim map, after its references. */
  noteMap: 'claim-map',
} as const;

/** The element that holds a page's old-anchor map, read by the anchor-alias script. */
export const ANCHOR_ALIASES_ID = 'anchor-aliases';

/** The page's polite live region, through which the scripts speak to screen-reader users. */
export const ANNOUNCER_ID = 'announcer';

/** Ids of the frame every page has: an author's heading or claim must not take one. */
export const FRAME_IDS = [
  'main',
  ANNOUNCER_ID,
  'site-nav',
  'toc-title',
  ANCHOR_ALIASES_ID,
] as const;
