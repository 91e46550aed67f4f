import type { StudentIssue } from '../account/account.js';
import type { AddressIssue } from '../address/validateAddress.js';
import type { Finding } from '../connection/checkClientSettings.js';
import type { AddressLimitReachedIssue } from '../offers/canAddAddress.js';
import type { RecoveryIssue } from '../retention/backups.js';
import type { SendIssue } from '../sending/types.js';
import type { StorageFullIssue } from '../storage/checkStorage.js';

/** Every issue the library reports: a discriminated union on `code`. */
export type Issue =
  | SendIssue
  | StorageFullIssue
  | AddressLimitReachedIssue
  | AddressIssue
  | Finding
  | RecoveryIssue
  | StudentIssue;

/** The stable kebab-case codes of {@link Issue}. */
export type IssueCode = Issue['code'];

/** The languages messages are written in. */
export type Locale = 'en' | 'fr' | 'de' | 'it' | 'es';

/** Options of `formatIssue`. */
export interface FormatOptions {
  /** Time zone for dates in messages (such as `retryAt`). Default: the provider's, `'Europe/Zurich'`. */
  readonly timeZone?: string | undefined;
}

/** Formatting helpers bound to one locale, handed to every message function. */
export interface MessageContext {
  /** A count, with the locale's digit grouping. */
  readonly count: (value: number) => string;
  /** A size in bytes, in the locale's binary units (KiB/MiB/GiB, or Ko/Mo/Go in French). */
  readonly bytes: (value: number) => string;
  /** A date and time in the chosen time zone. */
  readonly date: (value: Date) => string;
  /** A character between the locale's quotes, with its code point when it is not ASCII; invisible ones as `U+XXXX`. */
  readonly char: (value: string) => string;
  /**
   * Whether a character is white space (the space, a tab, a line break, a Unicode space such as
   * U+00A0): a message may say "spaces" in words rather than show a code point.
   */
  readonly space: (value: string) => boolean;
}

/**
 * One locale's messages: a pure function per issue code. The mapped type makes a missing
 * translation a compile error.
 */
export type Messages = {
  readonly [C in IssueCode]: (issue: Extract<Issue, { code: C }>, format: MessageContext) => string;
};

/**
 * One locale's messages for the address issues alone (the codes of `AddressIssue`): what a
 * sign-up form needs. Every `Messages` object is one too.
 */
export type AddressMessages = Pick<Messages, AddressIssue['code']>;
