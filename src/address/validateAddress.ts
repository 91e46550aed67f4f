import { PolicyInputError } from '../_lib/errors.js';
import { toOptions } from '../_lib/input.js';
import { ADDRESS_FLAGS, F_AT, F_DOMAIN, F_DOT, F_LOCAL, F_NOT_DIGIT, F_UPPER } from './chars.js';
import { type DomainIssue, idnaIssues, isALabel, isBadLabel, scanDomain } from './domain.js';
import { isAddressLiteral, RFC_LOCAL_PART_MAX_OCTETS, rfcLocalPartError } from './rfc.js';
import type { LocalPartIssue } from './types.js';
import { LOCAL_PART_MAX_LENGTH, type LocalScan, localPartIssues } from './validateLocalPart.js';

// Module-level copies of the imports the fast pass reads for every character or label: V8
// folds a module's own constants into optimized code (a typed array's length and contents'
// address among them), but reads an imported binding again at each use. Measured with
// `bench/paired.mjs` on accepted addresses: 116 ns with the imports read directly, 99 ns with
// these copies (3% of it from the copies of the two label checks).
const FLAGS = ADDRESS_FLAGS;
const LOCAL = F_LOCAL;
const DOMAIN = F_DOMAIN;
const DOT = F_DOT;
const AT = F_AT;
const badLabel = isBadLabel;
const aLabel = isALabel;

/**
 * RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, angle brackets included, so an
 * address has at most 254.
 *
 * @example
 * ```ts
 * ADDRESS_MAX_LENGTH; // 254
 * ```
 * @see R-LP-6
 */
export const ADDRESS_MAX_LENGTH = 254;

/** Which question `validateAddress` answers. */
export type AddressMode = 'provider' | 'rfc';

/** Options of `validateAddress` and `isValidAddress`. */
export interface AddressOptions {
  /**
   * `'provider'` (default): can this address be created at the provider (R-LP-1…5 and a sound
   * domain)? `'rfc'`: is it valid RFC 5321 mailbox syntax (R-LP-6)?
   */
  readonly mode?: AddressMode | undefined;
}

/** Why an address is refused, besides the local-part and domain issues. */
export type AddressOnlyIssue =
  | { readonly code: 'missing-at-sign'; readonly rule: 'R-LP-6'; readonly index: number }
  | {
      readonly code: 'address-too-long';
      readonly rule: 'R-LP-6';
      readonly index: number;
      readonly limit: number;
      readonly actual: number;
    }
  | {
      /** `[192.0.2.1]`: valid RFC 5321 syntax, but no address with it can be created. */
      readonly code: 'address-literal';
      readonly rule: 'R-LP-6';
      readonly index: number;
    }
  | { readonly code: 'invalid-address-literal'; readonly rule: 'R-LP-6'; readonly index: number }
  | {
      /** `rfc` mode: the local part is neither a dot-string nor a quoted string. */
      readonly code: 'local-part-syntax';
      readonly rule: 'R-LP-6';
      readonly index: number;
      /** The character found there, or `null` at the end of the local part. */
      readonly char: string | null;
    }
  | {
      readonly code: 'local-part-too-long';
      readonly rule: 'R-LP-6';
      readonly index: number;
      readonly limit: number;
      readonly actual: number;
    };

/** Every issue `validateAddress` reports: a discriminated union on `code`. */
export type AddressIssue = LocalPartIssue | DomainIssue | AddressOnlyIssue;

/** The answer of `validateAddress`. */
export type AddressResult =
  | {
      readonly ok: true;
      readonly mode: AddressMode;
      /** The input, unchanged. */
      readonly value: string;
      /** Before the last `@` (quotes included for a quoted local part). */
      readonly localPart: string;
      /** After the last `@`, as typed. */
      readonly domain: string;
      /** The domain in ASCII (`xn--` labels), lower-cased; the literal itself for `[…]`. */
      readonly asciiDomain: string;
    }
  | {
      readonly ok: false;
      readonly mode: AddressMode;
      readonly issues: readonly AddressIssue[];
      /**
       * Whether the input is valid RFC 5321 syntax all the same: `-@example.com` is refused in
       * `provider` mode with `rfcValid: true` (R-LP-6). Always `false` in `rfc` mode.
       */
      readonly rfcValid: boolean;
    };

/**
 * Splits an address at its last `@`: a quoted local part may hold an `@`, a domain never does.
 *
 * @returns `{ localPart, domain }`, or `null` when there is no `@` (or no string)
 * @example
 * ```ts
 * parseAddress('jean.dupont@example.ch');  // { localPart: 'jean.dupont', domain: 'example.ch' }
 * parseAddress('"a@b"@example.ch');        // { localPart: '"a@b"', domain: 'example.ch' }
 * parseAddress('no-at-sign');              // null
 * ```
 * @see R-LP-6
 */
