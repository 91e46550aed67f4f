// The results the examples state are the library's: every `expression; // result` line of an
// `@example` block under src/, and of a ```ts block in the README and docs/, is run, and its
// result compared with the comment.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as de from '../src/locales/de.js';
import * as en from '../src/locales/en.js';
import * as es from '../src/locales/es.js';
import * as fr from '../src/locales/fr.js';
import * as it_ from '../src/locales/it.js';
import * as zod from '../src/zod/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LOCALES: Record<string, object> = { de, en, es, fr, it: it_ };

/**
 * The blocks that do not run here: those that `await` (the Redis send log's, whose calls the
 * redis tests make on a server), and those that hold one of these texts.
 */
const NOT_RUN: readonly (readonly [file: string, text: string])[] = [
  ['src/zod/index.ts', 'JSON.parse(body)'], // reads a request body
];
const skipped = (file: string, code: string) =>
  /\bawait /.test(code) || NOT_RUN.some(([where, text]) => where === file && code.includes(text));

/**
 * What an example's code can name: the main entry, the zod subpath, the locale of its file, and
 * what it imports from a `locales/<lang>` subpath.
 */
function scopeOf(file: string, code: string): Record<string, unknown> {
  const own = /^src\/locales\/(\w+)\.ts$/.exec(file)?.[1];
  const scope: Record<string, unknown> = { ...main, ...zod, ...(own && LOCALES[own]) };
  scope.console = { log: () => {}, error: () => {} }; // what an example prints, unseen
  const imports = code
    .replaceAll('\n', ' ')
    .matchAll(/import \{([^}]*)\} from 'infomaniak-mail-policy\/locales\/(\w+)'/g);
  for (const [, names, locale] of imports) {
    const module = LOCALES[locale as string] as Record<string, unknown>;
    for (const name of (names as string).split(',')) scope[name.trim()] = module[name.trim()];
  }
  return scope;
}

interface Check {
  readonly code: string;
  readonly comment: string;
}

/** The examples of a file: its `@example` blocks (TypeScript), or its ```ts blocks (Markdown). */
function examples(file: string, text: string): string[] {
  if (file.endsWith('.md')) {
    return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1] as string);
  }
  const blocks = text.matchAll(/@example\n((?: \*.*\n)+?) \*(?:\/| @)/g);
  return [...blocks].flatMap((match) => {
    const body = (match[1] as string)
      .split('\n')
      .map((line) => line.replace(/^ \* ?/, ''))
      .join('\n');
    const code = /```ts\n([\s\S]*?)```/.exec(body)?.[1];
    return code === undefined ? [] : [code];
  });
}

/**
 * The block rewritten so that each statement followed by a `// result` comment (on its line,
 * and on the comment lines after it) reports its value to `check`; declarations run as they
 * are. Imports are dropped: the scope holds what they name.
 */
