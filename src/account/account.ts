import { PolicyInputError } from '../_lib/errors.js';
import { type Instant, isObject, toEpochMs, tooLate } from '../_lib/input.js';
import { COUNTRY_CODE } from '../_lib/regexes.js';
import { DAY_MS } from '../_lib/units.js';

/**
 * An invitation link to use an address is valid 30 days (30 × 24 h).
 *
 * @example
 * ```ts
 * INVITATION_VALID_DAYS; // 30
 * ```
 * @see R-INV-1
 */
export const INVITATION_VALID_DAYS = 30;
/**
 * Access granted to support expires by itself after 7 days (7 × 24 h).
 *
 * @example
 * ```ts
 * SUPPORT_ACCESS_DAYS; // 7
 * ```
 * @see R-SUP-1
 */
export const SUPPORT_ACCESS_DAYS = 7;

/**
 * When an invitation to use an address expires: 30 × 24 hours after it was sent (R-INV-1).
 *
 * @throws {PolicyInputError} for an invalid date, or one less than 30 days before the end of the
 *   range a `Date` holds
 * @example
 * ```ts
 * invitationExpiresAt(new Date('2026-03-01T09:00:00Z')); // 2026-03-31T09:00:00.000Z
 * ```
 * @see R-INV-1
 */
export function invitationExpiresAt(sentAt: Instant): Date {
  const later = INVITATION_VALID_DAYS * DAY_MS;
  return new Date(toEpochMs(sentAt, 'sentAt', later) + later);
}

/**
 * When access granted to support ends by itself: 7 × 24 hours after it was granted (R-SUP-1);
 * it can be revoked earlier at any time.
 *
 * @throws {PolicyInputError} for an invalid date, or one less than 7 days before the end of the
 *   range a `Date` holds
 * @example
 * ```ts
 * supportAccessExpiresAt(new Date('2026-03-01T09:00:00Z')); // 2026-03-08T09:00:00.000Z
 * ```
 * @see R-SUP-1
 */
export function supportAccessExpiresAt(grantedAt: Instant): Date {
  const later = SUPPORT_ACCESS_DAYS * DAY_MS;
  return new Date(toEpochMs(grantedAt, 'grantedAt', later) + later);
}

/**
 * R-STU-1: the countries of the student programme, as ISO 3166-1 alpha-2 codes: Switzerland,
 * France, Belgium, Germany, Italy, Austria, Spain, Canada.
 *
 * @example
 * ```ts
 * STUDENT_COUNTRIES.includes('CH'); // true
 * ```
 * @see R-STU-1
 */
export const STUDENT_COUNTRIES = ['CH', 'FR', 'BE', 'DE', 'IT', 'AT', 'ES', 'CA'] as const;

/** The proofs the programme asks for. */
export type StudentDocument =
  | 'student-card'
  | 'school-certificate'
  | 'identity-card'
  | 'student-email';

/** Why a student application is refused (R-STU-1). */
export type StudentIssue =
  | {
      readonly code: 'country-not-eligible';
      readonly rule: 'R-STU-1';
      /** The code given, trimmed and upper-cased (`' us '` → `'US'`); `''` when none was chosen. */
      readonly country: string;
    }
  | {
      readonly code: 'under-age';
      readonly rule: 'R-STU-1';
      readonly age: number;
      readonly limit: number;
    }
  | { readonly code: 'not-a-new-order'; readonly rule: 'R-STU-1' }
  | {
      readonly code: 'missing-documents';
      readonly rule: 'R-STU-1';
      /** The proofs still to send: a student card or a school certificate, an identity card, the student email. */
      readonly missing: readonly (
        | 'student-card-or-certificate'
        | 'identity-card'
        | 'student-email'
      )[];
    }
  | { readonly code: 'programme-ended'; readonly rule: 'R-STU-1'; readonly endedAt: Date };

/** The stable codes of {@link StudentIssue}. */
export type StudentIssueCode = StudentIssue['code'];

/** The input of {@link checkStudentEligibility}. */
export interface StudentApplication {
  /**
   * ISO 3166-1 alpha-2 code of the country (case-insensitive, trimmed), or `''` when none was
   * chosen. A name (`'Switzerland'`) or an alpha-3 code (`'CHE'`) throws: it would otherwise be
   * judged as a country outside the programme.
   */
  readonly country: string;
  /**
   * Age in whole years at `now`: the programme is for students of 18 or more, or younger with
   * parental consent (R-STU-1). 18 is the age of majority in the programme's countries, save
   * seven Canadian provinces and territories, where it is 19 (British Columbia, New Brunswick,
   * Newfoundland and Labrador, Nova Scotia, Yukon, the Northwest Territories, Nunavut): a
   * country code does not name the province, so a form there asks for consent at 18 itself.
   */
  readonly age: number;
  /** Parental authorisation, for a student under 18. */
  readonly parentalConsent?: boolean | undefined;
  /** The programme covers new orders only. */
  readonly newOrder: boolean;
  /** The supporting documents provided (a student card, a certificate of enrolment…). */
  readonly documents: readonly StudentDocument[];
  /** The end of the student card's validity: the programme follows it. */
  readonly studentCardValidUntil?: Instant | undefined;
  /** When the programme started for this student (default: now, a new application). */
  readonly startedAt?: Instant | undefined;
  /** The moment of the check. The library never reads the clock. */
  readonly now: Instant;
}

