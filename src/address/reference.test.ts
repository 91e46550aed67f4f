import fc from 'fast-check';
import { parse as smtpParse } from 'smtp-address-parser';
import { toASCII, toUnicode } from 'tr46';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { AsciiAsItIsUrl, underUrl } from '../../test/helpers/urls.js';
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

// `rfc` mode against smtp-address-parser, a third party's parser generated from RFC 5321's
// grammar (nearley): quoted strings, escapes and IPv6 literals as its authors read the ABNF.
// It differs from the library only where docs/addresses.md says the library decided, and the
// inputs below leave those out or correct for them: it also refuses a domain of one label or
// a top-level label of one character (RFC 5321 allows both), and an IPv4 literal's octet with
// a leading zero (`Snum = 1*3DIGIT` allows it); it does not limit the local part to 64
// octets nor the address to 254; it takes UTF-8 (RFC 6531) and does not check `xn--` labels;
// and it lets an IPv6 literal's `::` stand for one group of zeros, as RFC 4291 does, where
// RFC 5321 §4.1.3 says two at least (its erratum 2467, which asked for one, was rejected).
function parserAccepts(address: string): boolean {
  try {
    smtpParse(address);
    return true;
  } catch {
    return false;
  }
}

/** Whether an IPv6 literal's `::` stands for two groups or more, as RFC 5321 wants. */
function gapOfTwo(domain: string): boolean {
  const body = domain.slice('[IPv6:'.length, -1);
  if (!/^\[ipv6:/i.test(domain) || !body.includes('::')) return true;
  const groups = body.split(/::?/).filter((piece) => piece !== '');
  // An IPv4 tail holds two groups' bits.
  return groups.reduce((sum, piece) => sum + (piece.includes('.') ? 2 : 1), 0) <= 6;
}

const atom = fc
  .array(fc.constantFrom(..."aZ9!#$%&'*+/=?^_`{|}~-".split('')), { minLength: 1, maxLength: 4 })
  .map((c) => c.join(''));
const oddOne = fc.constantFrom('', '.', ' ', '"', '\\', '(', ')', ',', '[', ']', '@', ':', '\x7f');
const quotedPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', ' ', '@', '.', '(', '\\"', '\\\\', '\\a', '\\ ') },
  { weight: 1, arbitrary: fc.constantFrom('"', '\\', '\t', '\x01', '\x7f', '\\\x7f', 'é') },
);
const smtpLocal = fc.oneof(
  {
    weight: 4,
    // Atoms joined by dots; in a third of them, one more character (that may break it) anywhere.
    arbitrary: fc
      .tuple(
        fc.array(atom, { minLength: 1, maxLength: 4 }),
        fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, oddOne),
        fc.nat(),
      )
      .map(([atoms, odd, at]) => {
        const text = atoms.join('.');
        const cut = at % (text.length + 1);
        return odd === null ? text : text.slice(0, cut) + odd + text.slice(cut);
      }),
  },
  {
    weight: 4,
    arbitrary: fc.array(quotedPiece, { maxLength: 8 }).map((c) => `"${c.join('')}"`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 66 }).map((n) => `"${'q'.repeat(n - 2)}"`) },
);
const octet = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 300 }).map(String) },
  fc.constantFrom('+1', ' 1', '1e2', '0x1', '-0', '', '1a'),
);
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
const group = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('0', '1', 'ab', 'FFFF', '0db8') },
  { weight: 1, arbitrary: fc.constantFrom('fffff', 'g1', '') },
);
// 0 to 9 groups, `::` in place of none or some of them (now and then in two places), an IPv4
// tail or not.
const ipv6 = fc
  .tuple(
    fc.array(group, { maxLength: 9 }),
    fc.option(fc.nat(9), { freq: 2 }),
    fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, fc.constant(true)),
    fc.option(ipv4, { freq: 3 }),
  )
  .map(([groups, gap, twice, v4]) => {
    const parts = v4 === null ? groups : [...groups, v4];
    if (gap === null) return parts.join(':');
    const text = `${parts.slice(0, gap).join(':')}::${parts.slice(gap).join(':')}`;
    // One more colon after the first group with a colon on each side: a second `::`, or `:::`.
    return twice ? text.replace(/(:[^:]+:)/, (piece) => `${piece}:`) : text;
  });
