import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from '../lib/slugs.ts';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading an id from the site's one slug function (src/lib/slugs.ts), so the anchor
 * a reader copies is the anchor every check computes. Runs before Astro's own heading pass,
 * which keeps ids that are already set and only collects them for the table of contents.
 * A heading written with an explicit id keeps it.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = createSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      if (typeof node.properties.id === 'string' && node.properties.id) {
        slugger.reserve(node.properties.id);
        return;
      }
      node.properties.id = slugger.slug(toString(node));
    });
  };
}
