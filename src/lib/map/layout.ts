/**
 * Lays the claim map out at build time with dagre, a layered layout: themes, then notes, then
 * claims, then the sources that decide them, left to right, with dagre ordering each layer to
 * cross as few lines as it can. The result is coordinates only; src/pages/map.astro draws them
 * as a static SVG, so readers run no layout code.
 */
import { Graph, layout, type GraphLabel, type NodeLabel, type EdgeLabel } from '@dagrejs/dagre';
import type { ClaimMap } from './graph.ts';

export type MapNodeKind = 'theme' | 'note' | 'claim' | 'source';
/** One box on the map: what it is, its label, where it links, its centre and size. */
export interface PlacedNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  /** The key of the thing it stands for: theme slug, note id, claim id or source key. */
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PlacedEdge {
  from: string;
  to: string;
  /** `decides` joins a claim to its deciding source; `holds` a theme to a note, a note to a claim. */
  kind: 'holds' | 'decides';
  points: Array<{ x: number; y: number }>;
}
export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** The font size the map's text is drawn at, and an average character's width at that size. */
export const MAP_FONT = 12;
const CHAR = MAP_FONT * 0.55;
const HEIGHT = 20;
/** Room left of a claim's label for its verdict's shape. */
export const MARKER = 16;

/**
 * The most claims the picture is drawn for. Why a limit: dagre's ordering grows about with the
 * square of the nodes (measured: 300 claims 0.5 s, 600 claims 1.3 s), so a 1,000-note knowledge
 * base spent minutes on /map/ and a 5,000-note one never finished building; and a picture of
 * thousands of boxes is no longer something a reader can follow. Past the limit /map/ keeps its
 * list and its views by verdict and by source, which grow linearly.
 */
export const MAP_PICTURE_MAX_CLAIMS = 400;

/** The picture's layout, or null when the map has more claims than a picture can hold. */
export function mapPicture(map: ClaimMap): MapLayout | null {
  return map.claims.length <= MAP_PICTURE_MAX_CLAIMS ? layoutMap(map) : null;
}

/** Runs dagre over the map and returns every node's box and every edge's route. */
export function layoutMap(map: ClaimMap): MapLayout {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'LR', nodesep: 6, ranksep: 48, marginx: 4, marginy: 4 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodes = new Map<string, Omit<PlacedNode, 'x' | 'y'>>();
  const add = (kind: MapNodeKind, key: string, label: string) => {
    const id = `${kind}:${key}`;
    const width = Math.ceil(label.length * CHAR + 12 + (kind === 'claim' ? MARKER : 0));
    nodes.set(id, { id, kind, key, label, width, height: HEIGHT });
    g.setNode(id, { width, height: HEIGHT });
    return id;
  };
  const edges: Array<Omit<PlacedEdge, 'points'>> = [];
  const link = (from: string, to: string, kind: PlacedEdge['kind']) => {
    edges.push({ from, to, kind });
    // The tree (theme → note → claim) weighs more than the lines to sources, so dagre keeps a
    // note's claims together and lets the source lines cross instead.
    g.setEdge(from, to, { weight: kind === 'holds' ? 8 : 1 });
  };
  for (const source of map.sources) add('source', source.id, source.short);
  for (const { theme, notes } of map.themes) {
    const themeId = add('theme', theme.slug, theme.title);
    for (const { note, claims } of notes) {
      const noteId = add('note', note.id, note.title);
      link(themeId, noteId, 'holds');
      for (const c of claims) {
        const claimId = add('claim', c.claim.id, c.claim.id);
        link(noteId, claimId, 'holds');
        link(claimId, `source:${c.decidedBy.id}`, 'decides');
      }
    }
  }
  layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: [...nodes.values()].map((n) => {
      const { x, y } = g.node(n.id);
      // dagre places every node and routes every edge it was given: x, y and points are set.
      return { ...n, x: Math.round(x!), y: Math.round(y!) };
    }),
    edges: edges.map((e) => {
      const route: EdgeLabel | undefined = g.edge(e.from, e.to);
      const points = route?.points ?? [];
      return { ...e, points: points.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) })) };
    }),
  };
}
