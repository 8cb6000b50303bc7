import { describe, expect, it } from 'vitest';
import { ALWAYS_DRAWN, characterSet, charactersIn } from '../../src/lib/font-subset.ts';

describe('charactersIn', () => {
  it.each([
    ['plain text, each character once', 'aab', ['a', 'A', 'b', 'B']],
    ['a letter in both cases (a title may capitalise it)', 'é', ['é', 'É']],
    ['no control characters (a newline is not drawn)', 'x\n\t', ['x', 'X']],
    [
      'a character written as a JavaScript escape',
      String.raw`'\u2014'`,
      ["'", '\\', 'u', 'U', '2', '0', '1', '4', '—'],
    ],
    [
      'a braced escape',
      String.raw`\u{3b1}`,
      ['\\', 'u', 'U', '{', '3', 'b', 'B', '1', '}', 'α', 'Α'],
    ],
    [
      'an HTML entity, hex or decimal',
      '&#x2009;&#8212;',
      ['&', '#', 'x', 'X', '2', '0', '9', ';', '8', '1', '\u2009', '—'],
    ],
    ['no case form of a different length (ß upper-cases to SS)', 'ß', ['ß']],
  ])('%s', (_, text, expected) => {
    expect([...charactersIn(text)].sort()).toEqual(expected.sort());
  });
});

describe('characterSet', () => {
  it('always keeps ASCII, the typographic punctuation Markdown produces and the spaces we insert', () => {
    const kept = characterSet([]);
    for (const char of ' ~Az09‘’“”–—…\u00a0\u2009') expect(kept).toContain(char);
    expect([...kept].sort()).toEqual([...ALWAYS_DRAWN].sort());
  });
  it('adds every character the sources use, sorted by code point, each once', () => {
    const kept = characterSet(['Jégou ≈ 20', 'é']);
    expect(kept).toContain('é');
    expect(kept).toContain('É');
    expect(kept).toContain('≈');
    expect([...kept].length).toBe(new Set(kept).size);
    const codes = [...kept].map((c) => c.codePointAt(0)!);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
  it('keeps nothing outside ASCII that no source asks for', () => {
    expect(characterSet(['plain ASCII only'])).not.toMatch(/[À-ÿ]/);
  });
});
