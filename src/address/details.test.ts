import fc from 'fast-check';
import { toASCII } from 'tr46';
import { describe, expect, it, vi } from 'vitest';
import { URL as ExpoUrl } from 'whatwg-url-without-unicode';
import { AsciiAsItIsUrl, TypedHostUrl, underUrl } from '../../test/helpers/urls.js';
import { isWhiteSpace } from './chars.js';
import { CONVERTED, CONVERTED_MAX, domainIssues } from './domain.js';
import { isValidAddress, validateAddress } from './validateAddress.js';
import { localPartIssues, validateLocalPart } from './validateLocalPart.js';

const issues = (input: string, mode: 'provider' | 'rfc' = 'provider') => {
  const result = validateAddress(input, { mode });
  return result.ok ? [] : result.issues;
};

describe('issue details: where, what, how many', () => {
  it('domain issues point at the label or the character', () => {
    expect(issues('a@exa_mp!e.ch')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 5, char: '_', count: 2 },
    ]);
    expect(issues(`a@x.${'b'.repeat(64)}.ch`)).toEqual([
      { code: 'domain-label-too-long', rule: 'R-LP-6', index: 4 + 63, limit: 63, actual: 64 },
    ]);
    expect(issues('a@x..ch')).toEqual([{ code: 'domain-label-empty', rule: 'R-LP-6', index: 4 }]);
    expect(issues('a@x-.ch')).toEqual([
      { code: 'domain-label-hyphen', rule: 'R-LP-6', index: 3, char: '-' },
    ]);
    expect(issues('a@-x-.ch')).toEqual([
      { code: 'domain-label-hyphen', rule: 'R-LP-6', index: 2, char: '-' },
    ]);
    expect(issues('a@x.-y')).toEqual([
      { code: 'domain-label-hyphen', rule: 'R-LP-6', index: 4, char: '-' },
    ]);
    expect(issues('a@localhost')).toEqual([
      { code: 'domain-single-label', rule: 'R-LP-6', index: 11 },
    ]);
    expect(issues('a@x.42')).toEqual([{ code: 'domain-numeric-tld', rule: 'R-LP-6', index: 4 }]);
    expect(issues('a@')).toEqual([{ code: 'domain-empty', rule: 'R-LP-6', index: 2 }]);
    const long = `${`${'d'.repeat(62)}.`.repeat(4)}cc`; // 254
    expect(issues(`a@${long}`)).toEqual([
      { code: 'domain-too-long', rule: 'R-LP-6', index: 2 + 253, limit: 253, actual: 254 },
    ]);
    expect(issues('a@x.ch.')).toEqual([{ code: 'domain-label-empty', rule: 'R-LP-6', index: 7 }]);
  });

  it('a converted domain points into the label the issue is in, as typed', () => {
    CONVERTED.clear(); // the IDNA memo would answer from an earlier run (under Stryker too)
    // A label IDNA converted has no positions of its own in the converted form: its start, or
    // its last character or end when the issue is there. A label typed in ASCII keeps them.
    expect(issues('a@bücher-.de')).toEqual([
      { code: 'domain-label-hyphen', rule: 'R-LP-6', index: 8, char: '-' },
    ]);
    expect(issues('a@-bücher.de')).toMatchObject([{ code: 'domain-label-hyphen', index: 2 }]);
    expect(issues('a@bücher')).toEqual([{ code: 'domain-single-label', rule: 'R-LP-6', index: 8 }]);
    expect(issues('a@bücher..de')).toEqual([
      { code: 'domain-label-empty', rule: 'R-LP-6', index: 9 },
    ]);
    expect(issues('a@.bücher.de')).toEqual([
      { code: 'domain-label-empty', rule: 'R-LP-6', index: 2 },
    ]);
    expect(issues('a@bücher.')).toEqual([{ code: 'domain-label-empty', rule: 'R-LP-6', index: 9 }]);
    expect(issues('a@bücher.DE-')).toMatchObject([{ code: 'domain-label-hyphen', index: 11 }]);
    expect(issues('a@BÜCHER.x-y.1')).toEqual([
      { code: 'domain-numeric-tld', rule: 'R-LP-6', index: 13 },
    ]);
    // `𝟏` (two UTF-16 units) maps to `1`: a numeric top-level label, shown at its start, never
    // inside the surrogate pair.
    expect(issues('a@x.\u{1d7cf}')).toEqual([
      { code: 'domain-numeric-tld', rule: 'R-LP-6', index: 4 },
    ]);
    // The Kelvin sign lower-cases to `k`, as IDNA maps it: the label keeps its positions.
    expect(issues('a@\u212a-.ch')).toMatchObject([{ code: 'domain-label-hyphen', index: 3 }]);
    expect(issues('a@\u212ax.c-h.c-')).toMatchObject([{ code: 'domain-label-hyphen', index: 10 }]);
    // IDNA's other dots are one character each, as the full stop is.
    expect(issues('a@bücher。de。-x')).toMatchObject([{ code: 'domain-label-hyphen', index: 12 }]);
    expect(issues('a@ü．x_y.ch')).toMatchObject([{ code: 'domain-invalid-character', index: 5 }]);
    // A long label: where the limit is passed when it is typed in ASCII, else at its start, also
    // when the limit falls on its last character (`𝐛` maps to `b`; 64 octets once converted).
    expect(issues(`a@x.ü${'b'.repeat(55)}\u{1d41b}.ch`)).toMatchObject([
      { code: 'domain-label-too-long', index: 4, actual: 64 },
    ]);
    expect(issues(`a@ü.${'b'.repeat(64)}.ch`)).toMatchObject([
      { code: 'domain-label-too-long', index: 4 + 63, actual: 64 },
    ]);
    expect(issues(`a@x.ü${'b'.repeat(62)}.ch`)).toMatchObject([
      { code: 'domain-label-too-long', index: 4, actual: 70 }, // xn--, 62 b, -, 3
    ]);
    // The domain's length: counted in the converted form, shown where the typed label is.
    // 253 octets in: 14 of `xn--bcher-kva.`, three labels of 64 with their dots, 47 more.
    const long = `bücher.${`${'x'.repeat(63)}.`.repeat(4)}ch`;
    expect(issues(`a@${long}`)).toEqual([
      {
        code: 'domain-too-long',
        rule: 'R-LP-6',
        index: 2 + 7 + 3 * 64 + 47,
        limit: 253,
        actual: 272,
      },
    ]);
    expect(issues('a@bü_cher.de')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 4, char: '_', count: 1 },
    ]);
    expect(issues('a@XN--BCHER-KVA.DE')).toEqual([]);
    expect(issues('a@xn--bcher-kva.')).toEqual([
      { code: 'domain-label-empty', rule: 'R-LP-6', index: 16 },
    ]);
    expect(validateAddress('a@XN--BCHER-KVA.DE')).toMatchObject({
      asciiDomain: 'xn--bcher-kva.de',
    });
  });

  it('a converted domain answers alike wherever it stands, in each mode, whatever was done to an earlier answer', () => {
    // The IDNA memo keeps a domain's issues once found: each answer gets its own copies, at
    // the domain's place in that input.
    const first = issues('a@bü_cher');
    expect(first).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 4, char: '_', count: 1 },
    ]);
    (first[0] as { index: number }).index = 99;
    expect(issues('abc@bü_cher')).toMatchObject([{ code: 'domain-invalid-character', index: 6 }]);
    expect(issues('a@bü_cher', 'rfc')).toMatchObject([{ index: 4 }]);
    expect(issues('a@bü_cher')).toMatchObject([{ index: 4 }]);
    // One label: refused by the provider, the same domain then accepted in rfc mode, and back.
    expect(issues('a@bücher')).toEqual([{ code: 'domain-single-label', rule: 'R-LP-6', index: 8 }]);
    expect(validateAddress('jean@bücher', { mode: 'rfc' })).toMatchObject({
      ok: true,
      asciiDomain: 'xn--bcher-kva',
    });
    expect(issues('jean@bücher')).toEqual([
      { code: 'domain-single-label', rule: 'R-LP-6', index: 11 },
    ]);
    // An xn-- domain keeps the positions of its characters in each input.
    expect(issues('a@xn--bcher-kva..ch')).toMatchObject([
      { code: 'domain-label-empty', index: 16 },
    ]);
    expect(issues('abc@xn--bcher-kva..ch')).toMatchObject([
      { code: 'domain-label-empty', index: 18 },
    ]);
  });

  it('the IDNA memo is bounded: it starts afresh when full, and answers alike after', () => {
    let most = 0;
    for (let n = 0; n <= CONVERTED_MAX; n++) {
      expect(validateAddress(`a@bü${n}.ch`).ok).toBe(true);
      most = Math.max(most, CONVERTED.size);
    }
    expect(most).toBe(CONVERTED_MAX);
    expect(CONVERTED.size).toBeLessThan(CONVERTED_MAX);
    expect(issues('a@bü_cher')).toMatchObject([{ index: 4 }]);
  });

  it('rfc-mode issues name the first character that breaks the syntax', () => {
    expect(issues('"ab\\"@x.ch', 'rfc')).toEqual([
      { code: 'local-part-syntax', rule: 'R-LP-6', index: 4, char: '"' },
    ]);
    expect(issues('"a\\', 'rfc')).toEqual([{ code: 'missing-at-sign', rule: 'R-LP-6', index: 3 }]);
    expect(issues('"\\é"@x.ch', 'rfc')).toEqual([
      { code: 'local-part-syntax', rule: 'R-LP-6', index: 2, char: 'é' },
    ]);
    expect(issues('"@x.ch', 'rfc')).toEqual([
      { code: 'local-part-syntax', rule: 'R-LP-6', index: 1, char: null },
    ]);
    expect(issues(`${'a'.repeat(65)}@x.ch`, 'rfc')).toEqual([
      { code: 'local-part-too-long', rule: 'R-LP-6', index: 64, limit: 64, actual: 65 },
    ]);
    expect(issues('a@[1.2.3.4', 'rfc')).toEqual([
      { code: 'invalid-address-literal', rule: 'R-LP-6', index: 2 },
    ]);
    expect(issues('a@[IPv6:::1]', 'rfc')).toEqual([]);
    expect(issues('a@[IPv6:::1]')).toEqual([{ code: 'address-literal', rule: 'R-LP-6', index: 2 }]);
    const local = 'a'.repeat(64);
    const domain = `${`${'d'.repeat(62)}.`.repeat(3)}${'e'.repeat(60)}`; // 249
    expect(issues(`${local}@${domain}`)).toEqual([
      { code: 'address-too-long', rule: 'R-LP-6', index: 254, limit: 254, actual: 314 },
    ]);
  });

  it('a refusal says rfcValid only when the RFC syntax holds', () => {
    expect(validateAddress('a+b@x.ch')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('a b@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('"a b"@x.ch')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('a@localhost')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('a@x.12')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('-a-@[1.2.3.4]')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('a..b@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a@bücher')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('a(b@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    // Unquoted, the local part is a dot-string exactly when its only issues are hyphens and
    // characters of RFC 5322 atext: one character outside atext anywhere breaks it.
    expect(validateAddress("-a+b'c-@x.ch")).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress('a+b:c@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a:b+c@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a+b\\c@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a+b.@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a+bé@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a+b\tc@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('a+b@c@x.ch')).toMatchObject({ ok: false, rfcValid: false });
    expect(validateAddress('"a+b@c"@x.ch')).toMatchObject({ ok: false, rfcValid: true });
    // The same after a clean start the fast pass skips, and after a long one.
    expect(validateAddress('jean.dupont+news@x.ch')).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress(`${'x'.repeat(63)}+@x.ch`)).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress(`${'x'.repeat(64)}+@x.ch`)).toMatchObject({
      ok: false,
      rfcValid: false,
    });
  });

  it('a surrogate counts as a pair only with its other half', () => {
    expect(validateLocalPart('é\udc00')).toMatchObject({
      issues: [{ code: 'non-ascii', index: 0, char: 'é', count: 2 }],
    });
    // A high surrogate before a code unit past the low ones (U+E000) stands alone too.
    expect(validateLocalPart('\ud800\ue000')).toMatchObject({
      issues: [{ code: 'non-ascii', index: 0, char: '\ud800', count: 2 }],
    });
    expect(validateLocalPart('\ud800+')).toMatchObject({
      issues: [
        { code: 'non-ascii', index: 0, char: '\ud800', count: 1 },
        { code: 'forbidden-character', index: 1, char: '+', count: 1 },
      ],
    });
  });

  it('reads on from a clean part, and counts pairs from its own start', () => {
    // What comes before `from` is clean: a dot at `from` is doubled only after another dot.
    expect(localPartIssues('a.b@', 0, 3, false, 1)).toEqual([]);
    expect(localPartIssues('a..b@', 0, 4, false, 2)).toEqual([
      { code: 'consecutive-dots', rule: 'R-LP-4', index: 2, char: '.', count: 1 },
    ]);
    expect(localPartIssues('-ab@', 0, 3, false, 3)).toEqual([
      { code: 'leading-hyphen', rule: 'R-LP-3', index: 0, char: '-', count: 1 },
    ]);
    // 65 emoji after two characters that are not part of the local part.
    const text = `zz${'😀'.repeat(65)}`;
    expect(localPartIssues(text, 2, text.length, false)).toContainEqual({
      code: 'too-long',
      rule: 'R-LP-1',
      index: 2 + 128,
      count: 1,
      limit: 64,
      actual: 65,
    });
  });

  it('local parts inside an address and as-you-type keep their indexes', () => {
    expect(localPartIssues(`${'z'.repeat(10)}a b@`, 10, 13, false)).toEqual([
      { code: 'whitespace', rule: 'R-LP-5', index: 11, char: ' ', count: 1 },
    ]);
    expect(localPartIssues('abc@', 3, 3, false)).toEqual([
      { code: 'empty', rule: 'R-LP-1', index: 3, count: 0 },
    ]);
    expect(localPartIssues('abc@', 3, 3, true)).toEqual([]);
    expect(localPartIssues(`..${'x'.repeat(66)}@`, 2, 68, true)).toEqual([
      { code: 'too-long', rule: 'R-LP-1', index: 66, count: 2, limit: 64, actual: 66 },
    ]);
    expect(validateLocalPart('a-')).toMatchObject({
      issues: [{ code: 'trailing-hyphen', index: 1 }],
    });
    expect(validateLocalPart('a.')).toMatchObject({ issues: [{ code: 'trailing-dot', index: 1 }] });
  });
});

