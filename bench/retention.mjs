// node bench/retention.mjs [build]: what a recovery question and the list of backups cost.
//
// `canRecover` computes the backups around the moment a message left, and checks the schedule's
// time zone once (then remembers it); `restoreOptions` lists the 30 days of backups. Each row
// is timed in 7 fresh processes (median): the first call with `performance.now()` around it
// (the first `Intl` object of a process costs milliseconds); the calls after it as the best of
// passes (a different instant at each call, so nothing is answered from a cache of the
// caller's). `build` is a `dist` folder (default: this package's).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printChildRows } from './report.mjs';

const self = fileURLToPath(import.meta.url);
const DAY = 86_400_000;
const GONE = Date.parse('2026-03-25T09:00:00Z');
const NOW = Date.parse('2026-03-31T12:00:00Z');
const ROWS = {
  first: 'first call: canRecover, a message that lived 5 days',
  days: 'each call after: canRecover, a message that lived 5 days',
  year: 'each call after: canRecover, a message that lived a year',
  options: "each call after: restoreOptions on 'ksuite-standard' (30 backups)",
};

if (process.argv[2] === '--child') {
  const [, , , build, row] = process.argv;
  const { canRecover, restoreOptions } = await import(
    pathToFileURL(path.join(build, 'esm', 'index.js')).href
  );
  const recover = (life, shift) =>
    canRecover({
      offer: 'ksuite-standard',
      receivedAt: GONE - life + shift,
      goneAt: GONE,
      now: NOW,
    });
  if (row === 'first') {
    const start = performance.now();
    recover(5 * DAY, 0);
    console.log(JSON.stringify((performance.now() - start) * 1e6)); // ns
  } else {
    const call = {
      days: (i) => recover(5 * DAY, i),
      year: (i) => recover(365 * DAY, i),
      options: (i) => restoreOptions({ offer: 'ksuite-standard', now: NOW + i * 60_000 }),
    }[row];
    const calls = row === 'days' ? 400 : 20;
    let best = Number.POSITIVE_INFINITY;
    for (let pass = 0; pass < 10; pass++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) call(pass * calls + i);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / calls);
    }
    console.log(JSON.stringify(best)); // ns
  }
} else {
  const build = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  printChildRows(self, build, ROWS, 7, 1);
}
