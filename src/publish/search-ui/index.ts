/**
 * Makes Pagefind's Component UI lighter once Pagefind has written it, reading nothing but
 * Pagefind's own output: the script keeps only the site language's strings (languages.ts) and
 * loses the elements the site never uses (components.ts), the stylesheet their rules
 * (stylesheet.ts). Either fails the
 * build, naming the file, if Pagefind's files are not shaped as expected.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { keepOneLanguage } from './languages.ts';
import { dropComponents } from './components.ts';
import { dropUnusedRules } from './stylesheet.ts';

const SCRIPT = 'pagefind-component-ui.js';
const STYLES = 'pagefind-component-ui.css';

/**
 * The Component UI's elements this site never puts on a page: the inline search box with its
 * dropdown of results (we use the modal, and the search page's results), and the modal's own
 * trigger button (the header's Search link and src/scripts/search/triggers.ts open ours).
 */
export const UNUSED_ELEMENTS = ['pagefind-searchbox', 'pagefind-modal-trigger'];
/** The same, as their styles name them: the elements and their class families. */
export const UNUSED_STYLES = [...UNUSED_ELEMENTS, 'pf-searchbox', 'pf-trigger'];

/** Rewrites the Component UI's script and stylesheet in `bundle` (Pagefind's output folder); returns a log line. */
export async function trimSearchUi(bundle: URL, lang: string): Promise<string> {
  const sizes: string[] = [];
  const rewrite = async (name: string, transform: (text: string, file: string) => string) => {
    const path = new URL(name, bundle);
    const before = await readFile(path, 'utf8');
    const after = transform(before, fileURLToPath(path));
    await writeFile(path, after);
    const kb = (text: string) => (gzipSync(text).length / 1024).toFixed(1);
    sizes.push(`${name} ${kb(before)} → ${kb(after)} KB gzipped`);
  };
  await rewrite(SCRIPT, (code, file) =>
    dropComponents(keepOneLanguage(code, lang, file), UNUSED_ELEMENTS, file),
  );
  await rewrite(STYLES, (css, file) => dropUnusedRules(css, UNUSED_STYLES, file));
  return `trimmed the search UI: ${sizes.join(', ')}`;
}
