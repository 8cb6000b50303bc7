/**
 * "Cite": a dialog with the note (or one claim) as a link, Markdown, plain text, BibTeX and
 * CSL-JSON, each with a copy button. Loaded only when a reader asks for it; the data comes
 * from the page itself (canonical URL, Open Graph title, update date, the claim's text). The
 * formats come from note-citation.ts, which has no dependencies: never import citation-formats.ts
 * (citation-js) here.
 */
import {
  bibtex,
  cslJson,
  markdownLink,
  plainText,
  type NoteReference,
} from '../../lib/note-citation.ts';
import { CLAIM, PERMALINK, select } from '../../lib/markup.ts';
import { withAnchor } from '../../lib/urls.ts';
import { announce } from './announce.ts';
import { canonicalUrl } from './copy-link.ts';
import { loadStylesheet } from '../stylesheet.ts';
import citeStyles from '../../styles/cite.css?url';

const meta = (property: string) =>
  document.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content ?? '';

function noteReference(): NoteReference {
  return {
    title: meta('og:title'),
    url: canonicalUrl(),
    site: meta('og:site_name'),
    updated: meta('article:modified_time'),
    accessed: new Date().toISOString().slice(0, 10),
  };
}

/** A claim as the dialog cites it: its text, share URL and its anchor in the note. */
function claimReference(element: HTMLElement, noteUrl: string) {
  const direct = withAnchor(noteUrl, element.id);
  return {
    text: element.querySelector('.claim-text')?.textContent?.trim() ?? '',
    url: element.querySelector(select(PERMALINK.share))?.getAttribute(PERMALINK.share) ?? direct,
    direct,
  };
}

let dialog: HTMLDialogElement | undefined;

function ensureDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-title');
  dialog.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target === dialog) dialog.close();
    const button = target.closest<HTMLButtonElement>('button[data-copy]');
    if (button) {
      const text = button.closest('section')!.querySelector('pre')!.textContent ?? '';
      void navigator.clipboard?.writeText(text).then(() => {
        button.textContent = 'Copied';
        announce(`${button.dataset.copy} copied`);
        setTimeout(() => (button.textContent = 'Copy'), 1500);
      });
    }
    if (target.closest('[data-close]')) dialog!.close();
  });
  document.body.append(dialog);
  return dialog;
}

/** Opens the cite dialog for the note, or for the claim the button sits in. */
export async function openCite(button: HTMLElement): Promise<void> {
  await loadStylesheet(citeStyles);
  const note = noteReference();
  const claimElement = button.closest<HTMLElement>(select(CLAIM.id));
  const claim = claimElement && claimReference(claimElement, note.url);
  const formats: [string, string][] = claim
    ? [
        ['Share link', claim.url],
        ['Link to the claim in its note', claim.direct],
        ['Markdown', markdownLink(claim.text, claim.url)],
        ['Plain text', plainText(note, claim)],
        ['BibTeX (the note)', bibtex(note)],
        ['CSL-JSON (the note)', cslJson(note)],
      ]
    : [
        ['Link', note.url],
        ['Markdown', markdownLink(note.title, note.url)],
        ['Plain text', plainText(note)],
        ['BibTeX', bibtex(note)],
        ['CSL-JSON', cslJson(note)],
      ];
  const d = ensureDialog();
  d.replaceChildren();
  const heading = Object.assign(document.createElement('h2'), {
    id: 'cite-title',
    textContent: claim ? 'Cite this claim' : 'Cite this note',
  });
  const close = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'cite-close',
    textContent: 'Close',
  });
  close.dataset.close = '';
  d.append(heading, close);
  for (const [label, text] of formats) {
    const section = document.createElement('section');
    const title = Object.assign(document.createElement('h3'), { textContent: label });
    const copy = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: 'Copy',
    });
    copy.dataset.copy = label;
    copy.setAttribute('aria-label', `Copy ${label}`);
    const pre = document.createElement('pre');
    pre.tabIndex = 0;
    pre.textContent = text;
    section.append(title, copy, pre);
    d.append(section);
  }
  d.showModal();
}
