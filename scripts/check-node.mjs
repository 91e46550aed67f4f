// npm run check:node -- [major …]
//
// Runs the unit, property and type tests (`vitest run --typecheck`, on the built dist/ as
// `npm test` leaves it) under Node.js release lines other than the one that runs `npm test`:
// the official binaries as the npm registry ships them (`node-<platform>-<arch>`, the packages
// the `node` package installs), unpacked into a temporary folder. Without arguments, the lines
// maintained on 2026-11-29: 22, 24 and 26. The lines differ where the library leans on the
// platform: the URL parser of Node.js 24 and 26 (ada 4.0) reads an ASCII host as it is, its
// `xn--` labels unchecked, where Node.js 20 and 22 (ada 2.9) checked them; ICU and CLDR write
// numbers and dates; V8 decides what is quick.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const asked = process.argv.slice(2);
const majors = asked.length > 0 ? asked : ['22', '24', '26'];
const platform = { linux: 'linux', darwin: 'darwin' }[process.platform];
if (platform === undefined) {
  console.error(`check:node: no Node.js binaries on the npm registry for ${process.platform}`);
  process.exit(2);
}
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');

const folder = mkdtempSync(path.join(tmpdir(), 'mail-policy-node-'));
let failed = 0;
try {
  for (const major of majors) {
    const name = `node-${platform}-${process.arch}`;
    const into = path.join(folder, major);
    execFileSync('npm', ['pack', '--silent', `${name}@${major}`, '--pack-destination', folder], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(folder).find((file) => file.startsWith(`${name}-${major}.`));
    if (tarball === undefined) throw new Error(`npm pack ${name}@${major} left no tarball`);
    mkdirSync(into);
    execFileSync('tar', ['xzf', path.join(folder, tarball), '-C', into]);
    const bin = path.join(into, 'package', 'bin');
    const node = path.join(bin, 'node');
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    // The tests that start a program (`node dist/cli.js …`) find this one first.
    const run = spawnSync(node, [vitest, 'run', '--typecheck'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, CI: '' },
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: vitest's colours
    const output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const summary = output.match(/^\s*Tests\s+(.*)$/m)?.[1] ?? 'no summary';
    if (run.status !== 0) failed++;
    console.log(`Node.js ${version}: ${run.status === 0 ? 'ok' : 'failed'} (${summary.trim()})`);
    if (run.status !== 0) {
      const failures = output.split('\n').filter((line) => /^\s*(FAIL|×)/.test(line));
      console.log(failures.slice(0, 20).join('\n'));
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