describe('issue details, at the edges', () => {
  const codes = (input: string) => issues(input).map((issue) => issue.code);

  it('dots and hyphens are named, with their character', () => {
    expect(validateLocalPart('.a..b.')).toEqual({
      ok: false,
      issues: [
        { code: 'leading-dot', rule: 'R-LP-4', index: 0, char: '.', count: 1 },
        { code: 'consecutive-dots', rule: 'R-LP-4', index: 3, char: '.', count: 1 },
        { code: 'trailing-dot', rule: 'R-LP-4', index: 5, char: '.', count: 1 },
      ],
    });
    expect(validateLocalPart('a-')).toEqual({
      ok: false,
      issues: [{ code: 'trailing-hyphen', rule: 'R-LP-3', index: 1, char: '-', count: 1 }],
    });
    // A character between two dots: no doubled dot, whatever the character.
    expect(validateLocalPart('a.é.b')).toMatchObject({ issues: [{ code: 'non-ascii' }] });
    // An empty range inside a longer text: the character before it is not its last.
    for (const text of ['z-@', 'z.@']) {
      expect(localPartIssues(text, 2, 2, false)).toEqual([
        { code: 'empty', rule: 'R-LP-1', index: 2, count: 0 },
      ]);
    }
  });

  it('the first code past ASCII, and surrogate pairs at the ends of their ranges', () => {
    expect(validateLocalPart('\u0080')).toMatchObject({
      issues: [{ code: 'non-ascii', char: '\u0080' }],
    });
    for (const char of ['\ud800\udc00', '\udbff\udfff', '\ud83d\udc00', '\ud83d\udfff']) {
      expect(validateLocalPart(`a${char}b`)).toEqual({
        ok: false,
        issues: [{ code: 'non-ascii', rule: 'R-LP-5', index: 1, char, count: 1 }],
      });
    }
  });

  it('issues come in order of index, whatever order they are found in', () => {
    expect(validateLocalPart(`${'a'.repeat(70)} `)).toMatchObject({
      issues: [
        { code: 'too-long', index: 64 },
        { code: 'whitespace', index: 70 },
      ],
    });
    expect(issues('a@x..y_z')).toMatchObject([
      { code: 'domain-label-empty', index: 4 },
      { code: 'domain-invalid-character', index: 6 },
    ]);
  });

  it('a domain issue points at its first occurrence', () => {
    expect(issues('a@x..y..z')).toMatchObject([{ code: 'domain-label-empty', index: 4 }]);
    expect(issues('a@-x.y-.ch')).toMatchObject([{ code: 'domain-label-hyphen', index: 2 }]);
    expect(issues('a@-x.-y.ch')).toMatchObject([{ code: 'domain-label-hyphen', index: 2 }]);
    // From the very start of the text too (a domain checked on its own).
    expect(domainIssues('.a..b', 0, 5, true).issues).toMatchObject([
      { code: 'domain-label-empty', index: 0 },
    ]);
    expect(domainIssues('-a.b-.ch', 0, 8, true).issues).toMatchObject([
      { code: 'domain-label-hyphen', index: 0 },
    ]);
    // The first hyphen found at a domain's very start stays the one named.
    expect(domainIssues('-a.-b.ch', 0, 8, true).issues).toMatchObject([
      { code: 'domain-label-hyphen', index: 0 },
    ]);
    expect(issues('x@-a.xn--bcher-kva.-b.ch')).toMatchObject([
      { code: 'domain-label-hyphen', index: 2 },
    ]);
    expect(issues(`a@${'b'.repeat(64)}.${'c'.repeat(65)}.ch`)).toMatchObject([
      { code: 'domain-label-too-long', index: 65, actual: 64 },
    ]);
    const domain253 = `${`${'d'.repeat(62)}.`.repeat(4)}c`;
    expect(codes(`a@_${domain253.slice(1)}`)).toEqual(['domain-invalid-character']);
  });

  it('a domain IDNA cannot convert has one issue', () => {
    // The URL parser refuses a joiner where no script needs one, and names nothing.
    expect(issues('a@a\u200db.ch')).toEqual([
      { code: 'domain-invalid-idn', rule: 'R-LP-6', index: 2 },
    ]);
    // A control character, even one above ASCII, is named.
    expect(issues('a@\u0080.ch')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 2, char: '\u0080', count: 1 },
    ]);
    // An ASCII domain's own ASCII form: lower-cased, and only the domain.
    expect(domainIssues('jean@Exemple.CH', 5, 15, true)).toEqual({
      ascii: 'exemple.ch',
      issues: [],
    });
    expect(domainIssues('_ü.ch', 0, 5, true)).toEqual({
      ascii: null,
      issues: [{ code: 'domain-invalid-character', rule: 'R-LP-6', index: 0, char: '_', count: 1 }],
    });
    // The first of them, counted with the others (ASCII the URL parser would read as syntax).
    expect(issues('a@ü_x/y:1.ch')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 3, char: '_', count: 3 },
    ]);
    expect(issues('a@üx\u007f.ch')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 4, char: '\u007f', count: 1 },
    ]);
  });

  it('a Unicode label moves no issue of the labels typed in ASCII beside it', () => {
    CONVERTED.clear(); // the IDNA memo would answer from an earlier run (under Stryker too)
    // `bücher` and `bucher` have the same length: the answers for a domain holding one or the
    // other must be the same, positions included, unless the length in octets counts (the
    // converted `xn--bcher-kva` is 7 octets longer), which the lengths drawn here never reach.
    // (A domain IDNA cannot convert, with a `_` say, gets its first bad character alone.)
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'Z', '0', '7', '-', '.', '。') },
      { weight: 1, arbitrary: fc.constantFrom('b'.repeat(60), '1'.repeat(4), 'xn--bcher-kva') },
    );
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('provider', 'rfc'),
        (ascii, before, mode) => {
          const [unicode, plain] = before
            ? [`a@bücher.${ascii}`, `a@bucher.${ascii}`]
            : [`a@${ascii}.bücher`, `a@${ascii}.bucher`];
          fc.pre(plain.length < 240);
          expect(issues(unicode, mode)).toEqual(issues(plain, mode));
        },
      ),
    );
  });

  it('a converted domain whose labels IDNA splits or joins puts its issues at its start', () => {
    // Node.js 20 refuses `⒈`; UTS 46 without its STD3 rules maps it to `1.`, adding a label.
    class SplittingUrl extends URL {
      constructor(input: string) {
        super(input.replace('⒈', '1.'));
      }
    }
    underUrl(SplittingUrl, () => {
      expect(issues('abc@ü⒈-x.ch')).toEqual([
        { code: 'domain-label-hyphen', rule: 'R-LP-6', index: 4, char: '-' },
      ]);
      expect(issues('abc@x.ü⒈y.1')).toEqual([
        { code: 'domain-numeric-tld', rule: 'R-LP-6', index: 4 },
      ]);
    });
    expect(issues('abc@ü⒈-x.ch')).toMatchObject([{ code: 'domain-invalid-idn', index: 4 }]);
  });

  it('a platform whose URL parser has no IDNA refuses internationalised domains as unchecked, and never throws', () => {
    // React Native's own URL throws for `hostname`; URL polyfills "without Unicode" give the
    // host back as typed. Either way nothing converts the domain, nor decodes an `xn--` label:
    // refused, with a code that does not call the domain invalid.
    class ThrowingUrl {
      get hostname(): string {
        throw new Error('URL.hostname is not implemented');
      }
    }
    // One that maps (full-width letters, capitals) but does not convert to `xn--` labels.
    class MappingUrl {
      readonly hostname: string;
      constructor(input: string) {
        this.hostname = new TypedHostUrl(input).hostname.normalize('NFKC');
      }
    }
    // One that refuses a host outside ASCII, as a parser without Unicode may.
    class AsciiOnlyUrl extends TypedHostUrl {
      constructor(input: string) {
        if (/[^\0-\x7f]/.test(input)) throw new TypeError('Invalid URL');
        super(input);
      }
    }
    // And the polyfill itself, as Expo and react-native-url-polyfill ship it: it gives the host
    // back as typed, capitals and all.
    expect(new ExpoUrl('http://BÜCHER.de/').hostname).toBe('BÜCHER.de');
    for (const Url of [TypedHostUrl, ThrowingUrl, MappingUrl, AsciiOnlyUrl, ExpoUrl]) {
      underUrl(Url, () => {
        for (const mode of ['provider', 'rfc'] as const) {
          expect(validateAddress('anna@BÜCHER.de', { mode })).toEqual({
            ok: false,
            mode,
            rfcValid: false,
            issues: [{ code: 'domain-idn-unchecked', rule: 'R-LP-6', index: 5 }],
          });
          expect(validateAddress('anna@xn--bcher-kva.de', { mode })).toMatchObject({
            issues: [{ code: 'domain-idn-unchecked', index: 5 }],
          });
          // What no IDNA would accept is still named: a character no domain holds.
          expect(validateAddress('anna@bü_cher.de', { mode })).toMatchObject({
            issues: [{ code: 'domain-invalid-character', index: 7, char: '_' }],
          });
          expect(isValidAddress('anna@bücher.de', { mode })).toBe(false);
          expect(isValidAddress('anna@ｂücher.de', { mode })).toBe(false);
          expect(isValidAddress('anna@xn--zz.de', { mode })).toBe(false);
        }
        expect(isValidAddress('anna@example.ch')).toBe(true);
      });
    }
    expect(isValidAddress('anna@BÜCHER.de')).toBe(true);
    // With IDNA, a domain it refuses is invalid, not unchecked.
    expect(validateAddress('anna@xn--zz.de')).toMatchObject({
      issues: [{ code: 'domain-invalid-idn', index: 5 }],
    });
  });

  it('an xn-- label is checked where the URL parser reads an ASCII host as it is (Chromium, Node.js 24)', () => {
    // Such parsers give `xn--zz.de` back unchecked: the library decodes each `xn--` label
    // itself, and asks the parser to convert the Unicode form back to that very label.
    const answers = (Url: unknown) =>
      underUrl(Url, () =>
        ['xn--zz', 'xn--bcher-kva7', 'xn---5mu', 'xn--a', 'xn--1ug', 'xn--ab-', 'xn--']
          .map((label) => issues(`anna@${label}.de`))
          .concat([
            issues('anna@xn--bcher--3ya.de'),
            issues('anna@XN--BCHER-KVA.de'),
            issues('anna@bücher.xn--zz.de'),
          ]),
      );
    const invalid = [{ code: 'domain-invalid-idn', rule: 'R-LP-6', index: 5 }];
    const expected = [...Array(7).fill(invalid)].concat([
      // `bücher-`: a hyphen at the end of the label as IDNA maps it, found at the label's end.
      [{ code: 'domain-label-hyphen', rule: 'R-LP-6', index: 18, char: '-' }],
      [],
      invalid,
    ]);
    expect(answers(AsciiAsItIsUrl)).toEqual(expected);
    expect(answers(URL)).toEqual(expected);
    expect(underUrl(AsciiAsItIsUrl, () => validateAddress('anna@XN--BCHER-KVA.de'))).toMatchObject({
      ok: true,
      asciiDomain: 'xn--bcher-kva.de',
    });
  });

  it('a URL parser with IDNA installed after a domain was refused as unchecked converts it (the memo keeps no such refusal)', () => {
    // A polyfill that implements UTS 46 (here tr46, as whatwg-url does), set up after the first
    // check: the same domain must then get the answer it gets where IDNA was there all along.
    class IdnaUrl {
      readonly hostname: string;
      constructor(input: string) {
        const host = new TypedHostUrl(input).hostname;
        const ascii = toASCII(host, { checkHyphens: false, useSTD3ASCIIRules: true });
        if (ascii === null) throw new TypeError('Invalid URL');
        this.hostname = ascii;
      }
    }
    CONVERTED.clear();
    vi.stubGlobal('URL', TypedHostUrl);
    try {
      expect(validateAddress('anna@bücher.de')).toMatchObject({
        issues: [{ code: 'domain-idn-unchecked' }],
      });
      expect(isValidAddress('anna@xn--bcher-kva.de')).toBe(false);
      vi.stubGlobal('URL', IdnaUrl);
      expect(validateAddress('anna@bücher.de')).toMatchObject({
        ok: true,
        asciiDomain: 'xn--bcher-kva.de',
      });
      expect(isValidAddress('anna@xn--bcher-kva.de')).toBe(true);
      expect(validateAddress('anna@xn--zz.de')).toMatchObject({
        issues: [{ code: 'domain-invalid-idn' }],
      });
    } finally {
      vi.unstubAllGlobals();
      CONVERTED.clear();
    }
  });

  it('a converted domain: its issues from its own start, in the order of the converted form', () => {
    // The hyphen (at 0 in `xn---…`) before the limit passed (at 63): both at the label's start.
    const long = `-ü${'b'.repeat(63)}.ch`;
    expect(domainIssues(long, 0, long.length, true).issues).toMatchObject([
      { code: 'domain-label-hyphen', index: 0 },
      { code: 'domain-label-too-long', index: 0 },
    ]);
    expect(codes(`a@${long}`)).toEqual(['domain-label-hyphen', 'domain-label-too-long']);
    expect(domainIssues('bücher.', 0, 7, true).issues).toEqual([
      { code: 'domain-label-empty', rule: 'R-LP-6', index: 7 },
    ]);
    expect(domainIssues('a@bücher.', 2, 9, true).issues).toEqual([
      { code: 'domain-label-empty', rule: 'R-LP-6', index: 9 },
    ]);
    expect(domainIssues('Exemple.CH', 0, 10, true)).toEqual({ issues: [], ascii: 'exemple.ch' });
  });

  it('rfcValid needs the RFC length too: 254 octets', () => {
    const address = (length: number) => {
      const label = 'd'.repeat(63);
      const domain = `${label}.${label}.${'d'.repeat(length - 65 - 128 - 3)}.ch`; // 64 + @ + domain
      return `-${'a'.repeat(63)}@${domain}`;
    };
    expect(address(254)).toHaveLength(254);
    expect(validateAddress(address(254))).toMatchObject({
      rfcValid: true,
      issues: [{ code: 'leading-hyphen' }],
    });
    expect(validateAddress(address(255))).toMatchObject({
      rfcValid: false,
      issues: [{ code: 'leading-hyphen' }, { code: 'address-too-long' }],
    });
    // A domain the RFC accepts (a numeric top-level label) does not make it short enough.
    const numeric = address(255).replace(/\.ch$/, '.12');
    expect(validateAddress(numeric)).toMatchObject({
      rfcValid: false,
      issues: [{ code: 'leading-hyphen' }, { code: 'domain-numeric-tld' }],
    });
    expect(validateAddress(numeric, { mode: 'rfc' }).ok).toBe(false);
    // A quoted local part has 64 octets at most, quotes included.
    const quoted = (octets: number) => `"${'a'.repeat(octets - 2)}"@x.ch`;
    expect(validateAddress(quoted(64))).toMatchObject({ ok: false, rfcValid: true });
    expect(validateAddress(quoted(65))).toMatchObject({ ok: false, rfcValid: false });
  });

  it('quoted local parts in rfc mode: printable ASCII only', () => {
    expect(issues('"aé"@x.ch', 'rfc')).toEqual([
      { code: 'local-part-syntax', rule: 'R-LP-6', index: 2, char: 'é' },
    ]);
    expect(issues('"a\u007f"@x.ch', 'rfc')).toMatchObject([{ index: 2, char: '\u007f' }]);
  });
});

describe('white space', () => {
  it('is the ASCII space, tab, line breaks and the Unicode spaces; zero-width is not', () => {
    const spaces = [
      9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f,
      0x205f, 0x3000,
    ];
    for (const code of spaces) expect(isWhiteSpace(code), code.toString(16)).toBe(true);
    for (const code of [
      0, 8, 14, 31, 33, 0x84, 0x86, 0x9f, 0xa1, 0x167f, 0x1681, 0x1fff, 0x200b, 0x2027, 0x202a,
      0x205e, 0x2060, 0x2fff, 0x3001, 0xfeff,
    ]) {
      expect(isWhiteSpace(code), code.toString(16)).toBe(false);
    }
  });
});
