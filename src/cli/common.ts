import { describeValue } from '../_lib/errors.js';
import { MAX_EPOCH_MS, toDateFormat } from '../_lib/input.js';
import { DIGITS, ISO_DATE } from '../_lib/regexes.js';
import { offsetAt, wallClockInstant } from '../retention/backups.js';
/** What the program talks to; the tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A file's text; `-` is standard input. */
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

/**
 * A flag's value refused, in the words a `PolicyInputError` uses, the value quoted so that an
 * empty one shows: `--lang: expected one of en, fr, de, it, es; received "pt"`.
 */
export function badValue(flag: string, expected: string, value: string): UsageError {
  return new UsageError(`${flag}: expected ${expected}; received ${describeValue(value)}`);
}

/**
 * The whole text of `path` (`-`: standard input), or a usage error that says `failure` and
 * why: `--history: cannot read sent.jsonl: ENOENT…`.
 */
export async function readText(io: CliIo, path: string, failure: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new UsageError(`${failure}: ${(error as Error).message}`);
  }
}

/** Standard input, whole (what `-` names); a usage error when it cannot be read. */
export function readStandardInput(io: CliIo): Promise<string> {
  return readText(io, '-', 'cannot read standard input');
}

/**
 * A count given to `flag` (`--recipients`, `--devices`, `--messages`): digits only, at least
 * `min`; when absent, `undefined`, or a usage error when it is `required`.
 */
export function readCount(
  value: string | undefined,
  flag: string,
  required: boolean,
  min: 0 | 1 = 0,
): number | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`${flag} is required`);
    return undefined;
  }
  // Digits only, and no more than a number holds exactly (`99999999999999999999` is not 1e20).
  const count = Number(value);
  if (!DIGITS.test(value) || !Number.isSafeInteger(count) || count < min)
    throw badValue(flag, min === 0 ? 'a non-negative integer' : 'a positive integer', value);
  return count;
}

/**
 * `--tz`: an IANA time zone `Intl` knows (`Europe/Zurich`; `Intl` takes any case), or
 * `undefined` when absent: instants are then written in UTC and read, without an offset, as
 * ECMAScript reads them (see {@link parseIsoDate}).
 */
export function readTimeZone(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const expected = 'an IANA time zone such as Europe/Zurich';
  try {
    // The library's own check of a zone, which the backup schedule and the messages make.
    toDateFormat('en', { timeZone: value }, expected);
  } catch {
    throw badValue('--tz', expected, value);
  }
  return value;
}

/**
 * `date` in ISO 8601 form: in UTC (`2026-03-10T04:00:00.000Z`) without a time zone, else with
 * the zone's offset (`2026-03-10T05:00:00.000+01:00`; `+00:34:08` where an offset has seconds,
 * as the local mean times before the zones had hours). A date whose wall clock falls past an
 * end of the range of a `Date` stays in UTC.
 */
export function isoInstant(date: Date, timeZone: string | undefined): string {
  if (timeZone === undefined) return date.toISOString();
  const time = date.getTime();
  const offset = offsetAt(timeZone, time) / 1000;
  const wall = time + offset * 1000;
  if (Math.abs(wall) > MAX_EPOCH_MS) return date.toISOString();
  const size = Math.abs(offset);
  const two = (value: number) => String(Math.floor(value)).padStart(2, '0');
  const seconds = size % 60 === 0 ? '' : `:${two(size % 60)}`;
  const sign = offset < 0 ? '-' : '+';
  const clock = new Date(wall).toISOString().slice(0, -1);
  return `${clock}${sign}${two(size / 3600)}:${two((size % 3600) / 60)}${seconds}`;
}

/**
 * An ISO date given to `flag`; when absent, `fallback()` (the clock) or a usage error. With a
 * `timeZone`, a date or time without an offset is read on that zone's clock.
 */
export function readDate(
  value: string | undefined,
  flag: string,
  fallback?: () => Date,
  timeZone?: string,
): Date {
  if (value === undefined) {
    if (fallback) return fallback();
    throw new UsageError(`${flag} is required`);
  }
  const time = parseIsoDate(value, timeZone);
  if (Number.isNaN(time))
    throw badValue(flag, 'an ISO 8601 date such as 2026-03-01T12:00:00Z', value);
  return new Date(time);
}

/**
 * Epoch milliseconds of an ISO 8601 date, or `NaN` for anything else. `new Date(text)` read
 * far more, and silently: `1/3/2026` as 3 January, `2026-02-30` as 2 March, `1` as the year
 * 2001. As ECMAScript reads ISO dates, a date alone is midnight UTC and a time without `Z` or
 * an offset is local time; with a `timeZone` (`--tz`), both are read on that zone's clock.
 */
export function parseIsoDate(text: string, timeZone?: string): number {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return Number.NaN;
  const [, year, month, day, hours, minutes, seconds, fraction, zone] = match;
  // Read on `timeZone`'s clock: its fields are set as UTC's, then moved by the zone's offset.
  const onClock = timeZone !== undefined && zone === undefined;
  const fields = [
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    Number(seconds ?? 0),
    Math.floor(Number(`0.${fraction ?? 0}`) * 1000),
  ] as const;
  // Set field by field: Date.UTC and new Date(y, …) read the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  const utc = hours === undefined || zone !== undefined || onClock;
  if (utc) {
    date.setUTCFullYear(fields[0], fields[1], fields[2]);
    date.setUTCHours(fields[3], fields[4], fields[5], fields[6]);
  } else {
    date.setFullYear(fields[0], fields[1], fields[2]);
    date.setHours(fields[3], fields[4], fields[5], fields[6]);
  }
  // A day or a time that does not exist (30 February, 24:00, 12:60) rolls over into the next
  // minute, hour or day: refuse it. (The hour is not compared: past 23 the day changes, and a
  // local time in a daylight-saving gap is moved an hour on, as ECMAScript moves it.)
  const read = utc
    ? [
        date.getUTCFullYear(),
        date.getUTCMonth(),
        date.getUTCDate(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
      ]
    : [date.getFullYear(), date.getMonth(), date.getDate(), date.getMinutes(), date.getSeconds()];
  const asked = [fields[0], fields[1], fields[2], fields[4], fields[5]];
  if (read.some((value, index) => value !== asked[index])) return Number.NaN;
  if (onClock) {
    const time = wallClockInstant(date.getTime(), timeZone);
    return Math.abs(time) <= MAX_EPOCH_MS ? time : Number.NaN;
  }
  if (zone === undefined) return date.getTime();
  const offset = zone.replaceAll(':', ''); // `Z` has no digits: an offset of 0
  const sign = offset[0] === '-' ? -1 : 1;
  // Hours, minutes, and seconds (0 when there are none).
  const [hh, mm, ss] = [1, 3, 5].map((at) => Number(offset.slice(at, at + 2))) as [
    number,
    number,
    number,
  ];
  if (hh > 23 || mm > 59 || ss > 59) return Number.NaN;
  return date.getTime() - sign * ((hh * 60 + mm) * 60 + ss) * 1000;
}
