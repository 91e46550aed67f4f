import fc from 'fast-check';
import { toASCII, toUnicode } from 'tr46';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { isValidAddress, validateAddress } from './validateAddress.js';

// Independent models of both modes, written from the rules as regular expressions (ASCII
// addresses; internationalised domains have their own example tests).
const LOCAL = /^(?!-)(?!.*-$)(?!\.)(?!.*\.$)(?!.*\.\.)[A-Za-z0-9_.-]{1,64}$/;
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_STRING = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`);
const QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;
const IPV4 = /^\[(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\]$/;

function domainOk(domain: string, strict: boolean): boolean {
  const labels = domain.split('.');
  if (domain.length > 253 || !labels.every((label) => LABEL.test(label))) return false;
  return !strict || (labels.length >= 2 && !/^\d+$/.test(labels[labels.length - 1] as string));
}

function providerModel(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.length > 254) return false;
  return LOCAL.test(address.slice(0, at)) && domainOk(address.slice(at + 1), true);
}

function rfcModel(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !(DOT_STRING.test(local) || QUOTED.test(local))) return false;
  const literal = IPV4.exec(domain);
  if (literal) return literal.slice(1).every((part) => Number(part) <= 255);
  return domainOk(domain, false);
}

const letter = fc.constantFrom('a', 'b', 'Z', '7', '0', '-', '_', 'x');
const label = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(letter, { minLength: 1, maxLength: 12 }).map((c) => c.join('')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 66 }).map((n) => 'l'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '123', 'ch', 'co-uk', '-x', 'x-', 'a_b', 'a!b', 'a b'),
  },
);
const domain = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.')),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => `${`${'d'.repeat(62)}.`.repeat(n)}ch`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '[192.0.2.1]',
      '[256.1.1.1]',
      '[1.2.3]',
      '[1.2.3.4.5]',
      '[01.002.3.4]',
    ),
  },
);
const localChar = fc.constantFrom(
  'a',
  'B',
  '9',
  '.',
  '-',
  '_',
  '+',
  '!',
  '"',
  '\\',
  ' ',
  '(',
  '@',
  '#',
  '~',
);
const local = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(localChar, { minLength: 0, maxLength: 14 }).map((c) => c.join('')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 62, max: 66 }).map((n) => 'q'.repeat(n)) },
  { weight: 1, arbitrary: fc.array(localChar, { maxLength: 8 }).map((c) => `"${c.join('')}"`) },
);
const address = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);

describe('validateAddress agrees with independent models of both modes', () => {
  it('provider mode', () => {
    fc.assert(
      fc.property(address, (input) => {
        const expected = providerModel(input);
        expect(validateAddress(input).ok).toBe(expected);
        expect(isValidAddress(input)).toBe(expected);
      }),
      { numRuns: runs(5000) },
    );
  });

  it('rfc mode, and rfcValid of provider refusals', () => {
    fc.assert(
      fc.property(address, (input) => {
        const expected = rfcModel(input);
        expect(validateAddress(input, { mode: 'rfc' }).ok).toBe(expected);
        expect(isValidAddress(input, { mode: 'rfc' })).toBe(expected);
        const provider = validateAddress(input);
        if (!provider.ok) expect(provider.rfcValid).toBe(expected);
      }),
      { numRuns: runs(5000) },
    );
  });

  it('every refusal has issues that point inside the input', () => {
    fc.assert(
      fc.property(address, fc.constantFrom('provider' as const, 'rfc' as const), (input, mode) => {
        const result = validateAddress(input, { mode });
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.index).toBeGreaterThanOrEqual(0);
          expect(issue.index).toBeLessThanOrEqual(input.length);
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});

// Internationalised domains against tr46, an implementation of UTS 46 (IDNA mapping and
// validity) written apart from every platform's URL parser, which the library asks instead.
const UTS46 = {
  checkHyphens: false, // `ab--cd` is a sound LDH label; the hyphens at the ends are checked below
  checkBidi: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
  verifyDNSLength: true,
} as const;
// Platforms differ in the checks beyond mapping: Node.js 20's URL parser (ada 2.9) skips parts
// of the Bidi rule (RFC 5893) and of the joiners' rules (RFC 5892), browsers apply them. An
// answer must be UTS 46's with both, or without both.
const LENIENT = { ...UTS46, checkBidi: false, checkJoiners: false } as const;
const IDN_DOT = /[.\u3002\uff0e\uff61]/;

function idnModel(domain: string, strict: boolean, options: typeof UTS46 | typeof LENIENT) {
  // The library's own decision: a character IDNA would delete is refused, the joiners aside.
  if (/(?![\u200c\u200d])\p{Default_Ignorable_Code_Point}/u.test(domain)) return false;
  const ascii = toASCII(domain, options);
  if (ascii === null) return false;
  // IDNA2008: no hyphen at a label's ends, in the ASCII form nor in the mapped Unicode one.
  const mapped = toUnicode(domain, options).domain;
  const labels = [...ascii.split('.'), ...mapped.split(IDN_DOT)];
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) return false;
  const parts = ascii.split('.');
  return !strict || (parts.length >= 2 && !/^\d+$/.test(parts[parts.length - 1] as string));
}

describe('internationalised domains agree with UTS 46 (tr46)', () => {
  it('maps to a hyphen what UTS 46 maps to one, and nothing else (NFKC stands in for it)', () => {
    const toHyphen: number[] = [];
    const nfkcToHyphen: number[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (toUnicode(char, LENIENT).domain.includes('-')) toHyphen.push(code);
      if (char.normalize('NFKC').includes('-')) nfkcToHyphen.push(code);
    }
    expect(toHyphen).toEqual([0xfe63, 0xff0d]);
    expect(nfkcToHyphen).toEqual(toHyphen);
  }, 30_000); // 1.1 million code points through tr46: about 3 s on an idle machine

  it('accepts what UTS 46 accepts, with or without the Bidi and joiner rules', () => {
    // Characters assigned long ago (Unicode 9 or before), so that the tables of tr46, ICU and
    // the URL parser agree on them: letters to map (capitals, full-width, ligatures, the Kelvin
    // sign, deviations), scripts written right to left, joiners, marks, symbols, and ASCII
    // that no domain holds.
    const char = fc.constantFrom(
      ...'ab9Z-._ ',
      ...['é', 'ß', 'ς', 'Σ', 'ı', 'İ', 'ﬀ', 'Ａ', '１', '\u212a', 'ǅ', 'ᾈ', 'ⅷ', '℡', '𝐚'],
      ...['。', '．', '｡', '－', '﹣', '‐', '・', 'の', 'ー', 'क', '\u094d', '\u0301'],
      ...['א', 'ب', 'ل', 'ا', '١', '۰', 'ـ', '\u200c', '\u200d', '\u00ad', '😀', 'Ω'],
    );
    const label = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.array(char, { minLength: 1, maxLength: 6 }).map((c) => c.join('')),
      },
      { weight: 1, arbitrary: fc.constantFrom('xn--bcher-kva', 'xn--a', 'xn---5mu', 'xn--tda') },
    );
    const domain = fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '.ch', '.рф'))
      .map(([labels, end]) => labels.join('.') + end);
    let accepted = 0;
    fc.assert(
      fc.property(domain, fc.constantFrom('provider' as const, 'rfc' as const), (input, mode) => {
        const ok = validateAddress(`a@${input}`, { mode }).ok;
        const strict = mode === 'provider';
        expect([idnModel(input, strict, UTS46), idnModel(input, strict, LENIENT)]).toContain(ok);
        expect(isValidAddress(`a@${input}`, { mode })).toBe(ok);
        if (ok) accepted++;
      }),
      { numRuns: runs(20000) },
    );
    expect(accepted).toBeGreaterThan(2000); // the test sees both answers
  });
});
