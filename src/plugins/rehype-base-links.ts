import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { createUrls, sitePaths } from '../lib/urls.ts';

/**
 * Notes link to each other with root-relative site paths (`/scale/why-405b/#claim`), which read
 * well in the source and survive moving a note between folders. Astro does not add the base path
 * to links inside Markdown, so this prefixes it; with the default base `/` it changes nothing.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const urls = createUrls(options.base);
  return (tree: Root) => {
    if (urls.base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = urls.path(sitePaths.parse(href));
      }
    });
  };
}
