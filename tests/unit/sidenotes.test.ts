import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { mdxTree } from '../../src/model/pipeline.ts';
import { rehypeSidenotes } from '../../src/plugins/rehype-sidenotes.ts';

async function tree(body: string) {
  const root = await mdxTree(body);
  rehypeSidenotes()(root);
  return root;
}

describe('rehypeSidenotes', () => {
  it('copies a footnote beside its first reference, without ids or back-links, kept out of search', async () => {
    const html = toHtml(await tree('Text.[^a] Again.[^a]\n\n[^a]: The note, *with* emphasis.\n'));
    expect(html.split('class="sidenote"')).toHaveLength(2);
    expect(html).toContain(
      '<sup><a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref aria-describedby="footnote-label">1</a></sup><span class="sidenote" data-pagefind-ignore=""><b>1</b> The note, <em>with</em> emphasis.</span>',
    );
    expect(html).toContain('<li id="user-content-fn-a" class="has-sidenote">');
    expect(html).toContain('class="footnotes all-sidenotes"');
  });

  it('copies a footnote that marks a glossary term like any other (the term is a plain link)', async () => {
    const json = JSON.stringify(await tree('Text.[^a]\n\n[^a]: A <Term id="rlhf">term</Term>.\n'));
    expect(json).toContain('"sidenote"');
    expect(json).toContain('all-sidenotes');
    // The term twice: in the sidenote, and in the footnote at the end.
    expect(json.split('"name":"Term"')).toHaveLength(3);
  });

  it.each([
    ['a reference in a table', '| a |\n|---|\n| x[^a] |\n\n[^a]: Note.\n'],
    ['a reference in a heading', '## Heading[^a]\n\n[^a]: Note.\n'],
    ['a footnote with a list', 'Text.[^a]\n\n[^a]: Note.\n\n    - item\n'],
  ])('leaves %s at the end only', async (_, body) => {
    const json = JSON.stringify(await tree(body));
    expect(json).not.toContain('"sidenote"');
    expect(json).not.toContain('has-sidenote');
    expect(json).not.toContain('all-sidenotes');
  });
});
