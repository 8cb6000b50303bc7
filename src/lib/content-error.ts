/** One problem in the content, located as precisely as we can, with the fix spelled out. */
export interface ContentProblem {
  /** Path of the file, relative to the project, e.g. `content/scale/why-405b.mdx`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** The field or construct at fault, e.g. `claims[2].id` or `<Claim id="x">`. */
  field?: string;
  problem: string;
  fix: string;
}

/** Formats a problem as `file:line field — problem. Fix: …`, the shape editors can jump to. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field}` : '';
  return `${where}${field} — ${p.problem}. Fix: ${p.fix}`;
}

/** Thrown when the content cannot be published; lists every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published:\n` +
        problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
