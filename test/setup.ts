import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterEach, beforeEach } from 'vitest';
import { globalRuns, soaking } from './helpers/soak.js';

// Property tests are reproducible: a fixed seed unless FC_SEED says otherwise; FC_RUNS raises
// the number of runs for a longer soak (`FC_RUNS=3000 npx vitest run`: ten times the default,
// for the tests that set their own count too; see helpers/soak.ts).
//
// An arbitrary given a `maxLength` generates up to it. fast-check 4 otherwise sizes every
// array and string `'small'` (at most 10 items past `minLength`) whatever its `maxLength`: the
// local parts of `maxLength: 70` that were to cross R-LP-1's 64 characters never passed 10, and
// the SendLedger model never held the 17 sends that make its storage grow (Stryker's mutant
// breaking the tree's copy on growth survived). Arbitraries without a `maxLength` stay small.
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261126),
  numRuns: globalRuns,
  defaultSizeToMaxWhenMaxSpecified: true,
});

/**
 * A watchdog for tests that never return. vitest's time-out is a timer on the test's own
 * thread, so a synchronous loop without end (a walk over days that reads `NaN` as never late
 * enough, as the date code once did) holds the run until CI gives up, 90 minutes later. A
 * worker thread watches a heartbeat the test thread writes at every test's start and end and
 * once a second while it is free; when the heartbeat is older than `TEST_HANG_SECONDS` (120
 * unless set; 0 turns the watchdog off, as a soak with `FC_RUNS` does), it names the test on
 * standard error and kills the test process, and the run fails at once.
 */
const WATCHDOG = Symbol.for('infomaniak-mail-policy.test-watchdog');

/**
 * What the test thread shares with its watchdog: when it last answered (epoch ms), and the
 * name of the test it runs (UTF-8, with its length). The worker reads the same layout.
 */
interface Heartbeat {
  readonly beat: Float64Array;
  readonly nameLength: Int32Array;
  readonly name: Uint8Array;
}

function startWatchdog(seconds: number): Heartbeat {
  const shared = new SharedArrayBuffer(8 + 4 + 1024);
  const heart: Heartbeat = {
    beat: new Float64Array(shared, 0, 1),
    nameLength: new Int32Array(shared, 8, 1),
    name: new Uint8Array(shared, 12),
  };
  heart.beat[0] = Date.now();
  setInterval(() => {
    heart.beat[0] = Date.now();
  }, 1000).unref();
  const worker = new Worker(
    `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    const beat = new Float64Array(workerData.shared, 0, 1);
    const nameLength = new Int32Array(workerData.shared, 8, 1);
    const name = new Uint8Array(workerData.shared, 12);
    setInterval(() => {
      if (Date.now() - beat[0] < workerData.seconds * 1000) return;
      const test = new TextDecoder().decode(name.slice(0, nameLength[0])) || '(no test started yet)';
      writeSync(2, '\\n[watchdog] ' + test + ': no answer for ' + workerData.seconds +
        ' s (a synchronous loop that never ends?); killing the test process ' + process.pid + '.\\n');
      process.kill(process.pid, 'SIGKILL');
    }, 1000);
    `,
    { eval: true, workerData: { shared, seconds } },
  );
  worker.unref();
  return heart;
}

// One watchdog per process (a process may run several test files); hooks for each file.
const seconds = Number(process.env.TEST_HANG_SECONDS ?? (soaking ? 0 : 120));
if (seconds > 0) {
  const holder = globalThis as { [WATCHDOG]?: Heartbeat };
  holder[WATCHDOG] ??= startWatchdog(seconds);
  const { beat, nameLength, name } = holder[WATCHDOG];
  beforeEach((context) => {
    const bytes = new TextEncoder().encode(`${context.task.file.name} > ${context.task.name}`);
    name.set(bytes.subarray(0, name.length));
    nameLength[0] = Math.min(bytes.length, name.length);
    beat[0] = Date.now();
  });
  afterEach(() => {
    beat[0] = Date.now();
  });
}
