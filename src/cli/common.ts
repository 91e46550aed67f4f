/** What the program talks to; the tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
  /** The clock, read only when `--now` is absent (the library itself never reads it). */
  readonly now: () => Date;
  /** Whether to colour the verdicts (see {@link wantsColor}); off when absent. */
  readonly color?: boolean;
}

/**
 * Whether to colour: only on a terminal, and never when `NO_COLOR` is set to a non-empty value
 * (https://no-color.org); `FORCE_COLOR` (not `0`) colours even through a pipe.
 */
export function wantsColor(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  return isTTY === true && env.TERM !== 'dumb';
}

const SGR = { ok: 32, refused: 31 } as const;

/** `text` in green (`ok`) or red (`refused`) when the program colours, as is otherwise. */
export function paint(io: CliIo, tone: keyof typeof SGR, text: string): string {
  return io.color === true ? `\x1b[${SGR[tone]}m${text}\x1b[39m` : text;
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
