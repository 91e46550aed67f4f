import { DAY_MS } from '../_lib/units.js';

/**
 * The length of the rolling window of R-SEND-1: 24 hours of absolute time.
 *
 * An event stamped `e` counts at time `t` when `e > t − SEND_WINDOW_MS`: it stops counting
 * exactly 24 h after it was sent, and an event stamped in the future (clock skew) counts.
 *
 * @example
 * ```ts
 * SEND_WINDOW_MS; // 86400000
 * ```
 * @see R-SEND-1
 */
export const SEND_WINDOW_MS = DAY_MS;

/** @internal Whether an event stamped `eventMs` counts at `nowMs`. */
export function countsAt(eventMs: number, nowMs: number): boolean {
  return eventMs > nowMs - SEND_WINDOW_MS;
}

/**
 * @internal The weight that must leave the window before `weight` more fits under `limit`,
 * given `used` now: 0 when it fits already.
 */
export function excessWeight(used: number, weight: number, limit: number): number {
  return Math.max(0, used + weight - limit);
}

/**
 * @internal `retryAt` from the events counted at `nowMs`, in any order: the instant the oldest
 * of them, dropping out of the window one after the other, free enough room. O(m log m).
 */
export function retryFromCounted(
  countedAt: readonly number[],
  countedWeight: readonly number[],
  nowMs: number,
  used: number,
  weight: number,
  limit: number,
): number | null {
  if (weight > limit) return null;
  const excess = excessWeight(used, weight, limit);
  if (excess === 0) return nowMs;
  const order = Array.from(countedAt.keys()).sort(
    (a, b) => (countedAt[a] as number) - (countedAt[b] as number),
  );
  let freed = 0;
  for (const index of order) {
    freed += countedWeight[index] as number;
    if (freed >= excess) return (countedAt[index] as number) + SEND_WINDOW_MS;
  }
  /* c8 ignore next */
  return null; // unreachable: used ≥ excess whenever weight ≤ limit
}
