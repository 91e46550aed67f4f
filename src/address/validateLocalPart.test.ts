import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { NAMED_FORBIDDEN } from './chars.js';
import {
  isValidLocalPart,
  LOCAL_PART_MAX_LENGTH,
  validateLocalPart,
  validateLocalPartPrefix,
} from './validateLocalPart.js';

const codes = (input: unknown) => {
  const result = validateLocalPart(input);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

describe('validateLocalPart (R-LP-1…5)', () => {
  it('accepts what the whitelist allows', () => {
    for (const input of [
      'jean',
      'jean.dupont',
      'jean-dupont',
      'jean_dupont',
      'J3an.D-u_p',
      'a',
      '_',
      '0',
      'a.b.c',
      'a-.b',
      'a.-b',
      'a--b',
      '_-_',
    ]) {
      expect(validateLocalPart(input), input).toEqual({ ok: true, value: input });
      expect(isValidLocalPart(input), input).toBe(true);
    }
  });

  it('accepts 64 characters and refuses 65 (R-LP-1)', () => {
    expect(LOCAL_PART_MAX_LENGTH).toBe(64);
    expect(validateLocalPart('a'.repeat(64)).ok).toBe(true);
    expect(isValidLocalPart('a'.repeat(64))).toBe(true);
    expect(isValidLocalPart('a'.repeat(65))).toBe(false);
    expect(validateLocalPart('a'.repeat(65))).toEqual({
      ok: false,
      issues: [{ code: 'too-long', rule: 'R-LP-1', index: 64, count: 1, limit: 64, actual: 65 }],
    });
  });

  it('puts too-long after an issue found at the same index, before the later ones', () => {
    const result = validateLocalPart(`${'a'.repeat(64)}#b c.`);
    expect(result.ok === false && result.issues.map(({ code, index }) => [code, index])).toEqual([
      ['forbidden-character', 64],
      ['too-long', 64],
      ['whitespace', 66],
      ['trailing-dot', 68],
    ]);
  });

  it('counts characters as code points: 64 emoji are 128 UTF-16 units', () => {
    const result = validateLocalPart('😀'.repeat(65));
    expect(result.ok || result.issues.find((issue) => issue.code === 'too-long')).toMatchObject({
      index: 128,
      actual: 65,
    });
    // Pairs and single units mixed, a lone surrogate counting as one character.
    const toolong = (input: string) => {
      const found = validateLocalPart(input);
      return found.ok ? undefined : found.issues.find((issue) => issue.code === 'too-long');
    };
    expect(toolong(`a😀${'b'.repeat(61)}😀`)).toBeUndefined(); // 64 characters
    expect(toolong(`a😀${'b'.repeat(61)}😀c`)).toMatchObject({ index: 66, count: 1, actual: 65 });
    expect(toolong(`😀\ud800${'b'.repeat(62)}😀😀`)).toMatchObject({
      index: 65,
      count: 2,
      actual: 66,
    });
    expect(toolong(`${'b'.repeat(63)}\ud83d\ude00x`)).toMatchObject({ index: 65, count: 1 });
  });

  it('isValidLocalPart refuses what validateLocalPart refuses, at each end and inside', () => {
    for (const input of [
      '',
      '-jean',
      'jean-',
      '-',
      '.jean',
      'jean.',
      '.',
      'jean..dupont',
      'jean+news',
      'jean dupont',
      'jean@dupont',
      'josé',
      'a'.repeat(65),
      `${'a'.repeat(63)}-`,
    ]) {
      expect(validateLocalPart(input).ok, input).toBe(false);
      expect(isValidLocalPart(input), input).toBe(false);
    }
  });

  it('refuses the empty string', () => {
    expect(validateLocalPart('')).toEqual({
      ok: false,
      issues: [{ code: 'empty', rule: 'R-LP-1', index: 0, count: 0 }],
    });
  });

  it.each([...NAMED_FORBIDDEN])('refuses %s with R-LP-5 (named by the seed)', (char) => {
    expect(validateLocalPart(`jean${char}dupont`)).toEqual({
      ok: false,
      issues: [{ code: 'forbidden-character', rule: 'R-LP-5', index: 4, char, count: 1 }],
    });
  });

  it.each(['+', "'", '~', '{', '}', '|', '`', '\\', ':', '\u007f'])(
    'refuses %j with R-LP-2 (not on the whitelist)',
    (char) => {
      expect(validateLocalPart(`a${char}b`)).toEqual({
        ok: false,
        issues: [{ code: 'forbidden-character', rule: 'R-LP-2', index: 1, char, count: 1 }],
      });
    },
  );

  it('refuses @, spaces, control characters and non-ASCII with their own codes (R-LP-5)', () => {
    expect(validateLocalPart('jean@dupont')).toMatchObject({
      issues: [{ code: 'at-sign', index: 4, char: '@' }],
    });
    expect(validateLocalPart('jean dupont')).toMatchObject({
      issues: [{ code: 'whitespace', index: 4, char: ' ' }],
    });
    expect(validateLocalPart('jean\tdupont')).toMatchObject({
      issues: [{ code: 'whitespace', char: '\t' }],
    });
    expect(validateLocalPart('jean\u00a0dupont')).toMatchObject({
      issues: [{ code: 'whitespace', char: '\u00a0' }],
    });
    expect(validateLocalPart('jean\u3000dupont')).toMatchObject({
      issues: [{ code: 'whitespace', char: '\u3000' }],
    });
    expect(validateLocalPart('jean\u0000')).toMatchObject({
      issues: [{ code: 'control-character', index: 4, char: '\u0000' }],
    });
    expect(validateLocalPart('\u001fa')).toMatchObject({
      issues: [{ code: 'control-character', index: 0 }],
    });
    expect(validateLocalPart('josé')).toMatchObject({
      issues: [{ code: 'non-ascii', rule: 'R-LP-5', index: 3, char: 'é' }],
    });
    expect(validateLocalPart('жан')).toMatchObject({
      issues: [{ code: 'non-ascii', index: 0, char: 'ж', count: 3 }],
    });
  });

  it('reports whole code points, never half a surrogate pair', () => {
    expect(validateLocalPart('a😀b😀')).toEqual({
      ok: false,
      issues: [{ code: 'non-ascii', rule: 'R-LP-5', index: 1, char: '😀', count: 2 }],
    });
    expect(validateLocalPart('a\ud800b')).toMatchObject({
      issues: [{ code: 'non-ascii', index: 1, char: '\ud800' }],
    });
    expect(validateLocalPart('a\udc00')).toMatchObject({
      issues: [{ code: 'non-ascii', index: 1, char: '\udc00' }],
    });
    // Only a high surrogate starts a pair: a lone low one after another character stands alone.
    for (const first of ['é', '\udc00', '\ue000']) {
      expect(validateLocalPart(`${first}\udc00`)).toMatchObject({
        issues: [{ code: 'non-ascii', index: 0, char: first, count: 2 }],
      });
    }
  });

  it('refuses zero-width and full-width characters as non-ASCII', () => {
    expect(validateLocalPart('jean\u200bdupont')).toMatchObject({
      issues: [{ code: 'non-ascii', char: '\u200b' }],
    });
    expect(validateLocalPart('\ufeffjean')).toMatchObject({
      issues: [{ code: 'non-ascii', index: 0 }],
    });
    expect(validateLocalPart('ｊｅａｎ')).toMatchObject({
      issues: [{ code: 'non-ascii', char: 'ｊ', count: 4 }],
    });
  });

  it('refuses hyphens at the ends (R-LP-3), dots at the ends and doubled (R-LP-4)', () => {
    expect(codes('-jean')).toEqual(['leading-hyphen']);
    expect(codes('jean-')).toEqual(['trailing-hyphen']);
    expect(codes('-')).toEqual(['leading-hyphen', 'trailing-hyphen']);
    expect(codes('.jean')).toEqual(['leading-dot']);
    expect(codes('jean.')).toEqual(['trailing-dot']);
    expect(codes('.')).toEqual(['leading-dot', 'trailing-dot']);
    expect(codes('..')).toEqual(['leading-dot', 'consecutive-dots', 'trailing-dot']);
    expect(validateLocalPart('a..b...c')).toMatchObject({
      issues: [{ code: 'consecutive-dots', index: 2, count: 3 }],
    });
  });

  it('reports every problem once, in order of first index', () => {
    expect(validateLocalPart('-jean..dupont#')).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "char": "-",
            "code": "leading-hyphen",
            "count": 1,
            "index": 0,
            "rule": "R-LP-3",
          },
          {
            "char": ".",
            "code": "consecutive-dots",
            "count": 1,
            "index": 6,
            "rule": "R-LP-4",
          },
          {
            "char": "#",
            "code": "forbidden-character",
            "count": 1,
            "index": 13,
            "rule": "R-LP-5",
          },
        ],
        "ok": false,
      }
    `);
    expect(codes(`.a b@c#d\u0001é${'x'.repeat(60)}-`)).toEqual([
      'leading-dot',
      'whitespace',
      'at-sign',
      'forbidden-character',
      'control-character',
      'non-ascii',
      'too-long',
      'trailing-hyphen',
    ]);
  });

  // A limit, not a timing: a few milliseconds here, but several seconds under mutation testing,
  // whose instrumentation counts every statement for each of the 1.2 million characters (the
  // default 5 s failed Stryker's first run when its process got the slower of two CPUs).
  it('gives a handful of issues for a megabyte of input', { timeout: 60_000 }, () => {
    const result = validateLocalPart('a b#c.'.repeat(200_000));
    expect(result.ok || result.issues.map((issue) => [issue.code, issue.count])).toEqual([
      ['whitespace', 200_000],
      ['forbidden-character', 200_000],
      ['too-long', 1_200_000 - 64],
      ['trailing-dot', 1],
    ]);
  });

  it.each([42, null, undefined, {}, [], { toString: () => 'jean' }, Symbol('x'), 10n, true])(
    'judges %s as not a string, without throwing',
    (input) => {
      const result = validateLocalPart(input);
      expect(result).toMatchObject({
        ok: false,
        issues: [{ code: 'not-a-string', rule: 'R-LP-2', index: 0, count: 1 }],
      });
      expect(isValidLocalPart(input)).toBe(false);
    },
  );

  it('names the type received', () => {
    expect(validateLocalPart(null)).toMatchObject({ issues: [{ received: 'null' }] });
    expect(validateLocalPart(5)).toMatchObject({ issues: [{ received: 'number' }] });
    expect(validateLocalPartPrefix([])).toMatchObject({ issues: [{ received: 'object' }] });
  });
});

