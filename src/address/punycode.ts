/**
 * @internal RFC 3492 §6.2: the Unicode text that the Punycode `text` encodes (what follows
 * `xn--` in a label), or `null` when it does not decode: a character that is no base-36 digit
 * (a delimiter with no basic code point before it among them: `xn---5mu`), a digit sequence cut
 * short, an overflow, a non-ASCII basic code point, or a code point that no string holds (a
 * surrogate, or beyond U+10FFFF).
 *
 * No more than a decoder: it tells whether an `xn--` label decodes, and to what; whether that
 * Unicode label is valid IDNA is the platform's URL parser's to say (see `convert` in
 * domain.ts). Parsers that read an ASCII host as it is, such as Chromium's and the ada 4.0 of
 * Node.js 24 and 26, say nothing of an `xn--` label typed in ASCII (R-LP-6).
 */
export function decodePunycode(text: string): string | null {
  const output: number[] = [];
  // The basic code points are those before the last delimiter; with none before it, the
  // delimiter is no delimiter (and then no digit either).
  const delimiter = text.lastIndexOf('-');
  for (let index = 0; index < delimiter; index++) {
    const code = text.charCodeAt(index);
    if (code > 127) return null;
    output.push(code);
  }
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < text.length; ) {
    const before = i;
    const length = output.length + 1;
    // Past this, the code point would be past U+10FFFF (and the numbers past any overflow).
    const limit = (0x110000 - n) * length;
    // One generalized variable-length integer: its digits, least significant first, each
    // weighted by the thresholds the bias sets (base 36, tmin 1, tmax 26).
    for (let weight = 1, k = 36; ; k += 36) {
      const code = text.charCodeAt(index++);
      const letter = (code | 32) - 97;
      // a–z are 0–25 (either case), 0–9 are 26–35; anything else is none, and so is the end
      // (NaN, which `| 32` makes 32).
      const digit = code >= 48 && code <= 57 ? code - 22 : letter >= 0 && letter < 26 ? letter : 36;
      if (digit > 35) return null;
      i += digit * weight;
      if (i >= limit) return null;
      const threshold = Math.min(Math.max(k - bias, 1), 26); // tmin 1, tmax 26
      if (digit < threshold) break;
      weight *= 36 - threshold;
    }
    // RFC 3492 §6.1: the bias adapts to the delta (skew 38, damp 700).
    let delta = Math.floor((i - before) / (before === 0 ? 700 : 2));
    delta += Math.floor(delta / length);
    for (bias = 0; delta > 455; bias += 36) delta = Math.floor(delta / 35); // (36 - 1) * 26 / 2
    bias += Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / length);
    i %= length;
    if (n >= 0xd800 && n <= 0xdfff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}
