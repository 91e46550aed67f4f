import { defineConfig } from 'tsup';

const LOCALES = ['en', 'fr', 'de', 'it', 'es'] as const;

/** The public entries: the main one, the zod subpath and one per locale. */
const ENTRIES = {
  index: 'src/index.ts',
  zod: 'src/zod/index.ts',
  redis: 'src/redis/index.ts',
  ...Object.fromEntries(LOCALES.map((locale) => [`locales/${locale}`, `src/locales/${locale}.ts`])),
};

export default defineConfig([
  {
    // ESM: one file per source module (as date-fns and valibot ship), so that a bundler drops
    // whole modules an import does not reach: with "sideEffects": false, the backup schedule
    // and its time-zone library are not in a bundle that only validates addresses.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/cli/**'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    dts: { entry: ENTRIES },
    sourcemap: true,
    clean: true,
    target: 'es2022',
  },
  {
    // CommonJS: a file per public entry, with its own .d.cts, and the modules two entries
    // share in chunks of their own, so that `/zod`, `/redis` and the locales throw the main
    // entry's `PolicyInputError` (one bundle per entry gave each a copy, and `instanceof`
    // failed). tsup splits CommonJS through Rollup when `treeshake` is on; without it, through
    // sucrase, which rewrites every `?.` and `??` into a helper call.
    entry: ENTRIES,
    outDir: 'dist/cjs',
    format: ['cjs'],
    splitting: true,
    treeshake: true,
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    external: ['zod'],
  },
  {
    // The command-line program: one self-contained file. No source map: the program words its
    // errors itself and prints no stack trace, and the map (with the library's sources in it)
    // was 0.58 MB, a fifth of the package unpacked.
    entry: { cli: 'src/cli/bin.ts' },
    outDir: 'dist',
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: false,
  },
]);
