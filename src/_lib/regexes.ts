/**
 * Every regular expression of the library, in one place, so that one test can audit them all
 * for catastrophic backtracking (`regexes.test.ts`). The validators' loops use none: they read
 * characters through lookup tables; only the IDNA path uses `IDN_DOTS` and `NON_LDH_ASCII`, on
 * a domain it converts (once per domain, as the conversion is memoised).
 *
 * @internal
 */

/** One non-ASCII separator: white space or punctuation (`·`, `–`, `«`, `’`…). */
export const SEPARATOR_CHAR = /^[\p{Z}\p{P}]$/u;

/** One dash (`‐`, `‑`, `–`, `—`…): becomes a hyphen in a suggested local part. */
export const DASH_CHAR = /^\p{Pd}$/u;

/** One character a person cannot see: a control, format, separator or combining mark. */
export const INVISIBLE_CHAR = /^[\p{C}\p{Z}\p{M}]$/u;

/** The label separators IDNA maps to a dot: full stop, ideographic, full-width, half-width. */
export const IDN_DOTS = /[.\u3002\uff0e\uff61]/;

/**
 * ASCII that is neither a letter, a digit, a hyphen nor a dot: no domain holds it, not even an
 * internationalised one. Global, for `match` to count; use it with `search` and `match` only
 * (they ignore `lastIndex`), never `test` or `exec`.
 */
export const NON_LDH_ASCII = /[\0-,/:-@[-`{-\x7f]/g;

/** A whole string of ASCII digits (the command line's counts). */
export const DIGITS = /^\d+$/;

/** A line break, CRLF or LF (the command line's JSON-lines files). */
export const LINE_BREAK = /\r?\n/;
