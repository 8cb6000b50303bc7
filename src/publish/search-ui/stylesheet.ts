/**
 * Drops from Pagefind's Component UI stylesheet the rules of components the site never puts on a
 * page, and its comments (a long one explains the `:is(*, #\#)` prefixes: 1 KB gzipped of the
 * 7 KB). Done on postcss's syntax tree, selector by selector.
 */
import postcss from 'postcss';

/** Whether a selector names one of `parts` as an element or class, or a class starting `<part>-`. */
function names(selector: string, parts: readonly string[]): boolean {
  const words = selector.split(/[^\w-]+/);
  return parts.some((part) => words.some((w) => w === part || w.startsWith(`${part}-`)));
}

/**
 * Returns `css` (Pagefind's `pagefind-component-ui.css`, named `file` in errors) without comments
 * and without the rules whose every selector names one of `unused`, nor their custom properties. Throws when one of them
 * matches no rule at all: Pagefind has renamed it, and the list needs updating.
 */
export function dropUnusedRules(css: string, unused: readonly string[], file: string): string {
  const root = postcss.parse(css);
  const seen = new Set<string>();
  root.walkComments((comment) => void comment.remove());
  root.walkRules((rule) => {
    for (const part of unused) if (rule.selectors.some((s) => names(s, [part]))) seen.add(part);
    const kept = rule.selectors.filter((s) => !names(s, unused));
    if (!kept.length) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // Their custom properties (`--pf-searchbox-max-width`) go with them.
  // Comments inside a value (Pagefind's gradients have some) live in its raw text, or in the
  // text between the property and its value.
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--') && names(decl.prop.slice(2), unused)) decl.remove();
    else {
      delete decl.raws.value;
      decl.raws.between = ':';
    }
  });
  // A media query or layer whose rules all went is dropped with them.
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  const missing = unused.filter((part) => !seen.has(part));
  if (missing.length)
    throw new Error(
      `${file}: expected rules for ${missing.join(', ')}. Pagefind's stylesheet has changed; update UNUSED_COMPONENTS in src/publish/search-ui/stylesheet.ts.`,
    );
  return root.toString();
}
