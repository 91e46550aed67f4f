import fc from 'fast-check';
// The userland package (the trailing slash skips Node's deprecated built-in of the same name):
// punycode.js, an implementation of RFC 3492 written apart from the library's.
import punycode from 'punycode/';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { decodePunycode } from './punycode.js';

/**
 * The code points punycode.js decodes `text` to, or `null` where it throws (invalid input,
 * overflow, past U+10FFFF). Read as it hands them to `String.fromCodePoint`, which would join
 * two surrogate code points into one character: `yy9by8a` encodes U+DB35 then U+DD2E, which
 * punycode.js returns as the string of U+DD52E, and RFC 3492 as two code points no string holds.
 */
function referenceCodePoints(text: string): number[] | null {
  const fromCodePoint = String.fromCodePoint;
  let points: number[] | null = null;
  String.fromCodePoint = (...codes: number[]) => {
    points = codes;
    return fromCodePoint(...codes);
  };
  try {
    punycode.decode(text);
    return points;
  } catch {
    return null;
  } finally {
    String.fromCodePoint = fromCodePoint;
  }
}
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * RFC 3492 §6.3's variable-length integer for one delta, from the initial bias: the Punycode of
 * a lone code point `delta + 128`, written here for any number, not only code points.
 */
function varint(delta: number): string {
  const digit = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
  let out = '';
  for (let q = delta, k = 36; ; k += 36) {
    const t = Math.min(Math.max(k - 72, 1), 26);
    if (q < t) return out + digit(q);
    out += digit(t + ((q - t) % (36 - t)));
    q = Math.floor((q - t) / (36 - t));
  }
}

describe('decodePunycode (RFC 3492)', () => {
  it('decodes the RFC’s samples and the labels of internationalised domains', () => {
    // RFC 3492 §7.1: (A) Arabic (Egyptian), (B) Chinese (simplified), (L) Japanese with ASCII
    // before the delimiter, (S) ASCII only, which keeps the last hyphen as the delimiter.
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe('ليهمابتكلموشعربي؟');
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
    expect(decodePunycode('3B-ww4c5e180e575a65lsy2b')).toBe('3年B組金八先生');
    expect(decodePunycode('-> $1.00 <--')).toBe('-> $1.00 <-');
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    expect(decodePunycode('BCHER-KVA')).toBe('BüCHER'); // digits in either case, basic as typed
    expect(decodePunycode('tda')).toBe('ü');
    expect(decodePunycode('zca')).toBe('ß');
    expect(decodePunycode('ls8h')).toBe('💩');
    expect(decodePunycode('1ug')).toBe('\u200d'); // decodes; IDNA refuses a joiner alone
    expect(decodePunycode('a')).toBe('\u0080'); // decodes; IDNA refuses a control
    expect(decodePunycode('ab-')).toBe('ab'); // decodes; UTS 46 refuses an ASCII-only label
    expect(decodePunycode('')).toBe('');
    expect(decodePunycode('\u007f-')).toBe('\u007f'); // the last ASCII is basic too
  });

  it('refuses what does not decode', () => {
    // A delimiter with nothing before it is no delimiter, and no digit either.
    expect(decodePunycode('-5mu')).toBeNull();
    expect(decodePunycode('bcher-kva7')).toBeNull(); // a digit sequence cut short
    expect(decodePunycode('zz')).toBeNull(); // cut short too
    expect(decodePunycode('bcher-kv_a')).toBeNull(); // no base-36 digit
    expect(decodePunycode('bü-kva')).toBeNull(); // a basic code point outside ASCII
    expect(decodePunycode('99999999999')).toBeNull(); // past U+10FFFF, and past 2³¹
    expect(decodePunycode('\u0010\u0011')).toBeNull(); // controls read as no digit
    // The surrogates encoded as code points: no string holds a lone one.
    expect(decodePunycode(punycode.encode('\ud800'))).toBeNull();
    expect(decodePunycode(punycode.encode('\udfff'))).toBeNull();
    expect(decodePunycode(punycode.encode('\ud7ff'))).toBe('\ud7ff');
    expect(decodePunycode(punycode.encode('\ue000'))).toBe('\ue000');
    // Two surrogate code points in a row, which a string would join into U+DD52E.
    expect(referenceCodePoints('yy9by8a')).toEqual([0xdb35, 0xdd2e]);
    expect(decodePunycode('yy9by8a')).toBeNull();
    // The last code point, and the number after it, which is none.
    expect(varint(0x10ffff - 128)).toBe(punycode.encode('\u{10ffff}'));
    expect(decodePunycode(varint(0x10ffff - 128))).toBe('\u{10ffff}');
    expect(decodePunycode(varint(0x110000 - 128))).toBeNull();
  });

  it('decodes what punycode.js encodes (round trip)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (text) => {
        expect(decodePunycode(punycode.encode(text))).toBe(text);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('agrees with punycode.js on any input, lone surrogates aside', () => {
    const digits = 'abcxyzABZ0189-';
    const input = fc.oneof(
      fc.string({ unit: fc.constantFrom(...digits, '_', 'é', '\u0010', '\u007f'), maxLength: 14 }),
      fc.string({ unit: fc.constantFrom(...digits), maxLength: 40 }),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(input, (text) => {
        const points = referenceCodePoints(text);
        expect(decodePunycode(text)).toBe(
          points === null || points.some(isSurrogate) ? null : String.fromCodePoint(...points),
        );
      }),
      { numRuns: runs(5000) },
    );
  });
});
