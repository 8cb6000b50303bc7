import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Loads each note with JavaScript on and off in headless Chromium and compares the text of
 * <main>. Identical text means no JavaScript is needed to read it; the pages that differ are
 * returned.
 */
export async function pagesNeedingJs(dist: string, pages: string[]): Promise<string[]> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const body = await readFile(file).catch(() => undefined);
    res.writeHead(body ? 200 : 404, { 'content-type': file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'text/javascript' });
    res.end(body ?? '');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const read = async (javaScriptEnabled: boolean, page: string) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const tab = await context.newPage();
      await tab.goto(origin + page.replace(/index\.html$/, ''));
      const text = await tab.locator('main').innerText();
      await context.close();
      return text;
    };
    const differing: string[] = [];
    for (const page of pages) if ((await read(true, page)) !== (await read(false, page))) differing.push(page);
    return differing;
  } finally {
    await browser.close();
    server.close();
  }
}
