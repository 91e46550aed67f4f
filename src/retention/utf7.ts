/**
 * Decodes an IMAP mailbox name written in modified UTF-7 (RFC 3501 §5.1.3): `&…-` holds
 * UTF-16 code units in base64 with `,` for `/`, and `&-` is a literal `&`.
 *
 * @param name - the name as the IMAP server sends it
 * @returns the decoded name, or `null` when the name is not valid modified UTF-7 (unterminated,
 *   outside the base64 alphabet, or UTF-16 with half a surrogate pair)
 * @example
 * ```ts
 * decodeImapUtf7('&BBoEPgRABDcEOAQ9BDA-'); // 'Корзина'
 * decodeImapUtf7('Sent &- Received');      // 'Sent & Received'
 * decodeImapUtf7('&Jjo-!');                // '☺!'
 * decodeImapUtf7('&Jjo');                  // null (not terminated)
 * ```
 * @see R-RET-2
 */
export function decodeImapUtf7(name: string): string | null {
  if (typeof name !== 'string') return null;
  let out = '';
  let index = 0;
  while (index < name.length) {
    const code = name.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return null; // only printable ASCII may appear
    if (code !== 38) {
      out += name[index];
      index++;
      continue;
    }
    const end = name.indexOf('-', index + 1);
    if (end < 0) return null;
    if (end === index + 1) {
      out += '&';
      index = end + 1;
      continue;
    }
    const decoded = decodeBase64Utf16(name.slice(index + 1, end));
    if (decoded === null) return null;
    out += decoded;
    index = end + 1;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,';

/** Modified base64 (no padding, `,` for `/`) of UTF-16BE code units. */
function decodeBase64Utf16(text: string): string | null {
  let bits = 0;
  let buffer = 0;
  const units: number[] = [];
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 16) {
      bits -= 16;
      units.push((buffer >> bits) & 0xffff);
      buffer &= (1 << bits) - 1;
    }
  }
  // Leftover bits must be padding zeros, fewer than 6 of them.
  if (bits >= 6 || buffer !== 0 || units.length === 0) return null;
  if (!isWellFormed(units)) return null;
  // One code unit at a time: spreading the units into `fromCharCode` overflows the stack for a
  // run of about 100,000 of them.
  let decoded = '';
  for (const unit of units) decoded += String.fromCharCode(unit);
  return decoded;
}

/** Whether UTF-16 code units pair every surrogate: a lone half is no character (RFC 2781). */
function isWellFormed(units: readonly number[]): boolean {
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as number;
    if (unit >= 0xdc00 && unit <= 0xdfff) return false; // a low half with no high one
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[++index];
      if (next === undefined || next < 0xdc00 || next > 0xdfff) return false;
    }
  }
  return true;
}
