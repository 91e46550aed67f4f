import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toCount } from '../_lib/input.js';
import { LIST_SYNTAX } from '../_lib/regexes.js';
import { isWhiteSpace } from '../address/chars.js';
import type { MessageRecipients } from './types.js';

const FIELDS = ['to', 'cc', 'bcc'] as const;

/** How deep lists may nest in a field: deeper is a list that holds itself, or a mistake. */
const MAX_NESTING = 100;

function countField(value: unknown, parameter: string): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return toCount(value, parameter);
  // A string, a list, or one address object (nodemailer's `{ name, address }`); another
  // object is a mistake.
  if (typeof value === 'string' || Array.isArray(value) || isAddressObject(value)) {
    return countEntry(value, parameter, 0);
  }
  throw new PolicyInputError(
    parameter,
    'addresses (a list, a string or a { name, address } object) or a count',
    value,
  );
}

/**
 * One entry of a field: a string as a header holds it; a list, entry by entry, as nodemailer
 * flattens lists in lists; nodemailer's address object `{ name, address }`, which it leaves out
 * when its address is empty (or blank) and otherwise sends to its address as one, whatever it
 * holds (here at least one, and a list's addresses if it holds one); anything else one
 * recipient (the safe side for a quota).
 */
function countEntry(entry: unknown, parameter: string, depth: number): number {
  if (typeof entry === 'string') return countAddressList(entry);
  if (Array.isArray(entry)) {
    // A list that holds itself would never end here (nodemailer walks each list once).
    if (depth === MAX_NESTING) {
      throw new PolicyInputError(parameter, `lists nested at most ${MAX_NESTING} deep`, entry);
    }
    let total = 0;
    // A string, the commonest entry, without a call more: a list of 100 addresses took 7% more.
    for (const item of entry) {
      total +=
        typeof item === 'string' ? countAddressList(item) : countEntry(item, parameter, depth + 1);
    }
    return total;
  }
  if (!isAddressObject(entry)) return 1;
  const { address } = entry;
  if (typeof address !== 'string') return address ? 1 : 0;
  // Blank as nodemailer trims it (String.prototype.trim), not as `isBlank` reads a header:
  // U+0085 is white space to the scan but an address to nodemailer.
  return address.trim() === '' ? 0 : Math.max(1, countAddressList(address));
}

/** nodemailer's address object: `{ name, address }`, either of them. */
function isAddressObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && (Object.hasOwn(value, 'address') || Object.hasOwn(value, 'name'));
}

/** Whether `text` holds white space only (the same white space as the scan below). */
function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (!isWhiteSpace(text.charCodeAt(index))) return false;
  }
  return true;
}

/**
 * @internal The mailboxes of one address list as a header holds it (RFC 5322 §3.4
 * `address-list`), counted without being validated: entries are separated by commas outside
 * quoted strings and comments (`"Dupont, Jean" <jean@x.ch>` is one); a semicolon separates
 * them too, as Outlook writes lists; a group counts its members (`Team: a@x.ch, b@x.ch;` two,
 * `undisclosed-recipients:;` none). An entry with anything in it counts one, an empty one
 * nothing.
 *
 * Angle brackets, and a domain literal in them, hide what they hold up to their closer
 * (`<"a>b"@x.ch>` is one address) but never a separator: none is sent in an address unless
 * quoted, and an unclosed `<` must not hide the recipients after it (`a@x.ch, <b@x.ch,
 * c@x.ch` is three, as nodemailer sends it). A quoted string or a comment left open hides the
 * rest of the text, as it does for nodemailer.
 */
