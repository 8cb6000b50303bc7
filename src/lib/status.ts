import type { ClaimStatus } from '../schemas/claim.ts';

const LABELS: Record<ClaimStatus, string> = {
  supported: 'Supported',
  nuanced: 'Nuanced',
  overstated: 'Overstated',
  unconfirmed: 'Unconfirmed',
};

/** The word a reader sees for a claim's status. */
export function statusLabel(status: ClaimStatus): string {
  return LABELS[status];
}
