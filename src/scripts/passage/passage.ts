/**
 * "Link to this passage": while text is selected in a note's prose, a small button below the
 * selection copies a link to the nearest heading or claim before it plus a text fragment for the
 * selection (src/lib/text-fragment.ts). Tab reaches the button from the selection, Esc hides it.
 */
import { passageUrl } from '../../lib/text-fragment.ts';
import { loadStylesheet } from '../stylesheet.ts';
import { announce } from '../permalinks/announce.ts';
import { canonicalUrl } from '../permalinks/copy-link.ts';
import previewStyles from '../../styles/preview.css?url';
import { PASSAGE_ROOT } from './trigger.ts';

const ANCHORS = `${PASSAGE_ROOT} :is(h2, h3, h4)[id], ${PASSAGE_ROOT} [data-claim][id]`;
const WORD = /[\p{L}\p{N}]/u;

let button: HTMLButtonElement | undefined;
let url = '';
let timer: ReturnType<typeof setTimeout> | undefined;

/** The heading or claim that holds or comes last before a point of the page. */
function nearestAnchor(node: Node): string {
  let found = '';
  for (const candidate of document.querySelectorAll(ANCHORS)) {
    const position = candidate.compareDocumentPosition(node);
    if (
      position & Node.DOCUMENT_POSITION_CONTAINED_BY ||
      position & Node.DOCUMENT_POSITION_FOLLOWING
    )
      found = candidate.id;
    else break;
  }
  return found;
}

/** The selected text without a word cut at either end (a text fragment matches whole words). */
function wholeWords(range: Range): string {
  let text = range.toString();
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const before = startContainer.textContent?.[startOffset - 1] ?? '';
  const after = endContainer.textContent?.[endOffset] ?? '';
  if (startContainer.nodeType === Node.TEXT_NODE && WORD.test(before) && WORD.test(text[0] ?? ''))
    text = text.replace(/^[\p{L}\p{N}]+/u, '');
  if (endContainer.nodeType === Node.TEXT_NODE && WORD.test(after) && WORD.test(text.at(-1) ?? ''))
    text = text.replace(/[\p{L}\p{N}]+$/u, '');
  return text;
}

function ensureButton(): HTMLButtonElement {
  if (button) return button;
  button = document.createElement('button');
  button.type = 'button';
  button.className = 'passage-link';
  button.hidden = true;
  // Pressing the button must not collapse the selection it links.
  button.addEventListener('pointerdown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(url).then(() => {
      button!.textContent = 'Link copied';
      announce(`Link to the passage copied: ${url}`);
    });
  });
  document.body.append(button);
  return button;
}

function hide(): void {
  if (button) button.hidden = true;
}

async function update(): Promise<void> {
  const selection = getSelection();
  const range = selection && !selection.isCollapsed ? selection.getRangeAt(0) : null;
  const start = range?.startContainer;
  const element = start instanceof Element ? start : start?.parentElement;
  if (!range || !element?.closest(PASSAGE_ROOT) || !wholeWords(range).trim()) return hide();
  const next = passageUrl(canonicalUrl(), nearestAnchor(range.startContainer), wholeWords(range));
  await loadStylesheet(previewStyles);
  const box = ensureButton();
  // The same selection again (focus moving to the button) keeps the "copied" label.
  if (next !== url || box.hidden) box.textContent = 'Link to this passage';
  url = next;
  box.hidden = false;
  const rects = range.getClientRects();
  const bounds = range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? bounds;
  const width = document.documentElement.clientWidth;
  const left = Math.min(Math.max(last.right - box.offsetWidth, 8), width - box.offsetWidth - 8);
  box.style.left = `${left + scrollX}px`;
  // Below the selection, or above it when the window ends first.
  const below = bounds.bottom + 6 + box.offsetHeight <= innerHeight;
  const top = below ? bounds.bottom + 6 : bounds.top - 6 - box.offsetHeight;
  box.style.top = `${top + scrollY}px`;
}

export function setupPassageLink(): void {
  // While the mouse is still selecting, the button would jump along with the selection.
  let pressed = false;
  const later = () => {
    clearTimeout(timer);
    if (!pressed) timer = setTimeout(() => void update(), 120);
  };
  document.addEventListener('selectionchange', later);
  document.addEventListener('pointerdown', (event) => {
    if (event.target !== button) pressed = event.pointerType === 'mouse';
  });
  document.addEventListener('pointerup', () => {
    pressed = false;
    later();
  });
  document.addEventListener('keydown', (event) => {
    if (!button || button.hidden) return;
    if (event.key === 'Escape') return hide();
    const typing = (event.target as Element | null)?.closest?.('input, textarea, select, button');
    if (event.key === 'Tab' && !event.shiftKey && !typing) {
      event.preventDefault();
      button.focus();
    }
  });
  void update();
}
