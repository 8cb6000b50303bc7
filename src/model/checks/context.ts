import type { PermalinkLock } from '../../lib/permalinks.ts';
import type { ClaimHistory } from '../../lib/claim-versions.ts';
import type { SitePath } from '../../lib/urls.ts';
import type { ContentProblem } from '../problems.ts';
import type { PublishedPage } from '../published.ts';
import type { Model, ModelInput } from '../types.ts';

/** What a check looks at: the inputs as written (drafts and misplaced notes included), the model, and the pages it publishes. */
export interface CheckContext {
  input: ModelInput;
  model: Model;
  pages: Map<SitePath, PublishedPage>;
  /** The permalink lock, when the build checks it (not in `astro dev`). */
  lock?: PermalinkLock;
  /** The claims' version record, when the build checks it (not in `astro dev`). */
  history?: ClaimHistory;
  /** Set by `npm run permalinks`, which records new versions instead of refusing them. */
  recording?: { minor: string[] };
  /** Where the glossary, sources and records live, for messages. */
  files: { glossary: string; sources: string; lock: string; history: string };
}

/** One rule: returns the problems it finds, never throws. */
export type Check = (context: CheckContext) => ContentProblem[];

/** A short list of examples for a fix: `a, b, c, …`. */
export const examples = (values: Iterable<string>, count = 5): string => {
  const list = [...values];
  return list.length > count ? `${list.slice(0, count).join(', ')}, …` : list.join(', ');
};
