import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const CONFIG = fileURLToPath(new URL('fixtures/watchdog/vitest.config.ts', import.meta.url));

it('fails the run and names the test when a test holds its thread past TEST_HANG_SECONDS', async () => {
  const run = promisify(execFile)(process.execPath, [VITEST, 'run', '--config', CONFIG], {
    env: { ...process.env, TEST_HANG_SECONDS: '2', CI: '', NO_COLOR: '1' },
    timeout: 60_000,
  });
  const failure = await run.then(
    () => expect.unreachable('the run passed'),
    (error: { code: number | null; killed: boolean; stderr: string }) => error,
  );
  expect(failure.killed).toBe(false); // ended by the watchdog, not by the 60 s above
  expect(failure.code).toBe(1);
  // The test that waited 3 s while its thread was free was left alone.
  expect(failure.stderr).toMatch(
    /\[watchdog\] hang\.fixture\.ts > never returns: no answer for 2 s \(a synchronous loop that never ends\?\); killing the test process \d+\./,
  );
  expect(failure.stderr).not.toMatch(/\[watchdog\] .*waits longer/);
}, 70_000);
