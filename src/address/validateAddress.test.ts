import { isIPv6 as isNodeIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { PolicyInputError } from '../_lib/errors.js';
import { isIPv6 } from './rfc.js';
import { suggestLocalPart } from './suggestLocalPart.js';
import { isValidAddress, parseAddress, validateAddress } from './validateAddress.js';
import { isValidLocalPart } from './validateLocalPart.js';

const codes = (input: unknown, mode: 'provider' | 'rfc' = 'provider') => {
  const result = validateAddress(input, { mode });
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};
const both = (input: string) => [isValidAddress(input), isValidAddress(input, { mode: 'rfc' })];

describe('validateAddress (R-LP-6)', () => {
  it('says the seed’s -@example.com is valid syntax but cannot be created', () => {
    expect(validateAddress('-@example.com')).toEqual({
      ok: false,
      mode: 'provider',
      rfcValid: true,
      issues: [
        { code: 'leading-hyphen', rule: 'R-LP-3', index: 0, char: '-', count: 1 },
        { code: 'trailing-hyphen', rule: 'R-LP-3', index: 0, char: '-', count: 1 },
      ],
    });
    expect(validateAddress('-@example.com', { mode: 'rfc' })).toEqual({
      ok: true,
      mode: 'rfc',
      value: '-@example.com',
      localPart: '-',
      domain: 'example.com',
      asciiDomain: 'example.com',
    });
    expect(both('-@example.com')).toEqual([false, true]);
  });

  it('accepts creatable addresses, and gives the parts and the ASCII domain', () => {
    expect(validateAddress('Jean.Dupont@Exemple.CH')).toEqual({
      ok: true,
      mode: 'provider',
      value: 'Jean.Dupont@Exemple.CH',
      localPart: 'Jean.Dupont',
      domain: 'Exemple.CH',
      asciiDomain: 'exemple.ch',
    });
    for (const input of [
      'a@b.ch',
      'jean-dupont_2@sub.domain.example',
      'x@xn--bcher-kva.de',
      `${'a'.repeat(64)}@example.ch`,
    ]) {
      expect(both(input), input).toEqual([true, true]);
    }
  });

  it('accepts internationalised domains in Unicode or xn-- form', () => {
    expect(validateAddress('anna@bücher.de')).toMatchObject({
      ok: true,
      asciiDomain: 'xn--bcher-kva.de',
    });
    expect(validateAddress('anna@例え.テスト')).toMatchObject({
      ok: true,
      asciiDomain: 'xn--r8jz45g.xn--zckzah',
    });
    expect(validateAddress('anna@ＥＸＡＭＰＬＥ。ch')).toMatchObject({
      ok: true,
      asciiDomain: 'example.ch',
    });
    expect(both('anna@bücher.de')).toEqual([true, true]);
    expect(codes('anna@xn--a.ch')).toEqual(['domain-invalid-idn']);
    // RFC 3492 reads a hyphen that starts the Punycode as a digit, when no other follows: such a
    // label does not decode, typed in ASCII or mapped to it (`－` is a full-width hyphen, `℡`
    // becomes `tel`), though Node.js 20's URL parser reads `xn---5mu` as `xn--5mu`.
    for (const domain of ['xn---5mu.ch', 'XN---5MU.ch', 'ch.xn---5mu', 'xn--－℡.com', 'xn---.ch']) {
      expect(validateAddress(`anna@${domain}`), domain).toMatchObject({
        issues: [{ code: 'domain-invalid-idn', index: 5 }],
      });
      expect(both(`anna@${domain}`), domain).toEqual([false, false]);
    }
    expect(both('anna@xn--5mu.ch')).toEqual([true, true]);
    expect(both('anna@xn--ab--ja.ch')).toEqual([false, false]);
    expect(codes('anna@a\u200db.ch')).toEqual(['domain-invalid-idn']);
    expect(both('anna@xn--a.ch')).toEqual([false, false]);
  });

  it('maps what IDNA maps: capitals, full-width forms, ligatures, the Kelvin sign', () => {
    for (const [domain, asciiDomain] of [
      ['ｅｘａｍｐｌｅ.ch', 'example.ch'],
      ['ﬁ.ch', 'fi.ch'],
      ['BÜCHER.DE', 'xn--bcher-kva.de'],
      // The Kelvin sign lower-cases to an ASCII k: the same answer as the full-width Ｋ.
      ['\u212a.ch', 'k.ch'],
      ['Ｋ.ch', 'k.ch'],
    ]) {
      expect(validateAddress(`anna@${domain}`), domain).toMatchObject({ ok: true, asciiDomain });
      expect(both(`anna@${domain}`), domain).toEqual([true, true]);
    }
    expect(validateAddress('anna@\u212a-.ch')).toMatchObject({
      issues: [{ code: 'domain-label-hyphen', index: 6 }],
    });
  });

  it('refuses a character nobody can see in a domain, and names it, where IDNA would delete it', () => {
    const refused = (input: string) => {
      const result = validateAddress(input);
      return result.ok ? [] : result.issues;
    };
    expect(refused('anna@bücher.de\u200b')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 14, char: '\u200b', count: 1 },
    ]);
    expect(refused('anna@bü\u00adcher.de\u00ad')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 7, char: '\u00ad', count: 2 },
    ]);
    // A whole code point, never half of a surrogate pair.
    expect(refused('anna@bü\u{e0100}cher.de')).toEqual([
      { code: 'domain-invalid-character', rule: 'R-LP-6', index: 7, char: '\u{e0100}', count: 1 },
    ]);
    // White space the URL parser refuses is named too, and so is a variation selector.
    expect(refused('anna@bücher\u00a0.de')).toMatchObject([{ index: 11, char: '\u00a0' }]);
    expect(refused('anna@i\u2764\ufe0f.ws')).toMatchObject([{ index: 7, char: '\ufe0f' }]);
    expect(both('anna@i\u2764\ufe0f.ws')).toEqual([false, false]);
    expect(both('anna@i\u2764.ws')).toEqual([true, true]);
    // The joiners are left to IDNA, which allows them where a script needs them (RFC 5892).
    expect(validateAddress('anna@\u0915\u094d\u200c\u0937.in')).toMatchObject({
      ok: true,
      asciiDomain: 'xn--11b2ezcs70k.in',
    });
    expect(codes('anna@a\u200cb.ch')).toEqual(['domain-invalid-idn']);
  });

  it('accepts no domain the URL parser would shorten by a character it deletes', () => {
    // Asked of the platform, not of our own list: every code point of the planes where Unicode
    // puts default-ignorable ones (the Basic and Supplementary Multilingual Planes, and the
    // Supplementary Special-purpose Plane of tags and variation selectors).
    const deleted: number[] = [];
    for (const [from, to] of [
      [0x80, 0x1ffff],
      [0xe0000, 0xeffff],
    ] as const) {
      for (let code = from; code <= to; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCodePoint(code);
        let host: string | undefined;
        try {
          host = new URL(`http://ab${char}c.ch/`).hostname;
        } catch {}
        if (host !== 'abc.ch') continue;
        deleted.push(code);
        const result = validateAddress(`anna@ab${char}c.ch`, { mode: 'rfc' });
        expect(result, char).toMatchObject({
          ok: false,
          issues: [{ code: 'domain-invalid-character', index: 7, char, count: 1 }],
        });
      }
    }
    // The soft hyphen, the zero-width space, the word joiner, the BOM, variation selectors…
    expect(deleted).toEqual(expect.arrayContaining([0xad, 0x200b, 0x2060, 0xfeff, 0xfe0f]));
    expect(deleted.length).toBeGreaterThan(250);
  });

  it('checks the domain: labels, hyphens, characters, length, two labels, a non-numeric end', () => {
    expect(codes('a@')).toEqual(['domain-empty']);
    expect(codes('a@example..ch')).toEqual(['domain-label-empty']);
    expect(codes('a@.example.ch')).toEqual(['domain-label-empty']);
    expect(codes('a@example.ch.')).toEqual(['domain-label-empty']);
    expect(codes('a@-example.ch')).toEqual(['domain-label-hyphen']);
    expect(codes('a@example-.ch')).toEqual(['domain-label-hyphen']);
    expect(codes('a@exa_mple.ch')).toEqual(['domain-invalid-character']);
    expect(codes('a@exa mple.ch')).toEqual(['domain-invalid-character']);
    expect(codes('a@localhost')).toEqual(['domain-single-label']);
    expect(codes('a@example.123')).toEqual(['domain-numeric-tld']);
    expect(codes('a@192.0.2.1')).toEqual(['domain-numeric-tld']);
    // A character that is not a digit makes a top-level label not numeric, allowed or not.
    expect(codes('a@example.1_2')).toEqual(['domain-invalid-character']);
    expect(codes('a@example.1 ')).toEqual(['domain-invalid-character']);
    expect(codes(`a@${'b'.repeat(63)}.ch`)).toEqual([]);
    expect(codes(`a@${'b'.repeat(64)}.ch`)).toEqual(['domain-label-too-long']);
    const domain253 = `${`${'d'.repeat(62)}.`.repeat(4)}c`; // 4 × 63 + 1 = 253
    expect(domain253).toHaveLength(253);
    expect(codes(`a@${domain253}`)).toEqual(['address-too-long']); // the domain alone is fine
    expect(codes(`a@${domain253.slice(1)}`)).toEqual([]);
    expect(codes(`a@${domain253}c`)).toEqual(['domain-too-long']);
    expect(validateAddress('a@exa_mp_le.ch')).toMatchObject({
      issues: [{ index: 5, char: '_', count: 2 }],
    });
  });

  it('reports every issue of an internationalised domain, in the label it is in', () => {
    // A hyphen at a Unicode label's end (IDNA2008), and what the converted form shows.
    expect(validateAddress('a@-bücher')).toMatchObject({
      rfcValid: false,
      issues: [
        { code: 'domain-label-hyphen', index: 2 },
        { code: 'domain-single-label', index: 9 },
      ],
    });
    expect(validateAddress('a@-bücher', { mode: 'rfc' })).toMatchObject({
      issues: [{ code: 'domain-label-hyphen', index: 2 }],
    });
    // As IDNA maps it: a full-width or small hyphen-minus is a hyphen (`ü－` is `ü-`).
    for (const [domain, index] of [
      ['bücher－.ch', 8],
      ['﹣bücher.ch', 2],
      ['a.ü\uff0d', 5],
    ] as const) {
      expect(validateAddress(`a@${domain}`, { mode: 'rfc' }), domain).toMatchObject({
        issues: [{ code: 'domain-label-hyphen', index }],
      });
    }
    expect(both('a@bü－cher.ch')).toEqual([true, true]);
    expect(validateAddress('a@bücher')).toMatchObject({
      rfcValid: true,
      issues: [{ code: 'domain-single-label', index: 8 }],
    });
    // The URL parser would read a host ending in a number as IPv4 and fail: the conversion
    // keeps it from doing so, and the domain is judged as an ASCII one is (`a@example.123`).
    expect(validateAddress('a@bücher.123')).toMatchObject({
      rfcValid: true,
      issues: [{ code: 'domain-numeric-tld', index: 9 }],
    });
    expect(validateAddress('a@bücher.１２３', { mode: 'rfc' })).toMatchObject({
      ok: true,
      asciiDomain: 'xn--bcher-kva.123',
    });
    for (const domain of ['bücher.0x12', 'bücher.1e3', 'bücher.0.x1']) {
      expect(both(`a@${domain}`), domain).toEqual([true, true]);
    }
    expect(validateAddress(`a@ü${'b'.repeat(63)}.ch`)).toMatchObject({
      issues: [{ code: 'domain-label-too-long', index: 2, limit: 63, actual: 71 }], // xn--, 63 b, -, 3
    });
  });

  it('limits the whole address to 254 octets', () => {
    const local = 'a'.repeat(64);
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`; // 189
    expect(`${local}@${domain}`).toHaveLength(254);
    expect(both(`${local}@${domain}`)).toEqual([true, true]);
    expect(codes(`${local}@${domain}e`)).toEqual(['address-too-long']);
    expect(both(`${local}@${domain}e`)).toEqual([false, false]);
  });

  it('needs an @, and splits at the last one', () => {
    expect(validateAddress('jean.dupont')).toMatchObject({
      issues: [{ code: 'missing-at-sign', index: 11 }],
      rfcValid: false,
    });
    expect(codes('a@b@example.ch')).toEqual(['at-sign']);
    expect(parseAddress('"a@b"@example.ch')).toEqual({ localPart: '"a@b"', domain: 'example.ch' });
    expect(parseAddress('x')).toBeNull();
    expect(parseAddress(7 as never)).toBeNull();
    expect(parseAddress('@')).toEqual({ localPart: '', domain: '' });
    expect(parseAddress('@@')).toEqual({ localPart: '@', domain: '' });
    expect(parseAddress('a@b@c@d')).toEqual({ localPart: 'a@b@c', domain: 'd' });
    expect(parseAddress('@a')).toEqual({ localPart: '', domain: 'a' });
    expect(parseAddress('a@')).toEqual({ localPart: 'a', domain: '' });
  });

  it('puts local-part issues at their index in the whole input, domain issues after the @', () => {
    expect(validateAddress('jé an@exa_mple.ch')).toMatchObject({
      issues: [
        { code: 'non-ascii', index: 1 },
        { code: 'whitespace', index: 2 },
        { code: 'domain-invalid-character', index: 9 },
      ],
    });
  });

  it('refuses address literals in provider mode, checks them in rfc mode', () => {
    expect(validateAddress('a@[192.0.2.1]')).toMatchObject({
      issues: [{ code: 'address-literal', index: 2 }],
      rfcValid: true,
    });
    expect(validateAddress('a@[192.0.2.1]', { mode: 'rfc' })).toMatchObject({
      ok: true,
      asciiDomain: '[192.0.2.1]',
    });
    for (const literal of [
      '[255.255.255.255]',
      '[IPv6:2001:db8::1]',
      '[IPv6:::]',
      '[IPv6:1:2:3:4:5:6:7:8]',
      '[IPv6:::ffff:192.0.2.1]',
      '[IPv6:1:2:3:4:5:6:192.0.2.1]',
      // The tag in any case: a quoted string in ABNF is case-insensitive (RFC 5234 §2.3).
      '[ipv6:2001:db8::1]',
      '[IPV6:::1]',
      '[iPv6:::]',
    ]) {
      expect(isValidAddress(`a@${literal}`, { mode: 'rfc' }), literal).toBe(true);
    }
    for (const literal of [
      '[256.1.1.1]',
      '[1.2.3]',
      '[1.2.3.4.5]',
      '[IPv6:1:2:3:4:5:6:7:8:9]',
      '[IPv6:1::2::3]',
      '[IPv6:12345::]',
      '[tag:stuff]',
      '[]',
      '[1.2.3.4',
      '[IPv6:1:2:3:4:5:6:7::]',
      '[IPv6::1]',
      '[IPv7:::1]',
      '[',
    ]) {
      expect(codes(`a@${literal}`, 'rfc'), literal).toEqual(['invalid-address-literal']);
      expect(isValidAddress(`a@${literal}`, { mode: 'rfc' }), literal).toBe(false);
    }
  });

  it('follows RFC 5321 IPv6 group rules', () => {
    expect(isIPv6('1:2:3:4:5:6:7:8')).toBe(true);
    expect(isIPv6('1:2:3:4:5:6:7')).toBe(false);
    expect(isIPv6('1:2:3::4:5:6')).toBe(true); // 6 groups besides ::
    expect(isIPv6('1:2:3::4:5:6:7')).toBe(false); // 7: too many for IPv6-comp
    expect(isIPv6('1:2::3:4:1.2.3.4')).toBe(true); // 4 groups besides :: and IPv4
    expect(isIPv6('1:2:3::4:5:1.2.3.4')).toBe(false); // 5: too many for IPv6v4-comp
    expect(isIPv6('::1.2.3.4')).toBe(true);
    expect(isIPv6('1:2:3:4:5:6:1.2.3.4')).toBe(true);
    expect(isIPv6('1:2:3:4:5:1.2.3.4')).toBe(false);
    expect(isIPv6('::g')).toBe(false);
    expect(isIPv6(':1:2:3:4:5:6:7')).toBe(false);
    // Hex digits only: the ends of each range, and characters just outside them.
    expect(isIPv6('9:0:aF:Af:f:F:a:A')).toBe(true);
    expect(isIPv6('::+')).toBe(false);
    expect(isIPv6('::;')).toBe(false);
    expect(isIPv6('::1.2.3.999')).toBe(false);
  });

  it('agrees with Node’s net.isIPv6, narrowed to RFC 5321, on generated groups', () => {
    // The oracle: Node's own IPv6 check (RFC 4291 text forms), with RFC 5321's three
    // differences applied on top: no zone index, `::` stands for at least two groups, and an
    // IPv4 part's numbers may have leading zeros (`Snum = 1*3DIGIT`), which Node refuses.
    const oracle = (text: string) => {
      if (text.includes('%')) return false;
      const lastColon = text.lastIndexOf(':');
      const tail = text.slice(lastColon + 1);
      const v4 = tail.includes('.');
      const unpadded = v4
        ? text.slice(0, lastColon + 1) +
          tail
            .split('.')
            .map((part) => (/^\d{1,3}$/.test(part) ? String(Number(part)) : part))
            .join('.')
        : text;
      if (!isNodeIPv6(unpadded)) return false;
      if (!text.includes('::')) return true;
      const groups = text
        .slice(0, v4 ? lastColon : text.length)
        .split(':')
        .filter((group) => group !== '').length;
      return groups + (v4 ? 2 : 0) <= 6;
    };
    const group = fc.constantFrom('0', '1', 'a', 'F', 'ffff', '0001', 'cafe', '12345', 'g', '');
    const v4 = fc.constantFrom('1.2.3.4', '255.255.255.255', '01.002.3.4', '256.1.1.1', '1.2.3');
    const structured = fc
      .tuple(
        fc.array(group, { maxLength: 9 }),
        fc.option(fc.nat(9)),
        fc.option(v4),
        fc.constantFrom('', '', '', '%eth0', ':', '.'),
      )
      .map(([groups, gap, tail, junk]) => {
        const parts: string[] = [...groups];
        if (gap !== null) parts.splice(Math.min(gap, parts.length), 0, '');
        if (tail !== null) parts.push(tail);
        let text = parts.join(':');
        if (gap !== null && text.startsWith(':') && !text.startsWith('::')) text = `:${text}`;
        if (gap !== null && text.endsWith(':') && !text.endsWith('::')) text = `${text}:`;
        return text + junk;
      });
    const tokens = fc
      .array(fc.constantFrom('1', 'ab', 'ffff', ':', '::', '.', '1.2.3.4', '%'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(structured, tokens), (text) => {
        expect(isIPv6(text)).toBe(oracle(text));
        expect(validateAddress(`a@[IPv6:${text}]`, { mode: 'rfc' }).ok).toBe(oracle(text));
      }),
      { numRuns: runs(20000) },
    );
  });

  it('reads IPv4 literals as four decimal numbers of 0–255, nothing else', () => {
    const literal = (inner: string) => validateAddress(`a@[${inner}]`, { mode: 'rfc' }).ok;
    expect(literal('255.255.255.255')).toBe(true);
    expect(literal('0.0.0.0')).toBe(true);
    for (const inner of [
      '256.1.1.1',
      '0255.1.1.1',
      '1e2.0.0.1',
      '0x1.2.3.4',
      ' 1.2.3.4',
      '1..1.1',
    ]) {
      expect(literal(inner), inner).toBe(false);
    }
    expect(validateAddress('a@[1.2.3.45', { mode: 'rfc' }).ok).toBe(false); // no closing bracket
  });

  it('checks RFC 5321 local parts: dot-strings and quoted strings, no comments', () => {
    for (const local of [
      'a+b',
      "o'brien",
      'x!#$%&*=?^`{|}~',
      '"a b"',
      '"a@b"',
      '"a\\"b"',
      '"a\\\\b"',
      '""',
      '"."',
    ]) {
      expect(isValidAddress(`${local}@example.ch`, { mode: 'rfc' }), local).toBe(true);
      expect(codes(`${local}@example.ch`, 'rfc'), local).toEqual([]);
    }
    for (const [local, index, char] of [
      ['a..b', 2, '.'],
      ['.a', 0, '.'],
      ['a.', 2, null],
      ['a b', 1, ' '],
      ['"a', 2, null],
      ['"a"b', 3, 'b'],
      ['"a" b', 3, ' '],
      ['"a"@"b"', 3, '@'],
      ['""a', 2, 'a'],
      ['a"b"', 1, '"'],
      ['(comment)a', 0, '('],
      ['"a\u0001"', 2, '\u0001'],
      ['"\\\u0001"', 2, '\u0001'],
      ['josé', 3, 'é'],
      ['', 0, null],
    ] as const) {
      expect(validateAddress(`${local}@example.ch`, { mode: 'rfc' }), local).toMatchObject({
        ok: false,
        issues: [{ code: 'local-part-syntax', index, char }],
      });
    }
    expect(codes(`${'a'.repeat(65)}@example.ch`, 'rfc')).toEqual(['local-part-too-long']);
    expect(both(`${'a'.repeat(65)}@example.ch`)).toEqual([false, false]);
  });

  it('allows one-label and numeric domains in rfc mode', () => {
    expect(both('a@localhost')).toEqual([false, true]);
    expect(both('a@example.123')).toEqual([false, true]);
  });

  it('never throws on user data; throws PolicyInputError for an unknown mode', () => {
    expect(validateAddress(42)).toEqual({
      ok: false,
      mode: 'provider',
      rfcValid: false,
      issues: [{ code: 'not-a-string', rule: 'R-LP-2', index: 0, count: 1, received: 'number' }],
    });
    expect(isValidAddress(null)).toBe(false);
    expect(() => validateAddress('a@b.ch', { mode: 'strict' as never })).toThrow(PolicyInputError);
    expect(() => validateAddress('a@b.ch', { mode: 'strict' as never })).toThrow(
      "options.mode: expected 'provider' or 'rfc'; received \"strict\"",
    );
    expect(() => isValidAddress('a@b.ch', 'rfc' as never)).toThrow(
      'options: expected an object or undefined; received "rfc"',
    );
  });

  it('takes options without a mode as the provider mode', () => {
    // `{ mode: undefined }`, as a JavaScript caller may forward an option it was not given.
    for (const options of [{}, { mode: undefined } as never]) {
      expect(validateAddress('-@example.com', options)).toMatchObject({
        ok: false,
        mode: 'provider',
        rfcValid: true,
      });
      expect(isValidAddress('-@example.com', options)).toBe(false);
      expect(isValidAddress('jean@example.com', options)).toBe(true);
    }
  });
});

