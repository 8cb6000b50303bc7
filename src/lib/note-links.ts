import { createSlugger } from './slugs.ts';
import { lineAt } from './mdx-scan.ts';
import { plainText } from './typography.ts';

/** A Markdown link from a note to a page of the site, with the sentence it sits in. */
export interface NoteLink {
  /** The site path, `/theme/note/`. */
  path: string;
  /** The anchor without `#`, or '' for the page itself. */
  anchor: string;
  text: string;
  /** The sentence around the link, as a reader sees it (markup removed). */
  sentence: string;
  line: number;
}

const LINK = /\[((?:[^\][]|\[[^\]]*\])+)\]\((\/[^)\s#]*\/)(?:#([^)\s]+))?\)/g;
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** The MDX body with frontmatter and fenced code blanked out (line numbers kept). */
function prose(raw: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return raw.replace(FRONTMATTER, blank).replace(/^(```|~~~)[\s\S]*?^\1/gm, blank);
}

/** What a reader sees of a line of MDX: components, links and emphasis reduced to their text. */
function readable(mdx: string): string {
  return plainText(
    mdx
      .replace(/\s*<(Cite|Math)\b[^>]*\/>/g, '')
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+/g, '')
      .replace(/^\s*(?:[-*+]|\d+\.|>)\s+/, ''),
  );
}

/** Every link from a note's prose to a site path, with its sentence and line. */
export function linksIn(raw: string): NoteLink[] {
  const text = prose(raw);
  const lines = text.split('\n');
  return [...text.matchAll(LINK)].map((m) => {
    const line = lineAt(text, m.index);
    const paragraph = readable(lines[line - 1] ?? '');
    const label = readable(m[1]!);
    const sentences = paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=[A-Z“"(])/);
    const sentence = sentences.find((s) => s.includes(label)) ?? paragraph;
    return { path: m[2]!, anchor: m[3] ? decodeURIComponent(m[3]) : '', text: label, sentence: sentence.length > 280 ? `${sentence.slice(0, 277)}…` : sentence, line };
  });
}

/** The note's heading anchors and their text, slugged as the renderer slugs them. */
export function headingsIn(raw: string): Map<string, string> {
  const slugger = createSlugger();
  const headings = new Map<string, string>();
  for (const m of prose(raw).matchAll(/^#{2,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = readable(m[1]!);
    headings.set(slugger.slug(text), text);
  }
  return headings;
}
