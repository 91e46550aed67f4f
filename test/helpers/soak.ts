/**
 * A soak: `FC_RUNS=3000 npx vitest run` runs every property test ten times as often as
 * `npm test` does (`FC_SEED` picks other inputs), with no time-out, as one property may then
 * run for minutes.
 */

/** The runs a property test makes unless it says otherwise (fast-check's global setting). */
export const DEFAULT_RUNS = 300;

/** Whether this run is a soak (`FC_RUNS` set). */
export const soaking: boolean = process.env.FC_RUNS !== undefined;

/** The runs of a soak, or {@link DEFAULT_RUNS}. */
export const globalRuns: number = Number(process.env.FC_RUNS ?? DEFAULT_RUNS);

/**
 * `base` runs for a property test that sets its own count, scaled as `FC_RUNS` scales the
 * default, so that a soak reaches it too (never fewer than `base`).
 */
export function runs(base: number): number {
  return Math.round(base * Math.max(1, globalRuns / DEFAULT_RUNS));
}

/** A test's own time-out in milliseconds, or none in a soak. */
export function timeout(ms: number): number {
  return soaking ? 0 : ms;
}
