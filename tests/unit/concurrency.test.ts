import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/lib/concurrency.ts';

describe('mapLimited', () => {
  it('keeps the order of the input whatever order the work finishes in', async () => {
    const delays = [30, 5, 20, 1, 10];
    const out = await mapLimited(
      delays,
      2,
      (ms, i) => new Promise<string>((done) => setTimeout(() => done(`${i}:${ms}`), ms)),
    );
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
  });

  it.each([1, 3, 8])('never has more than %i calls in flight', async (limit) => {
    let inFlight = 0;
    let most = 0;
    await mapLimited(
      Array.from({ length: 20 }, (_, i) => i),
      limit,
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((done) => setTimeout(done, 1));
        inFlight--;
      },
    );
    expect(most).toBe(limit);
  });

  it('handles an empty list and rejects when a call fails', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
    await expect(
      mapLimited([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).rejects.toThrow('two');
  });
});
