/**
 * Maps over a list with at most `limit` calls in flight, keeping the order. Reading or writing
 * thousands of files with one Promise.all opens them all at once and fails with EMFILE past the
 * open-file limit (1,024 on many systems; a 5,000-note site has over 20,000 pages).
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
