/**
 * The characters of an address, by ASCII code, as one lookup table of bit flags: the validators'
 * loops read one byte per character, with no regular expression (only the IDNA path, for a
 * domain it converts, uses two). A character costs one test (`flags & F_LOCAL` in a local
 * part, `flags & F_DOMAIN` in a domain), and a label's flags are gathered with `|`.
 */

/** @internal Allowed in a local part (R-LP-2): a letter, a digit, `_`, or `-` (R-LP-3 aside). */
export const F_LOCAL = 1;
/** @internal Allowed in a domain label (LDH): a letter, a digit or `-`. */
export const F_DOMAIN = 2;
/** @internal Not a digit (a letter or `-`): a top-level label without it is all digits. */
export const F_NOT_DIGIT = 4;
/** @internal A capital letter: the domain must be lower-cased. */
export const F_UPPER = 8;
/** @internal The dot, alone: allowed, but not first, last or twice in a row (R-LP-4). */
export const F_DOT = 16;
/** @internal The `@`, alone: the separator (R-LP-5). */
export const F_AT = 32;
/** @internal RFC 5322 `atext`, which RFC 5321's dot-string is made of (with dots). */
export const F_ATEXT = 64;
/** The characters R-LP-5 names one by one (besides `@` and the space), each with its reason. */
export const NAMED_FORBIDDEN = '!#$%^&*()=[]<>,;"/?';

/**
 * @internal The flags of every ASCII code, 0–127: a code without `F_LOCAL`, `F_DOT` or `F_AT`
 * is forbidden in a local part (R-LP-2, R-LP-5), one without `F_DOMAIN` or `F_DOT` in a domain.
 */
export const ADDRESS_FLAGS: Uint8Array = /* @__PURE__ */ buildFlags();

function buildFlags(): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of "!#$%&'*+/=?^`{|}~") table[char.charCodeAt(0)] = F_ATEXT;
  for (let code = 48; code <= 57; code++) table[code] = F_LOCAL | F_DOMAIN | F_ATEXT;
  const letter = F_LOCAL | F_DOMAIN | F_NOT_DIGIT | F_ATEXT;
  for (let code = 97; code <= 122; code++) table[code] = letter;
  for (let code = 65; code <= 90; code++) table[code] = letter | F_UPPER;
  table[45] = letter; // -
  table[95] = F_LOCAL | F_ATEXT; // _
  table[46] = F_DOT;
  table[64] = F_AT;
  return table;
}

/**
 * @internal Whether a UTF-16 code unit is white space for a person: the ASCII space, tab, line
 * breaks, and the Unicode spaces (no-break, em, ideographic…). Zero-width characters are not:
 * they are reported as non-ASCII.
 */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
