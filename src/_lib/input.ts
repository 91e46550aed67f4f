import { PolicyInputError } from './errors.js';
import { DAY_MS } from './units.js';

/** A moment in time: a `Date`, or epoch milliseconds (an integer, as `Date.getTime()` gives). */
export type Instant = Date | number;

/**
 * @internal A parameter's name, or a function that builds it: hot loops pass a function so
 * that a name such as `history[41].at` is only built when an error is thrown.
 */
export type ParameterName = string | (() => string);

/** @internal The name a {@link ParameterName} stands for. */
export const nameOf = (parameter: ParameterName): string =>
  typeof parameter === 'function' ? parameter() : parameter;

/** @internal The range of instants a `Date` can hold (±8.64e15 ms around the epoch). */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * @internal Reads an {@link Instant} as epoch milliseconds, or throws a
 * {@link PolicyInputError} naming `parameter`. `later` and `earlier`: how far after and before
 * it the answer reaches (a purge 30 days on, the end of a send's 24 hours, the backups of the
 * days around it): an instant so close to an end of the range a `Date` holds that the answer
 * would fall outside it is refused, rather than answered with an Invalid Date.
 */
export function toEpochMs(
  value: unknown,
  parameter: ParameterName,
  later = 0,
  earlier = 0,
): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms > MAX_EPOCH_MS || ms < -MAX_EPOCH_MS) {
    throw new PolicyInputError(
      nameOf(parameter),
      'a valid Date or an integer number of epoch milliseconds',
      value,
    );
  }
  if (ms > MAX_EPOCH_MS - later) throw tooLate(parameter, value, inWords(later));
  if (ms < earlier - MAX_EPOCH_MS) {
    throw new PolicyInputError(
      nameOf(parameter),
      `an instant at least ${inWords(earlier)} after the start of the Date range (-271821-04-20T00:00:00.000Z)`,
      value,
    );
  }
  return ms;
}

/** A duration of whole days in words: `30 days`, `24 hours`. */
const inWords = (ms: number) => (ms > DAY_MS ? `${ms / DAY_MS} days` : '24 hours');

/**
 * @internal The error for an instant whose answer, `span` after it, would fall past the last
 * instant a `Date` holds.
 */
export function tooLate(parameter: ParameterName, value: unknown, span: string): PolicyInputError {
  return new PolicyInputError(
    nameOf(parameter),
    `an instant at least ${span} before the end of the Date range (+275760-09-13T00:00:00.000Z)`,
    value,
  );
}

/**
 * @internal Checks that `value` is a whole number ≥ `min` (a count, a size in bytes…), or
 * throws a {@link PolicyInputError} naming `parameter`.
 */
export function toCount(value: unknown, parameter: ParameterName, min = 0): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new PolicyInputError(
      nameOf(parameter),
      min === 0 ? 'a non-negative integer' : `an integer ≥ ${min}`,
      value,
    );
  }
  return value;
}

/**
 * @internal `value` as a record, or a {@link PolicyInputError} naming `parameter`: for the
 * input objects of the public functions.
 */
export function toObject(
  value: unknown,
  parameter: string,
  expected = 'an object',
): Record<string, unknown> {
  if (!isObject(value)) throw new PolicyInputError(parameter, expected, value);
  return value;
}

/**
 * @internal The options object of a public function: `{}` when absent, or a
 * {@link PolicyInputError} naming `parameter` when it is not an object.
 */
export function toOptions(value: unknown, parameter = 'options'): Record<string, unknown> {
  return value === undefined ? {} : toObject(value, parameter, 'an object or undefined');
}

/**
 * @internal An `Intl` date format, or a {@link PolicyInputError} naming `options.timeZone` when
 * it is not a time zone `Intl` knows (`Intl` throws a RangeError that names nothing). Only a
 * string is tried: `Intl` would read any other value through `String()`, so
 * `{ toString: () => 'UTC' }` would pass for one.
 */
export function toDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  expected: string,
): Intl.DateTimeFormat {
  if (typeof options.timeZone === 'string') {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      // not a time zone `Intl` knows
    }
  }
  throw new PolicyInputError('options.timeZone', expected, options.timeZone);
}

/** @internal `true` for a non-null object (arrays included). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** @internal `true` for an object that can be iterated (an array, a Set, a generator…). */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return isObject(value) && typeof value[Symbol.iterator as never] === 'function';
}

/** @internal Own-property lookup that never reaches `Object.prototype`. */
export function hasOwn<K extends string>(
  table: { readonly [P in K]: unknown },
  key: unknown,
): key is K {
  return typeof key === 'string' && Object.hasOwn(table, key);
}

/**
 * @internal `texts[locale]`, the sentences of one language, or a {@link PolicyInputError}
 * naming `locale` for a language the table does not hold (the formatters' common check).
 */
export function textsFor<L extends string, T>(texts: { readonly [P in L]: T }, locale: unknown): T {
  if (!hasOwn(texts, locale))
    throw new PolicyInputError('locale', 'one of en, fr, de, it, es', locale);
  return texts[locale];
}

/**
 * @internal The sentences of the `codes` a table holds, in order (a code it does not hold is
 * left out): the remedies, reasons and warnings of the formatters of advice and diagnoses.
 */
export function sentences<Code extends string>(
  table: Readonly<Record<Code, string>>,
  codes: readonly unknown[],
): string[] {
  const out: string[] = [];
  for (const code of codes) if (hasOwn(table, code)) out.push(table[code as Code]);
  return out;
}
