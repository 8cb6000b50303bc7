import { describe, expect, inject, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { join } from 'node:path';
import { readPages } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';

/** Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json). */
describe('HTML validity', () => {
  it('finds no error on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = await readPages(inject('dist'));
    const errors: string[] = [];
    for (const { path, html } of pages) {
      const report = await validator.validateString(html, join(ROOT, '.htmlvalidate.json').replace('.htmlvalidate.json', `page/${path}`));
      for (const result of report.results) for (const m of result.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });
});
