import { lineAt } from './mdx-scan.ts';

export interface UnsafeMarkup { line: number; what: string; fix: string }

/**
 * Notes come from trusted authors, but a pasted snippet must not slip script into the site by
 * accident: no <script>, no on…= event handlers, no javascript: URLs, no <iframe>, and no MDX
 * import/export (a note needs none; the components it may use are provided). Checked on the
 * source, outside code blocks and inline code, so the message can name the line.
 */
export function findUnsafeMarkup(raw: string): UnsafeMarkup[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const text = raw
    .replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, blank)
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
  const rules: Array<[RegExp, string, string]> = [
    [/<script\b/gi, 'a <script> element', 'remove it; notes cannot run scripts (describe code in a fenced code block instead)'],
    [/<iframe\b/gi, 'an <iframe>', 'remove it and link to the page instead'],
    [/<[a-z][\w.-]*\b[^>]*?\son[a-z]+\s*=/gi, 'an on…= event handler attribute', 'remove the attribute; notes cannot run scripts'],
    [/\]\(\s*javascript:|href\s*=\s*["'{]?\s*javascript:/gi, 'a javascript: URL', 'link to a page (https:// or a site path) instead'],
    [/^(?:import|export)\s/gm, 'an MDX import or export', 'remove it: Claim, Cite, Term and Math are available without imports, and notes may use nothing else'],
  ];
  return rules.flatMap(([pattern, what, fix]) => [...text.matchAll(pattern)].map((m) => ({ line: lineAt(text, m.index), what, fix })));
}
