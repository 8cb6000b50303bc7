/**
 * The Markdown files of a build, from the publish step's model and the notes' prose trees: each
 * note's twin next to its page, each claim's next to its share page (and its old ids'), and
 * /llms.txt and /llms-full.txt.
 */
import type { ProseTree } from '../../model/prose.ts';
import type { Model } from '../../model/types.ts';
import { sitePaths } from '../../lib/urls.ts';
import type { MarkdownSite } from './links.ts';
import { llmsFullTxt, llmsTxt } from './llms.ts';
import { noteMarkdown } from './render.ts';

/** A text file of the built site: its path below the output folder and its content. */
export interface TextFile {
  path: string;
  text: string;
}

const file = (path: string, text: string): TextFile => ({ path: path.replace(/^\//, ''), text });

/** Every Markdown file and the two llms files; a note without a prose tree is an error. */
export function markdownFiles(
  model: Model,
  prose: Map<string, ProseTree>,
  site: MarkdownSite,
): TextFile[] {
  const files: TextFile[] = [];
  const notes = new Map<string, string>();
  for (const note of model.notes) {
    const tree = prose.get(note.id);
    if (!tree) throw new Error(`${note.filePath}: the compile handed over no prose tree`);
    const { markdown, claims } = noteMarkdown(note, tree, site);
    notes.set(note.id, markdown);
    files.push(file(sitePaths.noteMarkdown(note.id), markdown));
    for (const claim of note.claims)
      for (const id of [claim.id, ...claim.aliases])
        files.push(file(sitePaths.claimMarkdown(id), claims.get(claim.id)!));
  }
  files.push(file(sitePaths.llmsTxt(), llmsTxt(model, site)));
  files.push(file(sitePaths.llmsFullTxt(), llmsFullTxt(model, notes)));
  return files;
}
