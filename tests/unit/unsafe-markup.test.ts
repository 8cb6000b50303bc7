import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/unsafe-markup.ts';

const note = (body: string) => `---\ntitle: x\n---\n${body}`;

describe('findUnsafeMarkup', () => {
  it.each([
    ['<script>alert(1)</script>', 'a <script> element', 4],
    ['Text\n\n<iframe src="https://example.org"></iframe>', 'an <iframe>', 6],
    ['<img src="x.png" onerror="alert(1)" />', 'an on…= event handler attribute', 4],
    ['<div onClick={() => 1}>x</div>', 'an on…= event handler attribute', 4],
    ['[click](javascript:alert(1))', 'a javascript: URL', 4],
    ['<a href="javascript:void 0">x</a>', 'a javascript: URL', 4],
    ["import Thing from './thing.mdx';", 'an MDX import or export', 4],
    ['export const x = 1;', 'an MDX import or export', 4],
  ])('refuses %j', (body, what, line) => {
    expect(findUnsafeMarkup(note(body))).toEqual([expect.objectContaining({ what, line })]);
  });

  it.each([
    'We rely on top-tier data; online evaluation is hard.',
    'Inline `<script>` in code is fine.',
    '```html\n<script>in a code block</script>\n<iframe></iframe>\n```',
    'A [link](https://example.org/javascript-guide).',
    'Important: we import nothing.',
  ])('accepts %j', (body) => {
    expect(findUnsafeMarkup(note(body))).toEqual([]);
  });
});
