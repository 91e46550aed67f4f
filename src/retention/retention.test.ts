import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { PolicyInputError } from '../_lib/errors.js';
import {
  backupTimes,
  CHECKED_ZONES,
  canRecover,
  MAX_CHECKED_ZONES,
  offsetAt,
  type RecoveryInput,
  restoreOptions,
  WALL_CLOCKS,
  wallClockOffset,
} from './backups.js';
import { classifyFolder, isAutoPurgedFolder, purgeDate, whenPurged } from './classifyFolder.js';
import { FOLDER_NAMES } from './folders.data.js';
import { decodeImapUtf7 } from './utf7.js';

const H = 3_600_000;
const DAY = 24 * H;
/** The last instant a `Date` holds (and minus it, the first). */
const END = 8.64e15;
/** 2 March 2026 in Zurich (winter time, UTC+1) at a local hour. */
const zurich = (hour: number, minute = 0) => new Date(Date.UTC(2026, 2, 2, hour - 1, minute));

describe('the seed’s worked example (R-BKP-4)', () => {
  it('backup at 05:00, arrival at 08:00, deletion at 08:05, trash emptied at 09:00, restore asked at 10:00: not recoverable', () => {
    // "Restauración de una copia de seguridad (realizada a las 5 de la mañana) solicitada a las 10
    //  para recuperar un correo electrónico recibido a las 8 que el usuario eliminó por error a
    //  las 8:05, mientras vaciaba la papelera a las 9."
    const result = canRecover({
      offer: 'ksuite-standard',
      receivedAt: zurich(8),
      goneAt: zurich(9),
      now: zurich(10),
    });
    expect(result).toEqual({
      recoverable: false,
      reason: 'never-in-a-backup',
      issue: {
        code: 'never-in-a-backup',
        rule: 'R-BKP-4',
        receivedAt: zurich(8),
        goneAt: zurich(9),
      },
    });
    // The deletion at 08:05 only moved it to the trash: until 09:00 it still existed.
    expect(whenPurged('Papelera', zurich(8, 5))).toMatchObject({ purged: true, kind: 'trash' });
    expect(backupTimes({ from: zurich(0), to: zurich(10) })).toEqual([zurich(5)]);
  });

  it('a message that arrived the day before is in that morning’s backup', () => {
    const received = new Date(zurich(8).getTime() - DAY);
    expect(
      canRecover({
        offer: 'ksuite-standard',
        receivedAt: received,
        goneAt: zurich(9),
        now: zurich(10),
      }),
    ).toMatchObject({
      recoverable: true,
      backup: zurich(5),
      restore: {
        restoresMissingMessages: true,
        restoresSettings: ['auto-reply', 'redirection'],
        notRestored: ['moved-messages', 'calendar', 'address-book'],
        keepsNewerMessages: true,
        keepsTrash: true,
        allowedRoles: ['administrator', 'legal-representative'],
        notifiesWhenDone: true,
      },
    });
  });
});

