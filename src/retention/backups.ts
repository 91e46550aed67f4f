import { tzOffset } from '@date-fns/tz';
import { PolicyInputError } from '../_lib/errors.js';
import {
  type Instant,
  isObject,
  MAX_EPOCH_MS,
  toDateFormat,
  toEpochMs,
  toOptions,
} from '../_lib/input.js';
import { DAY_MS } from '../_lib/units.js';
import { type OfferId, toOfferRow } from '../offers/ids.js';

/**
 * The local hour of the daily backup: "early in the morning in principle"; the seed's own example says 5 a.m.
 *
 * @example
 * ```ts
 * BACKUP_HOUR; // 5
 * ```
 * @see R-BKP-1
 */
export const BACKUP_HOUR = 5;
/**
 * The time zone of the backup schedule: the provider's.
 *
 * @example
 * ```ts
 * BACKUP_TIME_ZONE; // 'Europe/Zurich'
 * ```
 * @see R-BKP-1
 */
export const BACKUP_TIME_ZONE = 'Europe/Zurich';

/** Options of {@link backupTimes}: when the daily backup runs. */
export interface BackupScheduleOptions {
  /** Local hour, 0–23. Default 5. */
  readonly hour?: number | undefined;
  /** IANA time zone. Default `'Europe/Zurich'`. */
  readonly timeZone?: string | undefined;
}

/**
 * How far inside the range a `Date` holds the instants a schedule is walked from must be: the
 * walk reads the local day before an instant's, and a backup there must be a `Date` too.
 */
const EDGE = 2 * DAY_MS;

/** The longest range {@link backupTimes} lists: 100 years of days. */
const MAX_RANGE_DAYS = 36_525;

/**
 * @internal The time zones a schedule was checked in already: building the `Intl` format that
 * checks one takes longer than the rest of `canRecover`. Started afresh past
 * {@link MAX_CHECKED_ZONES}, as `Intl` takes a zone's name in any case, so names are unbounded.
 */
export const CHECKED_ZONES = new Set<string>();
/** @internal How many names {@link CHECKED_ZONES} holds at most. */
export const MAX_CHECKED_ZONES = 32;

/** A backup schedule, checked: a local hour and a time zone `Intl` knows. */
interface Schedule {
  readonly hour: number;
  readonly timeZone: string;
}

function readSchedule(options: unknown): Schedule {
  const { hour = BACKUP_HOUR, timeZone = BACKUP_TIME_ZONE } = toOptions(options);
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new PolicyInputError('options.hour', 'an integer from 0 to 23', hour);
  }
  const zone = timeZone as string;
  if (!CHECKED_ZONES.has(zone)) {
    toDateFormat('en', { timeZone: zone }, 'an IANA time zone such as "Europe/Zurich"');
    if (CHECKED_ZONES.size >= MAX_CHECKED_ZONES) CHECKED_ZONES.clear();
    CHECKED_ZONES.add(zone);
  }
  return { hour, timeZone: zone };
}

/**
 * The daily backups between `from` and `to` (both included): one a day at 05:00
 * Europe/Zurich by default (R-BKP-1), oldest first. The schedule follows the Zurich wall
 * clock across daylight-saving changes (by the zone's offsets as `Intl` gives them, whatever
 * the time zone of the machine): 05:00 is 04:00 UTC in winter and 03:00 UTC in summer. A local
 * hour that does not exist on a spring-forward day (in other zones or hours) moves forward with
 * the clock; one that comes twice as the clocks go back is taken at its first occurrence, as
 * cron runs a daily job (`{ hour: 2 }` on 25 October 2026 in Zurich: 00:00 UTC, not 01:00).
 *
 * @throws {PolicyInputError} for invalid dates (or dates within 2 days of an end of the range a
 *   `Date` holds), a range over 36,525 days (100 years), an hour outside 0–23, an unknown time
 *   zone
 * @example
 * ```ts
 * backupTimes({ from: new Date('2026-03-28T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z') });
 * // [2026-03-28T04:00:00.000Z, 2026-03-29T03:00:00.000Z]  (summer time starts on the 29th)
 * ```
 * @see R-BKP-1
 */
