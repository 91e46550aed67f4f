import { IDN_DOTS, NOT_IN_DOMAIN } from '../_lib/regexes.js';
import { ADDRESS_FLAGS, F_DOMAIN, F_NOT_DIGIT } from './chars.js';
import { decodePunycode } from './punycode.js';

/**
 * The domain after the `@`: LDH labels (RFC 1035, RFC 5321 `Domain`), internationalised
 * domains converted to their `xn--` form by the platform's own IDNA (the WHATWG URL parser,
 * present in every browser and in Node.js).
 */

// Module-level copies for the loops below (V8 folds a module's own constants, not imported
// bindings: see the fast pass in validateAddress.ts).
const FLAGS = ADDRESS_FLAGS;
const LDH = F_DOMAIN;
const NOT_DIGIT = F_NOT_DIGIT;

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
  | { readonly code: 'domain-invalid-idn'; readonly rule: 'R-LP-6'; readonly index: number }
  | {
      /**
       * An internationalised domain (Unicode, or an `xn--` label) where the platform's URL
       * parser has no IDNA (React Native's own, Expo's polyfill): nothing can convert or check
       * it there, so it is refused, but not called invalid.
       */
      readonly code: 'domain-idn-unchecked';
      readonly rule: 'R-LP-6';
      readonly index: number;
    };

/** The stable codes of {@link DomainIssue}. */
export type DomainIssueCode = DomainIssue['code'];

/**
 * @internal Every issue of the ASCII domain `text[start, end)` in one pass, in order of index
 * (an empty array when it is sound), or `null` when it holds non-ASCII characters or `xn--`
 * labels: the caller converts it first (IDNA), then scans the `converted` form, where `xn--`
 * labels are known to decode. `strict` (provider mode): two labels at least and a top-level
 * label not all digits. `hyphen` ≥ 0: a hyphen issue already found there (at a Unicode label,
 * as IDNA maps it).
 */
export function scanDomain(
  text: string,
  start: number,
  end: number,
  strict: boolean,
  converted = false,
  hyphen = -1,
): readonly DomainIssue[] | null {
  if (start === end) return [{ code: 'domain-empty', rule: 'R-LP-6', index: start }];
  let invalid = -1;
  let invalidCount = 0;
  let empty = -1;
  let long = -1;
  let longSize = 0;
  let labelStart = start;
  let labels = 1;
  let digitsOnly: boolean;
  for (;;) {
    // One label: its characters up to the next dot or the end, their flags gathered with `|`,
    // then its own checks.
    let index = labelStart;
    let label = 0;
    for (; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 46) break;
      // Non-ASCII goes to IDNA first (a converted form is ASCII: this never returns null then).
      if (code >= 128) return null;
      const flags = FLAGS[code] as number;
      if ((flags & LDH) === 0) {
        if (invalid < 0) invalid = index;
        invalidCount++;
        label |= NOT_DIGIT;
      }
      label |= flags;
    }
    digitsOnly = (label & NOT_DIGIT) === 0;
    if (!converted && isALabel(text, labelStart, index)) return null;
    const size = index - labelStart;
    if (size === 0) {
      if (empty < 0) empty = labelStart;
    } else {
      if (size > LABEL_MAX_LENGTH && long < 0) {
        long = labelStart + LABEL_MAX_LENGTH;
        longSize = size;
      }
      if (hyphen < 0 && text.charCodeAt(labelStart) === 45) hyphen = labelStart;
      else if (hyphen < 0 && text.charCodeAt(index - 1) === 45) hyphen = index - 1;
    }
    if (index === end) break;
    labels++;
    labelStart = index + 1;
  }
  const length = end - start;
  if (
    invalid < 0 &&
    length <= DOMAIN_MAX_LENGTH &&
    empty < 0 &&
    long < 0 &&
    hyphen < 0 &&
    !(strict && (labels < 2 || digitsOnly))
  )
    return NO_ISSUES;
  const issues: DomainIssue[] = [];
  const rule = 'R-LP-6';
  if (invalid >= 0) {
    const char = String.fromCodePoint(text.codePointAt(invalid) as number);
    issues.push({
      code: 'domain-invalid-character',
      rule,
      index: invalid,
      char,
      count: invalidCount,
    });
  }
  if (length > DOMAIN_MAX_LENGTH) {
    const index = start + DOMAIN_MAX_LENGTH;
    issues.push({ code: 'domain-too-long', rule, index, limit: DOMAIN_MAX_LENGTH, actual: length });
  }
  if (empty >= 0) issues.push({ code: 'domain-label-empty', rule, index: empty });
  if (long >= 0) {
    issues.push({
      code: 'domain-label-too-long',
      rule,
      index: long,
      limit: LABEL_MAX_LENGTH,
      actual: longSize,
    });
  }
  if (hyphen >= 0) issues.push({ code: 'domain-label-hyphen', rule, index: hyphen, char: '-' });
  if (strict && labels < 2) issues.push({ code: 'domain-single-label', rule, index: end });
  else if (strict && digitsOnly && labelStart < end) {
    issues.push({ code: 'domain-numeric-tld', rule, index: labelStart });
  }
  // A stable sort: issues at the same index keep the order above.
  if (issues.length > 1) issues.sort((a, b) => a.index - b.index);
  return issues;
}

