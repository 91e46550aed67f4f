import { toCount } from '../_lib/input.js';
import type { MessageTooLargeIssue } from '../sending/types.js';
import { MAX_MESSAGE_BYTES } from './size.data.js';

/** The answer of {@link checkMessageSize}. */
export type MessageSizeResult =
  | {
      readonly ok: true;
      readonly sizeBytes: number;
      readonly limit: number;
      /** Bytes that could still be added. */
      readonly spareBytes: number;
    }
  | {
      readonly ok: false;
      readonly sizeBytes: number;
      readonly limit: number;
      readonly issues: readonly [MessageTooLargeIssue];
    };

/**
 * Whether a whole message (headers and encoded body) fits the limit of 210,763,776 bytes,
 * which applies to sending and receiving on every offer (R-SIZE-1). The limit is inclusive.
 *
 * @param sizeBytes - the message's size as sent, in bytes (encoded attachments included:
 *   see {@link base64EncodedLength})
 * @throws {PolicyInputError} for a negative or fractional size
 * @example
 * ```ts
 * checkMessageSize(210_763_776); // { ok: true, sizeBytes: 210763776, limit: 210763776, spareBytes: 0 }
 * checkMessageSize(210_763_777);
 * // { ok: false, sizeBytes: 210763777, limit: 210763776,
 * //   issues: [{ code: 'message-too-large', rule: 'R-SIZE-1', limit: 210763776, actual: 210763777 }] }
 * ```
 * @see R-SIZE-1
 */
export function checkMessageSize(sizeBytes: number): MessageSizeResult {
  const size = toCount(sizeBytes, 'sizeBytes');
  const limit = MAX_MESSAGE_BYTES;
  if (size <= limit) return { ok: true, sizeBytes: size, limit, spareBytes: limit - size };
  return {
    ok: false,
    sizeBytes: size,
    limit,
    issues: [{ code: 'message-too-large', rule: 'R-SIZE-1', limit, actual: size }],
  };
}