export function backupTimes(
  range: { readonly from: Instant; readonly to: Instant },
  options?: BackupScheduleOptions,
): Date[] {
  if (!isObject(range)) throw new PolicyInputError('range', 'an object { from, to }', range);
  const from = toEpochMs(range.from, 'range.from', EDGE, EDGE);
  const to = toEpochMs(range.to, 'range.to', EDGE, EDGE);
  // One Date a day: a range of millennia is a mistake that would take minutes and gigabytes.
  if (to - from > MAX_RANGE_DAYS * DAY_MS) {
    throw new PolicyInputError(
      'range.to',
      `an instant at most ${MAX_RANGE_DAYS} days (100 years) after range.from`,
      range.to,
    );
  }
  return backupsBetween(from, to, readSchedule(options));
}

/** {@link backupTimes} for instants and a schedule already checked. */
function backupsBetween(from: number, to: number, { hour, timeZone }: Schedule): Date[] {
  const start = localDay(from, timeZone);
  const times: Date[] = [];
  let last = Number.NaN;
  // The day before the start too: its backup may still fall after `from` in another zone.
  for (let day = -1; ; day++) {
    const at = backupOn(start, day, hour, timeZone);
    if (at > to) break;
    // A day the clocks skip whole (Samoa's 30 December 2011) has no backup: its hour, moved
    // forward with the clocks (see backupOn), is the next day's backup, listed once.
    if (at >= from && at !== last) times.push(new Date(at));
    last = at;
  }
  return times;
}

/** The backups a mailbox can be restored from now (R-BKP-2). */
export interface RestoreOptionsResult {
  /** The offer's retention: 30 days, or 0 where there are no self-service backups. */
  readonly retentionDays: number;
  /** The backups that can be chosen, newest first. */
  readonly backups: readonly Date[];
  /** The rule that sets the retention. */
  readonly rule: 'R-BKP-2';
  /**
   * On the offers without backups: after upgrading to a paid offer, backups up to 30 days back
   * become restorable (R-BKP-2).
   */
  readonly upgradeUnlocksBackups: boolean;
}

/** @internal The backups still kept at `now` for an offer's retention, newest first. */
function keptBackups(now: number, retentionDays: number, schedule: Schedule): Date[] {
  if (retentionDays === 0) return [];
  return backupsBetween(now - retentionDays * DAY_MS + 1, now, schedule).reverse();
}

/**
 * Which backup dates can be chosen for a restore now: those of the last 30 × 24 hours on the
 * offers that keep backups, none on the others (R-BKP-2). A backup taken at `b` can be chosen
 * while `now < b + 30 days`.
 *
 * @throws {PolicyInputError} for an unknown offer, or an invalid `now` (or one whose backups reach
 *   past an end of the range a `Date` holds)
 * @example
 * ```ts
 * restoreOptions({ offer: 'ksuite-standard', now: new Date('2026-03-31T12:00:00Z') }).backups.length; // 30
 * restoreOptions({ offer: 'my-ksuite', now: new Date('2026-03-31T12:00:00Z') });
 * // { retentionDays: 0, backups: [], rule: 'R-BKP-2', upgradeUnlocksBackups: true }
 * ```
 * @see R-BKP-1, R-BKP-2
 */
export function restoreOptions(
  input: { readonly offer: OfferId; readonly now: Instant } & BackupScheduleOptions,
): RestoreOptionsResult {
  if (!isObject(input)) throw new PolicyInputError('input', 'an object', input);
  const { backupRetentionDays, paid } = toOfferRow(input.offer, 'offer');
  // The backups kept reach `backupRetentionDays` back.
  const now = toEpochMs(input.now, 'now', EDGE, EDGE + backupRetentionDays * DAY_MS);
  const schedule = readSchedule({ hour: input.hour, timeZone: input.timeZone });
  return {
    retentionDays: backupRetentionDays,
    backups: keptBackups(now, backupRetentionDays, schedule),
    rule: 'R-BKP-2',
    upgradeUnlocksBackups: !paid,
  };
}

/** Why a lost message cannot be recovered. */
export type RecoveryIssue =
  | { readonly code: 'not-gone'; readonly rule: 'R-BKP-4' }
  | { readonly code: 'no-backups'; readonly rule: 'R-BKP-2'; readonly upgradeUnlocksBackups: true }
  | {
      readonly code: 'never-in-a-backup';
      readonly rule: 'R-BKP-4';
      readonly receivedAt: Date;
      readonly goneAt: Date;
    }
  | { readonly code: 'pop3-deleted-before-backup'; readonly rule: 'R-BKP-7' }
  | {
      readonly code: 'backups-expired';
      readonly rule: 'R-BKP-2';
      /** When the last backup holding the message stopped being available. */
      readonly expiredAt: Date;
      readonly retentionDays: number;
    };

