import {
  ADDRESS_FLAGS,
  F_AT,
  F_ATEXT,
  F_DOT,
  F_LOCAL,
  isWhiteSpace,
  NAMED_FORBIDDEN,
} from './chars.js';
import type { LocalPartIssue, LocalPartIssueCode, LocalPartResult } from './types.js';

// Module-level copies of what the loops below read for every character: V8 folds a module's
// own constants into optimized code (a typed array's length among them), not imported bindings
// (see the fast pass in validateAddress.ts).
const FLAGS = ADDRESS_FLAGS;
const DOT = F_DOT;
const LOCAL = F_LOCAL;

/**
 * R-LP-1: the most characters a local part may have. The seed says "an address has at most
 * 64 characters"; like RFC 5321's 64-octet limit on the local part, we apply it to the part
 * before the `@` (every allowed character is ASCII, so characters and octets agree there).
 *
 * @example
 * ```ts
 * LOCAL_PART_MAX_LENGTH; // 64
 * ```
 * @see R-LP-1
 */
export const LOCAL_PART_MAX_LENGTH = 64;

/** An issue being collected (its count grows). */
interface Found {
  code: LocalPartIssueCode;
  rule: string;
  index: number;
  count: number;
  char?: string;
  limit?: number;
  actual?: number;
}

/** Notes one more occurrence of `code`: a new issue the first time, a higher count after. */
function note(
  found: Found[],
  code: LocalPartIssueCode,
  rule: string,
  index: number,
  char: string,
): void {
  // At most a dozen codes: a linear search beats a Map at this size.
  for (const issue of found) {
    if (issue.code === code) {
      issue.count++;
      return;
    }
  }
  found.push({ code, rule, index, char, count: 1 });
}

/**
 * @internal What {@link localPartIssues} saw besides its issues, for the address check:
 * `dotString`, whether the local part would be an RFC 5321 dot-string but for what the provider
 * alone refuses (a hyphen at an end, R-LP-3; RFC 5322 `atext` that R-LP-2 or R-LP-5 forbid, such
 * as `+`, `'` or `#`) and its length: nothing outside `atext` (no `@`, white space, control or
 * non-ASCII character), no dot first, last or doubled, not empty. Noted as the scan goes, so
 * that the address check need not read the issues again.
 */
export interface LocalScan {
  dotString: boolean;
}

/**
 * @internal Every issue of `text[start, end)` as a local part, at its positions in `text` (a
 * local part inside an address keeps the address's indexes). `prefix`: only what no further
 * typing can fix. `from`: where to start reading, when `text[start, from)` is already known to
 * hold only allowed characters and dots neither first nor doubled (the provider's fast pass
 * tells how far it read): only a leading hyphen and the length can be wrong there. `scan`:
 * filled with what the scan saw besides the issues.
 */
export function localPartIssues(
  text: string,
  start: number,
  end: number,
  prefix: boolean,
  from = start,
  scan?: LocalScan,
): LocalPartIssue[] {
  const found: Found[] = [];
  let previousDot = from > start && text.charCodeAt(from - 1) === 46;
  if (from > start && text.charCodeAt(start) === 45) {
    note(found, 'leading-hyphen', 'R-LP-3', start, '-');
  }
  // R-LP-1 counts characters (code points): the loop counts the surrogate pairs, the only
  // code points of two UTF-16 units, instead of counting every character.
  let pairs = 0;
  let pairsWithin = 0;
  let dotString = start < end;
  for (let index = from; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const flags = FLAGS[code] as number;
      if (flags === DOT) {
        if (index === start || previousDot) {
          note(found, previousDot ? 'consecutive-dots' : 'leading-dot', 'R-LP-4', index, '.');
          dotString = false;
        }
        previousDot = true;
        continue;
      }
      previousDot = false;
      if ((flags & LOCAL) !== 0) {
        if (code === 45 && index === start) note(found, 'leading-hyphen', 'R-LP-3', index, '-');
        continue;
      }
      const char = text[index] as string;
      if ((flags & F_ATEXT) === 0) dotString = false;
      if (flags === F_AT) note(found, 'at-sign', 'R-LP-5', index, char);
      else if (isWhiteSpace(code)) note(found, 'whitespace', 'R-LP-5', index, char);
      else if (code < 32) note(found, 'control-character', 'R-LP-5', index, char);
      else {
        const rule = NAMED_FORBIDDEN.includes(char) ? 'R-LP-5' : 'R-LP-2';
        note(found, 'forbidden-character', rule, index, char);
      }
      continue;
    }
    previousDot = false;
    dotString = false;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) width = 2;
    }
    const char = text.slice(index, index + width);
    note(found, isWhiteSpace(code) ? 'whitespace' : 'non-ascii', 'R-LP-5', index, char);
    if (width === 2) {
      // A pair among the first 64 characters moves the limit one unit further.
      if (index - start - pairs < LOCAL_PART_MAX_LENGTH) pairsWithin++;
      pairs++;
      index++;
    }
  }
  // The loop found its issues in order of index; `too-long` goes after those at or before its
  // index, and the trailing ones, at the last index, go last.
  const codePoints = end - start - pairs;
  if (codePoints > LOCAL_PART_MAX_LENGTH) {
    // Where the first character beyond the limit starts.
    const beyond = start + LOCAL_PART_MAX_LENGTH + pairsWithin;
    const issue: Found = {
      code: 'too-long',
      rule: 'R-LP-1',
      index: beyond,
      count: codePoints - LOCAL_PART_MAX_LENGTH,
      limit: LOCAL_PART_MAX_LENGTH,
      actual: codePoints,
    };
    let place = found.length;
    while (place > 0 && (found[place - 1] as Found).index > beyond) place--;
    if (place === found.length) found.push(issue);
    else found.splice(place, 0, issue);
  }
  if (!prefix && start === end) {
    found.push({ code: 'empty', rule: 'R-LP-1', index: start, count: 0 });
  }
  // A prefix of 64 characters or more is final: one more would be too many, so a hyphen or a
  // dot at its end can no longer be followed by anything.
  const last = text.charCodeAt(end - 1);
  if (!prefix || codePoints >= LOCAL_PART_MAX_LENGTH) {
    if (end > start && last === 45) note(found, 'trailing-hyphen', 'R-LP-3', end - 1, '-');
    if (end > start && last === 46) note(found, 'trailing-dot', 'R-LP-4', end - 1, '.');
  }
  if (scan !== undefined) scan.dotString = dotString && last !== 46;
  return found as LocalPartIssue[];
}

