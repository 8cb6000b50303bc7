import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../../tools/project-copy.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { ROOT } from '../support/paths.ts';
import { readerEnv } from '../support/build.ts';
import { topResultLink } from '../support/search.ts';
import type { Browser } from 'playwright-core';

/**
 * `astro dev` has no index of its own. Without a build, search must say so; after a build, it
 * must search the last built index. The same dev server also checks that its pages send away a
 * service worker the built site left on the origin.
 */
let project: ProjectCopy;
let server: ChildProcess;
let url: string;
let browser: Browser;
const WORKER = 'left-by-npm-start.js';

beforeAll(async () => {
  project = await copyProject(ROOT, 'kb-dev-');
  // Any script will do as a worker: it stands for the sw.js that `npm start` registers.
  await writeFile(join(project.root, 'public', WORKER), '');
  server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'dev',
      '--port',
      String(4400 + Math.floor(Math.random() * 500)),
    ],
    {
      cwd: project.root,
      env: readerEnv({ ...project.env, NO_COLOR: '1' }),
    },
  );
  url = await new Promise<string>((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // eslint-disable-next-line no-control-regex -- strips terminal colour codes
      const match = /(http:\/\/localhost:\d+\/)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        ready(match[1]!.replace(/\/?$/, '/'));
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
  await project?.remove();
});

describe('search in astro dev', { timeout: 120_000 }, () => {
  it('says that a build is needed when there is none, then searches the last build', async () => {
    const { page } = await openPage(browser);
    // The first request makes Vite optimise dependencies and reload the page; let that settle.
    await page.goto(`${url}search/?q=chinchilla`, { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.locator('[data-search-message]').textContent(), { timeout: 45_000 })
      .toMatch(/run `npm run build` once, then reload/);

    await cp(join(inject('dist'), 'pagefind'), join(project.root, 'dist/pagefind'), {
      recursive: true,
    });
    await page.reload();
    const link = await topResultLink(page.locator('[data-search-ui]'), 'chinchilla', 45_000);
    expect(await link.textContent()).toBe('Beyond Chinchilla');
  });
});

describe('service workers in astro dev', { timeout: 120_000 }, () => {
  it('unregisters a worker that the built site left on the same origin', async () => {
    const { page } = await openPage(browser);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(async (worker) => {
      await navigator.serviceWorker.register(`/${worker}`);
      await navigator.serviceWorker.ready;
    }, WORKER);
    await page.reload({ waitUntil: 'networkidle' });
    const registered = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    await expect.poll(registered, { timeout: 30_000 }).toBe(0);
  });
});