/** `ms` plus whole calendar years in UTC; 29 February becomes 28 February in a common year. */
function addUtcYears(ms: number, years: number): number {
  const date = new Date(ms);
  const month = date.getUTCMonth();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  if (date.getUTCMonth() !== month) date.setUTCDate(0); // rolled into March: back to its last day
  return date.getTime();
}

/** The answer of {@link checkStudentEligibility}. */
export type StudentResult =
  | {
      readonly ok: true;
      /** When the offer ends: the card's end, 4 years after the start at most. */
      readonly endsAt: Date;
    }
  | { readonly ok: false; readonly issues: readonly StudentIssue[] };

/**
 * The student programme lasts 4 years in total at most (calendar years, in UTC).
 *
 * @example
 * ```ts
 * STUDENT_MAX_YEARS; // 4
 * ```
 * @see R-STU-1
 */
export const STUDENT_MAX_YEARS = 4;

/**
 * Whether a student qualifies for the programme (1 web hosting and 1 kSuite Standard, free;
 * the domain name is still paid) and until when (R-STU-1): a country of the programme, 18 or
 * older (or with parental authorisation), a new order, the three proofs (a current student card
 * or school certificate, an identity card, the official student email), and a duration that
 * follows the student card, 4 years in total at most (counted in calendar years from the start).
 * Every reason that applies is listed.
 *
 * @throws {PolicyInputError} for invalid dates (a start less than 4 years before the end of the
 *   range a `Date` holds among them), a country that is not a two-letter code (a name such as
 *   `'Switzerland'` among them) nor `''`, a negative or fractional age, or a documents list
 *   that is not an array
 * @example
 * ```ts
 * checkStudentEligibility({ country: 'ch', age: 20, newOrder: true, now: new Date('2026-09-01'),
 *   documents: ['student-card', 'identity-card', 'student-email'],
 *   studentCardValidUntil: new Date('2028-08-31') });
 * // { ok: true, endsAt: 2028-08-31T00:00:00.000Z }
 * ```
 * @see R-STU-1
 */
export function checkStudentEligibility(application: StudentApplication): StudentResult {
  if (!isObject(application)) throw new PolicyInputError('application', 'an object', application);
  const now = toEpochMs(application.now, 'now');
  const started = application.startedAt === undefined ? 'now' : 'startedAt';
  const startedAt = started === 'now' ? now : toEpochMs(application.startedAt, started);
  // The programme's longest end: past the range a Date holds, it would be an Invalid Date.
  const limit = addUtcYears(startedAt, STUDENT_MAX_YEARS);
  if (Number.isNaN(limit))
    throw tooLate(started, application[started], `${STUDENT_MAX_YEARS} years`);
  const { age, documents } = application;
  if (!Number.isInteger(age) || age < 0)
    throw new PolicyInputError('age', 'a non-negative integer', age);
  if (!Array.isArray(documents))
    throw new PolicyInputError('documents', 'an array of document kinds', documents);
  // A country's name (`Switzerland`) or another code (`CHE`) would be refused as a country
  // outside the programme, a wrong answer: only a two-letter code, or none, is judged.
  const country =
    typeof application.country === 'string' ? application.country.trim().toUpperCase() : '?';
  if (!COUNTRY_CODE.test(country))
    throw new PolicyInputError(
      'country',
      'an ISO 3166-1 alpha-2 code such as "CH", or "" when none was chosen',
      application.country,
    );
  const issues: StudentIssue[] = [];
  if (!(STUDENT_COUNTRIES as readonly string[]).includes(country))
    issues.push({ code: 'country-not-eligible', rule: 'R-STU-1', country });
  if (age < 18 && application.parentalConsent !== true)
    issues.push({ code: 'under-age', rule: 'R-STU-1', age, limit: 18 });
  if (application.newOrder !== true) issues.push({ code: 'not-a-new-order', rule: 'R-STU-1' });
  const missing: ('student-card-or-certificate' | 'identity-card' | 'student-email')[] = [];
  if (!documents.includes('student-card') && !documents.includes('school-certificate'))
    missing.push('student-card-or-certificate');
  if (!documents.includes('identity-card')) missing.push('identity-card');
  if (!documents.includes('student-email')) missing.push('student-email');
  if (missing.length > 0) issues.push({ code: 'missing-documents', rule: 'R-STU-1', missing });
  const card =
    application.studentCardValidUntil === undefined
      ? limit
      : toEpochMs(application.studentCardValidUntil, 'studentCardValidUntil');
  const endsAt = Math.min(card, limit);
  if (now >= endsAt)
    issues.push({ code: 'programme-ended', rule: 'R-STU-1', endedAt: new Date(endsAt) });
  return issues.length === 0 ? { ok: true, endsAt: new Date(endsAt) } : { ok: false, issues };
}
