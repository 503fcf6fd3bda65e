/** A share computed from fewer persons than this is marked as a small count wherever it appears. */
export const SMALL_COUNT = 30;

/** A 95% interval, in percent. */
export interface Interval {
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/**
 * The 95% Wilson score interval of a share of `successes` among `n` persons, in percent. It
 * shows how much a share based on few persons could differ by chance; it says nothing about
 * differences in how States count.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (!(n > 0) || successes < 0 || successes > n) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: 100 * Math.max(0, centre - half), high: 100 * Math.min(1, centre + half) };
}

export function isSmallCount(n: number | null | undefined): boolean {
  return n !== null && n !== undefined && n < SMALL_COUNT;
}

/**
 * The item whose interval lies entirely above (or below) the interval of every other item, or
 * null: only such an item may be called "the highest" (or "the lowest").
 */
export function clearlyExtreme<T>(
  items: T[],
  interval: (item: T) => Interval | null,
  direction: 'highest' | 'lowest',
): T | null {
  const withInterval = items
    .map((item) => ({ item, i: interval(item) }))
    .filter((x): x is { item: T; i: Interval } => x.i !== null);
  if (withInterval.length < 2) return null;
  for (const candidate of withInterval) {
    const others = withInterval.filter((o) => o !== candidate);
    const separated =
      direction === 'highest'
        ? others.every((o) => candidate.i.low > o.i.high)
        : others.every((o) => candidate.i.high < o.i.low);
    if (separated) return candidate.item;
  }
  return null;
}
