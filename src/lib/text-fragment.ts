/**
 * Links to a passage: the nearest anchor plus a text fragment (`#anchor:~:text=…`, the form of
 * browsers' "Copy link to highlight"). Browsers that support text fragments scroll to and
 * highlight the passage; others land at the anchor. Pure, table-tested.
 */

/** Words kept at each end of a long passage: enough to find it, short enough to survive edits. */
const ENDS = 4;

/** Percent-encodes a term of a text directive: `-`, `,` and `&` are its syntax. */
export function encodeTextTerm(text: string): string {
  // encodeURIComponent already escapes `,` and `&`, not `-`.
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The `text=` directive for selected text: the whole text when short and on one line, otherwise
 * its first and last words (`text=start,end`), so it lands even if the middle is later edited.
 * Null when the selection holds no word.
 */
export function textDirective(selected: string): string | null {
  const lines = selected
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!lines.length) return null;
  const first = lines[0]!.split(' ');
  const last = lines.at(-1)!.split(' ');
  if (lines.length === 1 && first.length <= 2 * ENDS) return `text=${encodeTextTerm(lines[0]!)}`;
  const start = first.slice(0, ENDS).join(' ');
  const end = last.slice(-ENDS).join(' ');
  return `text=${encodeTextTerm(start)},${encodeTextTerm(end)}`;
}

/** A link to a passage: the page URL, the nearest anchor ('' for none) and the selected text. */
export function passageUrl(pageUrl: string, anchor: string, selected: string): string {
  const directive = textDirective(selected);
  const hash = anchor ? `#${encodeURIComponent(anchor)}` : '#';
  return directive ? `${pageUrl}${hash}:~:${directive}` : `${pageUrl}${anchor ? hash : ''}`;
}

/**
 * The anchor of a hash that still holds a fragment directive (`#claim:~:text=…`): what a browser
 * without text-fragment support leaves in `location.hash`. Null when there is no directive.
 */
export function anchorBeforeDirective(hash: string): string | null {
  const at = hash.indexOf(':~:');
  return at < 0 ? null : decodeURIComponent(hash.slice(1, at));
}
