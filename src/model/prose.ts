/**
 * A note's prose as a syntax tree (mdast, MDX components included), kept for the publish step,
 * which writes each note's Markdown twin from it (src/publish/note-markdown.ts). Captured by a
 * remark step inside the compile that renders the page, after GFM and smart quotes, so the
 * Markdown says what the page says; nothing re-parses MDX. It travels beside the scan to the
 * publish step only (not into the page's frontmatter, where every compiled module would carry it).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** The prose of one note: its mdast without source positions. */
export type ProseTree = Root;

/** Where the tree waits in the compile's VFile until the note scan hands it on. */
export const PROSE_KEY = 'kbProse';

/** A deep copy without `position`: later steps may change the tree, and positions only weigh. */
function withoutPositions<T>(node: T): T {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)),
  ) as T;
}

/** The remark step: copies the finished mdast into the file's data for the note scan. */
export function remarkProseTree() {
  return (tree: Root, file: VFile) => {
    (file.data as Record<string, unknown>)[PROSE_KEY] = withoutPositions(tree);
  };
}

/** The tree remarkProseTree left in a compiled file's data, if any. */
export function proseOf(file: VFile): ProseTree | undefined {
  return (file.data as Record<string, unknown>)[PROSE_KEY] as ProseTree | undefined;
}
