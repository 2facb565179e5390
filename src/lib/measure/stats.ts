/**
 * The two aggregates the figures use. The median is the middle value, or the mean of the two middle values
 * when there is an even number; the 90th percentile uses the nearest-rank method: the smallest value with at
 * least 90 % of the values at or below it, always a value that occurred. Pure TS.
 */

/** The numbers as an ascending copy. */
export function sortNumbers(values: number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** The median of ascending values; null when there are none. */
export function median(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0 < p ≤ 100) of ascending values by nearest rank: the value at rank ⌈p/100 × n⌉; null when there are none. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sorted[Math.min(n, rank) - 1] as number;
}
