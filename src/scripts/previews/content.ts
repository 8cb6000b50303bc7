/**
 * What a preview card says for a link: a note, section or claim from the target note's preview
 * file (src/lib/previews.ts, fetched once per note); a citation from its entry in the note's
 * reference list; a footnote from the note's footnotes; a glossary term from the glossary's
 * preview file (fetched once). Returns null for a link with nothing to show.
 */
import { previewCard, type NotePreview } from '../../lib/previews.ts';
import { PREVIEW_FILE, type GlossaryPreview } from '../../lib/previews.ts';
import { glossary, glossaryPreview } from '../../lib/site-paths.ts';
import { RESERVED_PATHS } from '../../lib/reserved.ts';
import { normalizeBase, prefixBase } from '../../lib/urls.ts';
import { statusLabel } from '../../lib/status.ts';

const files = new Map<string, Promise<NotePreview | null>>();

function noteFile(pathname: string): Promise<NotePreview | null> {
  let file = files.get(pathname);
  if (!file) {
    file = fetch(pathname + PREVIEW_FILE)
      .then((response) => (response.ok ? (response.json() as Promise<NotePreview>) : null))
      .catch(() => null);
    files.set(pathname, file);
  }
  return file;
}

/** The site's base path, ending in `/` (`/`, `/kb/`): the one the links and routes carry. */
const BASE = normalizeBase(import.meta.env.BASE_URL);
let glossaryFile: Promise<GlossaryPreview | null> | undefined;

/** A glossary term's card: its name and definition. */
async function fromGlossary(url: URL): Promise<Node[] | null> {
  glossaryFile ??= fetch(prefixBase(BASE, glossaryPreview()))
    .then((response) => (response.ok ? (response.json() as Promise<GlossaryPreview>) : null))
    .catch(() => null);
  const entry = (await glossaryFile)?.[decodeURIComponent(url.hash.slice(1))];
  if (!entry) return null;
  return [
    element('p', 'preview-meta', 'Glossary'),
    element('p', 'preview-title', entry.term),
    element('p', 'preview-text', entry.definition),
  ];
}

/** The note page a URL names (`/base/theme/note/`), or null: other sites and other pages. */
export function notePath(url: URL): string | null {
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return null;
  const parts = url.pathname.slice(BASE.length).split('/');
  if (parts.length !== 3 || parts[2] !== '' || RESERVED_PATHS.has(parts[0]!)) return null;
  return url.pathname;
}

const element = (tag: string, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

async function fromNote(url: URL): Promise<Node[] | null> {
  const path = notePath(url);
  const data = path && (await noteFile(path));
  if (!data) return null;
  const card = previewCard(data, decodeURIComponent(url.hash.slice(1)));
  const text = element('p', 'preview-text');
  if (card.status) {
    const badge = element('span', `status status-${card.status}`);
    badge.append(element('span', 'visually-hidden', 'Status: '), statusLabel(card.status));
    text.append(badge, ' ');
  }
  text.append(card.text);
  return [
    element('p', 'preview-meta', `${card.theme} · ${card.section ? card.title : 'Note'}`),
    element('p', 'preview-title', card.section ?? (card.status ? 'Claim' : card.title)),
    text,
  ];
}

/** A copy of an element of this page, without ids (they must stay unique) or back-links. */
function copyOf(source: Element, className: string): Element {
  const copy = source.cloneNode(true) as Element;
  copy.removeAttribute('id');
  for (const node of copy.querySelectorAll('[id], [data-footnote-backref]')) {
    if (node.matches('[data-footnote-backref]')) node.remove();
    else node.removeAttribute('id');
  }
  copy.className = className;
  return copy;
}

function fromPage(link: HTMLAnchorElement): Node[] | null {
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target) return null;
  if (link.matches('[data-footnote-ref]')) {
    const body = element('div', 'preview-text');
    body.append(...[...copyOf(target, '').childNodes]);
    return [element('p', 'preview-meta', `Footnote ${link.textContent ?? ''}`), body];
  }
  if (!target.matches('.references li')) return null;
  // The entry up to its first link: authors, year, title, where it appeared.
  const entry = copyOf(target, 'preview-text');
  const first = entry.querySelector('a');
  while (first?.nextSibling) first.nextSibling.remove();
  first?.remove();
  const at = link.querySelector('span:last-child')?.textContent ?? '';
  const meta = element('p', 'preview-meta', `Source${at ? ` · cited at ${at}` : ''}`);
  return [meta, Object.assign(element('p', 'preview-text'), { textContent: entry.textContent })];
}

/** The card's content for a link, or null when there is nothing to preview. */
export async function previewContent(link: HTMLAnchorElement): Promise<Node[] | null> {
  const url = new URL(link.href);
  const samePage = url.pathname === location.pathname && url.origin === location.origin;
  if (samePage && (link.matches('[data-footnote-ref]') || link.closest('.source-link, .cite')))
    return fromPage(link);
  if (url.origin === location.origin && url.pathname === prefixBase(BASE, glossary()))
    return fromGlossary(url);
  return fromNote(url);
}
