/**
 * YAML that does not parse, explained for an author: the line where the mistake is (not the
 * line where the parser gave up, often the next one), that line as written, and the edit that
 * fixes it. Run before Astro on every note's frontmatter and on content/*.yaml, because Astro
 * reports such errors with a line one off and no word of what to do.
 */
import { parseDocument } from 'yaml';
import type { ContentProblem } from '../model/problems.ts';

/** Where a mistake is (1-based line of the YAML text), what it is and how to fix it. */
interface Diagnosis {
  line: number;
  problem: string;
  fix: string;
}

// Astro's own frontmatter pattern (@astrojs/internal-helpers): the YAML starts right after `---`.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
/** `key: value` or `- key: value`, with the value unquoted-looking. */
const FIELD = /^(\s*(?:-\s+)?)([^\s#'"[{][^:#]*?):[ \t]+(.*?)\s*$/;

/** The problems of a file whose YAML (a note's frontmatter, or a whole .yaml file) does not parse. */
export function yamlSyntaxProblems(file: string, text: string): ContentProblem[] {
  let yaml = text;
  let firstLine = 1;
  if (/\.mdx?$/.test(file)) {
    const match = FRONTMATTER.exec(text);
    if (!match) return [];
    yaml = match[1]!;
    // The YAML's first line is the rest of the opening `---` line.
    firstLine = text.slice(0, match.index + match[0].indexOf('---')).split('\n').length;
  }
  const fileLine = (line: number) => firstLine + line - 1;
  const found = diagnose(yaml, fileLine);
  if (!found) return [];
  const written = yaml.split(/\r?\n/)[found.line - 1]?.trim() ?? '';
  return [
    {
      file,
      line: fileLine(found.line),
      ...(written ? { field: `\`${written}\`` } : {}),
      problem: found.problem,
      fix: found.fix,
    },
  ];
}

/**
 * A YAML error that Astro's parser found at `line` of a file and this one did not (it accepts a
 * few values Astro refuses, such as `!!binary x`): that line as written, and the fix when the
 * line shows it.
 */
export function yamlProblemAt(
  file: string,
  text: string,
  line: number,
  reason: string,
): ContentProblem {
  const written = text.split(/\r?\n/)[line - 1] ?? '';
  const found = needsQuotes(written, line);
  return {
    file,
    line,
    ...(written.trim() ? { field: `\`${written.trim()}\`` } : {}),
    problem: found?.problem ?? `the YAML does not parse: ${reason}`,
    fix: found?.fix ?? GENERIC_FIX,
  };
}

const GENERIC_FIX =
  'correct this line: put a value that holds ": " or starts with a quote in double quotes, close every [ { and quote, indent with spaces';

/** The first mistake in a YAML text (later errors are usually its echoes). */
function diagnose(yaml: string, fileLine: (line: number) => number): Diagnosis | undefined {
  const doc = parseDocument(yaml);
  const lines = yaml.split(/\r?\n/);
  // Astro's parser also refuses an unknown tag (`!x`) and an alias with no anchor (`*x`),
  // which this one only warns about or finds when it reads the values.
  const error =
    doc.errors[0] ??
    doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED') ??
    unresolvedAlias(doc, lines);
  if (!error) return undefined;
  const at = error.linePos?.[0]?.line ?? 1;
  const reported = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  const bracket = unclosed(lines, at, '[{', ']}');
  if (/flow|end with a [\]}]|Expected , or/i.test(reported) && bracket) {
    const close = bracket.char === '[' ? ']' : '}';
    return {
      line: bracket.line,
      problem: `the ${bracket.char} on this line is never closed`,
      fix: `close it with ${close}: ${lines[bracket.line - 1]!.trim()}${close}`,
    };
  }
  const quote = unclosed(lines, at, `"'`, `"'`);
  if (/closing .?quote/i.test(reported) && quote)
    return {
      line: quote.line,
      problem: `the ${quote.char} that opens this value is never closed`,
      fix: `close it at the end of the value: ${lines[quote.line - 1]!.trim()}${quote.char}`,
    };
  if (error.code === 'TAB_AS_INDENT')
    return { line: at, problem: 'a tab indents this line', fix: 'indent with spaces, never tabs' };
  if (error.code === 'DUPLICATE_KEY') {
    const key = FIELD.exec(lines[at - 1] ?? '')?.[2] ?? '';
    const first = lines.findIndex((l) => FIELD.exec(l)?.[2] === key) + 1;
    return {
      line: at,
      problem: `"${key}" is given twice`,
      fix: `keep one of the two (the other is on line ${fileLine(first)})`,
    };
  }
  return (
    needsQuotes(lines[at - 1] ?? '', at) ??
    overIndented(lines, at) ?? {
      line: at,
      problem: `the YAML does not parse: ${reported.charAt(0).toLowerCase()}${reported.slice(1)}`,
      fix: GENERIC_FIX,
    }
  );
}

