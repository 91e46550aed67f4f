// npm run check:typescript -- [version …]
//
// Type-checks the program of test/fixtures/consumer against the built declarations (dist/)
// with older TypeScript versions, installed from the npm registry into a temporary folder
// (not devDependencies: an aliased `typescript` would take over the project's `tsc`). The
// gate (test/consumer-types.test.ts) runs the same configurations with the project's own
// TypeScript. Without arguments, it checks what the README promises: node16 resolution from
// TypeScript 4.7, bundler resolution (new in 5.0) from 5.0, the zod subpath from 5.4 (zod 4's
// declarations use `NoInfer`). With versions, every configuration with each.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const consumer = path.join(root, 'test/fixtures/consumer');
const ALL = ['node16', 'bundler', 'zod'];
const PROMISED = { '4.7.4': ['node16'], '5.0.4': ['node16', 'bundler'], '5.4.5': ALL };
const asked = process.argv.slice(2);
const checks = asked.length === 0 ? PROMISED : Object.fromEntries(asked.map((v) => [v, ALL]));
const versions = Object.keys(checks);

const folder = mkdtempSync(path.join(tmpdir(), 'mail-policy-ts-'));
let failed = 0;
try {
  execFileSync('npm', ['init', '-y'], { cwd: folder, stdio: 'ignore' });
  const aliases = versions.map((version) => `ts-${version}@npm:typescript@${version}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...aliases], {
    cwd: folder,
    stdio: 'inherit',
  });
  for (const version of versions) {
    const tsc = path.join(folder, 'node_modules', `ts-${version}`, 'bin', 'tsc');
    for (const config of checks[version]) {
      const run = spawnSync(
        process.execPath,
        [tsc, '-p', path.join(consumer, `tsconfig.${config}.json`)],
        {
          encoding: 'utf8',
        },
      );
      const output = `${run.stdout}${run.stderr}`.trim();
      if (run.status !== 0) failed++;
      console.log(
        `TypeScript ${version}, tsconfig.${config}.json: ${run.status === 0 ? 'ok' : 'errors'}`,
      );
      if (output)
        console.log(
          output
            .split('\n')
            .slice(0, 3)
            .map((line) => `  ${line}`)
            .join('\n'),
        );
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
