import type { ContentProblem } from '../problems.ts';
import type { Check } from './context.ts';

/** Claim ids, and the old ids claims keep as aliases, are unique across the site. */
export const claimIds: Check = ({ input }) => {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, { file: string; claim: string }>();
  for (const note of [...input.notes].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = note.filePath;
    note.data.claims.forEach((claim, i) => {
      claim.aliases.forEach((old, j) => {
        const taken = owners.get(old);
        if (taken)
          problems.push({
            file,
            fieldPath: ['claims', i, 'aliases', j],
            field: `claims → "${claim.id}" → aliases`,
            problem: `"${old}" is already the id or an old id of a claim in ${taken.file}`,
            fix: 'an old id can lead to one claim only; remove it from one of them',
          });
        else owners.set(old, { file, claim: claim.id });
      });
    });
    note.data.claims.forEach((claim, i) => {
      const owner = owners.get(claim.id);
      if (owner && !(owner.file === file && owner.claim === claim.id)) {
        problems.push({
          file,
          fieldPath: ['claims', i, 'id'],
          field: `claims → id "${claim.id}"`,
          problem: `claim id "${claim.id}" is declared in both ${owner.file} and ${file}; claim ids are unique across the site`,
          fix: 'give one of them a new id (if the old one was ever published, keep it where readers will look for it)',
        });
      } else owners.set(claim.id, { file, claim: claim.id });
    });
  }
  return problems;
};