function instrument(code: string): string {
  const lines = code.replace(/^\s*import [^;]*;/gm, '').split('\n');
  const out: string[] = [];
  let pending: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (pending.length === 0 && /^\s*(\/\/.*)?$/.test(line)) continue;
    if (/\{\s*$/.test(line) && pending.length === 0 && !/[=(,]\s*\{\s*$/.test(line)) {
      out.push(line); // a block opens (`try {`, `… catch (e) {`): its statements come one by one
      continue;
    }
    if (/^\s*\}\s*$/.test(line) && pending.length === 0) {
      out.push(line);
      continue;
    }
    const commented = /^(.*?;)\s*\/\/\s?(.*)$/.exec(line);
    if (commented === null && !/;\s*$/.test(line)) {
      pending.push(line);
      continue;
    }
    const statement = [...pending, commented?.[1] ?? line].join('\n');
    pending = [];
    let comment = commented?.[2] ?? null;
    while (/^\s*\/\//.test(lines[index + 1] ?? '')) {
      comment = `${comment ?? ''}\n${(lines[++index] as string).replace(/^\s*\/\/ ?/, '')}`;
    }
    if (comment === null || /^\s*(const|let)\b/.test(statement)) {
      out.push(statement);
      continue;
    }
    let expression = statement.replace(/;\s*$/, '');
    const guarded = /^\s*if \(([\s\S]*?)\) ([\s\S]*)$/.exec(expression);
    if (guarded !== null) expression = `(${guarded[1]}) ? (${guarded[2]}) : undefined`;
    const check: Check = { code: statement.trim(), comment: comment.trim() };
    out.push(`__check(${JSON.stringify(check)}, () => (${expression}));`);
  }
  return out.join('\n');
}

/**
 * The value a comment states, or `undefined` when it states none: a JavaScript value, possibly
 * followed by prose (`true: fine so far`); a comment that elides (`…`) states none.
 */
function stated(comment: string): { value: unknown } | undefined {
  if (comment === '' || comment.includes('…')) return undefined;
  for (const candidate of [comment, /^([^:(]+?)(?::\s|\s\(|$)/.exec(comment)?.[1]]) {
    if (candidate === undefined) continue;
    try {
      return { value: Function(`"use strict"; return (${candidate});`)() };
    } catch {
      // not a value: try the head, then give up
    }
  }
  return undefined;
}

/** JSON's view of a value (dates as ISO strings), as an example writes it. */
const plain = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;

/** Whether `actual` is what `expected` states: equal, or for an object, equal on the keys shown. */
function agrees(actual: unknown, expected: unknown): boolean {
  const a = plain(actual);
  const e = plain(expected);
  if (isDeepStrictEqual(a, e)) return true;
  if (a === null || e === null || typeof a !== 'object' || typeof e !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(e)) return false;
  return Object.entries(e).every(([key, value]) =>
    isDeepStrictEqual((a as Record<string, unknown>)[key], value),
  );
}

const FILES = [
  ...readdirSync(`${ROOT}src`, { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file.replaceAll('\\', '/')}`)
    .filter((file) => /\.ts$/.test(file) && !/\.test(-d)?\.ts$/.test(file))
    .filter((file) => !file.startsWith('src/cli/')),
  'README.md',
  ...readdirSync(`${ROOT}docs`)
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** Runs the examples of one file: the results that disagree, and the blocks that do not run. */
function runExamples(file: string) {
  const wrong: string[] = [];
  const broken: string[] = [];
  let checked = 0;
  const check = (line: Check, run: () => unknown) => {
    const expected = stated(line.comment);
    if (expected === undefined) return;
    checked++;
    const actual = run();
    if (!agrees(actual, expected.value)) {
      wrong.push(`${line.code}\n  states ${line.comment}\n  gives  ${JSON.stringify(actual)}`);
    }
  };
  for (const code of examples(file, readFileSync(`${ROOT}${file}`, 'utf8'))) {
    if (skipped(file, code)) continue;
    const scope = scopeOf(file, code);
    try {
      Function(...Object.keys(scope), '__check', instrument(code))(...Object.values(scope), check);
    } catch (error) {
      broken.push(`${String(error)}\n${code}`);
    }
  }
  return { file, wrong, broken, checked };
}

const RESULTS = FILES.map(runExamples);

describe('examples in the TSDoc and the docs', () => {
  it.each(RESULTS)('$file: each stated result is what the code gives', ({ wrong, broken }) => {
    expect(broken).toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('checks a good number of results (the parser still finds them)', () => {
    const count = (results: typeof RESULTS) => results.reduce((sum, r) => sum + r.checked, 0);
    expect(
      count(RESULTS.filter((result) => result.file.startsWith('src/'))),
    ).toBeGreaterThanOrEqual(120);
    expect(count(RESULTS.filter((result) => result.file.endsWith('.md')))).toBeGreaterThanOrEqual(
      30,
    );
  });
});
