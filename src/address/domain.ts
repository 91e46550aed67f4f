import { IDN_DOTS } from '../_lib/regexes.js';
/**
 * The domain after the `@`: LDH labels (RFC 1035, RFC 5321 `Domain`), internationalised
 * domains converted to their `xn--` form by the platform's own IDNA (the WHATWG URL parser,
 * present in every browser and in Node.js).
 */

/** RFC 1035: a label has at most 63 octets. */
export const LABEL_MAX_LENGTH = 63;
/** The longest host name in its dotted text form (RFC 1035's 255 octets on the wire). */
export const DOMAIN_MAX_LENGTH = 253;

/** Why a domain is refused: a discriminated union on `code`. */
export type DomainIssue =
  | { readonly code: 'domain-empty'; readonly rule: 'R-LP-6'; readonly index: number }
  | {
      readonly code: 'domain-too-long';
      readonly rule: 'R-LP-6';
      readonly index: number;
      readonly limit: number;
      readonly actual: number;
    }
  | { readonly code: 'domain-label-empty'; readonly rule: 'R-LP-6'; readonly index: number }
  | {
      readonly code: 'domain-label-too-long';
      readonly rule: 'R-LP-6';
      readonly index: number;
      readonly limit: number;
      readonly actual: number;
    }
  | {
      readonly code: 'domain-label-hyphen';
      readonly rule: 'R-LP-6';
      readonly index: number;
      readonly char: '-';
    }
  | {
      readonly code: 'domain-invalid-character';
      readonly rule: 'R-LP-6';
      readonly index: number;
      readonly char: string;
      readonly count: number;
    }
  | { readonly code: 'domain-single-label'; readonly rule: 'R-LP-6'; readonly index: number }
  | { readonly code: 'domain-numeric-tld'; readonly rule: 'R-LP-6'; readonly index: number }
  | { readonly code: 'domain-invalid-idn'; readonly rule: 'R-LP-6'; readonly index: number };

/** The stable codes of {@link DomainIssue}. */
export type DomainIssueCode = DomainIssue['code'];

const LABEL_LETTER = 1;
const LABEL_DIGIT = 2;
const LABEL_HYPHEN = 3;
const LABEL_DOT = 4;

/** The class of every ASCII code in a domain: letter, digit, hyphen, dot, or 0 (not allowed). */
const DOMAIN_CLASS: Uint8Array = /* @__PURE__ */ buildDomainClasses();

function buildDomainClasses(): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 97; code <= 122; code++) table[code] = LABEL_LETTER;
  for (let code = 65; code <= 90; code++) table[code] = LABEL_LETTER;
  for (let code = 48; code <= 57; code++) table[code] = LABEL_DIGIT;
  table[45] = LABEL_HYPHEN;
  table[46] = LABEL_DOT;
  return table;
}

/** Letters, digits and the hyphen: the LDH characters of a label. */
function isLdh(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45
  );
}

/**
 * @internal Fast check of an ASCII domain `text[start, end)`: `true` when sound, `false` when
 * refused, `undefined` when it holds non-ASCII characters (the caller converts it first).
 * `strict` (provider mode): two labels at least and a top-level label not all digits.
 */
export function isSoundAsciiDomain(
  text: string,
  start: number,
  end: number,
  strict: boolean,
): boolean | undefined {
  const length = end - start;
  if (length === 0 || length > DOMAIN_MAX_LENGTH) {
    // Too long in Unicode may still be fine once converted; too long in ASCII is not.
    for (let index = start; index < end; index++) {
      if (text.charCodeAt(index) >= 128) return undefined;
    }
    return false;
  }
  let labelStart = start;
  let labels = 1;
  let digitsOnly = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return undefined;
    const kind = DOMAIN_CLASS[code];
    if (kind === LABEL_LETTER || kind === LABEL_HYPHEN) digitsOnly = false;
    else if (kind === LABEL_DOT) {
      if (isBadLabel(text, labelStart, index)) return false;
      // An xn-- label must decode: the caller checks it through the IDNA conversion.
      if (isALabel(text, labelStart, index)) return undefined;
      labels++;
      labelStart = index + 1;
      digitsOnly = true;
    } else if (kind !== LABEL_DIGIT) return false;
  }
  if (isBadLabel(text, labelStart, end)) return false;
  if (strict && (labels < 2 || digitsOnly)) return false;
  return isALabel(text, labelStart, end) ? undefined : true;
}

/** @internal Whether the label `text[start, end)` is empty, too long, or has a hyphen at an end. */
export function isBadLabel(text: string, start: number, end: number): boolean {
  const size = end - start;
  return (
    size === 0 ||
    size > LABEL_MAX_LENGTH ||
    text.charCodeAt(start) === 45 ||
    text.charCodeAt(end - 1) === 45
  );
}

/** @internal Whether the label `text[start, end)` starts with `xn--` (its decoding must be checked). */
export function isALabel(text: string, start: number, end: number): boolean {
  return (
    end - start > 3 &&
    text.charCodeAt(start + 2) === 45 &&
    text.charCodeAt(start + 3) === 45 &&
    (text.charCodeAt(start) | 32) === 120 &&
    (text.charCodeAt(start + 1) | 32) === 110
  );
}

