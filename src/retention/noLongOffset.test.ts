import { tzOffset } from '@date-fns/tz';
import { describe, expect, it, vi } from 'vitest';
import { backupTimes, canRecover, restoreOptions } from './backups.js';

// A platform whose Intl has no `timeZoneName: 'longOffset'` (older builds of React Native's
// Hermes): date-fns' tzOffset then reads the zone's name as an offset such as "+02:00", and
// answers NaN for "Europe/Zurich". The walk over days used to read NaN as never late enough.
vi.mock('@date-fns/tz', () => ({ tzOffset: vi.fn(() => Number.NaN) }));

const H = 3_600_000;
const DAY = 24 * H;

describe('backups where Intl gives no offset by name', () => {
  it('are read from the zone’s wall clock, as anywhere else', () => {
    expect(
      backupTimes({ from: Date.UTC(2026, 2, 28), to: Date.UTC(2026, 2, 30) }).map(Number),
    ).toEqual([Date.UTC(2026, 2, 28, 4), Date.UTC(2026, 2, 29, 3)]);
    // 02:00 comes twice in Zurich on 25 October 2026: the first.
    const twice = backupTimes(
      { from: Date.UTC(2026, 9, 24), to: Date.UTC(2026, 9, 26, 12) },
      { hour: 2 },
    );
    expect(twice.map(Number)).toEqual([
      Date.UTC(2026, 9, 24, 0),
      Date.UTC(2026, 9, 25, 0),
      Date.UTC(2026, 9, 26, 1),
    ]);
    // Santiago's midnights of 2024: one the clocks go back through, one they skip.
    const midnight = { hour: 0, timeZone: 'America/Santiago' };
    for (const day of [Date.UTC(2024, 3, 7), Date.UTC(2024, 8, 8)])
      expect(backupTimes({ from: day, to: day + DAY }, midnight).map(Number)).toEqual([
        day + 4 * H,
      ]);
    expect(
      restoreOptions({ offer: 'ksuite-standard', now: Date.UTC(2026, 2, 31, 12) }),
    ).toMatchObject({
      retentionDays: 30,
      backups: expect.arrayContaining([new Date(Date.UTC(2026, 2, 31, 3))]),
    });
    // The seed's example (R-BKP-4): the 05:00 backup ran before the message came.
    const at = (hour: number, minute = 0) => Date.UTC(2026, 2, 2, hour - 1, minute);
    expect(
      canRecover({
        offer: 'ksuite-standard',
        receivedAt: at(8),
        goneAt: at(9),
        now: at(10),
      }),
    ).toMatchObject({ recoverable: false, reason: 'never-in-a-backup' });
    expect(vi.mocked(tzOffset)).toHaveBeenCalled();
  });
});