describe('suggestLocalPart', () => {
  it.each([
    ['José Müller', 'jose.muller'],
    ['Łukasz Øster-Straße', 'lukasz.oster-strasse'],
    ['-jean..dupont-', 'jean.dupont'],
    ['Æsa Œuvre', 'aesa.oeuvre'],
    ['Iıİi', 'iiii'],
    ['Ｊｏｓé　Ｍａｒíａ', 'jose.maria'],
    ['Jean - Pierre', 'jean-pierre'],
    ['Jean–Pierre', 'jean-pierre'],
    // Apostrophes join a name's parts, typed or typeset; quotes around a word still separate.
    ["O'Brien, Seán", 'obrien.sean'],
    ['Giulia dell’Acqua', 'giulia.dellacqua'],
    ['Jeanne d´Arc', 'jeanne.darc'],
    ['Pierre D‘Angelo', 'pierre.dangelo'],
    ['Ngũgĩ wa Thiongʼo', 'ngugi.wa.thiongo'],
    ["Jean 'Johnny' Dupont", 'jean.johnny.dupont'],
    ["rock'n'roll `x`", 'rocknroll.x'],
    ['Þór Ðorđe Ħana', 'thor.dorde.hana'],
    // Letters with no decomposition, folded as Apache Lucene's ASCIIFoldingFilter folds them.
    ['Əli Məmmədov', 'ali.mammadov'], // as Azerbaijani passports write it
    ['Kɔfi Ɛsi Ɓello Ɗanjuma Ƙasim Ƴaro', 'kofi.esi.bello.danjuma.kasim.yaro'],
    ['Ŧuomas Ǥiella Ŋuolja', 'tuomas.giella.nuolja'], // Sami
    ['ĸaĸortoĸ', 'qaqortoq'], // Greenlandic's kra, written q since 1973
    ['Ɖ Ƒ Ʋ Ɣ Ʒ Ɲ Ɨ Ʉ Ȣ', 'd.f.v.g.z.n.i.u.ou'],
    // Cyrillic as ICAO 9303 writes it in passports, whatever the language.
    ['Дмитрий Иванов', 'dmitrii.ivanov'],
    ['Юлия Щеглова', 'iuliia.shcheglova'],
    ['Наталья Ёлкина', 'natalia.elkina'], // й, ё: a letter and a mark; ь: nothing
    ['Подъячев Хрущёв', 'podieiachev.khrushchev'], // ъ: ie
    ['Олександр Їжак-Ґудзь Євген', 'oleksandr.izhak-gudz.ievgen'],
    ['Ђорђе Јовановић', 'dorde.jovanovic'],
    ['Љубица Његош Џаја Ѕвезда', 'ljubitsa.njegosh.dzaja.dzvezda'],
    ['Ѓорѓи Ќосе Ўладзімір', 'gorgi.kose.uladzimir'],
    ['ЭРИК ЫЙ', 'erik.yi'],
    // A pangram as a published ICAO 9303 transliterator gives it ("Ei, zhlob! Gde tuz? Priach
    // iunykh sieemshchits v shkaf.", kalenchukov/Transliteration).
    [
      'Эй, жлоб! Где туз? Прячь юных съёмщиц в шкаф.',
      'ei.zhlob.gde.tuz.priach.iunykh.sieemshchits.v.shkaf',
    ],
    // Every letter of both tables, in order.
    ['абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 'abvgdeezhziiklmnoprstufkhtschshshchieyeiuia'],
    ['ѐёђѓєѕіїјљњћќѝўџ ґ', 'eedgiedziijljnjckiudz.g'],
    ['αβγδεζηθικλμνξοπρςστυφχψω', 'avgdezithiklmnxoprsstyfchpso'],
    // Greek as ELOT 743 writes it in passports: letters, and the pairs read as one sound.
    ['Γιώργος Παπαδόπουλος', 'giorgos.papadopoulos'],
    ['Ευάγγελος Ευθυμίου', 'evangelos.efthymiou'],
    ['ΕΥΑΓΓΕΛΟΣ', 'evangelos'],
    ['ΕΥΩΔΙΑ', 'evodia'], // Ω, the last capital, is a vowel
    ['Ναυσικά Αυγή', 'nafsika.avgi'],
    // The letter after the υ decides, past its accents (any mark of U+0300–U+036F).
    ['Αύγουστος Ζεύς', 'avgoustos.zefs'],
    ['αὺγ αυ\u036fγ', 'avg.avg'],
    ['Ηύ Ηυγ', 'if.ivg'],
    ['Χρήστος Ξενάκης Ψυχή', 'christos.xenakis.psychi'],
    ['Σφίγξ Τσέγχη Ζωή Θάλεια', 'sfinx.tsenchi.zoi.thaleia'],
    ['Μπάμπης', 'mpampis'],
    ['Προϋπολογισμός Αϋπνία', 'proypologismos.aypnia'], // a diaeresis parts the vowels
    ['ΟΔΟΣ Βασίλης Δέσποινα', 'odos.vasilis.despoina'],
    // A whole address pasted in: the part before its last @, when a domain with a dot follows.
    ['anna+news@example.ch', 'anna.news'],
    ['Jean.Dupont@Exemple.CH', 'jean.dupont'],
    ['a@b@example.ch', 'a.b'],
    ['"jean@work"@example.ch', 'jean.work'],
    ['jean@dupont', 'jean.dupont'], // no domain: a name
    // As mail clients copy one: a display name before <, a mailto: link's scheme.
    ['Jean Dupont <jean@exemple.ch>', 'jean'],
    ['Dupont, Jean <jean.dupont@exemple.ch>', 'jean.dupont'],
    ['"Jean: Dupont" <j@x.ch>', 'j'],
    ['<jean@exemple.ch>', 'jean'],
    ['mailto:jean@exemple.ch', 'jean'],
    ['MailTo:Jean.D@exemple.ch', 'jean.d'],
    ['<mailto:jean@exemple.ch>', 'jean'],
    ['Jean Dupont [mailto:jean.d@exemple.ch]', 'jean.d'], // a sender as Outlook quotes it
    ['mailto:jean@exemple.ch?cc=anna@exemple.ch', 'jean'], // a link's query is no part of it
    ['mailto:jean?cc=anna@exemple.ch', 'jean'],
    ['Jean <jean@exemple.ch', 'jean'], // unclosed
    ['"Jean <Dupont>" <j@x.ch>', 'j'],
    ['a[b@exemple.ch', 'a.b'], // a [ without mailto: wraps nothing
    ['[a]b@exemple.ch', 'a.b'],
    ['jean@[192.0.2.1]', 'jean'], // a [ after the @ is a domain literal
    ['jean:dupont@exemple.ch', 'jean.dupont'], // a colon alone is a separator
    ['Jean <jean>', 'jean.jean'], // no @: a name
    ['mailto:jean', 'mailto.jean'],
    ['jean@', 'jean'],
    ['@jean.dupont', 'jean.dupont'],
    ['a😀b', 'ab'],
    ['Zoë_van.der·Berg', 'zoe_van.der.berg'],
    ['jean.dupont', 'jean.dupont'],
    // Control characters are dropped, white space is a separator.
    ['jean\u007fdupont', 'jeandupont'],
    ['jean\u0001du\u001fpont', 'jeandupont'],
    ['jean\tdupont\r\n', 'jean.dupont'],
  ])('%j → %j', (input, expected) => {
    expect(suggestLocalPart(input)).toBe(expected);
  });

  it.each([
    '',
    '🙂',
    '---',
    '...',
    'ь', // the soft sign alone: ICAO 9303 writes nothing for it
    '   ',
    '.-.',
    '🙂@example.ch',
    '<@x.ch',
    'mailto:@x.ch',
  ])('%j → null', (input) => {
    expect(suggestLocalPart(input)).toBeNull();
  });

  it('gives every letter of Latin-1, Latin Extended-A and Extended-B an ASCII form, but for phonetic, tone, click and historic letters', () => {
    // Zhuang tone letters, clicks, Old English and Gothic letters, IPA letters without a
    // written language's use: dropped, as another script's are.
    const dropped = [...'ƄƅƍƕƖƛƜƢƣƦƧƨƩƪƱƸƹƺƻƼƽƾƿǀǁǂǃǶǷȜȝȸȹɁɂ'];
    for (let code = 0xc0; code <= 0x24f; code++) {
      const char = String.fromCodePoint(code);
      if (!/\p{L}/u.test(char)) continue;
      const suggestion = suggestLocalPart(`x${char}x`);
      expect(suggestion === 'xx', `${char} U+${code.toString(16)}: ${suggestion}`).toBe(
        dropped.includes(char),
      );
      // Catalan's `ŀ` is an `l` and a middle dot, a separator: `paraŀlel` → `paral.lel`.
      expect(suggestion).toMatch(code === 0x13f || code === 0x140 ? /^xl\.x$/ : /^x[a-z]{0,2}x$/);
    }
  });

  it('cuts to 64 characters and trims again', () => {
    // A megabyte gives its first 64 characters' worth (bench/address.mjs times it: linear).
    expect(suggestLocalPart('Ü.'.repeat(500_000))).toBe('u.'.repeat(31).concat('u'));
    expect(suggestLocalPart('x-'.repeat(500_000))).toBe('x-'.repeat(31).concat('x'));
    expect(suggestLocalPart(`${'a'.repeat(63)}.b`)).toBe('a'.repeat(63));
    expect(suggestLocalPart('b'.repeat(100))).toBe('b'.repeat(64));
    // A separator before the first letter takes no place among the 64.
    expect(suggestLocalPart(` , ${'c'.repeat(70)}`)).toBe('c'.repeat(64));
  });

  it('returns null for what is not a string', () => {
    expect(suggestLocalPart(42 as never)).toBeNull();
  });
});

const addressChars = fc.constantFrom(
  'a',
  'B',
  '7',
  '_',
  '-',
  '.',
  '@',
  ' ',
  '+',
  '"',
  '\\',
  '[',
  ']',
  ':',
  'é',
  'x',
  'n',
);

describe('properties', () => {
  it('every provider-valid address is rfc-valid; isValidAddress agrees with validateAddress', () => {
    const candidate = fc.oneof(
      fc.array(addressChars, { maxLength: 30 }).map((chars) => chars.join('')),
      fc
        .tuple(
          fc.array(addressChars, { maxLength: 12 }),
          fc.constantFrom(
            'example.ch',
            'bücher.de',
            'localhost',
            'a.1',
            '[1.2.3.4]',
            '[IPv6:::1]',
            '[1.2.3]',
            'xn--bcher-kva.de',
            'xn--a.ch',
            'ex--ample.ch',
            '-bücher.de',
            'bücher',
            'bücher.123',
            'ex_ample.ch',
            `${'b'.repeat(64)}.ch`,
            `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.ch`,
            `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}`,
            `${'ü'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}`,
            '',
          ),
          fc.constantFrom('', 'a'.repeat(40), 'a'.repeat(60)),
        )
        .map(([l, d, pad]) => `${pad}${l.join('')}@${d}`),
    );
    fc.assert(
      fc.property(candidate, (input) => {
        const provider = validateAddress(input);
        const rfc = validateAddress(input, { mode: 'rfc' });
        if (provider.ok) expect(rfc.ok).toBe(true);
        if (!provider.ok) expect(provider.rfcValid).toBe(rfc.ok);
        expect(isValidAddress(input)).toBe(provider.ok);
        expect(isValidAddress(input, { mode: 'rfc' })).toBe(rfc.ok);
      }),
      { numRuns: runs(3000) },
    );
  });

  it.each([
    ['a@b@x.ch', 'provider', [['at-sign', 1]]],
    ['a@x_y@z.ch', 'provider', [['at-sign', 1]]],
    ['"a@b"@x.ch', 'rfc', '"a@b"'],
    [
      '"a@b"@x.ch',
      'provider',
      [
        ['forbidden-character', 0],
        ['at-sign', 2],
      ],
    ],
    [
      'a@[1.2.3.4]@x.ch',
      'provider',
      [
        ['at-sign', 1],
        ['forbidden-character', 2],
      ],
    ],
    ['a@[1.2.3.4]@x.ch', 'rfc', [['local-part-syntax', 1]]],
    [
      'a@x.ch@',
      'provider',
      [
        ['at-sign', 1],
        ['domain-empty', 7],
      ],
    ],
    [
      'a@bü@x.ch',
      'provider',
      [
        ['at-sign', 1],
        ['non-ascii', 3],
      ],
    ],
  ] as const)('validateAddress splits %s at the last @ too (%s mode)', (input, mode, expected) => {
    const result = validateAddress(input, { mode });
    expect(
      result.ok ? result.localPart : result.issues.map(({ code, index }) => [code, index]),
    ).toEqual(expected);
  });

  it('parseAddress splits at the last @ (or gives null without one)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '@', '"', '.', 'é') }), (input) => {
        const parts = parseAddress(input);
        if (!input.includes('@')) {
          expect(parts).toBeNull();
          return;
        }
        const { localPart, domain } = parts as { localPart: string; domain: string };
        expect(`${localPart}@${domain}`).toBe(input);
        expect(domain).not.toContain('@');
      }),
      { numRuns: runs(1000) },
    );
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 300 })),
        (input) => {
          validateAddress(input);
          validateAddress(input, { mode: 'rfc' });
          isValidAddress(input);
          if (typeof input === 'string') suggestLocalPart(input);
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it('suggestLocalPart reads an address the same however a mail client copied it', () => {
    const local = fc.string({
      unit: fc.constantFrom('a', 'B', '7', '.', '-', '_', 'é', ' '),
      minLength: 1,
      maxLength: 20,
    });
    const name = fc.string({
      unit: fc.constantFrom('J', 'e', ' ', ',', '.', '"', '@', 'ü'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(local, name, fc.constantFrom('exemple.ch', 'bücher.de', 'a.b.ch'), (l, n, d) => {
        fc.pre(!l.includes('@'));
        const address = `${l}@${d}`;
        const plain = suggestLocalPart(address);
        for (const copied of [
          `${n} <${address}>`,
          `<mailto:${address}>`,
          `mailto:${address}`,
          `MAILTO:${address}?subject=Hi`,
          `${n} [mailto:${address}]`,
          ` ${address} `,
        ]) {
          expect(suggestLocalPart(copied), copied).toBe(plain);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('suggestLocalPart gives a valid local part or null, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 90 }),
          fc.string({ unit: 'binary', maxLength: 90 }),
          // Greek and Cyrillic, with their accents and the characters around them.
          fc.string({
            unit: fc.constantFrom(...'αυεηογξχΑΥΓάύϋΐ\u0301\u0308ьЪжщЁйїџ .-'),
            maxLength: 90,
          }),
        ),
        (input) => {
          const suggestion = suggestLocalPart(input);
          if (suggestion === null) return;
          expect(isValidLocalPart(suggestion)).toBe(true);
          expect(suggestLocalPart(suggestion)).toBe(suggestion);
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
