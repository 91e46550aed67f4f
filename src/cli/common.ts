/** What the program talks to; the tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  /** The clock, read only when `--now` is absent (the library itself never reads it). */
  readonly now: () => Date;
}

/** Exit codes: 0 ok, 1 a policy refusal, 2 bad input. */
export const EXIT = { ok: 0, refused: 1, badInput: 2 } as const;

/** Bad command-line input: printed on one line, exit code 2. */
export class UsageError extends Error {}

/** An ISO date given to `flag`; when absent, `fallback()` (the clock) or a usage error. */
export function readDate(value: string | undefined, flag: string, fallback?: () => Date): Date {
  if (value === undefined) {
    if (fallback) return fallback();
    throw new UsageError(`${flag} is required`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`${flag}: expected an ISO date; received ${value}`);
  return date;
}
