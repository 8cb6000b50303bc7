/**
 * One problem in the content, and the one way problems are shown: `file:line field — problem.
 * Fix: …`, the shape editors jump to. Every check, before the build (src/cli/preflight.ts), in
 * the model (src/model/checks/) and after it, reports this type through formatProblem().
 */
import { readFileSync } from 'node:fs';
import { lineOfField } from './frontmatter-lines.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project, e.g. `content/scale/why-405b.mdx`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /**
   * Where in the frontmatter, as the schema names it (`['claims', 2, 'id']`): the line is then
   * looked up in the file's YAML when the problem is reported, if `line` is not given.
   */
  fieldPath?: ReadonlyArray<string | number>;
  /** The field or construct at fault, e.g. `claims → id "x"` or `<Claim id="x">`. */
  field?: string;
  problem: string;
  fix: string;
  /** A warning is shown but publishes (an old anchor still linked, say); the default is an error. */
  severity?: 'error' | 'warning';
  /** Shown before the others: its fix may also fix problems reported after it (a lost permalink). */
  lead?: boolean;
}

/** Whether a problem stops the build. */
export const isError = (p: ContentProblem): boolean => p.severity !== 'warning';

/** Formats a problem as `file:line field — problem. Fix: …`. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field}` : '';
  return `${where}${field} — ${p.problem}. Fix: ${p.fix}`;
}

/** Fills in the line of problems that name a frontmatter field, reading each file once. */
export function locateProblems(
  problems: ContentProblem[],
  read = (file: string) => readFileSync(file, 'utf8'),
): ContentProblem[] {
  const texts = new Map<string, string | undefined>();
  const text = (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, read(file));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  return problems.map((p) => {
    if (p.line || !p.fieldPath) return p;
    const source = text(p.file);
    const line = source === undefined ? undefined : lineOfField(source, p.fieldPath);
    return line ? { ...p, line } : p;
  });
}

/** The warnings among problems, as the build prints them; '' when there are none. */
export function warningReport(problems: ContentProblem[]): string {
  const warnings = problems.filter((p) => !isError(p));
  if (!warnings.length) return '';
  return (
    `The content has ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (it still publishes):\n` +
    warnings.map((p) => `  • ${formatProblem(p)}`).join('\n')
  );
}

/** Thrown when the content cannot be published; lists every error found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const errors = problems.filter(isError);
    super(
      `The content has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was published:\n` +
        errors.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    );
    this.problems = errors;
    this.name = 'ContentError';
  }
}