export function parseAddress(input: string): { localPart: string; domain: string } | null {
  if (typeof input !== 'string') return null;
  const at = lastAt(input);
  return at < 0 ? null : { localPart: input.slice(0, at), domain: input.slice(at + 1) };
}

/**
 * @internal The index of the last `@`, or -1: the first by `indexOf`, then any later one
 * (measured quicker than a loop from the end; still one pass, as each search starts past the
 * last `@` found).
 */
export function lastAt(text: string): number {
  let at = text.indexOf('@');
  for (let next = at; next >= 0; next = text.indexOf('@', at + 1)) at = next;
  return at;
}

function readMode(options: unknown): AddressMode {
  const { mode } = toOptions(options);
  if (mode === undefined || mode === 'provider') return 'provider';
  if (mode === 'rfc') return 'rfc';
  throw new PolicyInputError('options.mode', "'provider' or 'rfc'", mode);
}

/**
 * The full check of an address in `mode`: every issue, in one pass over each part. In
 * `provider` mode a refusal also tells whether the input is valid RFC 5321 syntax from the
 * same issues, as the domain's checks in `rfc` mode are the provider's without the two strict
 * ones: only the local part may need a second look. `clean`: how many characters the fast pass
 * found clean (see {@link REFUSED}): the local-part scan starts after them.
 */
function fullCheck(input: string, mode: AddressMode, clean = 0): AddressResult {
  const at = lastAt(input);
  const rule = 'R-LP-6';
  if (at < 0) {
    const issues = [{ code: 'missing-at-sign', rule, index: input.length } as const];
    return { ok: false, mode, issues, rfcValid: false };
  }
  const provider = mode === 'provider';
  const length = input.length;
  const scan: LocalScan = { dotString: false };
  const issues: AddressIssue[] = provider ? localPartIssues(input, 0, at, false, clean, scan) : [];
  if (!provider) {
    const error = rfcLocalPartError(input, 0, at);
    if (error >= 0) {
      const char = error < at ? String.fromCodePoint(input.codePointAt(error) as number) : null;
      issues.push({ code: 'local-part-syntax', rule, index: error, char });
    } else if (at > RFC_LOCAL_PART_MAX_OCTETS) {
      const limit = RFC_LOCAL_PART_MAX_OCTETS;
      issues.push({ code: 'local-part-too-long', rule, index: limit, limit, actual: at });
    }
  }
  const localIssues = issues.length;
  const domain = at + 1;
  // The converted form of an internationalised domain, and the address's length in octets
  // with it (local parts that pass are ASCII). A domain IDNA cannot convert has an issue.
  let ascii: string | null = null;
  let size = length;
  const bracketed = input.charCodeAt(domain) === 91;
  if (bracketed) {
    if (provider) issues.push({ code: 'address-literal', rule, index: domain });
    else if (!isAddressLiteral(input.slice(domain)))
      issues.push({ code: 'invalid-address-literal', rule, index: domain });
  } else {
    let found = scanDomain(input, domain, length, provider);
    if (found === null) {
      const converted = idnaIssues(input, domain, length, provider);
      found = converted.issues;
      ascii = converted.ascii;
      if (ascii !== null) size = domain + ascii.length;
    }
    for (const issue of found) issues.push(issue);
  }
  if (issues.length === localIssues && size > ADDRESS_MAX_LENGTH) {
    const index = Math.min(ADDRESS_MAX_LENGTH, length);
    issues.push({ code: 'address-too-long', rule, index, limit: ADDRESS_MAX_LENGTH, actual: size });
  }
  if (issues.length === 0) return accepted(input, mode, at, ascii);
  const rfcValid =
    provider &&
    size <= ADDRESS_MAX_LENGTH &&
    onlyAmong(issues, localIssues, issues.length, PROVIDER_ONLY_DOMAIN) &&
    at <= RFC_LOCAL_PART_MAX_OCTETS &&
    // Only a quoted local part needs the RFC parser. Any other is a dot-string exactly when the
    // provider refuses it for its hyphens or for characters that are RFC 5322 `atext` (`+`,
    // `'`, `#`…) alone: R-LP-2…5 without R-LP-3 allow less than RFC 5321, and every other issue
    // (a dot misplaced, white space, a character outside `atext`, the `@`) breaks a dot-string.
    // The local-part scan notes that as it goes (`scan.dotString`): reading its issues again
    // here cost a refusal 6% (bench/paired.mjs --set bad).
    (input.charCodeAt(0) === 34 ? rfcLocalPartError(input, 0, at) < 0 : scan.dotString) &&
    (!bracketed || isAddressLiteral(input.slice(domain)));
  return { ok: false, mode, issues, rfcValid };
}

