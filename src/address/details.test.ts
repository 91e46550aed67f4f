import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from './chars.js';
import { validateAddress } from './validateAddress.js';
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

  it('a converted domain points at its start', () => {
    expect(issues(`a@bücher-.de`)).toEqual([
      { code: 'domain-label-hyphen', rule: 'R-LP-6', index: 2, char: '-' },
    ]);
    expect(issues('a@bücher')).toEqual([{ code: 'domain-single-label', rule: 'R-LP-6', index: 2 }]);
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
  });

  it('local parts inside an address and as-you-type keep their indexes', () => {
    expect(localPartIssues('a b', 10, false)).toEqual([
      { code: 'whitespace', rule: 'R-LP-5', index: 11, char: ' ', count: 1 },
    ]);
    expect(localPartIssues('', 3, false)).toEqual([
      { code: 'empty', rule: 'R-LP-1', index: 3, count: 0 },
    ]);
    expect(localPartIssues('', 3, true)).toEqual([]);
    expect(localPartIssues('x'.repeat(66), 2, true)).toEqual([
      { code: 'too-long', rule: 'R-LP-1', index: 66, count: 2, limit: 64, actual: 66 },
    ]);
    expect(validateLocalPart('a-')).toMatchObject({
      issues: [{ code: 'trailing-hyphen', index: 1 }],
    });
    expect(validateLocalPart('a.')).toMatchObject({ issues: [{ code: 'trailing-dot', index: 1 }] });
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
