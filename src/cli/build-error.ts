/**
 * Turns whatever a failed build threw into a message for an author: each problem on its own line
 * as `file:line field — problem`, then Astro's hint. Schema errors from the content layer are
 * rewritten with the line of the offending frontmatter field. A stack trace is shown only with
 * KB_DEBUG=1: it helps engine work, never an author.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lineOfField } from '../model/frontmatter-lines.ts';
import { formatProblem } from '../model/problems.ts';
import { yamlProblemAt } from './yaml-syntax.ts';

interface ErrorLike {
  name?: string;
  title?: string;
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
  stack?: string;
}

const SCHEMA_ISSUE = /^\s*\*\*(.*?)\*\*: (?:\*\*.*?\*\*: )?(.*)$/;
/** A compile error as the bundler reports it: `[plugin …] /path/file.mdx:10:1\nMDXError: …`. */
const LOCATED = /^(?:\[plugin [^\]]+\] )?(\/\S+?\.mdx?):(\d+):(\d+)\s*\n(?:\w*Error: )?([^\n]+)/m;
/** A bundler diagnostic: `[CODE] problem` … `╭─[ path:line:col ]`. */
const DIAGNOSTIC = /^\[[A-Z_]+\] ([^\n]+)\n\s*╭─\[ (\S+?):(\d+):(\d+) \]/m;

/** What Astro's YAML parser (js-yaml) says about YAML that does not parse. */
const YAML_ERROR =
  /YAML|scalar|bad indentation|end of the stream|mapping|flow collection|tab characters|unknown tag|cannot resolve a node|unidentified alias|escape sequence|line break is expected|document separator|node content/i;

/** What to do about the errors an author meets most, by where they come from. */
const FIXES: Array<[RegExp, string]> = [
  [
    /closing tag|Unexpected character|Unexpected end of file|Could not parse|expected a|Unexpected closing/i,
    'correct the MDX at that line: close every tag you open (<Term id="…">…</Term>), self-close the others (<Claim id="…" />), write { } < in prose as \\{ \\} &lt;, and comments as {/* … */}',
  ],
  [
    YAML_ERROR,
    'correct the frontmatter YAML between the --- lines (close quotes, put a space after each colon, indent lists evenly)',
  ],
  [
    /Could not resolve/i,
    'remove the import: notes cannot import files (Claim, Cite, Term and Math need no import)',
  ],
];
const fixFor = (message: string) => FIXES.find(([pattern]) => pattern.test(message))?.[1];

export function describeBuildError(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  const message = stripAnsi(e.message ?? String(error));
  const file = e.loc?.file ?? e.id;
  const shown = file ? displayPath(file.replace(/^file:\/\//, '')) : undefined;
  const lines: string[] = [];
  const issues = message
    .split('\n')
    .map((l) => SCHEMA_ISSUE.exec(l))
    .filter((m) => m !== null);
  const located = LOCATED.exec(message);
  const diagnostic = DIAGNOSTIC.exec(message);
  if (diagnostic && !located) {
    const [, problem, path, line, column] = diagnostic;
    const fix = fixFor(problem!);
    lines.push(`${displayPath(path!)}:${line}:${column} — ${problem}${fix ? `. Fix: ${fix}` : ''}`);
  } else if (located) {
    // A compile error from deep in the bundler: its own location and message, without the stack.
    const [, path, line, column, problem] = located;
    const fix = fixFor(problem!);
    lines.push(`${displayPath(path!)}:${line}:${column} — ${problem}${fix ? `. Fix: ${fix}` : ''}`);
  } else if (shown && issues.length) {
    const text = safeRead(file!);
    lines.push(`${shown} does not match its schema:`);
    for (const [, path = '', reported = ''] of issues) {
      const segments = path
        .split('.')
        .filter(Boolean)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      // zod reports an unknown field on its parent object; point at the field itself.
      const unknown = /^Unrecognized keys?: "([^"]+)"/.exec(reported)?.[1];
      if (unknown) segments.push(unknown);
      const problem = unknown
        ? `unknown field "${unknown}"; remove it or fix its spelling (the fields are listed in docs/authoring.md)`
        : reported;
      const field = segments.join('.') || '(frontmatter)';
      const line = text ? lineOfField(text, segments) : undefined;
      lines.push(`  • ${shown}${line ? `:${line}` : ''} ${field} — ${problem}`);
    }
  } else if (shown && e.loc?.line && YAML_ERROR.test(message) && safeRead(file!) !== undefined) {
    // The preflight explains most YAML errors; this is one only Astro's parser refuses.
    lines.push(formatProblem(yamlProblemAt(shown, safeRead(file!)!, e.loc.line, message)));
  } else {
    if (shown)
      lines.push(
        `${shown}${e.loc?.line ? `:${e.loc.line}${e.loc.column ? `:${e.loc.column}` : ''}` : ''}`,
      );
    if (e.title && e.title !== message) lines.push(e.title);
    lines.push(
      message
        .split('\n')
        .filter((l) => !/^\s+at /.test(l))
        .join('\n'),
    );
    const fix = fixFor(message);
    if (fix && !/Fix:/.test(message)) lines.push(`Fix: ${fix}`);
  }
  if (e.hint) lines.push(`Hint: ${stripAnsi(e.hint)}`);
  if (process.env.KB_DEBUG && e.stack) lines.push('', e.stack);
  return lines.join('\n');
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file.replace(/^file:\/\//, ''), 'utf8');
  } catch {
    return undefined;
  }
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
