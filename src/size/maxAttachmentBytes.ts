import { isObject, toCount } from '../_lib/input.js';
import { type Base64Options, encodedLength, readLineLength } from './base64EncodedLength.js';
import { MAX_MESSAGE_BYTES } from './size.data.js';

/** Options of {@link maxAttachmentBytes}. */
export interface MaxAttachmentOptions extends Base64Options {
  /**
   * Bytes of the message besides the encoded file: headers, text and HTML parts, MIME part
   * headers and boundaries. Default 0.
   */
  readonly otherBytes?: number | undefined;
}

/**
 * The largest file, in raw bytes, that still fits in one message of 210,763,776 bytes once
 * base64-encoded (R-SIZE-1, R-SIZE-2), next to `otherBytes` of other content. Tight: one more
 * byte would not fit. 0 when even an empty file would not fit.
 *
 * @param options - `otherBytes` (default 0) and `lineLength` (default 76, `false`: unwrapped)
 * @returns raw bytes, a non-negative integer
 * @throws {PolicyInputError} for a negative or fractional `otherBytes`, or a bad line length
 * @example
 * ```ts
 * maxAttachmentBytes();                       // 154_019_682 (about 146.9 MiB)
 * maxAttachmentBytes({ otherBytes: 50_000 }); // 153_983_145
 * ```
 * @see R-SIZE-1, R-SIZE-2
 */
export function maxAttachmentBytes(options?: MaxAttachmentOptions): number {
  const lineLength = readLineLength(options);
  const other =
    isObject(options) && options.otherBytes !== undefined
      ? toCount(options.otherBytes, 'options.otherBytes')
      : 0;
  const budget = MAX_MESSAGE_BYTES - other;
  // encodedLength is non-decreasing and ≥ 4n/3: the answer lies in [0, ⌊3·budget/4⌋]
  // (a negative budget leaves the loop at once, with 0).
  let low = 0;
  let high = Math.floor((budget * 3) / 4);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encodedLength(mid, lineLength) <= budget) low = mid;
    else high = mid - 1;
  }
  return low;
}
