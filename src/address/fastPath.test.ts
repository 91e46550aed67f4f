// The fast passes answer true / false / "convert first" on their own: the full, issue-collecting
// path gives the same verdicts, so only these direct tests notice a fast pass that got slower
// (sending everything to the full path) or wrong in a way the full path would hide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { isALabel, isBadLabel, scanDomain } from './domain.js';
import {
  AT_MASK,
  isValidAddress,
  lastAt,
  NEEDS_IDNA,
  quickProvider,
  quickRfc,
  REFUSED,
  UPPER_CASE,
  validateAddress,
} from './validateAddress.js';
import { localPartIssues } from './validateLocalPart.js';

const a = (n: number) => 'a'.repeat(n);

/** {@link scanDomain}'s verdict: sound, refused, or `undefined` for "convert first". */
const sound = (text: string, start: number, end: number, strict: boolean) => {
  const issues = scanDomain(text, start, end, strict);
  return issues === null ? undefined : issues.length === 0;
};

describe('scanDomain', () => {
  it.each([
    ['example.ch', true, true],
    ['Example.CH', true, true],
    ['a.b', true, true],
    ['a--b.ch', true, true],
    ['123.example', true, true],
    ['a.1b', true, true],
    ['localhost', false, true],
    ['example.123', false, true],
    ['1.2', false, true],
    ['ex_ample.ch', false, false],
    ['-x.ch', false, false],
    ['x-.ch', false, false],
    ['a.b-', false, false],
    ['example..ch', false, false],
    ['.example.ch', false, false],
    ['example.ch.', false, false],
    ['', false, false],
    [`${a(63)}.ch`, true, true],
    [`${a(64)}.ch`, false, false],
    [`ch.${a(64)}`, false, false],
    [a(254), false, false],
    ['xn--bcher-kva.de', undefined, undefined],
    ['XN--bcher-kva.de', undefined, undefined],
    ['de.xn--bcher-kva', undefined, undefined],
    ['xn--.ch', undefined, undefined], // an xn-- label goes to IDNA, which refuses it
    ['xn--a.ch', undefined, undefined],
    ['xna--b.ch', true, true],
    ['ab--cd.ch', true, true],
    ['xm--a.ch', true, true],
    ['yn--a.ch', true, true],
    ['bücher.de', undefined, undefined],
    [`ü${a(253)}`, undefined, undefined],
    ['a.b.c.d.example', true, true],
  ])('%s: strict %s, not strict %s', (domain, strict, loose) => {
    expect(sound(domain, 0, domain.length, true)).toBe(strict);
    expect(sound(domain, 0, domain.length, false)).toBe(loose);
  });

  it('reads only text[start, end)', () => {
    expect(sound('x@example.ch', 2, 12, true)).toBe(true);
    expect(sound('x@example.ch!', 2, 12, true)).toBe(true);
    expect(sound('@@example.ch', 1, 12, true)).toBe(false);
  });
});

describe('the label helpers', () => {
  it.each([
    ['xn--a', true],
    ['xn--', true],
    ['XN--a', true],
    ['Xn--a', true],
    ['xn-', false],
    ['xm--a', false],
    ['yn--a', false],
    ['xn-a-', false],
    ['xna--', false],
    ['ab--c', false],
  ])('isALabel(%s) is %s', (label, expected) => {
    expect(isALabel(`.${label}.`, 1, label.length + 1)).toBe(expected);
  });

  it.each([
    ['', true],
    ['-a', true],
    ['a-', true],
    ['-', true],
    ['a-b', false],
    ['a', false],
    [a(63), false],
    [a(64), true],
  ])('isBadLabel(%s) is %s', (label, expected) => {
    expect(isBadLabel(`.${label}.`, 1, label.length + 1)).toBe(expected);
  });
});

/** An ASCII address of exactly `length` characters: `a@` and labels of `a`, ending in `.ch`. */
function addressOfLength(length: number): string {
  let domain = 'ch';
  while (2 + domain.length < length) {
    const room = length - 2 - domain.length - 1;
    domain = `${a(Math.min(63, room))}.${domain}`;
  }
  return `a@${domain}`;
}

