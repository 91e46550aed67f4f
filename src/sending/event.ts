import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toCount, toEpochMs } from '../_lib/input.js';
import { SEND_WINDOW_MS } from './window.js';

/**
 * @internal Validates one send event and returns `[at ms, recipients, id?]`. `path(field)`
 * names the event (no field) or one of its fields in error messages; it is called only when
 * an error is thrown.
 */
export function readEvent(
  event: unknown,
  path: (field?: string) => string,
): [at: number, recipients: number, id: string | undefined] {
  if (!isObject(event)) throw new PolicyInputError(path(), 'a { at, recipients } object', event);
  // A send counts for 24 hours: their end must be an instant a Date holds (for `retryAt`).
  const at = toEpochMs(event.at, () => path('at'), SEND_WINDOW_MS);
  const recipients = toCount(event.recipients, () => path('recipients'));
  const { id } = event;
  if (id !== undefined && typeof id !== 'string') {
    throw new PolicyInputError(path('id'), 'a string or undefined', id);
  }
  return [at, recipients, id];
}
