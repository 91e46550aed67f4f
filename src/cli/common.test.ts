import { afterAll, describe, expect, it } from 'vitest';
import { parseIsoDate } from './common.js';

// A zone away from UTC, so that local time and UTC differ (CI runs in UTC); set as the file
// loads, before the tests are collected.
const zone = process.env.TZ;
process.env.TZ = 'Europe/Zurich';

describe('parseIsoDate (the dates of the command line)', () => {
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000Z'], // a date alone: midnight UTC
    [' 2026-03-01 ', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T12:00:00Z', '2026-03-01T12:00:00.000Z'],
    ['2026-03-01t12:00z', '2026-03-01T12:00:00.000Z'],
    ['2026-03-01 12:00:00Z', '2026-03-01T12:00:00.000Z'],
    ['2026-03-01T12:00:00.5Z', '2026-03-01T12:00:00.500Z'],
    ['2026-03-01T12:00:00,123456Z', '2026-03-01T12:00:00.123Z'],
    ['2026-03-01T12:00+01:00', '2026-03-01T11:00:00.000Z'],
    ['2026-03-01T12:00-0530', '2026-03-01T17:30:00.000Z'],
    ['2026-03-01T12:00+01:59', '2026-03-01T10:01:00.000Z'],
    ['2026-03-01T12:00+23:59', '2026-02-28T12:01:00.000Z'],
    ['2026-03-01T00:30+01:00', '2026-02-28T23:30:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['+275760-09-13T00:00:00Z', '+275760-09-13T00:00:00.000Z'],
    ['-000001-01-01', '-000001-01-01T00:00:00.000Z'],
    ['0099-01-01', '0099-01-01T00:00:00.000Z'], // not 1999
  ])('%j is %s', (text, iso) => {
    expect(new Date(parseIsoDate(text)).toISOString()).toBe(iso);
  });

  // A worker thread (Stryker runs vitest in them) cannot change the zone of its process.
  const zoned = () => new Date(2026, 0, 1).getTimezoneOffset() === -60;

  it.runIf(zoned())('reads a time without Z or an offset as Zurich time, in Zurich', () => {
    expect(new Date(parseIsoDate('2026-03-01T08:15')).toISOString()).toBe(
      '2026-03-01T07:15:00.000Z',
    ); // UTC+1 in winter
    expect(new Date(parseIsoDate('2026-07-01T08:15')).toISOString()).toBe(
      '2026-07-01T06:15:00.000Z',
    ); // and UTC+2 in summer
    expect(new Date(parseIsoDate('2026-03-01')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('reads a time without Z or an offset as local time, as ECMAScript does', () => {
    // A day that exists in UTC but not as local time is still checked by its own fields.
    expect(parseIsoDate('2026-02-29T00:30')).toBeNaN();
    expect(parseIsoDate('2026-03-01T08:15')).toBe(new Date(2026, 2, 1, 8, 15).getTime());
    expect(parseIsoDate('2026-07-01 23:59:59.999')).toBe(
      new Date(2026, 6, 1, 23, 59, 59, 999).getTime(),
    );
    const year99 = new Date(2026, 0, 1, 6);
    year99.setFullYear(99);
    expect(parseIsoDate('0099-01-01T06:00')).toBe(year99.getTime());
  });

  it.each([
    '1', // new Date('1') is 2001
    '12',
    '2026',
    '20260301',
    '1/3/2026', // 3 January for new Date
    'March 1, 2026',
    'Sun, 01 Mar 2026 08:00:00 +0100',
    '2026-02-30', // 2 March for new Date
    '2027-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-03-00',
    '2026-03-01T24:00:00Z', // 2 March for new Date
    '2026-03-01T24:00',
    '2026-03-01T12:60Z',
    '2026-03-01T12:00:60Z',
    '2026-03-01T12Z',
    '2026-03-01T12:00+24:00',
    '2026-03-01T12:00+01:60',
    '2026-03-01T12:00 +01:00',
    '+275760-09-13T00:00:01Z', // past the range a Date holds
    '2026-3-1',
    'tomorrow',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeNaN();
  });
});