describe('validateLocalPartPrefix: only what no further typing can fix', () => {
  it.each(['', 'jean', 'jean.', 'jean-', 'jean.dupont-', 'a'.repeat(64)])(
    '%j is fine so far',
    (input) => {
      expect(validateLocalPartPrefix(input)).toEqual({ ok: true, value: input });
    },
  );

  it.each([
    ['.jean', 'leading-dot'],
    ['-', 'leading-hyphen'],
    ['a..', 'consecutive-dots'],
    ['jean ', 'whitespace'],
    ['jean#', 'forbidden-character'],
    ['a'.repeat(65), 'too-long'],
    // 64 characters are final: nothing may follow the dot or hyphen at their end.
    [`${'a'.repeat(63)}.`, 'trailing-dot'],
    [`${'a'.repeat(63)}-`, 'trailing-hyphen'],
  ])('%j is not', (input, code) => {
    expect(validateLocalPartPrefix(input)).toMatchObject({ ok: false, issues: [{ code }] });
  });

  it('reports at 64 characters and beyond what validateLocalPart reports, as nothing can follow', () => {
    const final = [`${'a'.repeat(63)}.`, `${'a'.repeat(64)}-`, `-${'a'.repeat(62)}.`];
    // 64 characters (code points) in 65 UTF-16 units: an emoji counts once.
    final.push(`${'a'.repeat(62)}😀-`);
    for (const input of final) {
      expect(validateLocalPartPrefix(input)).toEqual(validateLocalPart(input));
    }
    expect(validateLocalPartPrefix(`${'a'.repeat(63)}.`)).toEqual({
      ok: false,
      issues: [{ code: 'trailing-dot', rule: 'R-LP-4', index: 63, char: '.', count: 1 }],
    });
    // 63 characters and a dot or hyphen: one more character makes them valid.
    expect(validateLocalPartPrefix(`${'a'.repeat(62)}.`).ok).toBe(true);
    expect(validateLocalPartPrefix(`${'a'.repeat(62)}-`).ok).toBe(true);
  });
});

