import { chromium } from 'playwright-core';
import { serveStatic } from '../static-server.ts';

/**
 * Loads each note with JavaScript on and off in headless Chromium and compares the text of
 * <main> a reader reads: buttons are left out, since scripts reveal controls (Cite, copy) that
 * add words without adding content. Identical text means no JavaScript is needed to read the
 * note; the pages that differ are returned.
 */
export async function pagesNeedingJs(dist: string, pages: string[]): Promise<string[]> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const read = async (javaScriptEnabled: boolean, page: string) => {
      // Buttons are hidden through the CSSOM, which the page's CSP allows (a <style> tag would be
      // refused, and bypassCSP crashes a JavaScript-less page in this Chromium).
      const context = await browser.newContext({ javaScriptEnabled });
      const tab = await context.newPage();
      await tab.goto(site.url + page.replace(/index\.html$/, ''));
      const text = await tab.locator('main').evaluate((main: HTMLElement) => {
        for (const button of main.querySelectorAll('button')) button.style.display = 'none';
        return main.innerText;
      });
      await context.close();
      return text;
    };
    const differing: string[] = [];
    for (const page of pages)
      if ((await read(true, page)) !== (await read(false, page))) differing.push(page);
    return differing;
  } finally {
    await browser.close();
    void site.close();
  }
}