/**
 * Whether `input` is an address, and if not, every reason.
 *
 * - `mode: 'provider'` (default): creatable at the provider: the local part by R-LP-1…5
 *   (see `validateLocalPart`), and a sound domain: LDH labels of 1–63 characters, no hyphen at
 *   a label's ends, at least two labels, a top-level label that is not all digits, 253
 *   characters at most; internationalised domains in Unicode or `xn--` form (converted by the
 *   platform's IDNA, the WHATWG URL parser: what it maps, such as capitals and full-width
 *   letters, is accepted and `asciiDomain` holds the mapped form; a character nobody can see,
 *   which it would delete, such as a soft hyphen or a zero-width space, is refused as
 *   `domain-invalid-character`; platforms differ on the Bidi and joiners' rules of IDNA2008,
 *   and where the URL parser has no IDNA, as React Native's own, internationalised domains
 *   are refused as `domain-idn-unchecked`, a code of their own, as nothing says they are
 *   invalid: see docs/addresses.md). Address literals
 *   (`[192.0.2.1]`) cannot be created.
 * - `mode: 'rfc'`: RFC 5321 mailbox syntax (R-LP-6): a dot-string or quoted-string local part
 *   of at most 64 octets, a domain (one label is enough) or an address literal (`[IPv4]`,
 *   `[IPv6:…]`); no comments or folding white space (RFC 5322 message syntax, not address
 *   syntax); general address literals (`[tag:…]`) are refused, as no tag is standardised.
 *
 * Both modes limit the whole address to 254 octets (RFC 5321's 256-octet path). Every
 * `provider`-valid address is `rfc`-valid; a `provider` refusal says whether the input is
 * `rfcValid` all the same. Judging user data never throws.
 *
 * @param input - what a person typed
 * @param options - `{ mode }`
 * @throws {PolicyInputError} for an unknown `mode` (a programmer mistake)
 * @example
 * ```ts
 * validateAddress('jean.dupont@exemple.ch').ok; // true
 * validateAddress('-@example.com');
 * // { ok: false, mode: 'provider', rfcValid: true, issues: [
 * //   { code: 'leading-hyphen', rule: 'R-LP-3', index: 0, char: '-', count: 1 },
 * //   { code: 'trailing-hyphen', rule: 'R-LP-3', index: 0, char: '-', count: 1 } ] }
 * validateAddress('-@example.com', { mode: 'rfc' }).ok; // true
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export function validateAddress(input: unknown, options?: AddressOptions): AddressResult {
  const mode = options === undefined ? 'provider' : readMode(options);
  if (typeof input !== 'string') {
    const received = input === null ? 'null' : typeof input;
    return {
      ok: false,
      mode,
      rfcValid: false,
      issues: [{ code: 'not-a-string', rule: 'R-LP-2', index: 0, count: 1, received }],
    };
  }
  // The provider's fast pass first: most addresses pass. In `rfc` mode the full check is as
  // quick for a valid address (its local-part check is the RFC parser itself).
  const quick = mode === 'provider' ? quickProvider(input) : -1;
  if (quick < 0) return fullCheck(input, mode, quick <= REFUSED ? REFUSED - quick : 0);
  return accepted(input, mode, quick & AT_MASK, null, quick > AT_MASK);
}

/** What `rfc` mode does not refuse in a domain: one label, a numeric top-level label, a literal. */
const PROVIDER_ONLY_DOMAIN: readonly string[] = [
  'domain-single-label',
  'domain-numeric-tld',
  'address-literal',
];

/** Whether every issue in `issues[from, to)` has one of the `codes`. */
function onlyAmong(
  issues: readonly AddressIssue[],
  from: number,
  to: number,
  codes: readonly string[],
): boolean {
  for (let index = from; index < to; index++) {
    if (!codes.includes((issues[index] as AddressIssue).code)) return false;
  }
  return true;
}

/**
 * The answer for an accepted address whose (last) `@` is at `at`; `ascii`: the converted
 * domain, if it was converted; `upper`: whether the domain may hold capital letters (the
 * provider's fast pass knows when it does not, and `toLowerCase` is spared).
 */
function accepted(
  input: string,
  mode: AddressMode,
  at: number,
  ascii: string | null,
  upper = true,
): AddressResult {
  const domain = input.slice(at + 1);
  return {
    ok: true,
    mode,
    value: input,
    localPart: input.slice(0, at),
    domain,
    asciiDomain: ascii ?? (upper && domain.charCodeAt(0) !== 91 ? domain.toLowerCase() : domain),
  };
}

