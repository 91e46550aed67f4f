// node bench/size-variants.mjs: what `validateAddress` alone would weigh without each of the
// parts that make it up, for the size paragraph of docs/performance.md.
//
// Each variant bundles `{ validateAddress }` from the sources with esbuild (minified, ESM,
// tree-shaken by the package's `"sideEffects": false`, as size-limit does from the build) after
// taking parts out of two modules in memory: the RFC 5321 parser (rfc mode), the provider's
// fast pass, the IDNA path, the options' check that throws `PolicyInputError`. The figures are
// gzip sizes in bytes, comparable with one another; size-limit, run on the build, gives a few
// dozen bytes less for the whole. A cut that no longer finds its text in the sources stops
// the script: it must be updated with the code.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

/** The parts taken out: for a module (by the end of its path), a text and what replaces it. */
const CUTS = {
  'the RFC 5321 parser (rfc mode)': [
    [
      'src/address/rfc.ts',
      /\/\*\*\n \* @internal The index of the first character[\s\S]*$/,
      `export function rfcLocalPartError(text: string, start: number, end: number): number {
  return text.length + start + end > 0 ? -1 : 0;
}
export function isAddressLiteral(text: string): boolean {
  return text === '';
}
`,
    ],
  ],
  "the provider's fast pass": [
    [
      'src/address/validateAddress.ts',
      "const quick = mode === 'provider' ? quickProvider(input) : -1;",
      'const quick = -1 as number;',
    ],
  ],
  'the IDNA path (internationalised domains)': [
    [
      'src/address/validateAddress.ts',
      /const converted = idnaIssues\(input, domain, length, provider\);[\s\S]*?if \(ascii !== null\) size = domain \+ ascii\.length;/,
      "found = [{ code: 'domain-invalid-idn', rule, index: domain }];",
    ],
  ],
  'the options check (PolicyInputError)': [
    [
      'src/address/validateAddress.ts',
      'const { mode } = toOptions(options);',
      'const { mode } = options as { mode?: string };',
    ],
    ['src/address/validateAddress.ts', /throw new PolicyInputError\([^;]*;/, "return 'provider';"],
  ],
};

/** The gzip size of `{ validateAddress }` bundled with the `cuts` applied. */
async function weigh(cuts) {
  const plugin = {
    name: 'cuts',
    setup(build) {
      build.onLoad({ filter: /src[\\/]address[\\/](rfc|validateAddress)\.ts$/ }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const [file, from, to] of cuts) {
          if (!args.path.replaceAll('\\', '/').endsWith(file)) continue;
          const next = text.replace(from, to);
          if (next === text) throw new Error(`${file}: the cut ${from} no longer applies`);
          text = next;
        }
        return { contents: text, loader: 'ts' };
      });
    },
  };
  const result = await esbuild.build({
    stdin: {
      contents: "export { validateAddress } from './src/index.ts';",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins: [plugin],
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const names = Object.keys(CUTS);
const rows = [['as it is', await weigh([])]];
for (const name of names) rows.push([`without ${name}`, await weigh(CUTS[name])]);
rows.push([`without all four`, await weigh(names.flatMap((name) => CUTS[name]))]);
rows.push([
  'without all but the fast pass',
  await weigh(names.filter((name) => !name.includes('fast pass')).flatMap((name) => CUTS[name])),
]);
console.log('validateAddress alone, minified and gzipped (bytes):');
for (const [name, bytes] of rows) console.log(`  ${String(bytes).padStart(5)}  ${name}`);