/** A plain value that YAML reads as structure: it holds `: `, starts with @ or `, or only starts quoted. */
function needsQuotes(text: string, line: number): Diagnosis | undefined {
  const [, indent = '', key = '', value = ''] = FIELD.exec(text) ?? [];
  if (!value || /^[[{]/.test(value)) return undefined;
  const why = value.includes(': ')
    ? 'the value holds a colon and a space, which YAML reads as the start of another field'
    : /^([@`!*%&]|[|>][-+\d]*\s+\S)/.test(value)
      ? `a value cannot start with ${value[0]} unless it is quoted`
      : /^["']/.test(value)
        ? 'the quotes close before the value ends'
        : undefined;
  if (!why) return undefined;
  return {
    line,
    problem: why,
    fix: `put the value in double quotes: ${indent.trimStart()}${key}: ${JSON.stringify(value)}`,
  };
}

/** An alias (`*name`) whose anchor (`&name`) is nowhere: the line that uses it. */
function unresolvedAlias(
  doc: ReturnType<typeof parseDocument>,
  lines: string[],
): { code?: string; message: string; linePos?: Array<{ line: number }> } | undefined {
  try {
    doc.toJS();
    return undefined;
  } catch (error) {
    const line = lines.findIndex((l) => /(^|[\s:\-[{,])\*\S/.test(l)) + 1;
    return { message: String((error as Error).message), linePos: [{ line: line || 1 }] };
  }
}

/** A field indented deeper than the one above it, which YAML reads as a continuation of it. */
function overIndented(lines: string[], at: number): Diagnosis | undefined {
  const indent = (l: string) => /^\s*(?:-\s+)?/.exec(l)![0].length;
  for (let i = at; i < lines.length && i <= at + 1; i++) {
    const above = lines[i - 1]!;
    const here = lines[i]!;
    if (FIELD.test(here) && FIELD.test(above) && /^\s*\S/.test(here) && !/^\s*-/.test(here))
      if (indent(here) > indent(above))
        return {
          line: i + 1,
          problem: 'this field is indented deeper than the field above it',
          fix: `indent it by ${indent(above)} spaces, like the field above`,
        };
  }
  return undefined;
}

/**
 * The last opener (a bracket or a quote) on lines 1..`upTo` that is still open there, ignoring
 * what sits inside quotes and after a comment's `#`.
 */
function unclosed(
  lines: string[],
  upTo: number,
  openers: string,
  closers: string,
): { line: number; char: string } | undefined {
  const open: Array<{ line: number; char: string }> = [];
  let quote = '';
  for (let n = 0; n < Math.min(upTo, lines.length); n++) {
    const text = lines[n]!;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          quote = '';
          if (openers === closers) open.pop();
        }
      } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
      else if (`"'`.includes(c) && (i === 0 || /[\s[{,:-]/.test(text[i - 1]!))) {
        quote = c;
        if (openers === closers) open.push({ line: n + 1, char: c });
      } else if (openers !== closers && openers.includes(c)) open.push({ line: n + 1, char: c });
      else if (openers !== closers && closers.includes(c)) open.pop();
    }
  }
  return open[0];
}
