import { describe, expect, it } from 'vitest';
import { MAP_PICTURE_MAX_CLAIMS, mapPicture } from '../../src/lib/map/layout.ts';
import type { ClaimMap } from '../../src/lib/map/graph.ts';

/** A claim map of one theme whose notes hold three claims each, decided by two sources. */
function mapOf(claims: number): ClaimMap {
  const sources = [
    { id: 's1', short: 'Source 1', title: 'Source 1' },
    { id: 's2', short: 'Source 2', title: 'Source 2' },
  ];
  const notes = Array.from({ length: Math.ceil(claims / 3) }, (_, n) => {
    const note = { id: `t/n${n}`, title: `Note ${n}` };
    const held = Array.from({ length: Math.min(3, claims - n * 3) }, (_, c) => ({
      claim: { id: `c${n}-${c}`, text: 'A claim.', note },
      status: 'supported',
      decidedBy: sources[c % 2],
      at: '§1',
    }));
    return { note, claims: held };
  });
  const map = {
    themes: [{ theme: { slug: 't', title: 'Theme' }, notes }],
    sources,
    claims: notes.flatMap((n) => n.claims),
  };
  return map as unknown as ClaimMap;
}

describe('mapPicture', () => {
  it.each([
    [3, 1 + 1 + 3 + 2],
    [MAP_PICTURE_MAX_CLAIMS, 1 + MAP_PICTURE_MAX_CLAIMS / 3 + MAP_PICTURE_MAX_CLAIMS + 2],
  ])('draws a map of %i claims: every theme, note, claim and source a box', (claims, boxes) => {
    expect(mapPicture(mapOf(claims))?.nodes).toHaveLength(Math.ceil(boxes));
  });

  // dagre's ordering grows about with the square of the boxes: a 5,000-note build never finished.
  it.each([MAP_PICTURE_MAX_CLAIMS + 1, 15_000])('leaves out the picture of %i claims', (claims) => {
    expect(mapPicture(mapOf(claims))).toBeNull();
  });
});
