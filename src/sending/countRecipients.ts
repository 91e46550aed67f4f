import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toCount } from '../_lib/input.js';
import type { MessageRecipients } from './types.js';

const FIELDS = ['to', 'cc', 'bcc'] as const;

function countField(value: unknown, parameter: string): number {
  if (value === undefined) return 0;
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'number') return toCount(value, parameter);
  throw new PolicyInputError(parameter, 'an array of addresses or a count', value);
}

/**
 * The number of recipients of a message, To, Cc and Bcc together: the weight the message has
 * towards the daily send limit (R-SEND-2: "1 mensaje enviado a 2, 42 o 99 personas en CC/Cco
 * se cuenta como 2, 42 y 99 mensajes").
 *
 * Each field is a list of addresses or a count. Entries are counted as given: an address
 * that appears twice counts twice (the safe side for a quota; the library does not parse
 * addresses here).
 *
 * @param message - `{ to?, cc?, bcc? }`, or `{ recipients }` (returned as is)
 * @returns the total, a non-negative integer
 * @throws {PolicyInputError} when a field is neither an array nor a non-negative integer
 * @example
 * ```ts
 * countRecipients({ to: ['a@example.com'], cc: ['b@example.com', 'c@example.com'], bcc: 40 }); // 43
 * countRecipients({ recipients: 99 }); // 99
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
