import { anchorBeforeDirective } from '../../lib/text-fragment.ts';

/** Where a selection may be linked: a note's prose. */
export const PASSAGE_ROOT = '.note .prose';

const inProse = (node: Node | null | undefined) =>
  !!(node instanceof Element ? node : node?.parentElement)?.closest(PASSAGE_ROOT);

/**
 * What every page runs for "Link to this passage", kept tiny: the first selection of text in a
 * note's prose loads the control (./passage.ts). And a browser that cannot follow a text fragment
 * (`#claim:~:text=…`) is taken to the anchor in front of it, which still lands near the passage.
 */
export function setupPassageTrigger(): void {
  const anchor = anchorBeforeDirective(location.hash);
  if (anchor) document.getElementById(anchor)?.scrollIntoView();
  const onChange = () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || !inProse(selection.anchorNode)) return;
    document.removeEventListener('selectionchange', onChange);
    void import('./passage.ts').then((passage) => passage.setupPassageLink());
  };
  document.addEventListener('selectionchange', onChange);
}
