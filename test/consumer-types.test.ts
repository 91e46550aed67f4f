import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A program that imports the built package (test/fixtures/consumer), type-checked against the
// declarations in dist/ with `skipLibCheck: false`, as a user's project checks them: ESM and
// CommonJS under node16 resolution, ESM under bundler resolution, and the zod subpath. Each
// file holds `@ts-expect-error` lines, so that a package whose types did not resolve (any) fails
// too. `npm run check:typescript` runs the same configurations with older TypeScript versions.
const CONSUMER = fileURLToPath(new URL('fixtures/consumer/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/esm/index.d.ts', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe.skipIf(!existsSync(DIST))('the built declarations, as a user project checks them', () => {
  it.each(['node16', 'bundler', 'zod'])(
    'tsconfig.%s.json',
    (config) => {
      const run = spawnSync(process.execPath, [TSC, '-p', `${CONSUMER}tsconfig.${config}.json`], {
        encoding: 'utf8',
      });
      expect(run.stdout + run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
    30_000,
  );
});
