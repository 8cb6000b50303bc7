import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser.ts';
import { SECTION_IDS } from '../../src/lib/markup.ts';

const env = useBrowserAndSite(inject('dist'));
/** Phones, tablets and desktops: widths at which a line may end anywhere in a paragraph. */
const WIDTHS = [320, 360, 390, 414, 480, 600, 768, 1024, 1366];
const NOTES = [
  'scale/why-405b/',
  'scale/beyond-chinchilla/',
  'scale/serving-405b-in-fp8/',
  'llama-4-and-agents/llama-4/',
];

/**
 * Where the prose's citations break badly: a citation whose "[" starts a line apart from the word
 * before it, or a line inside a citation that starts anywhere but at its locator (after "source, "),
 * e.g. with "]" or "↗]" alone. Lines are told apart by character boxes that share no height.
 */
function badBreaks(): string[] {
  const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
  const rectOf = (node: Text, i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getClientRects()[0];
  };
  /** Visible characters (not spaces) of the text nodes under `root`, with their boxes. */
  const characters = (root: Node, until?: Node) => {
    const out: Array<{ ch: string; rect: DOMRect }> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (until && !(until.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) break;
      for (let i = 0; i < node.data.length; i++) {
        const rect = node.data[i]!.trim() ? rectOf(node, i) : undefined;
        if (rect && rect.width > 0) out.push({ ch: node.data[i]!, rect });
      }
    }
    return out;
  };
  const problems: string[] = [];
  // A chart's caption lists its sources in one bracket, which may wrap (tests/e2e/charts.test.ts).
  for (const cite of document.querySelectorAll<HTMLElement>('.prose .cite:not(figcaption .cite)')) {
    // Not drawn, so it cannot break: the end footnotes' copy when their sidenotes show instead.
    if (cite.getClientRects().length === 0) continue;
    const text = cite.textContent.replace(/\s+/g, ' ');
    const chars = characters(cite);
    // The one place a citation may break: before its locator, the text after "source, ".
    const locator = text.slice(text.indexOf(', ') + 2).replace(/\s/g, '').length;
    chars.forEach(({ ch, rect }, k) => {
      if (k > 0 && !sameLine(chars[k - 1]!.rect, rect) && k !== chars.length - locator)
        problems.push(`${text}: a line starts at "${ch}"`);
    });
    const block = cite.closest('p, li, td, th, dd, blockquote, figcaption')!;
    const before = characters(block, cite).at(-1);
    if (before && !sameLine(before.rect, chars[0]!.rect))
      problems.push(`${text}: starts a line apart from "${before.ch}"`);
  }
  return problems;
}

describe('citations', () => {
  it('are one Tab stop each, from the top of a note to its first heading control', async () => {
    const { page } = await openPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${env.site.url}scale/why-405b/`);
    const before = await page.evaluate(() => {
      const control = document.querySelector('.heading .anchor-link')!;
      return [...document.querySelectorAll('.cite')].filter(
        (cite) => cite.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).length;
    });
    expect(before).toBeGreaterThan(0);
    const visits: number[] = [];
    let reached = false;
    for (let tab = 0; tab < 100 && !reached; tab++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const focused = document.activeElement!;
        return {
          control: focused.matches('.heading .anchor-link'),
          cite: [...document.querySelectorAll('.cite')].findIndex((c) => c.contains(focused)),
        };
      });
      reached = stop.control;
      if (stop.cite >= 0) visits.push(stop.cite);
    }
    expect(reached).toBe(true);
    // Each citation before the first heading is reached once, in order.
    expect(visits).toEqual([...Array(before).keys()]);
  });

  it.each(NOTES)(
    'never start a line apart from the word before them, nor with their closing part, in %s',
    async (note) => {
      const { page } = await openPage(env.browser);
      await page.goto(`${env.site.url}${note}`);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        problems.push(...(await page.evaluate(badBreaks)).map((p) => `${width} px: ${p}`));
      }
      expect(problems).toEqual([]);
    },
  );

  it('lead to the reference list, where an interview timestamp opens the video at that second', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.site.url}scale/why-405b/`);
    // The same place cited in the prose and as the source that decides a claim.
    for (const scope of ['.prose p > .cite', '#many-factors-set-the-scale .claim-sources']) {
      const citation = page
        .locator(scope)
        .getByRole('link', { name: 'Latent Space interview, 08:35', exact: true })
        .first();
      await citation.click();
      const entry = page.locator(':target');
      expect(await entry.getAttribute('id'), scope).toBe(
        SECTION_IDS.reference('latent-space-llama-3'),
      );
      const timestamp = entry.getByRole('link', { name: /^08:35\b/ });
      const url = new URL((await timestamp.getAttribute('href'))!);
      expect([url.hostname, url.searchParams.get('v'), url.searchParams.get('t')]).toEqual([
        'www.youtube.com',
        'uLR8nSrhk_w',
        `${8 * 60 + 35}s`,
      ]);
      await page.goBack();
    }
  });
});