/**
 * The boolean fast path of {@link validateAddress}: one pass over ASCII input, allocating
 * nothing for a valid address; an internationalised domain takes the full path.
 *
 * @example
 * ```ts
 * isValidAddress('jean.dupont@exemple.ch');          // true
 * isValidAddress('jean+news@exemple.ch');            // false
 * isValidAddress('jean+news@exemple.ch', { mode: 'rfc' }); // true
 * isValidAddress('anna@bücher.de');                  // true
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export function isValidAddress(input: unknown, options?: AddressOptions): boolean {
  const mode = options === undefined ? 'provider' : readMode(options);
  return typeof input === 'string' && isValidIn(input, mode);
}

/** The boolean answer: the fast pass, and the full one for an internationalised domain. */
function isValidIn(input: string, mode: AddressMode): boolean {
  const at = mode === 'provider' ? quickProvider(input) : quickRfc(input);
  return at >= 0 || (at === NEEDS_IDNA && fullCheck(input, mode).ok);
}

/** @internal In a positive answer of {@link quickProvider}: the domain holds a capital letter. */
export const UPPER_CASE = 256;
/** @internal The `@`'s index in a positive answer of {@link quickProvider} (at most 64). */
export const AT_MASK = 255;

/**
 * @internal The fast passes' answer when the domain must go through the IDNA conversion first.
 */
export const NEEDS_IDNA = -2;

/**
 * @internal {@link quickProvider}'s refusals: `REFUSED - clean`, where the first `clean`
 * characters hold only what a local part allows anywhere (letters, digits, `_`, `-`, and dots
 * neither first nor doubled), so that the full check need not read them again.
 */
export const REFUSED = -3;

/**
 * @internal The fast pass of `rfc` mode (for `isValidAddress`), allocating nothing for a valid
 * address: the index of its (last) `@` when it is valid, -1 when it is not, or
 * {@link NEEDS_IDNA} when the domain must be converted first.
 */
export function quickRfc(input: string): number {
  const length = input.length;
  const at = lastAt(input);
  if (at < 0) return -1;
  if (at > RFC_LOCAL_PART_MAX_OCTETS || rfcLocalPartError(input, 0, at) >= 0) return -1;
  // No length check for a literal: 64 octets, the @ and a literal of at most 46 make 111.
  if (input.charCodeAt(at + 1) === 91) return isAddressLiteral(input.slice(at + 1)) ? at : -1;
  const issues = scanDomain(input, at + 1, length, false);
  if (issues === null) return NEEDS_IDNA;
  return issues.length === 0 && length <= ADDRESS_MAX_LENGTH ? at : -1;
}

/**
 * @internal The fast pass of `provider` mode, the hottest path of the library: the `@`'s index
 * for a creatable address, with {@link UPPER_CASE} added when the domain holds a capital letter;
 * {@link NEEDS_IDNA} when the domain must be converted first; or, for a refusal,
 * `REFUSED - clean` (see {@link REFUSED}). Both parts in one function over one table of flags
 * (measured faster than calling the general domain check). The local part (R-LP-1…5)
 * ends at the first `@`: an @ is refused in a creatable local part, so the first may stand for
 * the last (if there is another, the domain holds it and is refused).
 */
export function quickProvider(input: string): number {
  const length = input.length;
  let index = 0;
  for (; index < length; index++) {
    const code = input.charCodeAt(index);
    if (code >= 128) return REFUSED - index; // non-ASCII is refused in a local part
    const flags = FLAGS[code] as number;
    if ((flags & LOCAL) === 0) {
      if (flags === AT) break;
      // A dot: neither first nor after another (R-LP-4).
      if (flags !== DOT || index === 0 || input.charCodeAt(index - 1) === 46) {
        return REFUSED - index;
      }
    }
  }
  const at = index;
  // From here on, the first `at` characters are known clean.
  const refused = REFUSED - at;
  if (at === length || at === 0 || at > LOCAL_PART_MAX_LENGTH) return refused;
  const last = input.charCodeAt(at - 1);
  if (last === 46 || last === 45 || input.charCodeAt(0) === 45) return refused;
  let start = at + 1;
  let labels = 1;
  let label = 0; // the flags of the label being read
  let seen = 0; // the flags of the labels before it
  for (index = start; index < length; index++) {
    const code = input.charCodeAt(index);
    if (code >= 128) return NEEDS_IDNA;
    const flags = FLAGS[code] as number;
    if ((flags & DOMAIN) === 0) {
      if (flags !== DOT || badLabel(input, start, index)) return refused;
      if (aLabel(input, start, index)) return NEEDS_IDNA;
      labels++;
      start = index + 1;
      seen |= label;
      label = 0;
    }
    label |= flags;
  }
  if (badLabel(input, start, length) || labels < 2 || (label & F_NOT_DIGIT) === 0) return refused;
  if (aLabel(input, start, length)) return NEEDS_IDNA;
  if (length > ADDRESS_MAX_LENGTH) return refused;
  return (seen | label) & F_UPPER ? at | UPPER_CASE : at;
}
