import katex from 'katex';
import { lineAt } from './mdx-scan.ts';

export interface Lint { line: number; field: string; problem: string; fix: string }

/** The components a note may use; each is provided to every note (src/components/note-components.ts). */
export const NOTE_COMPONENTS = ['Claim', 'Cite', 'Term', 'Math'];

/** The body with frontmatter, fenced code and inline code blanked out, line numbers kept. */
function prose(raw: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return raw.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, blank).replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/**
 * Problems that would otherwise surface only while a page renders, as an error about the route
 * rather than the note: components that do not exist, LaTeX that does not parse. Found here on
 * the source, with the line. (Files that are not UTF-8 are refused before the build starts,
 * by src/cli/preflight.ts.)
 */
export function lintNote(raw: string): Lint[] {
  const problems: Lint[] = [];
  const text = prose(raw);
  for (const m of text.matchAll(/<([A-Z][\w.]*)\b/g)) {
    if (!NOTE_COMPONENTS.includes(m[1]!)) {
      problems.push({ line: lineAt(text, m.index), field: `<${m[1]}>`, problem: `unknown component <${m[1]}>`, fix: `use one of ${NOTE_COMPONENTS.map((c) => `<${c}>`).join(', ')}, or write the text without it` });
    }
  }
  for (const m of text.matchAll(/<Math\b[^>]*?\btex\s*=\s*"([^"]*)"/g)) {
    try {
      katex.renderToString(m[1]!, { output: 'mathml', throwOnError: true, strict: 'error' });
    } catch (error) {
      problems.push({ line: lineAt(text, m.index), field: `<Math tex="${m[1]}">`, problem: `the LaTeX does not parse: ${(error as Error).message.replace(/^KaTeX parse error: /, '')}`, fix: 'correct the formula (KaTeX syntax, e.g. \\frac{a}{b})' });
    }
  }
  return problems;
}
