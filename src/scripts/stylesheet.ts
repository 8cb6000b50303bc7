/**
 * Adds a stylesheet to the page once and resolves when it has loaded (or failed: unstyled beats
 * stuck). Styles for features a reader may never open (search, the Cite dialog) load this way,
 * so they stay out of every page's critical CSS; a static `import './x.css'` would not, because
 * Astro bundles the CSS of a page script's whole module graph, dynamic imports included.
 */
const loaded = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let done = loaded.get(href);
  if (!done) {
    done = new Promise<void>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.addEventListener('load', () => resolve());
      link.addEventListener('error', () => resolve());
      document.head.append(link);
    });
    loaded.set(href, done);
  }
  return done;
}
