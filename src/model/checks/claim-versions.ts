import {
  changedFields,
  contentOf,
  historyKey,
  type RecordedVersion,
} from '../../lib/claim-versions.ts';
import type { ContentProblem } from '../problems.ts';
import type { Claim } from '../types.ts';
import type { Check } from './context.ts';

const NAMES = { text: 'text', status: 'status', reason: 'reason', source: 'deciding source' };
/** Where each recorded field stands in a claim's frontmatter. */
const FIELD_PATH = {
  text: ['text'],
  status: ['status'],
  reason: ['reason'],
  source: ['sources', 0],
};

/**
 * A published claim says what its last recorded version says (content/claim-versions.lock.json):
 * an edit to its text, status, reason or deciding source must be recorded as a new version, or
 * a link to the old one could no longer tell its reader what changed. While recording
 * (`npm run permalinks`), a claim named as a minor edit must have changed, and not its status.
 */
export const claimVersionsRecorded: Check = ({ model, history, recording, files }) => {
  if (!history) return [];
  const problems: ContentProblem[] = [];
  const changed = new Map<string, Array<keyof typeof NAMES>>();
  for (const claim of model.claims.values()) {
    const last = history.claims[historyKey(history, claim)]?.at(-1);
    const fields = last ? changedFields(last, contentOf(claim)) : [];
    if (!last || !fields.length) continue;
    changed.set(claim.id, fields);
    if (!recording) problems.push(unrecorded(claim, last, fields, files.history));
  }
  for (const id of recording?.minor ?? []) {
    const claim = model.claims.get(id);
    const fields = changed.get(id);
    const problem =
      !claim || !fields
        ? `--minor ${id} names no claim with an unrecorded edit`
        : fields.includes('status')
          ? `the status of claim "${id}" changed, and a change of status is never a minor edit`
          : undefined;
    if (problem)
      problems.push({
        file: claim?.note.filePath ?? files.history,
        problem,
        fix: fields
          ? `record it without --minor, so readers of older links are told`
          : `name a claim whose text, reason or deciding source you edited: ${[...changed.keys()].join(', ') || 'none has changed'}`,
      });
  }
  return problems;
};

function unrecorded(
  claim: Claim,
  last: RecordedVersion,
  fields: Array<keyof typeof NAMES>,
  file: string,
): ContentProblem {
  const index = claim.note.claims.findIndex((c) => c.id === claim.id);
  const first = fields[0]!;
  const was = first === 'source' ? `${last.source.source} at ${last.source.at}` : last[first];
  return {
    file: claim.note.filePath,
    fieldPath: ['claims', index, ...FIELD_PATH[first]],
    field: `claims → "${claim.id}" ${fields.map((f) => NAMES[f]).join(', ')}`,
    problem: `claim "${claim.id}" was published as version ${last.version} (${file}) and its ${fields.map((f) => NAMES[f]).join(' and ')} changed without a record of the new version, so a link to version ${last.version} could not show what changed`,
    fix: `run npm run permalinks to record version ${last.version + 1} (links to version ${last.version} then show what changed); if the edit does not change what the claim says (wording, typography), run npm run permalinks -- --minor ${claim.id}; or restore the ${NAMES[first]} of version ${last.version}: "${was}"`,
  };
}
