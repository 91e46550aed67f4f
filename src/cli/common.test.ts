import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isoInstant, parseIsoDate, readTimeZone } from './common.js';

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

describe('--tz: instants read and written on a time zone’s clock', () => {
  const iso = (time: number) => new Date(time).toISOString();

  it.each([
    // Zurich: UTC+1 in winter, UTC+2 in summer.
    ['2026-03-01T08:15', 'Europe/Zurich', '2026-03-01T07:15:00.000Z'],
    ['2026-07-01T08:15', 'Europe/Zurich', '2026-07-01T06:15:00.000Z'],
    ['2026-03-01', 'Europe/Zurich', '2026-02-28T23:00:00.000Z'], // a date alone: midnight there
    ['2026-03-01T08:15', 'america/st_johns', '2026-03-01T11:45:00.000Z'], // any case; UTC−3:30
    // Clocks go forward at 02:00 on 29 March: 02:30 is skipped, and read an hour on (03:30).
    ['2026-03-29T02:30', 'Europe/Zurich', '2026-03-29T01:30:00.000Z'],
    // Clocks go back at 03:00 on 25 October: 02:30 comes twice, and the first is taken.
    ['2026-10-25T02:30', 'Europe/Zurich', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25T03:30', 'Europe/Zurich', '2026-10-25T02:30:00.000Z'],
    // Local mean time, before the zones: Zurich +00:34:08, Dublin −00:25:21.
    ['1800-01-01T00:34:08', 'Europe/Zurich', '1800-01-01T00:00:00.000Z'],
    ['1900-01-01T00:00', 'Europe/Dublin', '1900-01-01T00:25:21.000Z'],
    // An offset in the text wins over the zone.
    ['2026-03-01T08:15Z', 'Asia/Tokyo', '2026-03-01T08:15:00.000Z'],
    ['2026-03-01T08:15+05:30', 'Europe/Zurich', '2026-03-01T02:45:00.000Z'],
    ['1800-01-01T00:34:08+00:34:08', 'UTC', '1800-01-01T00:00:00.000Z'],
    ['0050-06-01T21:18:59+09:18:59', 'UTC', '0050-06-01T12:00:00.000Z'], // Tokyo's, 59 seconds
    // At the ends of the range of a Date.
    ['+275760-09-12T23:00', 'Etc/GMT-1', '+275760-09-12T22:00:00.000Z'],
    ['-271821-04-20T01:00', 'Etc/GMT-1', '-271821-04-20T00:00:00.000Z'],
  ])('%j in %s is %s', (text, zone, expected) => {
    expect(iso(parseIsoDate(text, zone))).toBe(expected);
  });

  it('refuses a wall clock whose instant is past the end of the range of a Date', () => {
    // Midnight at UTC−1 on the last day is 01:00 UTC, an hour past the end; midnight at UTC+1 on
    // the first, an hour before its start.
    expect(parseIsoDate('+275760-09-13T00:00', 'Etc/GMT+1')).toBeNaN();
    expect(parseIsoDate('-271821-04-20T00:00', 'Etc/GMT-1')).toBeNaN();
  });

  it('refuses, with a zone too, what does not exist on any clock', () => {
    expect(parseIsoDate('2026-02-29T08:00', 'Europe/Zurich')).toBeNaN();
    expect(parseIsoDate('2026-03-01T24:00', 'Europe/Zurich')).toBeNaN();
    expect(parseIsoDate('2026-03-01T12:00+01:00:60', 'Europe/Zurich')).toBeNaN();
    expect(parseIsoDate('2026-03-01T12:00+0100:30')).toBeNaN(); // seconds only after a colon
  });

  it.each([
    ['2026-03-10T04:00:00Z', undefined, '2026-03-10T04:00:00.000Z'],
    ['2026-03-10T04:00:00Z', 'Europe/Zurich', '2026-03-10T05:00:00.000+01:00'],
    ['2026-07-10T03:00:00Z', 'Europe/Zurich', '2026-07-10T05:00:00.000+02:00'],
    ['2026-07-10T03:00:00Z', 'UTC', '2026-07-10T03:00:00.000+00:00'],
    ['2026-07-10T03:00:00Z', 'America/St_Johns', '2026-07-10T00:30:00.000-02:30'],
    ['2026-07-10T23:00:00Z', 'Pacific/Kiritimati', '2026-07-11T13:00:00.000+14:00'],
    ['1800-01-01T00:00:00Z', 'Europe/Zurich', '1800-01-01T00:34:08.000+00:34:08'],
    ['1900-01-01T00:25:21Z', 'Europe/Dublin', '1900-01-01T00:00:00.000-00:25:21'],
    ['0050-06-01T12:00:00Z', 'Asia/Tokyo', '0050-06-01T21:18:59.000+09:18:59'],
    ['-000001-06-01T12:00:00Z', 'Etc/GMT-1', '-000001-06-01T13:00:00.000+01:00'],
    ['+275760-09-13T00:00:00Z', 'UTC', '+275760-09-13T00:00:00.000+00:00'], // the last instant
    // The wall clock would be past the end of the range of a Date: UTC, as it is.
    ['+275760-09-13T00:00:00Z', 'Asia/Tokyo', '+275760-09-13T00:00:00.000Z'],
    ['-271821-04-20T00:00:00Z', 'America/New_York', '-271821-04-20T00:00:00.000Z'],
  ])('isoInstant(%s, %s) is %s', (text, zone, expected) => {
    expect(isoInstant(new Date(parseIsoDate(text)), zone)).toBe(expected);
  });

  it('readTimeZone takes what Intl takes, and names --tz otherwise', () => {
    expect(readTimeZone(undefined)).toBeUndefined();
    expect(readTimeZone('europe/zurich')).toBe('europe/zurich');
    for (const bad of ['Nowhere', '', 'Europe/Zurich ', '+01:00x']) {
      expect(() => readTimeZone(bad)).toThrow(
        `--tz: expected an IANA time zone such as Europe/Zurich; received ${JSON.stringify(bad)}`,
      );
    }
  });

  const ZONES = [
    'UTC',
    'Europe/Zurich',
    'Europe/Dublin',
    'America/St_Johns',
    'America/Sao_Paulo',
    'Australia/Lord_Howe', // a change of half an hour
    'Pacific/Apia', // skipped 30 December 2011
    'Asia/Kathmandu',
    'Africa/Casablanca',
  ];
  const instants = fc.oneof(
    fc.integer({ min: Date.UTC(1850, 0), max: Date.UTC(2100, 0) }),
    fc.integer({ min: -8.64e15, max: 8.64e15 }),
  );

  it('writes an instant that reads back as the same instant, offset and all', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (time, zone) => {
        const written = isoInstant(new Date(time), zone);
        expect(parseIsoDate(written)).toBe(time);
      }),
    );
  });

  it('reads the wall clock it wrote as an instant that shows that clock again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1850, 0), max: Date.UTC(2100, 0) }),
        fc.constantFrom(...ZONES),
        (time, zone) => {
          const written = isoInstant(new Date(time), zone);
          const wall = written.replace(/[+-]\d\d:\d\d(?::\d\d)?$/, '');
          const read = parseIsoDate(wall, zone);
          // The same clock; the instant itself, or the first of an hour that comes twice.
          expect(isoInstant(new Date(read), zone).startsWith(wall)).toBe(true);
          expect(read).toBeLessThanOrEqual(time);
          expect(time - read).toBeLessThanOrEqual(3 * 3600_000);
        },
      ),
    );
  });
});
