import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/esm/index.js', import.meta.url));

/**
 * What the built library answers where local time matters (the backup schedule across
 * daylight-saving changes in four zones, a restore, the backups offered, a date in a message),
 * printed as JSON, with the machine's own offset on 1 January 2026 to show which time zone the
 * process ran in. Nothing in the answers may depend on that zone.
 */
const SCRIPT = `
import { backupTimes, canRecover, decideSend, formatIssue, restoreOptions } from ${JSON.stringify(DIST)};
const DAY = 864e5;
const answers = [];
for (const timeZone of ['Europe/Zurich', 'America/Santiago', 'Australia/Lord_Howe', 'America/New_York'])
  for (const year of [2024, 2026])
    for (const month of [2, 3, 8, 9, 10]) {
      const from = Date.UTC(year, month, 1);
      for (let hour = 0; hour < 24; hour++)
        answers.push(backupTimes({ from, to: from + 31 * DAY }, { hour, timeZone }).map(Number));
    }
const lost = { offer: 'ksuite-standard', receivedAt: Date.UTC(2026, 9, 24), goneAt: Date.UTC(2026, 9, 25, 0, 30) };
answers.push(canRecover({ ...lost, now: Date.UTC(2026, 9, 25, 6), hour: 2 }));
answers.push(restoreOptions({ offer: 'mail-premium', now: Date.UTC(2026, 2, 30, 12) }).backups.map(Number));
const refused = decideSend({ offer: 'ksuite-free', now: Date.UTC(2026, 2, 29, 0, 30), history: [{ at: Date.UTC(2026, 2, 28, 1), recipients: 500 }], message: { recipients: 1 } });
answers.push(refused.issues.map((issue) => formatIssue(issue, 'fr')));
process.stdout.write(JSON.stringify({ offset: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(), answers }));
`;

/** The machines' time zones tried, with their offset on 1 January 2026 as `Date` gives it. */
const ZONES = {
  UTC: 0,
  'Pacific/Chatham': -825, // +13:45 in its summer
  'America/Santiago': 180, // -03:00 in its summer
  'Asia/Kolkata': -330,
  'Australia/Lord_Howe': -660, // +11:00, half an hour of daylight saving
  'America/Los_Angeles': 480,
} as const;

async function answersIn(timeZone: string): Promise<{ offset: number; answers: unknown[] }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', SCRIPT],
    { env: { ...process.env, TZ: timeZone }, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

describe('the time zone of the machine', () => {
  it('changes no answer: backups, restores and dates in messages read only the zones given', async () => {
    const runs = await Promise.all(Object.keys(ZONES).map(answersIn));
    const [utc] = runs;
    for (const [index, [zone, offset]] of Object.entries(ZONES).entries()) {
      const run = runs[index];
      // The process ran in that zone (a TZ the platform ignored would prove nothing)…
      expect(run?.offset, zone).toBe(offset);
      // …and answered as in UTC.
      expect(run?.answers, zone).toEqual(utc?.answers);
    }
    // The answers are the schedule's, not empty ones: 4 zones × 2 years × 5 months × 24 hours.
    expect(utc?.answers).toHaveLength(963);
    expect(utc?.answers[0]).toHaveLength(31);
  });
});
