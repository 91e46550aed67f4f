import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm run bench` is how speed is measured (docs/performance.md), and nothing else ran it: a
// renamed export or a changed corpus would have broken it unseen until the next measurement.
// Here it runs on the built package (`npm test` builds first) with one short round, which
// times nothing worth reading but goes through every task, ratio and table. Its figures are
// not asserted, only its shape and what does not depend on the machine: what each validator
// accepts of the seeded corpus. Not under Stryker: the bench reads the build, not the sources.
const mutating = process.env.STRYKER_MUTATOR_WORKER !== undefined;

describe.skipIf(mutating)('npm run bench, in one short round', () => {
  it('runs every task and prints every table', { timeout: 180_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', fileURLToPath(new URL('../bench/run.mjs', import.meta.url))],
      {
        env: { ...process.env, BENCH_TIME: '10', BENCH_ROUNDS: '1', BENCH_CPU: 'any' },
        maxBuffer: 1 << 24,
      },
    );
    expect(stdout).not.toMatch(/NaN|Infinity|undefined/);
    expect(stdout).toContain('(tinybench, 1 round)');
    for (const ratio of [
      'hand loop / isValidAddress (goal ≥ 1)',
      'valibot / validateAddress (goal ≥ 1)',
      'validator.js / validateAddress (goal ≥ 20)',
      'decideSend over an array / over SendLedger at 1e6 (goal ≥ 1000)',
      '1,000,000 / 100,000 characters, validateAddress (linear: ≈ 10)',
    ]) {
      const row = stdout.split('\n').find((line) => line.startsWith(`| ${ratio} | `));
      expect(row?.slice(ratio.length + 5), ratio).toMatch(/^\d/);
    }
    // The corpus is seeded, so these counts are the same on every machine.
    expect(stdout).toContain('| isValidAddress (provider) | 6,077 | 0 |');
    expect(stdout).toContain('| validateAddress (provider, with issues) | 6,077 | 0 |');
    expect(stdout).toContain('| isValidAddress (rfc) | 8,008 | 1,931 |');
    expect(stdout).toMatch(/\| SendLedger, 1,000,000 sends \| \d+\.\d B per send \|/);
    expect(stdout).toContain('| validateAddress alone |');
  });
});