describe('quickProvider and quickRfc', () => {
  it.each([
    ['jean.dupont@exemple.ch', 11],
    ['a@b.ch', 1],
    ['A_B-c.9@x.ch', 7], // capitals in the local part need no flag
    ['a@X.ch', 1 | UPPER_CASE],
    ['a@x.cH', 1 | UPPER_CASE],
    ['a@b-Z9.ch', 1 | UPPER_CASE],
    ['A_B-c.9@X.CH', 7 | UPPER_CASE],
    [`${'x'.repeat(64)}@x.Ch`, 64 | UPPER_CASE],
    [`${'x'.repeat(64)}@x.ch`, 64],
    ['jean@bücher.de', NEEDS_IDNA],
    ['jean@xn--bcher-kva.de', NEEDS_IDNA],
    ['jean@de.xn--bcher-kva', NEEDS_IDNA],
    ['jé@x.ch', REFUSED - 1],
    ['.a@x.ch', REFUSED - 0],
    ['a.@x.ch', REFUSED - 2],
    ['a-@x.ch', REFUSED - 2],
    ['-a@x.ch', REFUSED - 2],
    ['a..b@x.ch', REFUSED - 2],
    ['a+b@x.ch', REFUSED - 1],
    ['a\u007f@x.ch', REFUSED - 1],
    ['a@b@x.ch', REFUSED - 1],
    ['a@', REFUSED - 1],
    ['@x.ch', REFUSED - 0],
    ['a', REFUSED - 1],
    ['', REFUSED - 0],
    [`${'x'.repeat(65)}@x.ch`, REFUSED - 65],
    ['a@x.123', REFUSED - 1],
    ['a@123.ch', 1], // digits only are fine below the top level
    ['a@x.1-2', 1], // a hyphen is not a digit
    ['a@x.9z', 1],
    ['a@X.9', REFUSED - 1],
    ['a_b@x.ch', 3],
    ['a.b.c@x.ch', 5],
    ['a@_x.ch', REFUSED - 1],
    ['a@x.c_h', REFUSED - 1],
    ['a@x..ch', REFUSED - 1],
    ['a@.x.ch', REFUSED - 1],
    ['a@localhost', REFUSED - 1],
    ['a@x.ch.', REFUSED - 1],
    ['a@x-.ch', REFUSED - 1],
    ['a@ex_ample.ch', REFUSED - 1],
    ['a@é', NEEDS_IDNA],
    ['a\u0080@x.ch', REFUSED - 1], // the first code past ASCII, in each part
    ['a@x\u0080.ch', NEEDS_IDNA],
    ['-a@example.ch', REFUSED - 2], // valid RFC 5321 syntax, not creatable
  ])('provider: %s → %s', (input, expected) => {
    expect(quickProvider(input)).toBe(expected);
  });

  it('provider: flags a capital letter at any place of the domain, and only there', () => {
    const domain = 'mail.example-9.ch';
    for (let index = 0; index < domain.length; index++) {
      const char = domain[index] as string;
      const upper = `${domain.slice(0, index)}${char.toUpperCase()}${domain.slice(index + 1)}`;
      const expected = char === char.toUpperCase() ? 4 : 4 | UPPER_CASE;
      expect(quickProvider(`Jean@${upper}`)).toBe(expected);
    }
    expect(UPPER_CASE & AT_MASK).toBe(0);
    expect(AT_MASK).toBeGreaterThanOrEqual(64);
  });

  it('provider: the length is looked at after the characters (conversion may shorten a domain)', () => {
    // A mathematical bold letter (two UTF-16 units) is mapped to a plain one: 4 labels of 60
    // make 484 units as typed, 246 in ASCII.
    const label = '\u{1d41a}'.repeat(60);
    const bold = `jean@${label}.${label}.${label}.${label}.ch`;
    expect(bold).toHaveLength(5 + 4 * 121 + 2);
    expect(quickProvider(bold)).toBe(NEEDS_IDNA);
    const asciiDomain = `${a(60)}.${a(60)}.${a(60)}.${a(60)}.ch`;
    expect(validateAddress(bold)).toMatchObject({ ok: true, asciiDomain });
    expect(isValidAddress(bold)).toBe(true);
    const over = `jeanaaaa${bold.slice(4)}`; // 255 octets in ASCII
    expect(isValidAddress(over)).toBe(false);
    expect(validateAddress(over)).toMatchObject({
      issues: [{ code: 'address-too-long', limit: 254, actual: 255 }],
    });
  });

  it('provider: 254 characters at most, domain labels of 63', () => {
    expect(addressOfLength(254)).toHaveLength(254);
    expect(quickProvider(addressOfLength(254))).toBe(1);
    expect(quickProvider(addressOfLength(255))).toBe(REFUSED - 1);
    expect(quickProvider(`a@${a(63)}.ch`)).toBe(1);
    expect(quickProvider(`a@${a(64)}.ch`)).toBe(REFUSED - 1);
  });

  it('provider: a refusal tells how far the input is clean, and reading on from there finds every issue', () => {
    const unit = fc.constantFrom('a', 'Z', '7', '_', '-', '.', '@', ' ', '+', '"', 'é', '😀');
    const input = fc.oneof(
      fc.string({ unit, maxLength: 30 }),
      fc
        .tuple(fc.string({ unit, maxLength: 70 }), fc.constantFrom('x.ch', 'x', '-x.ch', 'bü.de'))
        .map(([local, domain]) => `${local}@${domain}`),
    );
    fc.assert(
      fc.property(input, (text) => {
        const quick = quickProvider(text);
        if (quick > REFUSED) return;
        const clean = REFUSED - quick;
        expect(clean).toBeLessThanOrEqual(text.length);
        const at = lastAt(text);
        // The clean part holds no @: the local part holds all of it.
        expect(clean).toBeLessThanOrEqual(at < 0 ? text.length : at);
        if (at >= 0) {
          expect(localPartIssues(text, 0, at, false, clean)).toEqual(
            localPartIssues(text, 0, at, false),
          );
        }
      }),
      { numRuns: runs(3000) },
    );
  });

  it.each([
    ['a+b@x.ch', 3],
    ['"a b"@x', 5],
    ['"a@b"@x.ch', 5],
    ['a@[192.0.2.1]', 1],
    ['a@[IPv6:2001:db8::1]', 1],
    ['a@[300.0.0.1]', -1],
    ['a@localhost', 1],
    ['a@x.123', 1],
    ['a@bücher.de', NEEDS_IDNA],
    ['a@', -1],
    ['a', -1],
    ['a..b@x', -1],
    [`${'x'.repeat(64)}@x`, 64],
    [`${'x'.repeat(65)}@x`, -1],
    ['bücher', -1], // no @: refused before the domain is looked at
  ])('rfc: %s → %s', (input, expected) => {
    expect(quickRfc(input)).toBe(expected);
  });

  it('rfc: 254 characters at most; an address with a literal never comes near', () => {
    expect(quickRfc(addressOfLength(254))).toBe(1);
    expect(quickRfc(addressOfLength(255))).toBe(-1);
    // The longest literal: 8 groups of 4 hex digits. With 64 octets before it, 111 in all.
    const longest = `${'x'.repeat(64)}@[IPv6:${'ffff:'.repeat(7)}ffff]`;
    expect(longest).toHaveLength(111);
    expect(quickRfc(longest)).toBe(64);
    expect(quickRfc(`x${longest}`)).toBe(-1);
  });
});

