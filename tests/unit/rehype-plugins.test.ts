import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from '../../src/plugins/rehype-heading-ids.ts';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links.ts';
import { rehypeCiteJoin } from '../../src/plugins/rehype-cite-join.ts';
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

describe('rehypeCiteJoin', () => {
  const cite = { type: 'mdxJsxTextElement', name: 'Cite', attributes: [], children: [] };
  const term = { type: 'mdxJsxTextElement', name: 'Term', attributes: [], children: [] };
  it.each([
    ['a space', 'fits at inference ', 'fits at inference\u00a0'],
    ['a line break', 'fits at inference\n', 'fits at inference\u00a0'],
    ['no space', 'fits at inference (', 'fits at inference ('],
  ])('joins a citation to the word before across %s', (_, before, joined) => {
    const text = { type: 'text', value: before };
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [text, cite] }],
    };
    rehypeCiteJoin()(tree as unknown as Root);
    expect(text.value).toBe(joined);
  });
  it('holds a formula, the space after it and the citation in one span that does not wrap', () => {
    const math = { type: 'mdxJsxTextElement', name: 'Math', attributes: [], children: [] };
    const tree = {
      type: 'root',
      children: [{ type: 'text', value: 'grows as ' }, math, { type: 'text', value: ' ' }, cite],
    };
    rehypeCiteJoin()(tree as unknown as Root);
    expect(tree.children).toEqual([
      { type: 'text', value: 'grows as ' },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['cite-join'] },
        children: [math, { type: 'text', value: '\u00a0' }, cite],
      },
    ]);
  });
  it('leaves text before other components as it is', () => {
    const tree = { type: 'root', children: [{ type: 'text', value: 'a ' }, term] };
    rehypeCiteJoin()(tree as unknown as Root);
    expect(tree.children[0]).toEqual({ type: 'text', value: 'a ' });
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
