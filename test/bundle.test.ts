import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as REGEXES from '../src/_lib/regexes.js';

const DIST = fileURLToPath(new URL('../dist/esm/index.js', import.meta.url));

/** What a bundler keeps of the main entry for `import { names } from '…'`, minified. */
function bundle(names: string, entry = DIST): Promise<string> {
  return bundleSource(`export { ${names} } from ${JSON.stringify(entry)};`);
}

/** `contents` bundled and minified, as a bundler would ship it (`external` left out). */
async function bundleSource(contents: string, external: string[] = []): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external,
  });
  return result.outputFiles[0]?.text ?? '';
}

const CJS_MAIN = fileURLToPath(new URL('../dist/cjs/index.cjs', import.meta.url));

/**
 * The packages a CommonJS file of the build requires, and those of the build's files it
 * requires, transitively (each file read once).
 */
function cjsPackages(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return [...readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].flatMap(
    ([, name = '']) =>
      name.startsWith('.') ? cjsPackages(path.resolve(path.dirname(file), name), seen) : [name],
  );
}

// What a small import must never drag in (zod's packages/treeshake test does the same).
describe.skipIf(!existsSync(DIST))('tree-shaking of the built main entry', () => {
  it('never imports zod nor a Node built-in from the main entry', async () => {
    const code = await bundle('*'.replace('*', Object.keys(await import(DIST)).join(', ')));
    expect(code).not.toContain('ZodError'); // zod would be bundled: it is installed
    expect(code).not.toMatch(/["']node:/);
    // The CommonJS entry and every chunk it loads.
    expect(cjsPackages(CJS_MAIN)).toEqual(['@date-fns/tz']);
  });

  it('ships one language with a locale subpath', async () => {
    const code = await bundle('formatIssue', DIST.replace('index.js', 'locales/fr.js'));
    expect(code).toContain('Deux points (..) de suite');
    expect(code).not.toContain('Zwei Punkte'); // German
    expect(code).not.toContain('Two dots'); // English
  });

  it('ships the address messages alone with formatAddressIssue', async () => {
    const code = await bundle('formatAddressIssue', DIST.replace('index.js', 'locales/fr.js'));
    expect(code).toContain('Deux points (..) de suite');
    expect(code).not.toContain('Newsletter'); // the French send messages
    expect(code).not.toContain('Zwei Punkte');
  });

  it('ships one language, and only the checks used, in a zod form built by …SchemaFor', async () => {
    const form = (schemaFor: string) =>
      bundleSource(
        [
          `import { ${schemaFor} } from ${JSON.stringify(DIST.replace('index.js', 'zod/index.js'))};`,
          `import { formatAddressIssue } from ${JSON.stringify(DIST.replace('index.js', 'locales/fr.js'))};`,
          `export const schema = ${schemaFor}(formatAddressIssue);`,
        ].join('\n'),
        ['zod'],
      );
    for (const text of [await form('localPartSchemaFor'), await form('providerAddressSchemaFor')]) {
      expect(text).toContain('Deux points (..) de suite');
      for (const other of ['Zwei Punkte', 'Two dots', 'Newsletter'])
        expect(text).not.toContain(other);
    }
    // A local-part field does not carry the domain checks (their IDNA goes through `URL`).
    expect(await form('providerAddressSchemaFor')).toContain('new URL(');
    expect(await form('localPartSchemaFor')).not.toContain('new URL(');
  });

  it('ships the address messages only, in five languages, with the zod factories', async () => {
    const code = await bundleSource(
      `export { createLocalPartSchema } from ${JSON.stringify(DIST.replace('index.js', 'zod/index.js'))};`,
      ['zod'],
    );
    for (const language of ['Deux points (..) de suite', 'Zwei Punkte', 'Two dots'])
      expect(code).toContain(language);
    // The schemas write address issues only: no send, connection or recovery message.
    for (const other of ['Newsletter', 'mail.infomaniak.com', 'STARTTLS', 'backup'])
      expect(code).not.toContain(other);
  });

  it('keeps the local-part fast path free of the rest', async () => {
    const code = await bundle('isValidLocalPart');
    expect(code).not.toContain('PolicyInputError');
    expect(code).not.toContain('domain');
  });

  it('keeps decideSend free of provenance quotes and of messages', async () => {
    const code = await bundle('decideSend');
    expect(code).toContain('daily-limit-reached');
    expect(code).not.toContain('seedLines'); // the provenance, in OFFER_SOURCES
    expect(code).not.toContain('Newsletter-Tool'); // a German message
    expect(code).not.toContain('at most 4294967295 per send'); // SendLedger's own check
  });

  it('keeps SendLedger free of the offer table', async () => {
    const code = await bundle('SendLedger');
    expect(code).not.toContain('ksuite-free');
    expect(code).not.toContain('destinataires');
  });

  it('keeps the size helpers free of offers and messages', async () => {
    const code = await bundle('base64EncodedLength, maxAttachmentBytes, attachmentDelivery');
    expect(code).not.toContain('ksuite');
    expect(code).not.toContain('recipients;');
  });
});

// The CommonJS build used to bundle each entry whole, so that `/zod`, `/redis` and the locales
// each held a copy of `PolicyInputError`: `e instanceof PolicyInputError` was false for their
// errors. The entries now share their modules, as the ESM build's files do.
describe.skipIf(!existsSync(CJS_MAIN))('one PolicyInputError for every entry', () => {
  it.each(['require', 'import'] as const)('with %s', async (how) => {
    const load =
      how === 'require'
        ? async (entry: string) => createRequire(import.meta.url)(entry)
        : (entry: string) => import(entry);
    const [main, zod, redis, fr] = await Promise.all(
      [
        'infomaniak-mail-policy',
        'infomaniak-mail-policy/zod',
        'infomaniak-mail-policy/redis',
        'infomaniak-mail-policy/locales/fr',
      ].map(load),
    );
    const mistakes = [
      () => zod.createLocalPartSchema({ locale: 'xx' }),
      () => redis.createRedisSendLog(null),
      () => fr.formatIssue(null),
    ];
    for (const mistake of mistakes) {
      let thrown: unknown;
      try {
        mistake();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toHaveProperty('name', 'PolicyInputError');
      expect(thrown).toBeInstanceOf(main.PolicyInputError);
    }
  });
});

// The README's browser floor: Chrome 93, Firefox 92, Safari 15.4 (Object.hasOwn, the newest
// built-in the code calls). What came later must not slip into the build.
describe.skipIf(!existsSync(DIST))('the browsers the README names', () => {
  // Each with a call it must find.
  const LATER: readonly [RegExp, string, string][] = [
    [/\.findLast(Index)?\(/, 'Array findLast: Firefox 104', 'list.findLast(f)'],
    [/\bstructuredClone\(/, 'structuredClone: Chrome 98', 'structuredClone(x)'],
    [/\.(toSorted|toReversed|toSpliced|with)\(/, 'array by copy: Chrome 110', 'a.toSorted()'],
    [/\.groupBy\(/, 'Object.groupBy: Chrome 117', 'Map.groupBy(a, f)'],
    [/\.withResolvers\(/, 'Promise.withResolvers: Chrome 119', 'Promise.withResolvers()'],
    [/\bSegmenter\b/, 'Intl.Segmenter: Firefox 125', 'new Intl.Segmenter()'],
    [/\.supportedValuesOf\(/, 'Intl.supportedValuesOf: Chrome 99', 'Intl.supportedValuesOf(k)'],
    [/\.(isWellFormed|toWellFormed)\(/, 'well-formed strings: Chrome 111', 's.isWellFormed()'],
    [/\bArray\.fromAsync\(/, 'Array.fromAsync: Chrome 121', 'Array.fromAsync(it)'],
    // (zod's own `z.union(…)` is no Set method)
    [
      /(?<!\bz)\.(union|intersection|symmetricDifference|isSubsetOf)\(/,
      'Set methods: Chrome 122',
      'a.union(b)',
    ],
    [/\bstatic\s*\{/, 'class static blocks: Safari 16.4', 'class A { static { } }'],
  ];

  it('the built modules call nothing newer', () => {
    for (const [pattern, , sample] of LATER) expect(pattern.test(sample), sample).toBe(true);
    const root = DIST.replace('index.js', '');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => {
      const code = readFileSync(path.join(root, file), 'utf8');
      return LATER.filter(([pattern]) => pattern.test(code)).map(([, what]) => `${file}: ${what}`);
    });
    expect(found).toEqual([]);
  });

  it('the regular expressions use no lookbehind (Safari 16.4) nor the v flag (Safari 17)', () => {
    const all = Object.values(REGEXES).filter((value) => value instanceof RegExp);
    expect(all.length).toBeGreaterThan(3);
    for (const regex of all) {
      expect(regex.source).not.toMatch(/\(\?<[=!]/);
      expect(regex.flags).not.toContain('v');
    }
  });
});
