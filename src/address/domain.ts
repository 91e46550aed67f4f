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
    for (let index = start; index < end; index++)
      if (text.charCodeAt(index) >= 128) return undefined;
    return false;
  }
  let labelStart = start;
  let labels = 0;
  let digitsOnly = true;
  let lastDigitsOnly = false;
  let aLabel = false;
  for (let index = start; index <= end; index++) {
    const code = index === end ? 46 : text.charCodeAt(index);
    if (code === 46) {
      const labelLength = index - labelStart;
      if (labelLength === 0 || labelLength > LABEL_MAX_LENGTH) return false;
      if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(index - 1) === 45) return false;
      // An xn-- label must decode: the caller checks it through the IDNA conversion.
      if (text.charCodeAt(labelStart + 2) === 45 && text.charCodeAt(labelStart + 3) === 45) {
        aLabel ||=
          (text.charCodeAt(labelStart) | 32) === 120 &&
          (text.charCodeAt(labelStart + 1) | 32) === 110;
      }
      labels++;
      labelStart = index + 1;
      lastDigitsOnly = digitsOnly;
      digitsOnly = true;
      continue;
    }
    if (code >= 128) return undefined;
    if (!isLdh(code)) return false;
    if (code < 48 || code > 57) digitsOnly = false;
  }
  if (strict && (labels < 2 || lastDigitsOnly)) return false;
  return aLabel ? undefined : true;
}

/** @internal The `xn--` form of a domain holding non-ASCII characters, or `null`. */
export function toAsciiDomain(domain: string): string | null {
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
  if (text.length === 0) {
    return { issues: [{ code: 'domain-empty', rule: 'R-LP-6', index: offset }], ascii: null };
  }
  let ascii = text;
  let converted = false;
  if (needsIdna(text)) {
    const host = toAsciiDomain(text);
    if (host === null) {
      const issues = invalidCharacters(text, offset, true);
      if (issues.length === 0)
        issues.push({ code: 'domain-invalid-idn', rule: 'R-LP-6', index: offset });
      return { issues, ascii: null };
    }
    // An ASCII domain whose xn-- labels decode keeps its positions; a converted one does not.
    converted = host !== text.toLowerCase();
    ascii = host;
  }
  const issues: DomainIssue[] = invalidCharacters(ascii, offset, false);
  // Positions in a converted (xn--) form do not exist in the input: point at the domain's start.
  const at = (index: number) => (converted ? offset : offset + index);
  if (ascii.length > DOMAIN_MAX_LENGTH) {
    issues.push({
      code: 'domain-too-long',
      rule: 'R-LP-6',
      index: at(DOMAIN_MAX_LENGTH),
      limit: DOMAIN_MAX_LENGTH,
      actual: ascii.length,
    });
  }
  let labelStart = 0;
  let labels = 0;
  let lastLabel = '';
  const seen = new Set<DomainIssueCode>();
  const once = (issue: DomainIssue) => {
    if (!seen.has(issue.code)) {
      seen.add(issue.code);
      issues.push(issue);
    }
  };
  for (let index = 0; index <= ascii.length; index++) {
    if (index < ascii.length && ascii.charCodeAt(index) !== 46) continue;
    const label = ascii.slice(labelStart, index);
    if (label.length === 0) once({ code: 'domain-label-empty', rule: 'R-LP-6', index: at(index) });
    else if (label.length > LABEL_MAX_LENGTH) {
      once({
        code: 'domain-label-too-long',
        rule: 'R-LP-6',
        index: at(labelStart + LABEL_MAX_LENGTH),
        limit: LABEL_MAX_LENGTH,
        actual: label.length,
      });
    }
    if (label.startsWith('-'))
      once({ code: 'domain-label-hyphen', rule: 'R-LP-6', index: at(labelStart), char: '-' });
    else if (label.endsWith('-'))
      once({ code: 'domain-label-hyphen', rule: 'R-LP-6', index: at(index - 1), char: '-' });
    labels++;
    lastLabel = label;
    labelStart = index + 1;
  }
  if (strict && labels < 2)
    issues.push({ code: 'domain-single-label', rule: 'R-LP-6', index: at(ascii.length) });
  else if (strict && lastLabel.length > 0 && isAllDigits(lastLabel)) {
    issues.push({
      code: 'domain-numeric-tld',
      rule: 'R-LP-6',
      index: at(ascii.length - lastLabel.length),
    });
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

function isAllDigits(label: string): boolean {
  for (let index = 0; index < label.length; index++) {
    const code = label.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** One issue for the characters that are neither LDH nor dots (non-ASCII allowed or not). */
function invalidCharacters(text: string, offset: number, allowNonAscii: boolean): DomainIssue[] {
  let first = -1;
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 || isLdh(code) || (allowNonAscii && code >= 128)) continue;
    if (first < 0) first = index;
    count++;
  }
  if (first < 0) return [];
  const char = String.fromCodePoint(text.codePointAt(first) as number);
  return [{ code: 'domain-invalid-character', rule: 'R-LP-6', index: offset + first, char, count }];
}
