/**
 * Every regular expression of the library, in one place, so that one test can audit them all
 * for catastrophic backtracking (`regexes.test.ts`). The validators' loops use none: they read
 * characters through lookup tables; only the IDNA path uses `IDN_DOTS` and `NOT_IN_DOMAIN`, on
 * a domain it converts (once per domain, as the conversion is memoised).
 *
 * @internal
 */

/** One non-ASCII separator: white space or punctuation (`·`, `–`, `«`, `’`…). */
export const SEPARATOR_CHAR = /^[\p{Z}\p{P}]$/u;

/**
 * The apostrophes of names (`O'Brien`, `D’Angelo`, `dell’Acqua`), typed or typeset, and the
 * accents and quotes typed for them: dropped from a suggested local part, as they join one
 * word rather than separate two.
 */
export const APOSTROPHES = /['`\u00b4\u02bc\u2018\u2019]/g;

/** One dash (`‐`, `‑`, `–`, `—`…): becomes a hyphen in a suggested local part. */
export const DASH_CHAR = /^\p{Pd}$/u;

/** One combining mark (an accent typed apart from its letter, as in `o` + U+0308). */
export const MARK_CHAR = /^\p{M}$/u;

/** One character a person cannot see: a control, format, separator or combining mark. */
export const INVISIBLE_CHAR = /^[\p{C}\p{Z}\p{M}]$/u;

/**
 * One character a terminal shows as nothing: a control, a format character or another
 * default-ignorable code point (soft hyphen, zero-width space…), the joiners aside, which some
 * scripts need to be drawn right.
 */
export const UNSEEN_CHAR = /^(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{DI}]$/u;

/**
 * One character a terminal draws in no column of its own: a combining mark (on the letter
 * before it) or a joiner.
 */
export const ZERO_WIDTH_CHAR = /^[\p{M}\u200c\u200d]$/u;

/**
 * One character a terminal draws two columns wide: an emoji, and the East Asian wide and
 * full-width forms (Hangul, kana, CJK ideographs, full-width Latin…), as Unicode's East Asian
 * Width property lists them in their main blocks.
 */
export const WIDE_CHAR =
  /^[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]$/u;

/** The label separators IDNA maps to a dot: full stop, ideographic, full-width, half-width. */
export const IDN_DOTS = /[.\u3002\uff0e\uff61]/;

/**
 * One character no domain holds, not even an internationalised one: ASCII other than letters,
 * digits, hyphens and dots; white space, controls and format characters; and the
 * default-ignorable code points that IDNA would delete without a trace (soft hyphen, zero-width
 * space, variation selectors…), so that an accepted domain never holds a character nobody can
 * see. The zero-width joiner and non-joiner are left to IDNA, which allows them where a script
 * needs them (CONTEXTJ, RFC 5892). Global, for `match` to count; use it with `search` and
 * `match` only (they ignore `lastIndex`), never `test` or `exec`.
 */
export const NOT_IN_DOMAIN = /(?![\u200c\u200d])[!-,/:-@[-`{-~\p{C}\p{Z}\p{DI}]/gu;

/**
 * One character that separates or groups the entries of an address list (RFC 5322 §3.4): a
 * comma, a semicolon (as Outlook writes lists), a group's colon, a comment's parenthesis.
 */
export const LIST_SYNTAX = /[,;:(]/;

/** A word a POSIX shell reads as it is, with no quotes (the command line's hints). */
export const SHELL_PLAIN = /^[\w@%+=:,./-]+$/;

/** A whole string of ASCII digits (the command line's counts). */
export const DIGITS = /^\d+$/;

/**
 * A size as the command line reads it: a number, with a fraction after a dot or a comma, then
 * a unit or none (`180MB`, `1,5 Go`, `25 MiB`, `3G`). Groups: whole part, the dot or comma,
 * fraction, unit.
 */
export const SIZE = /^(\d+)(?:([.,])(\d+))?\s*([a-z]*)$/i;

/** A line break, CRLF or LF (the command line's JSON-lines files). */
export const LINE_BREAK = /\r?\n/;

/** One letter, digit or underscore: after a closing quote, a word goes on (`can't`). */
export const WORD_CHAR = /\w/;

/**
 * The end of a text that names a port (`Port: 587`, `port 465`, `port=25`, and `Port\u00A0: 25`
 * as Outlook writes it in French), as mail clients list their settings after a quoted reply:
 * the number after it is no reply code.
 */
export const PORT_BEFORE = /(?:^|[^a-z])port[\s:=]*$/i;

/**
 * Port 25 named in a client's error: `Port: 25` (Outlook), `Port\u00A0: 25` (Outlook in French,
 * a no-break space before the colon), `port 25`, `port=25`, after a host
 * (`connect ETIMEDOUT 192.0.2.7:25`, `mail.infomaniak.com:25`, `[2001:db8::1]:25`: a word with a
 * dot, or a bracket, before the colon, so that a time such as `10:25` is none), or after
 * JavaMail's host and a comma (`Couldn't connect to host, port: mail.infomaniak.com, 25;`; the
 * host is a name or an IPv4 address, at most 253 characters).
 */
export const PORT_25 =
  /(?:^|[^a-z])port(?:[\s:=]{0,3}|: [\w.-]{1,253}, )25(?!\d)|(?:\.\w+|\]):25(?!\d)/i;

/**
 * The time-out JavaMail states in every failed connection's message (`Couldn't connect to
 * host, port: mail.infomaniak.com, 587; timeout -1;`): a setting (`-1`, none), not a time-out
 * that happened.
 */
export const JAVAMAIL_TIMEOUT_SETTING = /; timeout -?\d+/g;

/** An ISO 3166-1 alpha-2 code in upper case, or nothing (no country chosen). */
export const COUNTRY_CODE = /^(?:[A-Z]{2})?$/;

/**
 * An ISO 8601 date, or date and time, as the command line reads it: `2026-03-01`,
 * `2026-03-01T12:00`, `2026-03-01T12:00:00.000Z`, `2026-03-01 12:00+01:00`, `+275760-09-13`,
 * and an offset with seconds, as `--tz` writes the local mean times of old dates
 * (`1800-01-01T00:34:08+00:34:08`). Groups: year, month, day, hours, minutes, seconds,
 * fraction, zone (`Z`, `±hhmm` or `±hh:mm[:ss]`).
 */
export const ISO_DATE =
  /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(Z|[+-]\d\d(?::\d\d(?::\d\d)?|\d\d))?)?$/i;