const NO_ISSUES: readonly DomainIssue[] = [];

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
 * What IDNA made of one domain: its ASCII form (`null` when it cannot be converted), then its
 * issues in provider mode and in `rfc` mode once asked for, at positions counted from the
 * domain's start. A tuple, so that the mode is an index.
 */
type Conversion = [
  ascii: string | null | false,
  strict?: readonly DomainIssue[],
  loose?: readonly DomainIssue[],
];

/**
 * @internal The last conversions, by domain: the same few domains come back again and again
 * in a form or a mail server, and the URL parser costs microseconds, its checks after it
 * hundreds of nanoseconds. A bounded memo of a pure function: it never changes an answer (the
 * issues it keeps are copied into each answer, never handed out; a domain asked where there was
 * no IDNA is not kept). Exported for its test only.
 */
export const CONVERTED = new Map<string, Conversion>();
/** @internal The most domains {@link CONVERTED} holds before it starts afresh. */
export const CONVERTED_MAX = 512;

/**
 * The domain's ASCII form by the platform's IDNA; `null` when IDNA refuses it (or it holds a
 * character no domain holds); `false` when the platform has no IDNA to ask.
 */
function convert(domain: string): string | null | false {
  // Only LDH, dots and visible non-ASCII reach the URL parser: nothing it would read as syntax,
  // nor anything it would delete.
  if (domain.search(NOT_IN_DOMAIN) >= 0) return null;
  // Unless the parser converts `ü` (to `xn--tda`), it has no IDNA: React Native's own throws
  // for `hostname`, URL polyfills "without Unicode" give the host back as typed or refuse it.
  // Nothing then converts a Unicode domain, nor checks that an `xn--` label decodes: both are
  // refused (`domain-idn-unchecked`) rather than accepted unchecked. Asked for each domain not
  // in CONVERTED, which keeps no such answer, as a URL parser may be installed after this module
  // is loaded.
  let idna = false;
  try {
    idna = new URL('http://ü.x/').hostname === 'xn--tda.x';
    if (!idna) return false;
    // The label `x` put after the domain (and taken off again) keeps the URL parser from
    // reading a host that ends in a number as an IPv4 address: `ü.12` is a domain to scan, with
    // a numeric top-level label, as `a.12` is. Never empty: the URL parser fails on a host that
    // IDNA leaves empty.
    const host = new URL(`http://${domain}.x/`).hostname;
    return aLabelsHold(host) ? host.slice(0, -2) : null;
  } catch {
    // Thrown by the probe (no IDNA), or by the parser refusing the domain (IDNA says no).
    return idna && null;
  }
}

/**
 * Whether the `xn--` labels of `host`, as the URL parser gave it, are sound: the parser, given
 * the Unicode form of each (RFC 3492), gives `host` back exactly. Parsers read an ASCII host as
 * it is (Chromium's, and the ada 4.0 of Node.js 24 and 26, let `xn--zz.de` and `xn--1ug.ch`, a
 * zero-width joiner alone, through), but apply UTS 46 to a Unicode one everywhere: the way back
 * refuses a label that decodes to what IDNA refuses, to ASCII only (`xn--ab-`), or to what IDNA
 * maps to something else, as UTS 46 does. A label that does not decode (`xn--zz`, and
 * `xn---5mu`, which Node.js 20 reads as `xn--5mu`) is put back empty, which no parser makes
 * into it.
 */
function aLabelsHold(host: string): boolean {
  const unicode = host
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? '') : label));
  return new URL(`http://${unicode.join('.')}/`).hostname === host;
}

/**
 * @internal Every issue of the domain `text[start, end)`, at its positions in `text`, and its
 * ASCII form (lower-cased, `xn--` labels), or `null` when IDNA cannot convert it. `strict`:
 * provider mode (two labels, a non-numeric top-level label).
 */
export function domainIssues(
  text: string,
  start: number,
  end: number,
  strict: boolean,
): { issues: readonly DomainIssue[]; ascii: string | null } {
  const issues = scanDomain(text, start, end, strict);
  return issues === null
    ? idnaIssues(text, start, end, strict)
    : { issues, ascii: text.slice(start, end).toLowerCase() };
}

/**
 * @internal {@link domainIssues} for a domain {@link scanDomain} sends to IDNA: converted by the
 * platform, then scanned in its converted form; both remembered (see {@link CONVERTED}).
 */