/** The stable codes of {@link RecoveryIssue}. */
export type RecoveryIssueCode = RecoveryIssue['code'];

/** What a restore to a backup does, and who may start it (R-BKP-3, -5, -6, -8). */
export interface RestoreEffects {
  /** R-BKP-3: messages gone since the backup come back to their original folder. */
  readonly restoresMissingMessages: true;
  /** R-BKP-3: some address settings come back too. */
  readonly restoresSettings: readonly ('auto-reply' | 'redirection')[];
  /** R-BKP-4: not restored: messages only moved (they still exist), calendar, address book. */
  readonly notRestored: readonly ('moved-messages' | 'calendar' | 'address-book')[];
  /** R-BKP-5: messages received or created since the backup stay. */
  readonly keepsNewerMessages: true;
  /** R-BKP-6: messages in the trash now stay as they are. */
  readonly keepsTrash: true;
  /** R-BKP-8: from the Mail Service, an Administrator or Legal representative of the Organization. */
  readonly allowedRoles: readonly ('administrator' | 'legal-representative')[];
  /** R-BKP-8: an email is sent when the restore ends. */
  readonly notifiesWhenDone: true;
}

/** The answer of {@link canRecover}. */
export type RecoveryResult =
  | { readonly recoverable: true; readonly backup: Date; readonly restore: RestoreEffects }
  | {
      readonly recoverable: false;
      readonly reason: RecoveryIssueCode;
      readonly issue: RecoveryIssue;
    };

/** What a restore does (R-BKP-3…8): a fresh object each time, so no caller can change another's. */
function restoreEffects(): RestoreEffects {
  return {
    restoresMissingMessages: true,
    restoresSettings: ['auto-reply', 'redirection'],
    notRestored: ['moved-messages', 'calendar', 'address-book'],
    keepsNewerMessages: true,
    keepsTrash: true,
    allowedRoles: ['administrator', 'legal-representative'],
    notifiesWhenDone: true,
  };
}

/** The input of {@link canRecover}. */
export interface RecoveryInput extends BackupScheduleOptions {
  /** The mailbox's offer: it decides whether there are backups at all (R-BKP-2). */
  readonly offer: OfferId;
  /** When the message arrived (or was created) on the server. */
  readonly receivedAt: Instant;
  /** When it left the server for good (trash emptied or purged); `null` while it still exists. */
  readonly goneAt: Instant | null;
  /** The moment of the question. The library never reads the clock. */
  readonly now: Instant;
  /** How the mailbox is read: with POP3, messages leave the server when downloaded (R-BKP-7). */
  readonly protocol?: 'imap' | 'pop3' | undefined;
}

function refuse(issue: RecoveryIssue): RecoveryResult {
  return { recoverable: false, reason: issue.code, issue };
}

/**
 * Whether a lost message can still be recovered from a backup, and from which one: the newest
 * backup that holds it (taken after it arrived and before it left the server for good) and is
 * still kept (R-BKP-2). A backup at `b` holds a message when `receivedAt ≤ b < goneAt`.
 * Otherwise, why not:
 *
 * - `not-gone` (R-BKP-4): the message still exists (only moved): search for it.
 * - `no-backups` (R-BKP-2): the offer keeps no self-service backups (an upgrade unlocks 30 days).
 * - `never-in-a-backup` (R-BKP-4): no daily backup ran while it existed; the seed's example:
 *   backup at 05:00, arrival 08:00, deletion 08:05, trash emptied 09:00.
 * - `pop3-deleted-before-backup` (R-BKP-7): the same, for a mailbox read with POP3.
 * - `backups-expired` (R-BKP-2): the backups that held it are older than the retention.
 *
 * A recovery also says what the restore does and does not do, and who may start it.
 *
 * @throws {PolicyInputError} for an unknown offer, invalid dates (a `goneAt` within 2 days of an
 *   end of the range a `Date` holds among them), `goneAt` before `receivedAt`, or `now` before
 *   `goneAt`
 * @example
 * ```ts
 * canRecover({ offer: 'ksuite-standard', receivedAt: new Date('2026-03-02T07:00:00Z'),
 *   goneAt: new Date('2026-03-02T08:00:00Z'), now: new Date('2026-03-02T09:00:00Z') });
 * // { recoverable: false, reason: 'never-in-a-backup', issue: { … } }
 * ```
 * @see R-BKP-2, R-BKP-3, R-BKP-4, R-BKP-5, R-BKP-6, R-BKP-7, R-BKP-8
 */
