import { toDateFormat } from '../_lib/input.js';
import { INVISIBLE_CHAR, MARK_CHAR } from '../_lib/regexes.js';
import { isWhiteSpace } from '../address/chars.js';
import type { Locale, MessageContext } from './types.js';

export type { MessageContext } from './types.js';

const QUOTES: Readonly<Record<Locale, readonly [string, string]>> = {
  en: ['“', '”'],
  fr: ['«\u00a0', '\u00a0»'],
  de: ['„', '“'],
  it: ['«', '»'],
  es: ['«', '»'],
};

/** Bytes, the binary units, and last the singular of bytes. */
const UNITS: Readonly<Record<Locale, readonly [string, string, string, string, string]>> = {
  en: ['bytes', 'KiB', 'MiB', 'GiB', 'byte'],
  fr: ['octets', 'Ko', 'Mo', 'Go', 'octet'],
  de: ['Byte', 'KiB', 'MiB', 'GiB', 'Byte'],
  it: ['byte', 'KiB', 'MiB', 'GiB', 'byte'],
  es: ['bytes', 'KiB', 'MiB', 'GiB', 'byte'],
};

/** A date and time in `timeZone`, or a {@link PolicyInputError} when `Intl` does not know it. */
function dateFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  return toDateFormat(
    locale,
    {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      // "8:00 AM" in English; the other four write the hour with two digits ("08:00").
      hour: locale === 'en' ? 'numeric' : '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone,
    },
    'an IANA time zone such as "Europe/Zurich", or undefined',
  );
}

/**
 * @internal Whether a whole `count` takes the singular in `locale`: one, and in French zero too
 * (`0 octet`, `0 message`), as CLDR's plural rules say of whole numbers in the five languages.
 */
export function isSingular(count: number, locale: Locale): boolean {
  return count === 1 || (count === 0 && locale === 'fr');
}

/** The number formats made so far, by language and most fraction digits: see {@link numbers}. */
const NUMBERS: Record<string, Intl.NumberFormat> = {};

/**
 * A language's number format with at most `digits` fraction digits (3 is `Intl`'s default).
 * Kept for the process, as making one costs 20–50 µs, more than writing a whole message:
 * `formatFolderAdvice`, which made its own at each call, took 47 µs a call, and 2 µs with these
 * (`node bench/messages.mjs`).
 */
function numbers(locale: Locale, digits: number): Intl.NumberFormat {
  // biome-ignore lint/suspicious/noAssignInExpressions: the shortest form of make-once (bytes count here)
  return (NUMBERS[locale + digits] ??= new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
  }));
}

/**
 * @internal Formatting helpers for `locale`, built on `Intl`, dates in `timeZone` (default the
 * provider's, Europe/Zurich). The `Intl` formats are made when a message first needs them: the
 * first one a process makes costs about 13 ms (the platform loads its locale data), and most
 * address messages need none. The number formats are kept for the process, one set per
 * language, shared by every context (see {@link numbers}). A time zone that is given is checked at once.
 *
 * @throws {PolicyInputError} for a `timeZone` that is not a time zone `Intl` knows
 */
export function messageContext(locale: Locale, timeZone?: string): MessageContext {
  let dateTime = timeZone === undefined ? undefined : dateFormat(locale, timeZone);
  const units = UNITS[locale];
  return {
    count: (value) => numbers(locale, 3).format(value), // counts are whole numbers
    bytes: (value) => {
      let unit = 0;
      let scaled = value;
      while (scaled >= 1024 && unit < 3) {
        scaled /= 1024;
        unit++;
      }
      // `1 byte`, and in French `0 octet`: the singular, last in the table.
      return `${numbers(locale, 1).format(scaled)}\u00a0${units[isSingular(value, locale) ? 4 : unit]}`;
    },
    date: (value) => {
      dateTime ??= dateFormat(locale, 'Europe/Zurich');
      return dateTime.format(value);
    },
    char: (value) => {
      const point = value.codePointAt(0) ?? 0;
      const code = `U+${point.toString(16).toUpperCase().padStart(4, '0')}`;
      const [open, close] = QUOTES[locale];
      // A combining mark is shown on a dotted circle, as Unicode's charts show it: “◌̈”.
      if (MARK_CHAR.test(value)) return `${open}\u25cc${value}${close} (${code})`;
      // Controls, the space and the other characters nobody sees go by code.
      if (INVISIBLE_CHAR.test(value)) return code;
      return point < 128 ? `${open}${value}${close}` : `${open}${value}${close} (${code})`;
    },
    space: (value) => isWhiteSpace(value.charCodeAt(0)),
  };
}
