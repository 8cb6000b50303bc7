import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicy } from '../../src/publish/page-policy.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

const SCRIPT = 'console.log(1)';
const STYLE = 'body{color:red}';
const SITE_WIDE = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)} ${hash('other()')};style-src 'self' ${hash(STYLE)} ${hash('p{}')}`;

describe('narrowPolicy', () => {
  it.each([
    [
      'keeps the hashes of the inline script and style the page has, and drops the rest',
      `<script>${SCRIPT}</script><style>${STYLE}</style>`,
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)};style-src 'self' ${hash(STYLE)}`,
    ],
    [
      'keeps no hash where the page has only files (allowed by self)',
      '<script type="module" src="/_astro/page.js"></script><link rel="stylesheet" href="/a.css">',
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self'`,
    ],
    [
      'never adds a hash the site-wide policy did not list',
      `<script>evil()</script><style>${STYLE}</style>`,
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval';style-src 'self' ${hash(STYLE)}`,
    ],
    [
      'hashes a script by its exact text, attributes aside',
      `<script type="module" data-x>${SCRIPT}</script>`,
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)};style-src 'self'`,
    ],
  ])('%s', (_, body, narrowed) => {
    expect(policyOf(narrowPolicy(page(SITE_WIDE, body)))).toBe(narrowed);
  });
  it('leaves a page without a policy, and the rest of every page, as they were', () => {
    const plain = `<html><head><script>${SCRIPT}</script></head></html>`;
    expect(narrowPolicy(plain)).toBe(plain);
    const html = page(SITE_WIDE, `<style>${STYLE}</style>`);
    expect(narrowPolicy(html).replace(/content="[^"]*"/, '')).toBe(
      html.replace(/content="[^"]*"/, ''),
    );
  });
});
