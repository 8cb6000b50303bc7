import { describe, expect, it } from 'vitest';
import { asciiJsonLiteral } from '../../src/plugins/ascii-content-data.ts';

/** The shape of Astro's content-data module: a JSON text in a JavaScript string literal. */
const moduleOf = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
// Evaluates the module text as V8 would load it.
const evaluate = (code: string) =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- that is the point
  new Function(`return ${code.replace('export default ', '')}`)() as unknown;

describe('asciiJsonLiteral', () => {
  it.each([
    ['plain ASCII', { title: 'Beyond Chinchilla', body: 'a "quoted" <Claim id="x" /> \\ back' }],
    ['an em dash and curly quotes', { text: 'Dense now — “MoE” later’s' }],
    ['emoji (a surrogate pair)', { title: 'Scale 🚀 plan' }],
    ['right-to-left and CJK text', { heading: 'שלום 405B 模型' }],
    ['line and paragraph separators', { s: 'a\u2028b\u2029c' }],
    ['a backslash just before a non-ASCII character', { s: '\\— and \\\\é' }],
    ['nested arrays and numbers', [['Map', 1, 2], 'é', { n: 3.5, b: true, z: null }]],
  ])('keeps %s, as pure ASCII', (_, value) => {
    const code = asciiJsonLiteral(moduleOf(value));
    // eslint-disable-next-line no-control-regex -- the point: every character is ASCII, controls included
    expect(code).toMatch(/^[\x00-\x7f]*$/);
    expect(evaluate(code)).toEqual(value);
  });

  it('leaves an ASCII module as it is', () => {
    const code = moduleOf({ a: 'b' });
    expect(asciiJsonLiteral(code)).toBe(code);
  });
});
