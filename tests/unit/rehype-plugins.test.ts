import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from '../../src/plugins/rehype-heading-ids.ts';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links.ts';
import { slugify } from '../../src/lib/slugs.ts';

/** The same plugin list astro.config.mjs gives the unified() processor. */
async function render(markdown: string, base = '/') {
  const processor = await createMarkdownProcessor({
    gfm: false,
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeHeadingIds, [rehypeBaseLinks, { base }]],
  });
  return processor.render(markdown);
}

describe('rehypeHeadingIds', () => {
  it('gives headings the ids of the site slug function, numbering repeats', async () => {
    const { metadata } = await render(
      '## Why 405B?\n\n### Dense vs. MoE\n\n## Why 405B?\n\n## النماذج الكبيرة',
    );
    expect(metadata.headings.map((h) => h.slug)).toEqual([
      slugify('Why 405B?'),
      slugify('Dense vs. MoE'),
      `${slugify('Why 405B?')}-1`,
      slugify('النماذج الكبيرة'),
    ]);
  });
  it('keeps an id written by the author', async () => {
    const { code } = await render('<h2 id="kept">Anything</h2>');
    expect(code).toContain('id="kept"');
  });
});

describe('rehypeBaseLinks', () => {
  it.each([
    ['/', '[a](/scale/why-405b/#x)', 'href="/scale/why-405b/#x"'],
    ['/kb/', '[a](/scale/why-405b/#x)', 'href="/kb/scale/why-405b/#x"'],
    ['/kb/', '[a](#local)', 'href="#local"'],
    ['/kb/', '[a](../other/)', 'href="../other/"'],
    ['/kb/', '[a](https://arxiv.org/abs/2407.21783)', 'href="https://arxiv.org/abs/2407.21783"'],
    ['/kb/', '[a](//cdn.example.org/x)', 'href="//cdn.example.org/x"'],
  ])('with base %s renders %s with %s', async (base, markdown, expected) => {
    expect((await render(markdown, base)).code).toContain(expected);
  });
});

describe('GitHub-flavoured Markdown', () => {
  it('renders tables, footnotes, task lists and autolinks once', async () => {
    const { code } = await render(
      '| a |\n|---|\n| 1 |\n\nText[^1] https://example.org\n\n- [x] done\n\n[^1]: Note.',
    );
    expect(code).toContain('<table>');
    expect(code.match(/data-footnotes/g)).toHaveLength(1);
    expect(code).toContain('type="checkbox"');
    expect(code).toContain('<a href="https://example.org">');
  });
});