describe('validateAddress around the fast pass', () => {
  it('keeps an address literal as written, and lower-cases a domain', () => {
    expect(validateAddress('a@[IPv6:ABCD::1]', { mode: 'rfc' })).toMatchObject({
      ok: true,
      domain: '[IPv6:ABCD::1]',
      asciiDomain: '[IPv6:ABCD::1]',
    });
    expect(validateAddress('a@Exemple.CH')).toMatchObject({ ok: true, asciiDomain: 'exemple.ch' });
    expect(validateAddress('a@exemple.cH')).toMatchObject({ ok: true, asciiDomain: 'exemple.ch' });
    expect(validateAddress('A@exemple.ch')).toMatchObject({
      ok: true,
      localPart: 'A',
      domain: 'exemple.ch',
      asciiDomain: 'exemple.ch',
    });
    for (const mode of ['provider', 'rfc'] as const) {
      expect(validateAddress('jean@Ex-Emple.ch', { mode })).toMatchObject({
        ok: true,
        asciiDomain: 'ex-emple.ch',
      });
    }
  });

  it('limits the ASCII form of an internationalised address to 254 octets', () => {
    // xn--bcher-kva. is 14 octets: 2 + 14 + 238 = 254.
    const rest = `${a(63)}.${a(63)}.${a(63)}.${a(46)}`;
    expect(validateAddress(`a@bücher.${rest}`)).toMatchObject({ ok: true });
    const refused = validateAddress(`a@bücher.${rest}a`);
    expect(refused.ok === false && refused.issues.map((issue) => issue.code)).toEqual([
      'address-too-long',
    ]);
  });

  it('reports no length issue for a 64-octet local part in rfc mode', () => {
    const refused = validateAddress(`${'x'.repeat(64)}@-bad`, { mode: 'rfc' });
    expect(refused.ok === false && refused.issues.map((issue) => issue.code)).not.toContain(
      'local-part-too-long',
    );
  });

  it('names what it received when the input is not a string', () => {
    for (const [input, received] of [
      [null, 'null'],
      [42, 'number'],
      [undefined, 'undefined'],
      [{}, 'object'],
    ] as const) {
      const result = validateAddress(input);
      expect(result.ok === false && result.issues[0]).toMatchObject({
        code: 'not-a-string',
        received,
      });
    }
  });
});
