import { describe, expect, it } from 'vitest';
import {
  anchorBeforeDirective,
  encodeTextTerm,
  passageUrl,
  textDirective,
} from '../../src/lib/text-fragment.ts';

describe('encodeTextTerm', () => {
  it.each([
    ['405B parameters', '405B%20parameters'],
    ['over-trained', 'over%2Dtrained'],
    ['8B, 70B & 405B', '8B%2C%2070B%20%26%20405B'],
    ['Scialom’s point', 'Scialom%E2%80%99s%20point'],
  ])('%j → %s', (text, encoded) => {
    expect(encodeTextTerm(text)).toBe(encoded);
  });
});

describe('textDirective', () => {
  it.each([
    ['  the Chinchilla trap ', 'text=the%20Chinchilla%20trap'],
    [
      'one two three four five six seven eight',
      'text=one%20two%20three%20four%20five%20six%20seven%20eight',
    ],
    [
      'one two three four five six seven eight nine',
      'text=one%20two%20three%20four,six%20seven%20eight%20nine',
    ],
    ['first paragraph ends\n\nsecond starts', 'text=first%20paragraph%20ends,second%20starts'],
    [' \n ', null],
  ])('%j → %s', (selected, directive) => {
    expect(textDirective(selected)).toBe(directive);
  });
});

describe('passageUrl', () => {
  it.each([
    [
      'https://x/scale/n/',
      'who-was-over-trained',
      'the 8B',
      'https://x/scale/n/#who-was-over-trained:~:text=the%208B',
    ],
    ['https://x/scale/n/', '', 'the 8B', 'https://x/scale/n/#:~:text=the%208B'],
    ['https://x/scale/n/', 'a', '   ', 'https://x/scale/n/#a'],
    ['https://x/scale/n/', '', '', 'https://x/scale/n/'],
  ])('%s + #%s + %j → %s', (page, anchor, selected, url) => {
    expect(passageUrl(page, anchor, selected)).toBe(url);
  });
});

describe('anchorBeforeDirective', () => {
  it.each([
    ['#balance-at-405b:~:text=405B', 'balance-at-405b'],
    ['#:~:text=405B', ''],
    ['#balance-at-405b', null],
    ['', null],
  ])('%j → %j', (hash, anchor) => {
    expect(anchorBeforeDirective(hash)).toBe(anchor);
  });
});
