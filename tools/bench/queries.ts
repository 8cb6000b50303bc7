/**
 * The queries the bench types into the real site's search, in order: `[0]` is the first query of
 * a session, the rest are timed from last keystroke to results. The bench's own list, not read
 * from the relevance set (tests/search/queries.json): that set grows whenever a search
 * disappoints, and each change would move the bench's search timings, so runs from different
 * days would no longer compare. Copied from it once (its 40 queries as of this file's creation);
 * change it on purpose, and say so next to the results.
 */
export const REAL_SITE_QUERIES: readonly string[] = [
  'Chinchilla',
  '405B',
  'GAIA',
  'Toolformer',
  'FP8',
  'MoE',
  'Kaplan',
  'contamination',
  'RLHF',
  'BF16',
  'GQA',
  'Maverick',
  'Goodhart',
  'DistilRoberta',
  'June',
  'model as a judge',
  'reward model',
  'human evaluation prompts',
  'tokens per parameter',
  'data mix',
  'training stability',
  'open model comparable to GPT-4',
  'win rate',
  'over-train',
  'synthetic',
  'quantiz',
  'contam',
  'mixture of experts',
  'low quality text on the web',
  'Llama as a classifier',
  'overfitting benchmark scores',
  'agents need intelligence',
  'community hardware',
  'inference cost',
  'transformer flexibility',
  'evaluation is hard',
  'human written answers',
  'architecture unchanged from Llama 2',
  'instruction following',
  'Llama 4 agents focus',
];
