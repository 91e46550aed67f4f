import { defineConfig } from 'tsup';

const LOCALES = ['en', 'fr', 'de', 'it', 'es'] as const;

export default defineConfig([
  {
    // The library: the main entry, the zod subpath and one entry per locale.
    entry: {
      index: 'src/index.ts',
      zod: 'src/zod/index.ts',
      ...Object.fromEntries(
        LOCALES.map((locale) => [`locales/${locale}`, `src/locales/${locale}.ts`]),
      ),
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    external: ['zod'],
  },
  {
    // The command-line program: one self-contained file.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
  },
]);
