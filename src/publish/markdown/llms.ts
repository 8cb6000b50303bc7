/**
 * `/llms.txt` and `/llms-full.txt`, after the llms.txt proposal (llmstxt.org): the site's name,
 * a one-paragraph summary, then a section per theme listing each published note's Markdown twin
 * with its description; the full file is every note's Markdown in reading order. Drafts are not
 * in the model of a build, so they are in neither.
 */
import type { Model } from '../../model/types.ts';
import { SITE } from '../../lib/site.ts';
import { sitePaths } from '../../lib/urls.ts';
import { markdownLink } from '../../lib/note-citation.ts';
import type { MarkdownSite } from './links.ts';

const SUMMARY =
  'Each note below is the Markdown twin of a page of the site: its prose, its claims as block quotes with a verdict (supported, nuanced, overstated or unconfirmed), the reason and the sources that decide it, with locators, and its reference list. Headings carry their `{#anchor}`; links are absolute.';

/** The index: one list of notes per theme, in reading order. */
export function llmsTxt(model: Model, site: MarkdownSite): string {
  const sections = model.themes
    .filter((theme) => theme.notes.length > 0)
    .map((theme) =>
      [
        `## ${theme.title}`,
        '',
        ...theme.notes.map(
          (note) =>
            `- ${markdownLink(note.title, site.url(sitePaths.noteMarkdown(note.id)))}: ${note.description}`,
        ),
      ].join('\n'),
    );
  const optional = [
    '## Optional',
    '',
    `- [Every note in one file](${site.url(sitePaths.llmsFullTxt())}): all of the above in reading order`,
    `- [Claims](${site.url(sitePaths.claimsJson())}): every claim with its verdict, reason and sources, as JSON`,
    `- [Sources](${site.url(sitePaths.sourcesJson())}): the bibliography as JSON`,
  ].join('\n');
  return `${[`# ${SITE.name}`, `> ${SITE.tagline}.`, SUMMARY, ...sections, optional].join('\n\n')}\n`;
}

/** Every note's Markdown (`notes`, by note id) in reading order, under the site's name. */
export function llmsFullTxt(model: Model, notes: Map<string, string>): string {
  const parts = model.notes.flatMap((note) => notes.get(note.id) ?? []);
  return `${[`# ${SITE.name}\n\n> ${SITE.tagline}.\n`, ...parts].join('\n---\n\n')}`;
}
