/**
 * The claim map as data, from the model: themes, their notes, each note's claims with their
 * verdicts, and the source that decides each claim (its first citation, src/schemas/claim.ts).
 * The /map/ page, its list and each note's small map all read this; nothing reads HTML back.
 */
import type { ClaimStatus } from '../../schemas/claim.ts';
import type { Claim, Model, Note, Source } from '../../model/types.ts';
import { readingPositions } from '../navigation.ts';

/** A claim on the map: its verdict and the source that decides it. */
export interface MapClaim {
  claim: Claim;
  status: ClaimStatus;
  decidedBy: Source;
  /** The locator in that source. */
  at: string;
}
export interface MapNote {
  note: Note;
  claims: MapClaim[];
}
export interface ClaimMap {
  themes: Array<{ theme: Model['themes'][number]; notes: MapNote[] }>;
  /** Sources that decide at least one claim, in the bibliography's order. */
  sources: Source[];
  /** Every claim, in reading order. */
  claims: MapClaim[];
}

/** The sections of /map/, each an h2 anchor. */
export const MAP_SECTIONS = ['map-picture', 'map-list', 'by-verdict', 'by-source'] as const;

/** The verdicts with the shape that marks each on the map, so the legend does not rest on colour. */
export const VERDICT_SHAPES: Record<ClaimStatus, { shape: string; label: string }> = {
  supported: { shape: 'circle', label: 'Supported' },
  nuanced: { shape: 'diamond', label: 'Nuanced' },
  overstated: { shape: 'triangle', label: 'Overstated' },
  unconfirmed: { shape: 'square', label: 'Unconfirmed' },
};

/** One claim of a note as the map shows it. */
function mapClaim(model: Model, claim: Claim['note']['claims'][number]): MapClaim {
  return {
    // Every claim of a note is in the model's claims (assembled from the notes).
    claim: model.claims.get(claim.id)!,
    status: claim.status,
    decidedBy: model.sources.get(claim.sources[0]!.source)!,
    at: claim.sources[0]!.at,
  };
}

/** Builds the claim map of the whole site. */
export function claimMap(model: Model): ClaimMap {
  const themes = model.themes.map((theme) => ({
    theme,
    notes: theme.notes.map((note) => ({ note, claims: noteClaims(model, note) })),
  }));
  const claims = themes.flatMap((t) => t.notes.flatMap((n) => n.claims));
  const deciding = new Set(claims.map((c) => c.decidedBy.id));
  return { themes, claims, sources: [...model.sources.values()].filter((s) => deciding.has(s.id)) };
}

/**
 * One note's claims as the map shows them, without building the whole map: every note page
 * asks, so the whole map each time cost notes × claims (10 ms a page, 52 s of a 5,000-note build).
 */
export function noteClaims(model: Model, note: Note): MapClaim[] {
  return note.claims.map((c) => mapClaim(model, c));
}

/** The notes a note is linked with, either way (its links out and the notes that link to it), in reading order. */
export function connectedNotes(model: Model, note: Note): Note[] {
  const linked = new Set<string>((model.backlinks.get(note.id) ?? []).map((b) => b.from.id));
  for (const link of note.links) {
    const path = link.href.split('#')[0]!.replace(/^\/+|\/+$/g, '');
    if (model.noteById.has(path) && path !== note.id) linked.add(path);
  }
  const at = readingPositions(model);
  // Every id is a note's: backlinks come from notes, and links out were checked above.
  return [...linked].sort((a, b) => at.get(a)! - at.get(b)!).map((id) => model.notes[at.get(id)!]!);
}
