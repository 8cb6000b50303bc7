/**
 * What every page runs for link previews, kept tiny: the first hover, focus or tap on a link in
 * a note's prose loads the preview code (./previews.ts) and hands it that event. Until then no
 * preview code or data is fetched.
 */

/** Links that get a preview: in the prose (glossary terms too), not link controls or other sites. */
export const PREVIEWABLE =
  '.prose a[href]:not(.anchor-link, .ext, [data-footnote-backref], .sidenote a)';

type Previews = typeof import('./previews.ts');

export function setupPreviewTriggers(): void {
  let loading: Promise<Previews> | undefined;
  let ready = false;
  const first = (event: Event) => {
    if (ready || !(event.target as Element | null)?.closest?.(PREVIEWABLE)) return;
    // A tap follows its link unless stopped now; the code may still be on its way.
    if (event.type === 'click') {
      if ((event as PointerEvent).pointerType !== 'touch') return;
      event.preventDefault();
    }
    loading ??= import('./previews.ts').then((previews) => {
      previews.setupPreviews();
      ready = true;
      return previews;
    });
    void loading.then((previews) => previews.handle(event));
  };
  for (const type of ['pointerover', 'focusin', 'click'])
    document.addEventListener(type, first, { capture: type === 'click' });
}
