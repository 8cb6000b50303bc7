/** A piece of a quoted sentence: plain text, or a formula to render from its TeX. */
export type SentencePart = { text: string } | { tex: string };

/**
 * Splits a sentence whose formulas are written as their TeX (src/model/scan.ts) into text and
 * formulas, in order, so that a quote can render each formula as the note does. A formula that
 * is not found where expected (cut off by a shortened sentence) stays text.
 */
export function sentenceParts(sentence: string, formulas: readonly string[]): SentencePart[] {
  const parts: SentencePart[] = [];
  let rest = sentence;
  for (const tex of formulas) {
    const at = tex ? rest.indexOf(tex) : -1;
    if (at < 0) continue;
    if (at > 0) parts.push({ text: rest.slice(0, at) });
    parts.push({ tex });
    rest = rest.slice(at + tex.length);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}