const ldhLabel = fc
  .array(fc.constantFrom('a', 'b', '1', 'a', 'b', '1', '-'), { maxLength: 6 })
  .map((c) => c.join(''));
const smtpDomain = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.array(ldhLabel, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('ch', 'com', '12', 'c-h', 'c_h', '-ch'),
      )
      .map(([labels, top]) => [...labels, top].join('.')),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof({ weight: 4, arbitrary: ipv4 }, fc.constantFrom('1.2.3', '1.2.3.4.5', '1..2.3'))
      .map((literal) => `[${literal}]`),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('IPv6:', 'IPv6:', 'IPv6:', 'IPv6:', 'ipv6:', 'IPv6', 'IPv4:', ''),
        ipv6,
      )
      .map(([tag, body]) => `[${tag}${body}]`),
  },
);

describe('rfc mode agrees with smtp-address-parser, a parser of RFC 5321 written apart', () => {
  it('on quoted strings, dot-strings, and IPv4 and IPv6 literals', () => {
    fc.assert(
      fc.property(fc.tuple(smtpLocal, smtpDomain), ([localPart, domain]) => {
        const input = `${localPart}@${domain}`;
        const expected =
          parserAccepts(input) &&
          gapOfTwo(domain) &&
          localPart.length <= 64 &&
          input.length <= 254 &&
          /^\p{ASCII}*$/u.test(localPart);
        expect(isValidAddress(input, { mode: 'rfc' })).toBe(expected);
        expect(validateAddress(input, { mode: 'rfc' }).ok).toBe(expected);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('differs where the library decided otherwise', () => {
    const decided = ['a@localhost', 'a@example.c', 'a@[01.2.3.4]', 'a@[IPv6:::01.2.3.4]'];
    for (const input of decided) {
      expect([input, parserAccepts(input)]).toEqual([input, false]);
      expect([input, isValidAddress(input, { mode: 'rfc' })]).toEqual([input, true]);
    }
    for (const input of ['a@[IPv6:1:2:3::4:5:6:7]', 'a@[IPv6:1:2:3::4:5:6.7.8.9]']) {
      expect([input, parserAccepts(input)]).toEqual([input, true]);
      expect([input, isValidAddress(input, { mode: 'rfc' })]).toEqual([input, false]);
    }
    const longer = `"${'q'.repeat(63)}"@example.com`;
    expect([parserAccepts(longer), isValidAddress(longer, { mode: 'rfc' })]).toEqual([true, false]);
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
  // The platform's URL parser, and one that reads an ASCII host as it is (as Chromium's and
  // those of Node.js 24 and 26 do): `xn--` labels typed in ASCII are then checked by the
  // library alone.
  it.each([
    ['the platform’s URL parser', globalThis.URL],
    ['a URL parser that reads an ASCII host as it is', AsciiAsItIsUrl],
  ])('accepts what UTS 46 accepts, with or without the Bidi and joiner rules: %s', (_, Url) => {
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
      {
        weight: 2,
        // Sound, and not: no decoding (cut short, a delimiter first), decoding to a control, to
        // a joiner alone, to ASCII only, to a hyphen at an end, to an `xn--` label.
        arbitrary: fc.constantFrom(
          ...['xn--bcher-kva', 'XN--BCHER-KVA', 'xn--tda', 'xn--zca', 'xn--ls8h', 'xn--a'],
          ...['xn---5mu', 'xn--zz', 'xn--bcher-kva7', 'xn--1ug', 'xn--ab-', 'xn----1hpaa'],
          ...['xn--bcher--3ya', 'xn--xn--zca-hia', 'xn--'],
        ),
      },
    );
    const domain = fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '.ch', '.рф'))
      .map(([labels, end]) => labels.join('.') + end);
    let accepted = 0;
    underUrl(Url, () =>
      fc.assert(
        fc.property(domain, fc.constantFrom('provider' as const, 'rfc' as const), (input, mode) => {
          const ok = validateAddress(`a@${input}`, { mode }).ok;
          const strict = mode === 'provider';
          expect([idnModel(input, strict, UTS46), idnModel(input, strict, LENIENT)]).toContain(ok);
          expect(isValidAddress(`a@${input}`, { mode })).toBe(ok);
          if (ok) accepted++;
        }),
        { numRuns: runs(20000) },
      ),
    );
    expect(accepted).toBeGreaterThan(2000); // the test sees both answers
  });
});
