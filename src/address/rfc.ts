import { ADDRESS_FLAGS, F_ATEXT } from './chars.js';
import { isDigits } from './domain.js';

// Module-level copies for the loop below (V8 folds a module's own constants, not imported
// bindings: see the fast pass in validateAddress.ts).
const FLAGS = ADDRESS_FLAGS;
const ATEXT = F_ATEXT;

/**
 * RFC 5321 §4.1.2 syntax of a mailbox, for `mode: 'rfc'`: a `Dot-string` or `Quoted-string`
 * local part, and a `Domain` or an `address-literal`. No comments and no folding white space:
 * those belong to RFC 5322 message headers, not to addresses.
 */

/** RFC 5321 §4.5.3.1.1: a local part has at most 64 octets. */
export const RFC_LOCAL_PART_MAX_OCTETS = 64;

/**
 * @internal The index of the first character that breaks RFC 5321 `Local-part` syntax in
 * `text[start, end)`, or -1 when it is valid. `end` itself is returned for a string that stops
 * too early (an unterminated quote, a trailing dot).
 */
export function rfcLocalPartError(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) === 34) {
    // Quoted-string = DQUOTE *QcontentSMTP DQUOTE
    let index = start + 1;
    while (index < end - 1) {
      const code = text.charCodeAt(index);
      if (code === 92) {
        const next = text.charCodeAt(index + 1);
        if (index + 1 >= end - 1 || next < 32 || next > 126) return index + 1;
        index += 2;
        continue;
      }
      // A quote closes the string, so what follows it is the first thing out of place.
      if (code === 34) return index + 1;
      // qtextSMTP = %d32-33 / %d35-91 / %d93-126
      if (code < 32 || code > 126) return index;
      index++;
    }
    // A lone quote leaves `index` past `end - 1`; a quoted pair never does (checked above).
    if (index !== end - 1 || text.charCodeAt(end - 1) !== 34) return end;
    return -1;
  }
  // Dot-string = Atom *("." Atom)
  // Whether the atom being read is empty so far (an empty local part is one empty atom).
  let empty = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 46) {
      if (empty) return index;
      empty = true;
    } else if (code < 128 && ((FLAGS[code] as number) & ATEXT) !== 0) empty = false;
    else return index;
  }
  return empty ? end : -1;
}

/** Dotted-quad `Snum.Snum.Snum.Snum`, each 0–255 in one to three digits. */
function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every(
      (part) => part.length >= 1 && part.length <= 3 && isDigits(part) && Number(part) <= 255,
    )
  );
}

function isHexGroup(text: string): boolean {
  if (text.length < 1 || text.length > 4) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index) | 32; // lower-case a letter
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }
  return true;
}

/**
 * RFC 5321 `IPv6-addr`: `IPv6-full` (8 groups), `IPv6-comp` (at most 6 groups around one
 * `::`), `IPv6v4-full` (6 groups and an IPv4 address), `IPv6v4-comp` (at most 4 groups around
 * one `::`, then an IPv4 address).
 */
export function isIPv6(text: string): boolean {
  let head = text;
  let room = 8;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    room = 6; // the IPv4 part stands for two groups
    const upToColon = text.slice(0, lastColon + 1);
    head = upToColon.endsWith('::') ? upToColon : text.slice(0, lastColon);
  }
  const halves = head.split('::');
  const parse = (half: string) => (half === '' ? [] : half.split(':'));
  if (halves.length === 1) {
    const groups = parse(head);
    return groups.length === room && groups.every(isHexGroup);
  }
  if (halves.length > 2) return false;
  const groups = [...parse(halves[0] as string), ...parse(halves[1] as string)];
  // "::" stands for at least two groups: at most 6 others (4 beside an IPv4 part).
  return groups.length <= room - 2 && groups.every(isHexGroup);
}

/**
 * @internal Whether `[…]` (brackets included) is an RFC 5321 IPv4 or IPv6 address literal. The
 * `IPv6:` tag is matched in any case: a quoted string in ABNF is case-insensitive (RFC 5234
 * §2.3, which RFC 7405 keeps as the default).
 */
export function isAddressLiteral(text: string): boolean {
  // `[` alone does not close itself, and `[]` holds no address: no length check is needed.
  if (text.charCodeAt(0) !== 91 || text.charCodeAt(text.length - 1) !== 93) return false;
  const inner = text.slice(1, -1);
  if (inner.slice(0, 5).toLowerCase() === 'ipv6:') return isIPv6(inner.slice(5));
  return isIPv4(inner);
}