function notAString(input: unknown): LocalPartResult {
  const received = input === null ? 'null' : typeof input;
  return {
    ok: false,
    issues: [{ code: 'not-a-string', rule: 'R-LP-2', index: 0, count: 1, received }],
  };
}

/**
 * Whether `input` can be created as a local part (the part before the `@`) at the provider,
 * and if not, every reason at once.
 *
 * - R-LP-1: 1 to 64 characters.
 * - R-LP-2: only `a–z`, `A–Z`, `0–9`, `-`, `_`, `.` (a whitelist).
 * - R-LP-3: no hyphen first or last. R-LP-4: no dot first, last, or twice in a row.
 * - R-LP-5: `@`, white space, non-ASCII (accents, other scripts, emoji, zero-width
 *   characters), control characters and `! # $ % ^ & * ( ) = [ ] < > , ; " / ?` are
 *   refused with their own codes; other printable ASCII (`+ ' ~ { | } \` \ :`, DEL) is a
 *   `forbidden-character` under R-LP-2.
 *
 * Judging user data never throws: anything that is not a string gives `not-a-string`. Each
 * issue carries its `code`, `rule`, the UTF-16 `index` of its first occurrence, the offending
 * `char` (a whole code point) and a `count`; at most one issue per code, in order of index, so
 * a megabyte of input gives a handful of issues. White space means the ASCII space, tab, line
 * breaks and the Unicode spaces (no-break, em, ideographic…); zero-width characters are
 * `non-ascii`.
 *
 * @param input - what a person typed
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * validateLocalPart('jean.dupont'); // { ok: true, value: 'jean.dupont' }
 * validateLocalPart('-jean..dupont#');
 * // { ok: false, issues: [
 * //   { code: 'leading-hyphen', rule: 'R-LP-3', index: 0, char: '-', count: 1 },
 * //   { code: 'consecutive-dots', rule: 'R-LP-4', index: 6, char: '.', count: 1 },
 * //   { code: 'forbidden-character', rule: 'R-LP-5', index: 13, char: '#', count: 1 } ] }
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5
 */
export function validateLocalPart(input: unknown): LocalPartResult {
  if (typeof input !== 'string') return notAString(input);
  const issues = localPartIssues(input, 0, input.length, false);
  return issues.length === 0 ? { ok: true, value: input } : { ok: false, issues };
}

/**
 * The as-you-type check: reports only what no further typing can fix. `jean.` and `jean-` are
 * fine so far (more may follow); `.jean`, `a..`, a space, a 65th character are not, nor a dot
 * or hyphen that ends 64 characters (nothing more may follow). An empty input is fine so far
 * too. Never rejects a prefix of a valid local part, and accepts only what some further typing
 * makes valid.
 *
 * @param input - what a person has typed so far
 * @example
 * ```ts
 * validateLocalPartPrefix('jean.'); // { ok: true, value: 'jean.' }
 * validateLocalPartPrefix('jean..').ok; // false: consecutive-dots
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5
 */
export function validateLocalPartPrefix(input: unknown): LocalPartResult {
  if (typeof input !== 'string') return notAString(input);
  const issues = localPartIssues(input, 0, input.length, true);
  return issues.length === 0 ? { ok: true, value: input } : { ok: false, issues };
}

/**
 * The boolean fast path of {@link validateLocalPart}: one pass, no allocation.
 *
 * @example
 * ```ts
 * isValidLocalPart('jean-dupont_2'); // true
 * isValidLocalPart('jean+news');     // false
 * isValidLocalPart(42);              // false
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5
 */
export function isValidLocalPart(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  const length = input.length;
  if (length === 0 || length > LOCAL_PART_MAX_LENGTH) return false;
  let previous = 46; // as if a dot came before: a leading dot is refused like a doubled one
  for (let index = 0; index < length; index++) {
    const code = input.charCodeAt(index);
    if (code >= 128) return false;
    const flags = FLAGS[code] as number;
    if (flags === DOT ? previous === 46 : (flags & LOCAL) === 0) return false;
    previous = code;
  }
  return input.charCodeAt(0) !== 45 && previous !== 45 && previous !== 46;
}
