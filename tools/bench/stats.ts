/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each turn's ratio of one variant's time to the other's, in run order: how much the ratio itself moves. */
export function pairedRatios(ours: number[], floor: number[]): number[] {
  return ours.map((s, i) => Number((s / floor[i]!).toFixed(2)));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