export function idnaIssues(
  text: string,
  start: number,
  end: number,
  strict: boolean,
): { issues: readonly DomainIssue[]; ascii: string | null } {
  const domain = text.slice(start, end);
  let known = CONVERTED.get(domain);
  if (known === undefined) {
    known = [convert(domain)];
    // Not where there was no IDNA to ask: a URL parser with IDNA may be installed later (a
    // polyfill), and the domain must then get its answer, not the one kept from before.
    if (known[0] !== false) {
      if (CONVERTED.size >= CONVERTED_MAX) CONVERTED.clear();
      CONVERTED.set(domain, known);
    }
  }
  const mode = strict ? 1 : 2;
  known[mode] ??= convertedIssues(domain, known[0], strict);
  const found = known[mode];
  // Copies at the domain's place in `text`: an answer's issues are its own. An empty list is
  // shared: mapping it costs `isValidAddress` 4% on the corpus (bench/paired.mjs).
  const issues =
    found.length === 0 ? found : found.map((issue) => ({ ...issue, index: issue.index + start }));
  return { issues, ascii: known[0] || null };
}

/**
 * The issues of `domain` (at positions from 0), given its ASCII form `ascii` (`null`: IDNA
 * refused it; `false`: there was no IDNA to ask).
 */
function convertedIssues(
  domain: string,
  ascii: string | null | false,
  strict: boolean,
): readonly DomainIssue[] {
  if (typeof ascii !== 'string') return [unconvertible(domain, ascii === false)];
  // A converted form has no labels left to convert: the scan answers with issues, never null.
  const typed = domain.split(IDN_DOTS);
  const labels = ascii.split('.');
  // IDNA2008 refuses a hyphen at either end of a Unicode label too (the URL parser lets it pass),
  // as IDNA maps the label, which is what its `xn--` form decodes to: `bücher－.ch`, with a
  // full-width hyphen-minus, is `bücher-.ch`, and so is `xn--bcher--3ya.ch`. The issue is found
  // at that end of the label in the converted form.
  const mapped = labels.map((label) =>
    label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label,
  );
  const hyphen = mapped.findIndex((label) => label.startsWith('-') || label.endsWith('-'));
  const found = scanDomain(
    ascii,
    0,
    ascii.length,
    strict,
    true,
    hyphen < 0
      ? -1
      : labelStart(labels, hyphen) +
          ((mapped[hyphen] as string).startsWith('-') ? 0 : (labels[hyphen] as string).length - 1),
  ) as DomainIssue[];
  // Each issue is moved from the converted form to the domain as typed: IDNA keeps the labels,
  // so into the same label, at the same place in a label typed in ASCII (`xn--` labels too,
  // and the Kelvin sign, which lower-cases to `k`, as IDNA maps it); in a label it converted,
  // whose other positions do not exist in the input, at its end for what is found there (a
  // missing dot), at its last character for a hyphen there (a hyphen-minus, full-width or
  // small: one UTF-16 unit), else at its start (never inside a surrogate pair). Where
  // the labels differ in number (a platform whose IDNA maps `⒈` to `1.`, as UTS 46 does without
  // its STD3 rules; Node.js 20 refuses it), at the domain's start.
  return found.map((issue) => {
    const before = ascii.slice(0, issue.index).split('.');
    const label = before.length - 1;
    const offset = (before[label] as string).length;
    const size = (labels[label] as string).length;
    const text = typed[label] as string;
    const index =
      typed.length !== labels.length
        ? 0
        : labelStart(typed, label) +
          (text.toLowerCase() === labels[label]
            ? offset
            : offset === size
              ? text.length
              : offset > 0 && issue.code === 'domain-label-hyphen'
                ? text.length - 1
                : 0);
    return { ...issue, index };
  });
}

/** Where label `label` of `labels` starts in the text they were split from (one-unit dots). */
function labelStart(labels: readonly string[], label: number): number {
  return labels.slice(0, label).join('.').length + (label > 0 ? 1 : 0);
}

/**
 * The one issue of a domain IDNA cannot convert: its first character no domain holds (see
 * `NOT_IN_DOMAIN`: ASCII punctuation, white space, a control, an invisible character), a whole
 * code point, or else the IDN itself: invalid, or unchecked when there was no IDNA to ask.
 */
function unconvertible(domain: string, unchecked: boolean): DomainIssue {
  const found = domain.match(NOT_IN_DOMAIN);
  if (found === null) {
    return {
      code: unchecked ? 'domain-idn-unchecked' : 'domain-invalid-idn',
      rule: 'R-LP-6',
      index: 0,
    };
  }
  return {
    code: 'domain-invalid-character',
    rule: 'R-LP-6',
    index: domain.search(NOT_IN_DOMAIN),
    char: found[0] as string,
    count: found.length,
  };
}

/** @internal Whether `text` is made of ASCII digits only. */
export function isDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
