/**
 * Every bad-input rule of the model, each one small function in its own file. To add a rule,
 * write `checks/<rule>.ts` exporting a Check and list it here; runChecks() runs them all, so an
 * author sees every problem of the site in one round.
 */
import { locateProblems, type ContentProblem } from '../problems.ts';
import { publishedPages } from '../published.ts';
import type { CheckContext, Check } from './context.ts';
import { themeFolders } from './themes.ts';
import { noteLocation } from './note-location.ts';
import { claimPlacement } from './claim-placement.ts';
import { claimIds } from './claim-ids.ts';
import { noteSources } from './sources.ts';
import { noteTerms } from './terms.ts';
import { glossaryEntries } from './glossary.ts';
import { noteComponents } from './components.ts';
import { mathFormulas } from './math.ts';
import { headingIds } from './heading-ids.ts';
import { unsafeMarkup } from './unsafe-markup.ts';
import { linksLand } from './links.ts';
import { movedFrom } from './moved-from.ts';
import { uniquePageIds } from './page-ids.ts';
import { permalinksLand } from './permalinks.ts';
import { claimVersionsRecorded } from './claim-versions.ts';
import { chartData } from './charts.ts';

export const CHECKS: Check[] = [
  themeFolders,
  noteLocation,
  claimPlacement,
  claimIds,
  noteSources,
  noteTerms,
  glossaryEntries,
  noteComponents,
  mathFormulas,
  headingIds,
  unsafeMarkup,
  linksLand,
  movedFrom,
  uniquePageIds,
  permalinksLand,
  claimVersionsRecorded,
  chartData,
];

/**
 * Runs every check; problems come back located (frontmatter lines filled in), the leading ones
 * (lost permalinks, whose fix may fix the rest) first, then by file. Warnings are among them
 * (`severity: 'warning'`): the caller prints them and fails only on errors.
 */
export function runChecks(
  context: Omit<CheckContext, 'pages'>,
  read?: (file: string) => string,
): ContentProblem[] {
  const full = { ...context, pages: publishedPages(context.model, context.lock) };
  const problems = CHECKS.flatMap((check) => check(full));
  const rank = (p: ContentProblem) => (p.lead ? 0 : 1);
  // A stable sort keeps each file's problems in the order the checks found them.
  return locateProblems(problems, read).sort(
    (a, b) => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
}