export function canRecover(input: RecoveryInput): RecoveryResult {
  if (!isObject(input)) throw new PolicyInputError('input', 'an object', input);
  const { backupRetentionDays } = toOfferRow(input.offer, 'offer');
  const receivedAt = toEpochMs(input.receivedAt, 'receivedAt');
  const now = toEpochMs(input.now, 'now');
  const protocol = input.protocol ?? 'imap';
  if (protocol !== 'imap' && protocol !== 'pop3')
    throw new PolicyInputError('protocol', "'imap' or 'pop3'", protocol);
  const schedule = readSchedule({ hour: input.hour, timeZone: input.timeZone });
  if (input.goneAt === null || input.goneAt === undefined) {
    if (now < receivedAt)
      throw new PolicyInputError('now', 'an instant at or after receivedAt', input.now);
    return refuse({ code: 'not-gone', rule: 'R-BKP-4' });
  }
  const goneAt = toEpochMs(input.goneAt, 'goneAt', EDGE, EDGE);
  if (goneAt < receivedAt)
    throw new PolicyInputError('goneAt', 'an instant at or after receivedAt', input.goneAt);
  if (now < goneAt) throw new PolicyInputError('now', 'an instant at or after goneAt', input.now);
  if (backupRetentionDays === 0)
    return refuse({ code: 'no-backups', rule: 'R-BKP-2', upgradeUnlocksBackups: true });
  // The newest backup that holds the message is the last one before it left: one or two
  // dates to compute, however long it lived.
  const newest = lastBackupBefore(goneAt, schedule);
  if (newest < receivedAt) {
    return refuse(
      protocol === 'pop3'
        ? { code: 'pop3-deleted-before-backup', rule: 'R-BKP-7' }
        : {
            code: 'never-in-a-backup',
            rule: 'R-BKP-4',
            receivedAt: new Date(receivedAt),
            goneAt: new Date(goneAt),
          },
    );
  }
  const expiresAt = newest + backupRetentionDays * DAY_MS;
  if (now >= expiresAt) {
    return refuse({
      code: 'backups-expired',
      rule: 'R-BKP-2',
      expiredAt: new Date(expiresAt),
      retentionDays: backupRetentionDays,
    });
  }
  return { recoverable: true, backup: new Date(newest), restore: restoreEffects() };
}

/**
 * The last backup strictly before `at`: the one of `at`'s local day if it ran already, else the
 * day before's (each local day has one backup, at the same local hour).
 */
function lastBackupBefore(at: number, { hour, timeZone }: Schedule): number {
  const local = localDay(at, timeZone);
  for (let day = 0; ; day--) {
    const backup = backupOn(local, day, hour, timeZone);
    if (backup < at) return backup;
  }
}

/**
 * @internal The offset of `timeZone` from UTC at `time`, in milliseconds (`Intl`'s, by
 * `tzOffset`, or {@link wallClockOffset} where the platform's `Intl` gives no offsets by name);
 * past an end of the range a `Date` holds, the offset at that end (`Intl` reads no invalid
 * `Date`).
 */
export function offsetAt(timeZone: string, time: number): number {
  const at = Math.min(Math.max(time, -MAX_EPOCH_MS), MAX_EPOCH_MS);
  const minutes = tzOffset(timeZone, new Date(at));
  // `tzOffset` (@date-fns/tz 1.5) loses the sign of an offset of less than an hour west of
  // Greenwich: `GMT-00:44:30` (Monrovia until 1972) is read as +44.5, as its hours, `-00`, are
  // 0 (date-fns/date-fns#4279 and #4314, open pull requests). Such an offset, whichever its
  // sign, is read from the wall clock.
  if (Number.isNaN(minutes) || (minutes > 0 && minutes < 60)) return wallClockOffset(timeZone, at);
  // Whole milliseconds: an offset of local mean time has seconds (Zurich's was +00:34:08).
  return Math.round(minutes * 60_000);
}

