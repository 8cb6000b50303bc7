/**
 * Link previews: a card with what a link leads to, opened by hovering (after a short delay), by
 * keyboard focus, and on touch by a first tap (the card then holds a link to go). It closes on
 * Esc, when the pointer leaves link and card, and on blur. It is the link's description
 * (aria-describedby) while open, sits below the link (above it when there is no room) inside the
 * viewport, and floats over the page, so nothing else moves.
 */
import { loadStylesheet } from '../stylesheet.ts';
import previewStyles from '../../styles/preview.css?url';
import { PREVIEWABLE } from './trigger.ts';
import { previewContent } from './content.ts';

const CARD_ID = 'link-preview';
const OPEN_DELAY = 350;
const CLOSE_DELAY = 250;
const GAP = 8;

let card: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
/** Each request to open gets a number; a card whose data arrives after a newer one is dropped. */
let request = 0;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

const linkOf = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLAnchorElement>(PREVIEWABLE) ?? null;
const inCard = (target: EventTarget | null) =>
  !!card && target instanceof Node && card.contains(target);

function ensureCard(): HTMLElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'preview-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  return card;
}

/** Places the card below the link, or above it, inside the viewport, never over the link. */
function place(link: HTMLElement, box: HTMLElement): void {
  const rect = link.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = innerHeight;
  box.style.left = '0px';
  box.style.top = '0px';
  box.style.maxHeight = '';
  const below = height - rect.bottom - 2 * GAP;
  const above = rect.top - 2 * GAP;
  const room = box.offsetHeight <= below || below >= above ? below : above;
  if (box.offsetHeight > room) box.style.maxHeight = `${Math.max(room, 0)}px`;
  const top =
    room === below ? rect.bottom + GAP : rect.top - GAP - Math.min(box.offsetHeight, room);
  const left = Math.min(Math.max(rect.left, GAP), width - box.offsetWidth - GAP);
  box.style.left = `${Math.max(left, GAP) + scrollX}px`;
  box.style.top = `${top + scrollY}px`;
}

async function open(link: HTMLAnchorElement, touch = false): Promise<void> {
  clearTimeout(openTimer);
  if (current === link && card && !card.hidden) return clearTimeout(closeTimer);
  const ticket = ++request;
  const [content] = await Promise.all([previewContent(link), loadStylesheet(previewStyles)]);
  if (ticket !== request) return;
  close();
  if (!content) return;
  const box = ensureCard();
  box.replaceChildren(...content);
  if (touch) {
    const go = document.createElement('a');
    go.className = 'preview-go';
    go.href = link.href;
    go.textContent = `Go to ${link.textContent?.trim() || 'the link'} →`;
    box.append(go);
  }
  box.hidden = false;
  place(link, box);
  current = link;
  link.setAttribute('aria-describedby', CARD_ID);
}

/** Hides the card; an open on its way for another link goes on. */
function close(): void {
  clearTimeout(closeTimer);
  if (current?.getAttribute('aria-describedby') === CARD_ID)
    current.removeAttribute('aria-describedby');
  current = undefined;
  if (card) card.hidden = true;
}

/** Hides the card and drops any open on its way. */
const cancel = () => {
  request++;
  clearTimeout(openTimer);
  close();
};
const closeSoon = () => {
  clearTimeout(closeTimer);
  closeTimer = setTimeout(close, CLOSE_DELAY);
};

/** Handles one event: the loader passes the first, the listeners below every later one. */
export function handle(event: Event): void {
  const link = linkOf(event.target);
  switch (event.type) {
    case 'pointerover': {
      if ((event as PointerEvent).pointerType === 'touch') return;
      if (inCard(event.target) || (link && link === current)) return clearTimeout(closeTimer);
      if (!link) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => void open(link), OPEN_DELAY);
      return;
    }
    case 'pointerout': {
      if ((event as PointerEvent).pointerType === 'touch') return;
      const to = (event as PointerEvent).relatedTarget;
      if (!link && !inCard(event.target)) return;
      if (inCard(to) || (current && linkOf(to) === current)) return;
      clearTimeout(openTimer);
      if (current) closeSoon();
      else request++;
      return;
    }
    case 'focusin':
      if (link?.matches(':focus-visible')) void open(link);
      return;
    case 'focusout':
      if (!inCard((event as FocusEvent).relatedTarget) && (link || inCard(event.target))) cancel();
      return;
    case 'click': {
      if ((event as PointerEvent).pointerType !== 'touch' || !link) return;
      // First tap opens; a second tap on the same link follows it.
      if (link === current) return;
      event.preventDefault();
      void open(link, true);
      return;
    }
    case 'pointerdown':
      if (current && !inCard(event.target) && linkOf(event.target) !== current) cancel();
      return;
    case 'keydown':
      if ((event as KeyboardEvent).key === 'Escape' && current) cancel();
      return;
  }
}

/** Listens from now on (the loader's own listener stops once this has run). */
export function setupPreviews(): void {
  for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'pointerdown', 'keydown'])
    document.addEventListener(type, handle);
  document.addEventListener('click', handle, { capture: true });
  addEventListener('resize', cancel);
}
