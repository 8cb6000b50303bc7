import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentModel } from '../support/content.ts';
import { claimMap, connectedNotes, noteClaims } from '../../src/lib/map/graph.ts';
import type { Model } from '../../src/model/types.ts';

let model: Model;
beforeAll(async () => {
  model = await loadContentModel();
});

/** What a note's small map showed before it stopped building the whole map on every page. */
const naive = {
  claims: (note: Model['notes'][number]) =>
    claimMap(model).claims.filter((c) => c.claim.note.id === note.id),
  connected: (note: Model['notes'][number]) => {
    const linked = new Set((model.backlinks.get(note.id) ?? []).map((b) => b.from.id));
    for (const link of note.links) {
      const path = link.href.split('#')[0]!.replace(/^\/+|\/+$/g, '');
      if (path !== note.id) linked.add(path);
    }
    return model.notes.filter((n) => linked.has(n.id));
  },
};

describe("a note's corner of the claim map", () => {
  it('has the same claims, verdicts and deciding sources as the whole map', () => {
    for (const note of model.notes)
      expect(noteClaims(model, note), note.id).toEqual(naive.claims(note));
  });

  it('links the same notes, in reading order, never itself', () => {
    const withLinks = model.notes.filter((n) => naive.connected(n).length > 0);
    expect(withLinks.length).toBeGreaterThan(5);
    for (const note of model.notes) {
      const connected = connectedNotes(model, note).map((n) => n.id);
      expect(connected, note.id).toEqual(naive.connected(note).map((n) => n.id));
      expect(connected).not.toContain(note.id);
    }
  });
});
