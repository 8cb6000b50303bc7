/**
 * Turns whatever a failed build threw into a message for an author: each problem on its own line
 * as `file:line field — problem`, then Astro's hint. Schema errors from the content layer are
 * rewritten with the line of the offending frontmatter field. A stack trace is shown only with
 * KB_DEBUG=1: it helps engine work, never an author.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lineOfField } from '../lib/frontmatter-lines.ts';

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

export function describeBuildError(error: unknown): string {
  const e = (error ?? {}) as ErrorLike;
  const message = stripAnsi(e.message ?? String(error));
  const file = e.loc?.file ?? e.id;
  const shown = file ? displayPath(file.replace(/^file:\/\//, '')) : undefined;
  const lines: string[] = [];
  const issues = message.split('\n').map((l) => SCHEMA_ISSUE.exec(l)).filter((m) => m !== null);
  if (shown && issues.length) {
    const text = safeRead(file!);
    lines.push(`${shown} does not match its schema:`);
    for (const [, path = '', reported = ''] of issues) {
      const segments = path.split('.').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      // zod reports an unknown field on its parent object; point at the field itself.
      const unknown = /^Unrecognized keys?: "([^"]+)"/.exec(reported)?.[1];
      if (unknown) segments.push(unknown);
      const problem = unknown ? `unknown field "${unknown}"; remove it or fix its spelling (the fields are listed in README.md)` : reported;
      const field = segments.join('.') || '(frontmatter)';
      const line = text ? lineOfField(text, segments) : undefined;
      lines.push(`  • ${shown}${line ? `:${line}` : ''} ${field} — ${problem}`);
    }
  } else {
    if (shown) lines.push(`${shown}${e.loc?.line ? `:${e.loc.line}${e.loc.column ? `:${e.loc.column}` : ''}` : ''}`);
    if (e.title && e.title !== message) lines.push(e.title);
    lines.push(message);
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
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
