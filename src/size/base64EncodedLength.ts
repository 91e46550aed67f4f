import { toCount, toOptions } from '../_lib/input.js';
import { BASE64_LINE_LENGTH } from './size.data.js';

/** Options of {@link base64EncodedLength}. */
export interface Base64Options {
  /**
   * Characters per encoded line before a CRLF, or `false` for one unbroken line.
   * Default: 76 (RFC 2045 §6.8).
   */
  readonly lineLength?: number | false | undefined;
}

/** @internal Reads {@link Base64Options.lineLength}: 0 means unwrapped. */
export function readLineLength(options: unknown): number {
  const { lineLength } = toOptions(options);
  if (lineLength === undefined) return BASE64_LINE_LENGTH;
  if (lineLength === false) return 0;
  return toCount(lineLength, 'options.lineLength', 1);
}

/** @internal The encoded length for a checked line length (0: unwrapped). */
export function encodedLength(rawBytes: number, lineLength: number): number {
  const chars = Math.ceil(rawBytes / 3) * 4;
  if (lineLength === 0 || chars === 0) return chars;
  return chars + (Math.ceil(chars / lineLength) - 1) * 2;
}

/**
 * The size of `rawBytes` of data once base64-encoded, as attachments usually are (R-SIZE-2):
 * 4 characters per 3 bytes (the last group padded), in lines of 76 characters separated by
 * CRLF (RFC 2045). Breaks are counted between lines: the CRLF that ends the last line belongs
 * to the MIME structure around the part.
 *
 * @param rawBytes - the file's size on disk, a non-negative integer
 * @param options - `lineLength`: characters per line, or `false` for no line breaks
 * @returns the encoded size in bytes (base64 output is ASCII: one byte per character)
 * @throws {PolicyInputError} for a negative or fractional size, or a line length below 1
 * @example
 * ```ts
 * base64EncodedLength(57);      // 76 (one full line, no break)
 * base64EncodedLength(58);      // 82 (76 + CRLF + 4)
 * base64EncodedLength(1_000_000);                       // 1_368_422
 * base64EncodedLength(1_000_000, { lineLength: false }); // 1_333_336
 * ```
 * @see R-SIZE-2
 */
export function base64EncodedLength(rawBytes: number, options?: Base64Options): number {
  return encodedLength(toCount(rawBytes, 'rawBytes'), readLineLength(options));
}