/** @internal The formats {@link wallClockOffset} reads a zone's wall clock with, by zone. */
export const WALL_CLOCKS = new Map<string, Intl.DateTimeFormat>();

/**
 * @internal The offset of `timeZone` from UTC at `time`, in milliseconds, from its wall clock
 * read field by field (`formatToParts`): for platforms whose `Intl` has no `timeZoneName:
 * 'longOffset'`, where `tzOffset` answers `NaN` for a zone's name (older builds of React
 * Native's Hermes, as date-fns' `tzOffset` notes), and the walk over days would never end;
 * and for an offset of less than an hour, whose sign `tzOffset` may lose (see
 * {@link offsetAt}). Whole seconds, as `Intl` shows no milliseconds.
 */
export function wallClockOffset(timeZone: string, time: number): number {
  let format = WALL_CLOCKS.get(timeZone);
  if (format === undefined) {
    // Bounded as the zones checked are (see CHECKED_ZONES).
    if (WALL_CLOCKS.size >= MAX_CHECKED_ZONES) WALL_CLOCKS.clear();
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    WALL_CLOCKS.set(timeZone, format);
  }
  const field: Record<string, string> = {};
  // A Date, not a number: ECMA-402 takes both, the engines this is for may not.
  for (const { type, value } of format.formatToParts(new Date(time))) field[type] = value;
  const year = field.era === 'BC' ? 1 - Number(field.year) : Number(field.year); // 1 BC: 0
  // The wall clock of an instant at an end of the range a Date holds can be past it: it is read
  // 400 years nearer the year 0, as many days earlier or later (the Gregorian calendar repeats
  // every 400 years, 146,097 days), and set field by field, as Date.UTC reads the years 0 to 99
  // as 1900 to 1999.
  const cycle = year > 0 ? 1 : -1;
  const wall = new Date(0);
  wall.setUTCFullYear(year - 400 * cycle, Number(field.month) - 1, Number(field.day));
  wall.setUTCHours(Number(field.hour), Number(field.minute), Number(field.second));
  return wall.getTime() + cycle * 146_097 * DAY_MS - Math.floor(time / 1000) * 1000;
}

/**
 * The local day of `time` in `timeZone`, as the UTC midnight of the same date: its UTC fields
 * are the local ones.
 */
function localDay(time: number, timeZone: string): number {
  const wall = time + offsetAt(timeZone, time);
  return wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * The backup of the local day `day` days after `local` (see {@link localDay}), at `hour` in
 * `timeZone`. An hour the clocks go back through comes twice: the backup runs at its first
 * occurrence, as cron runs a daily job and as `Temporal` resolves a repeated wall-clock time by
 * default. An hour the clocks skip moves forward with them: 02:00 on a day the clocks go from
 * 02:00 to 03:00 is read with the offset before the change, the instant the clock shows 03:00;
 * a day they skip whole moves onto the next day's backup (backupsBetween lists it once).
 *
 * Only `Intl`'s offsets are read, never the system's time zone: date-fns' `TZDate` built from
 * local fields resolves these hours by the time zone of the machine it runs on
 * (date-fns/tz#13, #40): 00:00 in Santiago on 7 April 2024 was 04:00 UTC on a machine set to
 * UTC and 03:00 UTC, 23:00 the day before, on one set to Pacific/Chatham.
 */
function backupOn(local: number, day: number, hour: number, timeZone: string): number {
  return wallClockInstant(local + day * DAY_MS + hour * 3_600_000, timeZone);
}

/**
 * @internal The instant at which a clock in `timeZone` shows `wall` (the wall clock's fields
 * as UTC milliseconds): the first of the two where the clocks go back, and with the offset
 * before the change where they go forward and skip it (see {@link backupOn}).
 */
export function wallClockInstant(wall: number, timeZone: string): number {
  // The offsets a day on either side are the ones the zone can have then (no zone changes its
  // offset twice in two days).
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  // No change within a day on either side (most days): the loop below would answer this too,
  // with a third reading of `Intl`.
  if (before === after) return wall - before;
  // The offset before a change first: where the clocks went back, it is the larger and reads
  // the wall time at the earlier instant, the first occurrence; where they went forward, no
  // instant reads it with both.
  for (const offset of [before, after]) {
    if (offsetAt(timeZone, wall - offset) === offset) return wall - offset;
  }
  return wall - before;
}