describe('canRecover', () => {
  const received = new Date(Date.UTC(2026, 2, 1, 12));
  const gone = new Date(Date.UTC(2026, 2, 10, 12));
  it('chooses the newest backup that holds the message', () => {
    expect(
      canRecover({ offer: 'mail-premium', receivedAt: received, goneAt: gone, now: gone }),
    ).toMatchObject({
      recoverable: true,
      backup: new Date(Date.UTC(2026, 2, 10, 4)),
    });
  });

  it('says why not: still there, no backups, POP3, expired', () => {
    const notGone = {
      recoverable: false,
      reason: 'not-gone',
      issue: { code: 'not-gone', rule: 'R-BKP-4' },
    };
    expect(
      canRecover({ offer: 'mail-premium', receivedAt: received, goneAt: null, now: gone }),
    ).toEqual(notGone);
    // goneAt left out (from JavaScript), and asked the instant it arrived: still there.
    const input = { offer: 'mail-premium', receivedAt: received, now: received } as const;
    expect(canRecover(input as RecoveryInput)).toEqual(notGone);
    expect(
      canRecover({ offer: 'mail-starter', receivedAt: received, goneAt: gone, now: gone }),
    ).toEqual({
      recoverable: false,
      reason: 'no-backups',
      issue: { code: 'no-backups', rule: 'R-BKP-2', upgradeUnlocksBackups: true },
    });
    expect(
      canRecover({
        offer: 'ksuite-business',
        receivedAt: zurich(8),
        goneAt: zurich(9),
        now: zurich(10),
        protocol: 'pop3',
      }),
    ).toMatchObject({
      reason: 'pop3-deleted-before-backup',
      issue: { rule: 'R-BKP-7' },
    });
    const newest = Date.UTC(2026, 2, 10, 4);
    expect(
      canRecover({
        offer: 'ksuite-business',
        receivedAt: received,
        goneAt: gone,
        now: newest + 30 * DAY - 1,
      }).recoverable,
    ).toBe(true);
    expect(
      canRecover({
        offer: 'ksuite-business',
        receivedAt: received,
        goneAt: gone,
        now: newest + 30 * DAY,
      }),
    ).toEqual({
      recoverable: false,
      reason: 'backups-expired',
      issue: {
        code: 'backups-expired',
        rule: 'R-BKP-2',
        expiredAt: new Date(newest + 30 * DAY),
        retentionDays: 30,
      },
    });
  });

  it('counts a backup taken the instant the message arrived, not the instant it left', () => {
    expect(
      canRecover({
        offer: 'mail-premium',
        receivedAt: zurich(5),
        goneAt: zurich(6),
        now: zurich(7),
      }).recoverable,
    ).toBe(true);
    expect(
      canRecover({
        offer: 'mail-premium',
        receivedAt: zurich(4),
        goneAt: zurich(5),
        now: zurich(7),
      }).recoverable,
    ).toBe(false);
  });

  it('throws for programmer mistakes', () => {
    const base: RecoveryInput = {
      offer: 'mail-premium',
      receivedAt: received,
      goneAt: gone,
      now: gone,
    };
    for (const [change, error] of [
      [{ offer: 'nope' }, /^offer: /],
      [
        { receivedAt: gone, goneAt: received },
        /^goneAt: expected an instant at or after receivedAt/,
      ],
      [{ now: received }, /^now: expected an instant at or after goneAt/],
      [
        { receivedAt: gone, goneAt: null, now: received },
        'now: expected an instant at or after receivedAt; received Date(2026-03-01T12:00:00.000Z)',
      ],
      [{ receivedAt: new Date('x') }, /^receivedAt: /],
      [{ goneAt: 'x' }, /^goneAt: /],
      [{ now: Number.NaN }, /^now: /],
      [{ protocol: 'mapi' }, `protocol: expected 'imap' or 'pop3'; received "mapi"`],
      [{ timeZone: 'Mars/Olympus' }, /^options\.timeZone: /],
    ] as const) {
      expect(
        () => canRecover({ ...base, ...change } as RecoveryInput),
        JSON.stringify(change),
      ).toThrow(error);
    }
    expect(() => canRecover(null as never)).toThrow(PolicyInputError);
    expect(() => canRecover(null as never)).toThrow('input: expected an object; received null');
  });

  // A brute-force simulation: replay the mailbox hour by hour, take a snapshot whenever the
  // Zurich wall clock reads 05:00 (read with Intl, not with the library's TZDate), keep the
  // snapshots that hold the message, and ask which are still within 30 days.
  const zurichHour = new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Zurich',
    hour: 'numeric',
    hourCycle: 'h23',
  });
  function simulate(receivedAt: number, goneAt: number, now: number, retention: number) {
    let newest: number | null = null;
    let everHeld = false;
    for (let t = Math.floor(receivedAt / H) * H - H; t <= goneAt; t += H) {
      if (t < receivedAt || t >= goneAt || Number(zurichHour.format(t)) !== 5) continue;
      everHeld = true;
      newest = t;
    }
    if (!everHeld) return 'never-in-a-backup';
    return now < (newest as number) + retention * DAY ? newest : 'backups-expired';
  }

  it('agrees with a day-by-day simulation, across the clock changes', () => {
    const start = Date.UTC(2026, 2, 20); // summer time starts on 29 March
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 240 * H }),
        fc.integer({ min: 0, max: 72 * H }),
        fc.integer({ min: 0, max: 40 * DAY }),
        (offset, life, wait) => {
          const receivedAt = start + offset;
          const goneAt = receivedAt + life;
          const now = goneAt + wait;
          const expected = simulate(receivedAt, goneAt, now, 30);
          const result = canRecover({ offer: 'ksuite-enterprise', receivedAt, goneAt, now });
          if (typeof expected === 'number')
            expect(result).toMatchObject({ recoverable: true, backup: new Date(expected) });
          else expect(result).toMatchObject({ recoverable: false, reason: expected });
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe('backups where a zone skips a whole day', () => {
  // Samoa and Tokelau went from UTC−10 and −11 to +14 and +13 after 29 December 2011; the
  // Marshall Islands' Kwajalein from −12 to +12 after 20 August 1993. Read with the offset
  // before, the skipped day's hour is the next day's backup: it was listed twice.
  const skips = [
    ['Pacific/Apia', Date.UTC(2011, 11, 30, 10)],
    ['Pacific/Fakaofo', Date.UTC(2011, 11, 30, 11)],
    ['Pacific/Kwajalein', Date.UTC(1993, 7, 21, 12)],
  ] as const;

  it('has no backup on the skipped day, and lists every other once (Samoa, 30 December 2011)', () => {
    const samoa = { timeZone: 'Pacific/Apia', hour: 5 };
    const range = { from: Date.UTC(2011, 11, 29), to: Date.UTC(2012, 0, 1, 12) };
    expect(backupTimes(range, samoa)).toEqual([
      new Date(Date.UTC(2011, 11, 29, 15)), // 29 December, 05:00 at UTC−10
      new Date(Date.UTC(2011, 11, 30, 15)), // 31 December, 05:00 at UTC+14
      new Date(Date.UTC(2011, 11, 31, 15)), // 1 January
    ]);
    const kept = restoreOptions({ offer: 'mail-premium', now: Date.UTC(2012, 0, 5), ...samoa });
    expect(kept.backups).toHaveLength(30); // 31 local days back, one of them skipped
    expect(new Set(kept.backups.map(Number)).size).toBe(30);
  });

  it('lists backups in strictly increasing order, at their hour, around each skip', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...skips),
        fc.integer({ min: -3 * DAY, max: 3 * DAY }),
        fc.nat(4 * DAY),
        fc.nat(23),
        ([timeZone, skip], offset, span, hour) => {
          const from = skip + offset;
          const times = backupTimes({ from, to: from + span }, { hour, timeZone }).map(Number);
          const format = new Intl.DateTimeFormat('en', {
            timeZone,
            hour: 'numeric',
            hourCycle: 'h23',
          });
          for (const [index, time] of times.entries()) {
            if (index > 0) expect(time).toBeGreaterThan(times[index - 1] as number);
            expect([hour, (hour + 1) % 24]).toContain(Number(format.format(time)));
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('backups where a zone is less than an hour west of Greenwich', () => {
  // @date-fns/tz's tzOffset reads `GMT-00:44:30` as +44.5 minutes (its hours, `-00`, are 0):
  // the backups of Monrovia until 1972, of Dublin until 1916, fell 1 h 29 and 51 min early.
  it.each([
    ['Africa/Monrovia', Date.UTC(1970, 5, 1), Date.UTC(1970, 5, 1, 5, 44, 30)], // UTC−00:44:30
    ['Europe/Dublin', Date.UTC(1900, 5, 1), Date.UTC(1900, 5, 1, 5, 25, 21)], // UTC−00:25:21
    ['Europe/Zurich', Date.UTC(1850, 5, 1), Date.UTC(1850, 5, 1, 4, 25, 52)], // UTC+00:34:08
  ])('%s: 05:00 there', (timeZone, from, backup) => {
    const times = backupTimes({ from, to: from + DAY }, { timeZone, hour: 5 });
    expect(times).toEqual([new Date(backup)]);
    expect(offsetAt(timeZone, from)).toBe(from + 5 * H - backup);
  });
});

describe('canRecover over long lives', () => {
  // The model: every backup the message lived through, listed by backupTimes (itself checked
  // against Intl below), the newest one before it left.
  function model(input: RecoveryInput & { receivedAt: number; goneAt: number; now: number }) {
    const held = backupTimes({ from: input.receivedAt, to: input.goneAt }, input).filter(
      (backup) => backup.getTime() < input.goneAt,
    );
    const newest = held.at(-1);
    if (newest === undefined) return { recoverable: false, reason: 'never-in-a-backup' };
    return input.now < newest.getTime() + 30 * DAY
      ? { recoverable: true, backup: newest }
      : { recoverable: false, reason: 'backups-expired' };
  }

  it('finds the newest backup before the message left, in any zone, at any hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.oneof(fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 3 * 365 * DAY })),
        fc.integer({ min: 0, max: 40 * DAY }),
        fc.constantFrom(
          'Europe/Zurich',
          'America/New_York',
          'Australia/Lord_Howe', // summer time of half an hour
          'Pacific/Apia', // skipped 30 December 2011
          'UTC',
        ),
        fc.integer({ min: 0, max: 23 }),
        (receivedAt, life, wait, timeZone, hour) => {
          const input = {
            offer: 'mail-premium' as const,
            receivedAt,
            goneAt: receivedAt + life,
            now: receivedAt + life + wait,
            timeZone,
            hour,
          };
          expect(canRecover(input)).toMatchObject(model(input));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('checks a time zone with Intl once, then remembers it (32 names at most)', () => {
    const original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(original, {
      construct: (target, args) => {
        made++;
        return Reflect.construct(target, args);
      },
    });
    try {
      const goneAt = Date.UTC(2026, 2, 2, 9);
      const input = {
        offer: 'mail-premium' as const,
        receivedAt: goneAt - DAY,
        goneAt,
        now: goneAt,
        timeZone: 'Asia/Kathmandu',
      };
      canRecover(input);
      expect(made).toBeGreaterThan(0);
      expect(CHECKED_ZONES.has('Asia/Kathmandu')).toBe(true);
      const before = made;
      canRecover(input);
      restoreOptions(input);
      expect(made).toBe(before);
      // A name Intl refuses is never remembered: it throws each time.
      for (let round = 0; round < 2; round++) {
        expect(() => canRecover({ ...input, timeZone: 'Mars/Olympus' })).toThrow(
          /^options\.timeZone: /,
        );
      }
      expect(CHECKED_ZONES.has('Mars/Olympus')).toBe(false);
      // A second zone does not push the first out; the 33rd name starts the set afresh.
      canRecover({ ...input, timeZone: 'Asia/Kolkata' });
      const afterTwo = made;
      canRecover(input);
      expect(made).toBe(afterTwo);
      CHECKED_ZONES.clear();
      const names = Intl.supportedValuesOf('timeZone').slice(0, MAX_CHECKED_ZONES + 1);
      for (const timeZone of names.slice(0, MAX_CHECKED_ZONES)) canRecover({ ...input, timeZone });
      expect(CHECKED_ZONES.size).toBe(MAX_CHECKED_ZONES);
      canRecover({ ...input, timeZone: names[MAX_CHECKED_ZONES] as string });
      expect([...CHECKED_ZONES]).toEqual([names[MAX_CHECKED_ZONES]]);
    } finally {
      Intl.DateTimeFormat = original;
    }
  });

  it('answers at once for a message that arrived at the earliest date there is', () => {
    // A walk over every day it lived would take hours and a list of 100 million backups.
    const goneAt = Date.UTC(2026, 2, 2, 9);
    expect(
      canRecover({ offer: 'mail-premium', receivedAt: -8.64e15, goneAt, now: goneAt }),
    ).toMatchObject({ recoverable: true, backup: new Date(Date.UTC(2026, 2, 2, 4)) });
  });
});

describe('backups at the ends of the range a Date holds', () => {
  // A TZDate's local fields are NaN where the local time falls outside the range a Date holds,
  // and a walk over days read a NaN backup as never late enough: `canRecover`, `backupTimes`
  // and `restoreOptions` never returned for an instant near an end. Instants within 2 days of
  // an end are refused now; inside, every answer is complete.
  const zones = fc.constantFrom(
    'Europe/Zurich',
    'UTC',
    'Pacific/Kiritimati', // UTC+14
    'Pacific/Pago_Pago', // UTC−11
    'America/Anchorage', // local mean time of −14 h at the start of the range
    'Australia/Lord_Howe', // summer time of half an hour
  );
  const EDGE = 2 * DAY;
  const nearEnd = fc.oneof(
    fc.integer({ min: -END + EDGE, max: -END + 6 * DAY }),
    fc.integer({ min: END - 6 * DAY, max: END - EDGE }),
  );
  const hours = (timeZone: string) =>
    new Intl.DateTimeFormat('en', { timeZone, hour: 'numeric', hourCycle: 'h23' });

  it('backupTimes lists one backup a local day, at its hour, up to 2 days from either end', () => {
    fc.assert(
      fc.property(nearEnd, fc.nat(3 * DAY), zones, fc.nat(23), (at, span, timeZone, hour) => {
        const from = Math.min(at, END - EDGE - span);
        const to = from + span;
        const times = backupTimes({ from, to }, { hour, timeZone }).map((t) => t.getTime());
        const format = hours(timeZone);
        for (const t of times) {
          expect(t >= from && t <= to).toBe(true);
          // The hour, or the next one on a day the clocks skip it.
          expect([hour, (hour + 1) % 24]).toContain(Number(format.format(t)));
        }
        // No day left out: from `from` through each backup to `to`, no gap is over 25 h.
        const points = [from, ...times, to];
        for (let index = 1; index < points.length; index++) {
          expect((points[index] as number) - (points[index - 1] as number)).toBeLessThanOrEqual(
            25 * H,
          );
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('canRecover and restoreOptions answer there as backupTimes lists', () => {
    fc.assert(
      fc.property(
        nearEnd,
        fc.nat(3 * DAY),
        fc.nat(3 * DAY),
        zones,
        fc.nat(23),
        (at, life, wait, timeZone, hour) => {
          const goneAt = Math.min(at, END - EDGE - wait);
          const receivedAt = Math.max(goneAt - life, -END + EDGE); // for the model below
          const now = goneAt + wait;
          const schedule = { hour, timeZone };
          const held = backupTimes({ from: receivedAt, to: goneAt }, schedule);
          const newest = held.filter((backup) => backup.getTime() < goneAt).at(-1);
          const result = canRecover({
            offer: 'mail-premium',
            receivedAt,
            goneAt,
            now,
            ...schedule,
          });
          expect(result).toMatchObject(
            newest === undefined
              ? { recoverable: false, reason: 'never-in-a-backup' }
              : { recoverable: true, backup: newest },
          );
          if (now - 30 * DAY < -END + EDGE) return; // refused: below
          const kept = backupTimes({ from: now - 30 * DAY + 1, to: now }, schedule).reverse();
          expect(restoreOptions({ offer: 'mail-premium', now, ...schedule }).backups).toEqual(kept);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('refuses an instant within 2 days of an end, naming it', () => {
    const start = '(-271821-04-20T00:00:00.000Z)';
    expect(() => backupTimes({ from: -END + EDGE - 1, to: 0 })).toThrow(
      `range.from: expected an instant at least 2 days after the start of the Date range ${start}; received -8639999827200001`,
    );
    expect(() => backupTimes({ from: 0, to: END - EDGE + 1 })).toThrow(
      'range.to: expected an instant at least 2 days before the end of the Date range (+275760-09-13T00:00:00.000Z); received 8639999827200001',
    );
    expect(backupTimes({ from: END - EDGE - DAY, to: END - EDGE }, { timeZone: 'UTC' })).toEqual([
      new Date(END - EDGE - 19 * H),
    ]);
    const input = { offer: 'mail-premium', receivedAt: -END, goneAt: 0, now: 0 } as const;
    expect(() => canRecover({ ...input, goneAt: -END + DAY })).toThrow(
      /^goneAt: expected an instant at least 2 days after the start/,
    );
    expect(() => canRecover({ ...input, goneAt: new Date(END), now: END })).toThrow(
      /^goneAt: expected an instant at least 2 days before the end/,
    );
    // The 30 days of backups on a paid offer reach back from `now`; on the others, nothing does.
    expect(() => restoreOptions({ offer: 'mail-premium', now: -END + 31 * DAY })).toThrow(
      `now: expected an instant at least 32 days after the start of the Date range ${start}; received -8639997321600000`,
    );
    expect(restoreOptions({ offer: 'my-ksuite', now: -END + EDGE }).backups).toEqual([]);
    expect(() => restoreOptions({ offer: 'my-ksuite', now: END })).toThrow(
      /^now: expected an instant at least 2 days before the end/,
    );
  });
});

describe('backupTimes and restoreOptions (R-BKP-1, R-BKP-2)', () => {
  it('are at 05:00 Zurich time, one per local day, including the days the clocks change', () => {
    const spring = backupTimes({ from: Date.UTC(2026, 2, 28), to: Date.UTC(2026, 2, 30, 12) });
    expect(spring).toEqual([
      new Date(Date.UTC(2026, 2, 28, 4)),
      new Date(Date.UTC(2026, 2, 29, 3)),
      new Date(Date.UTC(2026, 2, 30, 3)),
    ]);
    const autumn = backupTimes({ from: Date.UTC(2026, 9, 24), to: Date.UTC(2026, 9, 26, 12) });
    expect(autumn).toEqual([
      new Date(Date.UTC(2026, 9, 24, 3)),
      new Date(Date.UTC(2026, 9, 25, 4)),
      new Date(Date.UTC(2026, 9, 26, 4)),
    ]);
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Zurich',
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: 0, max: 60 }),
        (from, days) => {
          const times = backupTimes({ from, to: from + days * DAY });
          const dates = times.map((t) => format.format(t));
          for (const text of dates) expect(text.endsWith('05:00')).toBe(true);
          expect(new Set(dates.map((text) => text.slice(0, 10))).size).toBe(times.length);
          for (const t of times)
            expect(t.getTime() >= from && t.getTime() <= from + days * DAY).toBe(true);
          expect(Math.abs(times.length - days)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('run at the first occurrence of an hour the clocks go back through', () => {
    // 02:00 comes twice in Zurich on 25 October 2026: at 00:00 UTC (summer time), then 01:00.
    const twice = backupTimes(
      { from: Date.UTC(2026, 9, 24), to: Date.UTC(2026, 9, 26, 12) },
      { hour: 2 },
    );
    expect(twice).toEqual([
      new Date(Date.UTC(2026, 9, 24, 0)),
      new Date(Date.UTC(2026, 9, 25, 0)),
      new Date(Date.UTC(2026, 9, 26, 1)),
    ]);
    // Santiago goes back from 00:00 to 23:00 on 4 April 2026: 23:00 is at 02:00 UTC, then 03:00.
    const santiago = { hour: 23, timeZone: 'America/Santiago' };
    expect(
      backupTimes({ from: Date.UTC(2026, 3, 4, 12), to: Date.UTC(2026, 3, 5, 12) }, santiago),
    ).toEqual([new Date(Date.UTC(2026, 3, 5, 2))]);
    // 00:00 on the day of such a change (7 April 2024) comes once: at 04:00 UTC, not at 03:00,
    // the instant the clocks go back (to 23:00 the day before), which date-fns' TZDate gave on a
    // machine set to Pacific/Chatham (test/timezone.test.ts runs the library in such zones). On
    // 8 September 2024, 00:00 does not exist: the backup runs at 01:00, 04:00 UTC again.
    const midnight = { hour: 0, timeZone: 'America/Santiago' };
    for (const day of [Date.UTC(2024, 3, 7), Date.UTC(2024, 8, 8)])
      expect(backupTimes({ from: day, to: day + DAY }, midnight)).toEqual([new Date(day + 4 * H)]);
    // Lord Howe goes back half an hour, from 02:00 to 01:30: 01:00 comes once.
    const lordHowe = { hour: 1, timeZone: 'Australia/Lord_Howe' };
    expect(
      backupTimes({ from: Date.UTC(2026, 3, 4, 0), to: Date.UTC(2026, 3, 5, 0) }, lordHowe),
    ).toEqual([new Date(Date.UTC(2026, 3, 4, 14))]);
    // The last backup before a loss is that first occurrence too.
    const lost = canRecover({
      offer: 'mail-premium',
      receivedAt: Date.UTC(2026, 9, 20),
      goneAt: Date.UTC(2026, 9, 25, 0, 30),
      now: Date.UTC(2026, 9, 25, 6),
      hour: 2,
    });
    expect(lost).toMatchObject({ recoverable: true, backup: new Date(Date.UTC(2026, 9, 25, 0)) });
  });

  it('read each hour at its first occurrence, once a local day, in the months the clocks change', () => {
    const zones = ['Europe/Zurich', 'America/Santiago', 'Australia/Lord_Howe', 'America/New_York'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 2024, max: 2030 }),
        // March, April, October, November: every change of these zones falls in one of them.
        fc.constantFrom(2, 3, 9, 10),
        (timeZone, year, month) => {
          const format = new Intl.DateTimeFormat('en-CA', {
            timeZone,
            dateStyle: 'short',
            timeStyle: 'short',
            hourCycle: 'h23',
          });
          const from = Date.UTC(year, month, 1);
          for (let hour = 0; hour < 24; hour++) {
            const times = backupTimes({ from, to: from + 31 * DAY }, { hour, timeZone });
            const days = times.map((t) => format.format(t).slice(0, 10));
            expect(new Set(days).size).toBe(times.length);
            for (const t of times) {
              const text = format.format(t);
              // No earlier instant within two hours reads the same local time.
              for (let back = 30; back <= 120; back += 30)
                expect(format.format(t.getTime() - back * 60_000)).not.toBe(text);
            }
          }
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('follow another hour and time zone on request, and check them', () => {
    expect(
      backupTimes(
        { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 1, 23) },
        { hour: 2, timeZone: 'UTC' },
      ),
    ).toEqual([new Date(Date.UTC(2026, 0, 1, 2))]);
    expect(backupTimes({ from: 10, to: 5 })).toEqual([]);
    expect(() => backupTimes({ from: 0, to: DAY }, { hour: 24 })).toThrow(
      'options.hour: expected an integer from 0 to 23; received 24',
    );
    expect(() => backupTimes({ from: 0, to: DAY }, { hour: -1 })).toThrow(/^options\.hour: /);
    // Both ends of the day are hours.
    const utc = { timeZone: 'UTC' };
    expect(backupTimes({ from: 0, to: DAY - 1 }, { ...utc, hour: 0 })).toEqual([new Date(0)]);
    expect(backupTimes({ from: 0, to: DAY - 1 }, { ...utc, hour: 23 })).toEqual([new Date(23 * H)]);
    // A time zone is a string: not an object that would print as one.
    const zone = { toString: () => 'UTC' };
    expect(() => backupTimes({ from: 0, to: DAY }, { timeZone: zone as never })).toThrow(
      'options.timeZone: expected an IANA time zone such as "Europe/Zurich"; received an object',
    );
    expect(() => backupTimes({ from: 0, to: new Date('x') })).toThrow(/^range\.to: /);
    expect(() => backupTimes({ from: 0, to: DAY }, { timeZone: 'Europe/Genf' })).toThrow(
      /^options\.timeZone: /,
    );
    expect(() => backupTimes({ from: 'x' as never, to: DAY })).toThrow(/^range\.from: /);
    expect(() => backupTimes(null as never)).toThrow(
      'range: expected an object { from, to }; received null',
    );
    expect(() => backupTimes({ from: 0, to: DAY }, 5 as never)).toThrow(/^options: /);
    // One Date a day: 100 years at most (a range of millennia took minutes and gigabytes).
    const century = 36_525 * DAY;
    expect(backupTimes({ from: 0, to: century }, utc)).toHaveLength(36_525);
    expect(() => backupTimes({ from: 0, to: century + 1 })).toThrow(
      'range.to: expected an instant at most 36525 days (100 years) after range.from; received 3155760000001',
    );
  });

  it('offer the last 30 days of backups on paid offers, none elsewhere', () => {
    const now = new Date(Date.UTC(2026, 2, 31, 12));
    const paid = restoreOptions({ offer: 'ksuite-standard', now });
    expect(paid.retentionDays).toBe(30);
    expect(paid.backups).toHaveLength(30);
    expect(paid.backups[0]).toEqual(new Date(Date.UTC(2026, 2, 31, 3)));
    expect(paid.backups.at(-1)).toEqual(new Date(Date.UTC(2026, 2, 2, 4)));
    expect(paid.upgradeUnlocksBackups).toBe(false);
    expect(restoreOptions({ offer: 'my-ksuite', now })).toEqual({
      retentionDays: 0,
      backups: [],
      rule: 'R-BKP-2',
      upgradeUnlocksBackups: true,
    });
    // At the instant of a backup, that backup counts, and the one of 30 days before is 1 h short of expiring.
    const exact = restoreOptions({
      offer: 'mail-premium',
      now: new Date(Date.UTC(2026, 2, 31, 3)),
    });
    expect(exact.backups).toHaveLength(31);
    expect(exact.backups.at(-1)).toEqual(new Date(Date.UTC(2026, 2, 1, 4)));
    expect(() => restoreOptions({ offer: 'mail-premium', now: new Date('x') })).toThrow(/^now: /);
    expect(() => restoreOptions(null as never)).toThrow('input: expected an object; received null');
    expect(() => restoreOptions({ offer: 'nope' as never, now })).toThrow(/^offer: /);
    // With no clock change in the 30 days, the backup of exactly 30 × 24 h before has expired.
    const winter = restoreOptions({ offer: 'mail-premium', now: zurich(5) });
    expect(winter.backups).toHaveLength(30);
    expect(winter.backups[0]).toEqual(zurich(5));
    expect(winter.backups.at(-1)).toEqual(new Date(Date.UTC(2026, 1, 1, 4)));
    // Another schedule is followed here too.
    const schedule = { hour: 2, timeZone: 'UTC' };
    expect(restoreOptions({ offer: 'mail-premium', now, ...schedule }).backups[0]).toEqual(
      new Date(Date.UTC(2026, 2, 31, 2)),
    );
  });
});

describe('a zone’s offset from its wall clock (platforms without longOffset)', () => {
  it('is the offset Intl names, to the second, at any instant a Date holds', () => {
    const zones = [
      'Europe/Zurich',
      'America/Santiago',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Africa/Monrovia', // UTC−00:44:30 until 1972
      'Europe/Dublin', // UTC−00:25:21 until 1916
      'UTC',
    ];
    // The offset Intl names (`GMT-00:44:30`), read here with its sign (tzOffset loses it when
    // the hours are `-00`: see above).
    const longOffset = (zone: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const named = (zone: string, time: number) => {
      const name = longOffset(zone).format(time).split('GMT')[1] as string;
      const [hours = 0, minutes = 0, seconds = 0] = name.slice(1).split(':').map(Number);
      return (name.startsWith('-') ? -1 : 1) * ((hours * 60 + minutes) * 60 + seconds) * 1000;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        // Recent years, where the clocks change, and any instant at all (local mean time, 1 BC).
        fc.oneof(
          fc.integer({ min: Date.UTC(2020, 0), max: Date.UTC(2030, 0) }),
          fc.integer({ min: -END, max: END }),
        ),
        (zone, time) => {
          expect(wallClockOffset(zone, time)).toBe(named(zone, time));
        },
      ),
      { numRuns: runs(2000) },
    );
    // Zurich's local mean time, +00:34:08, in the year 1 BC (the year 0) and at the first
    // instant a Date holds; summer time at the last, whose wall clock is past it.
    const meanTime = (34 * 60 + 8) * 1000;
    expect(wallClockOffset('Europe/Zurich', -62_135_596_801_000)).toBe(meanTime);
    expect(wallClockOffset('Europe/Zurich', -END)).toBe(meanTime);
    expect(wallClockOffset('Europe/Zurich', END)).toBe(2 * H);
    expect(wallClockOffset('America/Santiago', END)).toBe(-3 * H);
    // One format a zone, made once, and no more than 32 of them.
    WALL_CLOCKS.clear();
    wallClockOffset('UTC', 0);
    const utc = WALL_CLOCKS.get('UTC');
    wallClockOffset('UTC', DAY);
    expect(WALL_CLOCKS.get('UTC')).toBe(utc);
    const many = Intl.supportedValuesOf('timeZone').slice(0, 2 * MAX_CHECKED_ZONES);
    WALL_CLOCKS.clear();
    for (const [index, zone] of many.entries()) {
      wallClockOffset(zone, 0);
      expect(WALL_CLOCKS.size).toBe((index % MAX_CHECKED_ZONES) + 1);
    }
  });
});

describe('folders (R-RET-1, R-RET-2)', () => {
  it.each([
    ['Trash', 'trash'],
    ['INBOX.Trash', 'trash'],
    ['INBOX/Papelera', 'trash'],
    ['Elementos eliminados', 'trash'],
    ['Mensajes eliminados', 'trash'],
    ['  DELETED ITEMS ', 'trash'],
    ['Éléments supprimés', 'trash'],
    ['Correo no deseado', 'junk'],
    ['Correo electrónico no deseado', 'junk'],
    ['Junk E-mail', 'junk'],
    ['Spam', 'junk'],
    ['Infectado', 'infected'],
    ['Infected', 'infected'],
    ['&BBoEPgRABDcEOAQ9BDA-', 'trash'],
    ['Удаленные', 'trash'],
    ['Удалённые', 'trash'],
    // Outlook's own names where the table had only other clients': pl, sv, fi, pt-PT.
    ['Elementy usunięte', 'trash'],
    ['Wiadomości-śmieci', 'junk'],
    ['Borttagna objekt', 'trash'],
    ['Poistetut', 'trash'],
    ['Itens Eliminados', 'trash'],
    ['Lixo Eletrónico', 'junk'],
    ['INBOX.&BCEEPwQwBDw-', 'junk'],
    ['Ｔｒａｓｈ', 'trash'],
    ['Trash talk with Bob', 'regular'],
    ['Spamalot tickets', 'regular'],
    ['Inbox', 'regular'],
    ['Factures 2026', 'regular'],
    ['&Jjo-', 'regular'],
    ['', 'regular'],
  ])('%j is %s', (name, kind) => {
    expect(classifyFolder(name)).toBe(kind);
    expect(isAutoPurgedFolder(name)).toBe(kind !== 'regular');
  });

  it('lets SPECIAL-USE attributes win over the name', () => {
    expect(classifyFolder('Archive', { specialUse: ['\\Trash'] })).toBe('trash');
    expect(classifyFolder('Trash', { specialUse: ['\\Junk'] })).toBe('junk');
    expect(classifyFolder('Archive', { specialUse: ['\\Archive', 42 as never, ' \\junk '] })).toBe(
      'junk',
    );
    expect(classifyFolder('Trash', { specialUse: ['\\Sent'] })).toBe('trash');
    expect(classifyFolder(42 as never)).toBe('regular');
    // As IMAP clients give them: ImapFlow's mailbox.specialUse is one string, its flags a Set.
    expect(classifyFolder('Corbeille', { specialUse: '\\Trash' })).toBe('trash');
    expect(classifyFolder('Archive', { specialUse: '\\Junk' })).toBe('junk');
    expect(classifyFolder('Archive', { specialUse: new Set(['\\HasNoChildren', '\\Trash']) })).toBe(
      'trash',
    );
    function* attributes() {
      yield '\\Junk';
    }
    expect(classifyFolder('Archive', { specialUse: attributes() })).toBe('junk');
    expect(classifyFolder('Trash', { specialUse: { 0: '\\Junk', length: 1 } as never })).toBe(
      'trash',
    ); // not iterable: no attribute
    expect(whenPurged('Archive', 0, { specialUse: '\\Trash' })).toMatchObject({ kind: 'trash' });
  });

  it('is invariant under case, compatibility forms and surrounding white space', () => {
    const names = FOLDER_NAMES.flatMap((entry) =>
      entry.names.map((name) => [name, entry.kind] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom('', ' ', '\t', '\u3000'),
        fc.boolean(),
        ([name, kind], pad, upper) => {
          const variant = `${pad}${upper ? name.toUpperCase() : name}${pad}`;
          expect(classifyFolder(variant)).toBe(kind);
          expect(classifyFolder(variant.normalize('NFD'))).toBe(kind);
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (name) => void classifyFolder(name)));
  });

  it('purges 30 × 24 hours later, whatever the clocks do', () => {
    expect(purgeDate(new Date('2026-03-20T10:00:00Z'))).toEqual(new Date('2026-04-19T10:00:00Z'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), (t) => {
        expect(purgeDate(t).getTime() - t).toBe(30 * DAY);
      }),
    );
    expect(whenPurged('Factures', 0)).toEqual({ purged: false, kind: 'regular', rule: 'R-RET-1' });
    expect(whenPurged('Spam', 0)).toEqual({
      purged: true,
      kind: 'junk',
      at: new Date(30 * DAY),
      rule: 'R-RET-2',
    });
    expect(() => purgeDate(Number.NaN)).toThrow(/^movedAt: /);
    expect(() => whenPurged('Spam', Number.NaN)).toThrow(/^enteredAt: /);
  });

  it('purges within the range a Date holds, or refuses the instant (never an Invalid Date)', () => {
    const last = END - 30 * DAY;
    expect(purgeDate(last)).toEqual(new Date(END));
    expect(whenPurged('Trash', last)).toMatchObject({ purged: true, at: new Date(END) });
    expect(() => purgeDate(last + 1)).toThrow(
      'movedAt: expected an instant at least 30 days before the end of the Date range (+275760-09-13T00:00:00.000Z); received 8639997408000001',
    );
    expect(() => whenPurged('Spam', new Date(END))).toThrow(
      /^enteredAt: expected an instant at least 30 days/,
    );
    // A folder that is never purged has no date to compute.
    expect(whenPurged('Factures', END)).toEqual({
      purged: false,
      kind: 'regular',
      rule: 'R-RET-1',
    });
  });
});

describe('decodeImapUtf7 (RFC 3501 §5.1.3)', () => {
  it.each([
    ['&BBoEPgRABDcEOAQ9BDA-', 'Корзина'],
    ['Sent &- Received', 'Sent & Received'],
    ['&Jjo-!', '☺!'],
    ['&AOk-l&AOk-ments', 'éléments'],
    ['&2D3eAA-', '😀'],
    ['plain', 'plain'],
    ['&ZeVnLIqe-', '日本語'],
    ['~ok~', '~ok~'], // the last printable character stands for itself
    // The ends of the surrogate ranges, paired, and the code units just outside them.
    ['&2ADcAA-', '\u{10000}'],
    ['&2,,f,w-', '\u{10ffff}'],
    ['&1,8-', '\ud7ff'],
    ['&4AA-', '\ue000'],
  ])('%s → %s', (encoded, decoded) => {
    expect(decodeImapUtf7(encoded)).toBe(decoded);
  });

  // Then: bits left over that are not zero, or a whole base64 character too many; half a
  // surrogate pair alone (each end of both ranges), a high one before a letter, before another
  // high one, before U+E000.
  it.each([
    '&Jjo',
    '&J?o-',
    'é',
    '&AOk',
    '&AOkA', // unterminated, though what follows the & up to its last character would decode
    '&A-',
    '&AOkA-',
    'tab\t',
    '&AOl-',
    '&AOkA6QDpA-',
    '&2D0-',
    '&3gA-',
    '&2AA-',
    '&2,8-',
    '&3AA-',
    '&3,8-',
    '&2D0AYQ-',
    '&2ADYAA-',
    '&2ADgAA-',
  ])('%j is not valid modified UTF-7', (encoded) => {
    expect(decodeImapUtf7(encoded)).toBeNull();
  });

  it('decodes a run of any length, and never throws', () => {
    // 8 base64 characters hold three UTF-16 code units: 'aaa'. 300,000 of them: twice what
    // spreading into String.fromCharCode takes before the stack overflows in Node.js 20.
    const run = `&${'AGEAYQBh'.repeat(100_000)}-`;
    expect(decodeImapUtf7(run)).toBe('a'.repeat(300_000));
    expect(classifyFolder(run)).toBe('regular');
  });

  it('round-trips any text through an encoder written from the RFC', () => {
    const encode = (text: string) =>
      text.replace(/&/g, '&-').replace(/[^\x20-\x7e]+/g, (run) => {
        const bytes = Buffer.alloc(run.length * 2);
        for (let i = 0; i < run.length; i++) bytes.writeUInt16BE(run.charCodeAt(i), i * 2);
        return `&${bytes.toString('base64').replace(/=+$/, '').replace(/\//g, ',')}-`;
      });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeImapUtf7(encode(text))).toBe(text);
      }),
    );
    expect(decodeImapUtf7(42 as never)).toBeNull();
  });
});