// An independent model of R-LP-1…5, written as a regular expression from the spec.
const MODEL = /^(?!-)(?!.*-$)(?!\.)(?!.*\.$)(?!.*\.\.)[A-Za-z0-9_.-]{1,64}$/;
const allowed = fc.constantFrom('a', 'Z', '0', '_', '-', '.');
const edgy = fc.constantFrom(
  'a',
  'Z',
  '0',
  '_',
  '-',
  '.',
  '@',
  ' ',
  '#',
  '+',
  'é',
  '😀',
  '\u0000',
  '\u200b',
  '\u00a0',
  '\u007f',
  'ｊ',
  '\ud800',
);

describe('properties', () => {
  it('validateLocalPart agrees with an independent model on strings rich in edge characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(edgy, { maxLength: 70 }).map((chars) => chars.join('')),
          // Only allowed characters, where R-LP-1, R-LP-3 and R-LP-4 decide: short strings
          // (a hyphen or a dot at an end, doubled) and long ones (64 characters and more).
          fc.string({ unit: allowed, maxLength: 8 }),
          fc.string({ unit: allowed, maxLength: 70 }),
          fc.string({ maxLength: 80 }),
        ),
        (input) => {
          expect(validateLocalPart(input).ok).toBe(MODEL.test(input));
          expect(isValidLocalPart(input)).toBe(MODEL.test(input));
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it('isValidLocalPart(x) === validateLocalPart(x).ok, and nothing throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string({ unit: 'binary', maxLength: 100 }),
          fc.string({ unit: allowed, maxLength: 70 }),
        ),
        (input) => {
          expect(isValidLocalPart(input)).toBe(validateLocalPart(input).ok);
          validateLocalPartPrefix(input);
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it('issues are one per code, sorted by index, with whole code points', () => {
    fc.assert(
      fc.property(
        fc.array(edgy, { maxLength: 80 }).map((chars) => chars.join('')),
        (input) => {
          const result = validateLocalPart(input);
          if (result.ok) return;
          const issueCodes = result.issues.map((issue) => issue.code);
          expect(new Set(issueCodes).size).toBe(issueCodes.length);
          const indexes = result.issues.map((issue) => issue.index);
          expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
          for (const issue of result.issues) {
            if ('char' in issue) expect(input.slice(issue.index).startsWith(issue.char)).toBe(true);
          }
        },
      ),
    );
  });

  it('the prefix check never rejects a prefix of a valid local part', () => {
    const valid = fc
      .array(allowed, { minLength: 1, maxLength: 64 })
      .map((chars) => chars.join(''))
      .filter((s) => MODEL.test(s));
    fc.assert(
      fc.property(valid, fc.nat(), (input, cut) => {
        expect(validateLocalPartPrefix(input.slice(0, cut % (input.length + 1))).ok).toBe(true);
      }),
    );
  });

  it('the prefix check accepts only what some further typing makes valid', () => {
    // A prefix it accepts is valid, or becomes valid with one more letter.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(edgy, { maxLength: 70 }).map((chars) => chars.join('')),
          // Words and single separators cut near the limit: `a.7-Zb_.` of 58 to 66 characters.
          fc
            .tuple(
              fc.array(
                fc.tuple(fc.constantFrom('a', 'Z', '7', '_', 'ab'), fc.constantFrom('', '.', '-')),
                {
                  minLength: 30,
                  maxLength: 70,
                },
              ),
              fc.integer({ min: 58, max: 66 }),
            )
            .map(([words, length]) => words.flat().join('').slice(0, length)),
        ),
        (input) => {
          if (!validateLocalPartPrefix(input).ok) return;
          expect(MODEL.test(input) || MODEL.test(`${input}a`)).toBe(true);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