export function countAddressList(text: string): number {
  // Most entries hold one address and none of the characters that separate or group: one
  // regular expression answers for them (a character-by-character scan of a list of 100
  // addresses took 29 µs, where the decision itself takes 0.3 µs).
  if (!LIST_SYNTAX.test(text)) return isBlank(text) ? 0 : 1;
  let count = 0;
  let entry = false; // the entry has something in it
  let address = false; // the entry has an `@` or a `<`: a `:` after it is no group's
  let comment = 0; // nesting depth of `( … )`
  let quoted = false; // in `" … "`
  let angle = false; // in `< … >`
  let literal = false; // in `[ … ]` right after an `@`, in angle brackets
  // In angle brackets, the last character read is an `@`: spaces, quoted strings, comments and
  // literals aside, as nodemailer reads it.
  let afterAt = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (comment > 0 || quoted) {
      if (code === 92)
        index++; // a quoted pair: `\x`
      else if (quoted) quoted = code !== 34;
      else comment += code === 40 ? 1 : code === 41 ? -1 : 0;
    } else if (code === 44 || code === 59) {
      // , or ; ends the entry, and angle brackets left open
      if (entry) count++;
      entry = address = angle = literal = false;
    } else if (literal) literal = code !== 93;
    else if (angle && code > 64 && code < 128 && code !== 91)
      afterAt = false; // a letter, the commonest: nothing else to note
    else if (code === 34) quoted = entry = true;
    else if (code === 40) comment = 1;
    else if (angle) {
      if (code === 91 && afterAt) literal = true;
      else {
        angle = code !== 62;
        afterAt = code === 64 || (afterAt && isWhiteSpace(code));
      }
    } else if (code === 58)
      entry &&= address; // `:` after a group's name: its members count, not it
    else if (!isWhiteSpace(code)) {
      entry = true;
      address ||= code === 64 || code === 60;
      angle = code === 60;
      afterAt = false;
    }
  }
  return entry ? count + 1 : count;
}

/**
 * The number of recipients of a message, To, Cc and Bcc together: the weight the message has
 * towards the daily send limit (R-SEND-2: "1 mensaje enviado a 2, 42 o 99 personas en CC/Cco
 * se cuenta como 2, 42 y 99 mensajes").
 *
 * Each field is a list of addresses, a string as a header holds them, or a count. A string
 * (alone or in a list, as nodemailer takes them) may hold several addresses: they are counted
 * as RFC 5322 separates them, with commas outside quoted strings and comments
 * (`"Dupont, Jean" <jean@x.ch>` is one), semicolons as Outlook writes them, and groups by their
 * members (`undisclosed-recipients:;` is none). A broken list is never counted below what
 * nodemailer sends it to: a separator ends angle brackets left open (`a@x.ch, <b@x.ch, c@x.ch`
 * is three), and a `:` after an `@` or a `<` starts no group. nodemailer's address objects
 * (`{ name: 'Jean', address: 'jean@x.ch' }`, alone or in a list) count by their address, and
 * none without one, as nodemailer leaves such an entry out. A list in a list counts its
 * entries, as nodemailer flattens it. Addresses are not validated, and one that appears twice
 * counts twice (the safe side for a quota); any other entry counts one.
 *
 * @param message - `{ to?, cc?, bcc? }`, or `{ recipients }` (returned as is)
 * @returns the total, a non-negative integer
 * @throws {PolicyInputError} when a field is neither a list, a string, an object nor a
 *   non-negative integer, or holds lists nested more than 100 deep (a list that holds itself)
 * @example
 * ```ts
 * countRecipients({ to: ['a@example.com'], cc: ['b@example.com', 'c@example.com'], bcc: 40 }); // 43
 * countRecipients({ recipients: 99 }); // 99
 * countRecipients({ to: '"Dupont, Jean" <jean@exemple.ch>, anna@exemple.ch' }); // 2
 * countRecipients({ to: { name: 'Jean', address: 'jean@exemple.ch' }, cc: ['anna@exemple.ch'] }); // 2
 * ```
 * @see R-SEND-2, R-RCPT-1
 */
export function countRecipients(message: MessageRecipients): number {
  if (!isObject(message)) {
    throw new PolicyInputError('message', 'an object with to/cc/bcc or recipients', message);
  }
  if ('recipients' in message) {
    if (FIELDS.some((field) => field in message)) {
      throw new PolicyInputError(
        'message',
        'either a recipients count or to/cc/bcc fields, not both',
        message,
      );
    }
    return toCount(message.recipients, 'message.recipients');
  }
  let total = 0;
  for (const field of FIELDS) total += countField(message[field], `message.${field}`);
  return total;
}
