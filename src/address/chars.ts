/**
 * Character classes of a local part, by ASCII code (R-LP-2, R-LP-5), as one lookup table: the
 * validators read one byte per character and never use a regular expression.
 */

/** @internal Allowed anywhere (R-LP-2): `a–z`, `A–Z`, `0–9`, `_`. */
export const ALLOWED = 1;
/** @internal `-`: allowed, but not first or last (R-LP-3). */
export const HYPHEN = 2;
/** @internal `.`: allowed, but not first, last or twice in a row (R-LP-4). */
export const DOT = 3;
/** @internal `@`: the separator (R-LP-5). */
export const AT = 4;
/** @internal The space (R-LP-5). */
export const SPACE = 5;
/** @internal ASCII control characters, below 32 (R-LP-5). */
export const CONTROL = 6;
/** @internal Named by R-LP-5 with a reason: `! # $ % ^ & * ( ) = [ ] < > , ; " / ?`. */
export const NAMED = 7;
/** @internal Printable ASCII in neither list (`+ ' ~ { | } \` \ :` and DEL): forbidden by R-LP-2. */
export const OTHER = 8;

/** The characters R-LP-5 names one by one (besides `@` and the space). */
export const NAMED_FORBIDDEN = '!#$%^&*()=[]<>,;"/?';

/** @internal The class of every ASCII code, 0–127. */
export const ASCII_CLASS: Uint8Array = /* @__PURE__ */ buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(128).fill(OTHER);
  for (let code = 0; code < 32; code++) table[code] = CONTROL;
  for (let code = 48; code <= 57; code++) table[code] = ALLOWED; // 0-9
  for (let code = 65; code <= 90; code++) table[code] = ALLOWED; // A-Z
  for (let code = 97; code <= 122; code++) table[code] = ALLOWED; // a-z
  table[95] = ALLOWED; // _
  table[45] = HYPHEN;
  table[46] = DOT;
  table[64] = AT;
  table[32] = SPACE;
  for (const char of NAMED_FORBIDDEN) table[char.charCodeAt(0)] = NAMED;
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
