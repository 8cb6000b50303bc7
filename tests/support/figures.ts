/**
 * Numbers with a unit in the notes' prose ("15.6T tokens", "128K", "3.8 × 10²⁵ FLOPs", "92%"),
 * read as the values they stand for, so that one quantity written two ways ("15.6T" and "15.6
 * trillion", "128K" and "128,000") can be found across notes. Text only: the notes are read into
 * prose by tests/support/content.ts, never parsed here.
 */

/** What kind of quantity a figure is: an amount (tokens, parameters, GPUs…), a percentage, a ratio. */
export type Dimension = 'amount' | 'percent' | 'ratio';

/** One number-with-unit as written, and the value it stands for. */
export interface Figure {
  /** As written, with any kind of space as a plain one: "15.6T", "3.8 × 10²⁵", "92%". */
  written: string;
  /** How spellings are compared: as written, less trailing decimal zeros ("2.0T" is "2T"). */
  spelling: string;
  value: number;
  dimension: Dimension;
  /** The word after it ("15.6T tokens" → "token"): '' when nothing follows, undefined for a ",". */
  noun: string | undefined;
}

const SCALE: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

// A number not glued to a word, a version or a section ("GSM8K", "H100", "3.1", "§5.4.7"), then
// its unit; the unit must not run on into a word ("8B" but not "8Bit").
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,_])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    '(?:' +
    String.raw`(?<sci>\s?(?:×|\\times)\s?10(?:\^\{?(?<exp>\d+)\}?|(?<sup>[${SUPERSCRIPT}]+)))` +
    String.raw`|(?<power>\^\{?(?<pexp>\d+)\}?|(?<psup>[${SUPERSCRIPT}]+))` +
    String.raw`|(?<suffix>[\u00a0\u2009\u202f]?[KMBTk])` +
    String.raw`|(?<word>\s(?:thousand|million|billion|trillion))s?` +
    String.raw`|(?<percent>\s?(?:%|per ?cent\b))` +
    String.raw`|(?<ratio>\s?×)` +
    String.raw`)?(?![\p{L}\p{N}])`,
  'gu',
);

const superscript = (digits: string) =>
  Number([...digits].map((d) => SUPERSCRIPT.indexOf(d)).join(''));
const tidy = (n: number) => Number(n.toPrecision(12));
/**
 * The word right after a figure (past a space, a hyphen or a plus), singular and lower-case: what
 * an amount counts ("15.6T tokens", "128K-token"), or at least what follows it ("8K to 128K").
 * '' when nothing follows (a table cell); undefined when a comma or a full stop does.
 */
function nounAfter(rest: string): string | undefined {
  if (!rest.trim()) return '';
  const word = /^[+\s\u2010-]*(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return word.length > 3 ? word.replace(/s$/, '') : word;
}
/** "2.0" → "2", "24.50" → "24.5": precision written out is not a different spelling. */
const trimZeros = (number: string) => number.replace(/\.0+$/, '').replace(/(\.\d*?[1-9])0+$/, '$1');

/** A plain number counts as a figure only when it is clearly an amount, not a year or a label. */
function plainAmount(number: string): boolean {
  if (number.includes(',')) return true;
  const n = Number(number);
  return Number.isInteger(n) && n >= 1000 && !(n >= 1900 && n < 2100);
}

/** A text without its quotations ("…", “…”): a source's own wording is quoted as it was written. */
export const ownWords = (text: string): string => text.replace(/“[^”]*”|"[^"]*"/g, '“…”');

/** Every number-with-unit in a text, in order. */
export function figures(text: string): Figure[] {
  const found: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!;
    const number = g.number!;
    const base = Number(number.replace(/,/g, ''));
    let value: number;
    let dimension: Dimension = 'amount';
    if (g.sci) value = base * 10 ** (g.exp ? Number(g.exp) : superscript(g.sup!));
    else if (g.power) value = base ** (g.pexp ? Number(g.pexp) : superscript(g.psup!));
    else if (g.suffix) value = base * SCALE[g.suffix.trim()]!;
    else if (g.word) value = base * WORDS[g.word.trim()]!;
    else if (g.percent) [value, dimension] = [base, 'percent'];
    else if (g.ratio) [value, dimension] = [base, 'ratio'];
    else if (plainAmount(number)) value = base;
    else continue;
    const written = m[0].replace(/\s/gu, ' ');
    found.push({
      written,
      spelling: trimZeros(number) + written.slice(number.length),
      value: tidy(value),
      dimension,
      noun: nounAfter(text.slice(m.index + m[0].length)),
    });
  }
  return found;
}

/** A figure and where it was read (a note and a line, or a claim). */
export type Placed = Figure & { where: string };

/** A value written more than one way, with each spelling and where it occurs. */
export interface MixedSpelling {
  value: number;
  dimension: Dimension;
  spellings: Record<string, string[]>;
}

/**
 * Two figures of one value could be one quantity: amounts when the same word follows both, or
 * one stands alone ("1.4T" in a table, "1.4 trillion tokens"); percentages and ratios always,
 * since their spelling ("%" or "per cent") has nothing to do with what they count.
 */
const sameThing = (a: Figure, b: Figure) =>
  a.dimension !== 'amount' ||
  a.noun === '' ||
  b.noun === '' ||
  (a.noun !== undefined && a.noun === b.noun);

/**
 * The values written more than one way for what could be one quantity: "15.6T tokens" and "15.6
 * trillion tokens", or "1.4T" in a table and "1.4 trillion tokens" in the text; but not "100K
 * tiktoken tokens" and "100,000 responses", which only share a number.
 */
export function mixedSpellings(found: Placed[]): MixedSpelling[] {
  const byValue = Map.groupBy(found, (f) => `${f.dimension} ${f.value}`);
  return [...byValue.values()].flatMap((group) => {
    const clashing = group.filter((a) =>
      group.some((b) => b.spelling !== a.spelling && sameThing(a, b)),
    );
    if (clashing.length === 0) return [];
    const spellings = Map.groupBy(clashing, (f) => f.spelling);
    return [
      {
        value: group[0]!.value,
        dimension: group[0]!.dimension,
        spellings: Object.fromEntries(
          [...spellings].map(([s, list]) => [s, list.map((f) => f.where)]),
        ),
      },
    ];
  });
}