/**
 * The last conversions, by domain: the same few domains come back again and again in a form
 * or a mail server, and the URL parser costs microseconds. A bounded memo of a pure function:
 * it never changes an answer.
 */
const CONVERTED = new Map<string, string | null>();
const CONVERTED_MAX = 512;

/** @internal The `xn--` form of a domain holding non-ASCII characters, or `null`. */
export function toAsciiDomain(domain: string): string | null {
  const known = CONVERTED.get(domain);
  if (known !== undefined) return known;
  const ascii = convert(domain);
  if (CONVERTED.size >= CONVERTED_MAX) CONVERTED.clear();
  CONVERTED.set(domain, ascii);
  return ascii;
}

function convert(domain: string): string | null {
  for (let index = 0; index < domain.length; index++) {
    const code = domain.charCodeAt(index);
    // Only LDH, dots and non-ASCII reach the URL parser: nothing it would read as syntax.
    if (code < 128 && code !== 46 && !isLdh(code)) return null;
  }
  try {
    const host = new URL(`http://${domain}/`).hostname;
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

/**
 * @internal Every issue of the domain `text` (indexes shifted by `offset`), and its ASCII form
 * when it has one. `strict`: provider mode (two labels, a non-numeric top-level label).
 */
export function domainIssues(
  text: string,
  offset: number,
  strict: boolean,
): { issues: DomainIssue[]; ascii: string | null } {
  const issues: DomainIssue[] = [];
  const found = (code: DomainIssueCode, index: number, extra?: object) => {
    if (!issues.some((issue) => issue.code === code)) {
      issues.push({ code, rule: 'R-LP-6', index, ...extra } as DomainIssue);
    }
  };
  let ascii: string | null = text;
  // Positions in a converted (xn--) form do not exist in the input: point at the domain's start.
  let at = (index: number) => offset + index;
  if (text === '') found('domain-empty', offset);
  else if (needsIdna(text)) {
    ascii = toAsciiDomain(text);
    if (ascii === null) {
      invalidCharacters(text, offset, true, found);
      found('domain-invalid-idn', offset);
      return { issues: issues.slice(0, 1), ascii };
    }
    if (ascii !== text.toLowerCase()) {
      at = () => offset;
      // IDNA2008 refuses a hyphen at either end of a Unicode label too (the URL parser lets it pass).
      if (text.split(IDN_DOTS).some((label) => label.startsWith('-') || label.endsWith('-'))) {
        found('domain-label-hyphen', offset, { char: '-' });
      }
    }
  }
  if (issues.length === 0) {
    const labels = ascii.split('.');
    invalidCharacters(ascii, offset, false, found);
    if (ascii.length > DOMAIN_MAX_LENGTH) {
      found('domain-too-long', at(DOMAIN_MAX_LENGTH), {
        limit: DOMAIN_MAX_LENGTH,
        actual: ascii.length,
      });
    }
    let start = 0;
    for (const label of labels) {
      const end = start + label.length;
      if (label === '') found('domain-label-empty', at(start));
      if (label.length > LABEL_MAX_LENGTH) {
        found('domain-label-too-long', at(start + LABEL_MAX_LENGTH), {
          limit: LABEL_MAX_LENGTH,
          actual: label.length,
        });
      }
      if (label.startsWith('-')) found('domain-label-hyphen', at(start), { char: '-' });
      if (label.endsWith('-')) found('domain-label-hyphen', at(end - 1), { char: '-' });
      start = end + 1;
    }
    const last = labels[labels.length - 1] as string;
    if (strict && labels.length < 2) found('domain-single-label', at(ascii.length));
    else if (strict && last !== '' && isDigits(last))
      found('domain-numeric-tld', at(ascii.length - last.length));
  }
  issues.sort((a, b) => a.index - b.index);
  return { issues, ascii: issues.length === 0 ? ascii.toLowerCase() : null };
}

/** Non-ASCII characters to convert, or `xn--` labels to check by decoding them. */
function needsIdna(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return true;
    const labelStart = index === 0 || text.charCodeAt(index - 1) === 46;
    if (labelStart && (code | 32) === 120 && text.slice(index, index + 4).toLowerCase() === 'xn--')
      return true;
  }
  return false;
}

/** @internal Whether `text` is made of ASCII digits only. */
export function isDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** One issue for the characters that are neither LDH nor dots (non-ASCII allowed or not). */
function invalidCharacters(
  text: string,
  offset: number,
  allowNonAscii: boolean,
  found: (code: DomainIssueCode, index: number, extra: object) => void,
): void {
  let first = -1;
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 || isLdh(code) || (allowNonAscii && code >= 128)) continue;
    if (first < 0) first = index;
    count++;
  }
  if (first >= 0) {
    const char = String.fromCodePoint(text.codePointAt(first) as number);
    found('domain-invalid-character', offset + first, { char, count });
  }
}
