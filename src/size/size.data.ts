import type { Source } from '../_lib/provenance.js';
import { MESSAGE_BYTES_LIMIT } from '../offers/offers.data.js';

/**
 * R-SIZE-1: the largest message, sent or received, in bytes: 210,763,776 ("201 Mo exactos"),
 * headers and body (text, HTML, attachments…) included, whatever the way it is sent.
 *
 * @example
 * ```ts
 * MAX_MESSAGE_BYTES === 201 * 1024 * 1024; // true
 * ```
 * @see R-SIZE-1
 */
export const MAX_MESSAGE_BYTES = MESSAGE_BYTES_LIMIT;

/**
 * RFC 2045 §6.8: base64 lines are at most 76 characters, each break a CRLF; the default of
 * `base64EncodedLength`.
 *
 * @example
 * ```ts
 * BASE64_LINE_LENGTH; // 76
 * ```
 * @see R-SIZE-2
 */
export const BASE64_LINE_LENGTH = 76;

/** How the webmail carries a file of a given size (R-SIZE-3). */
export type AttachmentDelivery =
  | 'attachment'
  | 'swisstransfer-link'
  | 'swisstransfer'
  | 'too-large';

/** One tier of R-SIZE-3: files up to `maxBytes` (inclusive) are carried as `delivery`. */
export interface AttachmentTier {
  /** How the webmail sends attachments up to this size. */
  readonly delivery: Exclude<AttachmentDelivery, 'too-large'>;
  /** The largest total attachment size of the tier, inclusive. */
  readonly maxBytes: number;
  /** Where the provider says so (seed lines and words). */
  readonly source: Source;
}

/**
 * R-SIZE-3: how the provider's webmail carries a file, by size. Boundaries are inclusive: a
 * file of exactly 25 MiB is still an attachment. Above the last tier: `'too-large'`.
 *
 * @example
 * ```ts
 * ATTACHMENT_TIERS.map((tier) => [tier.delivery, tier.maxBytes]);
 * // [['attachment', 26214400], ['swisstransfer-link', 3221225472], ['swisstransfer', 53687091200]]
 * ```
 * @see R-SIZE-3
 */
export const ATTACHMENT_TIERS = [
  {
    delivery: 'attachment',
    maxBytes: 26_214_400, // 25 MiB
    source: {
      rule: 'R-SIZE-3',
      seedLines: [363, 363],
      quote: 'el límite de tamaño de los archivos adjuntos es de 25 Mo',
    },
  },
  {
    delivery: 'swisstransfer-link',
    maxBytes: 3_221_225_472, // 3 GiB
    source: {
      rule: 'R-SIZE-3',
      seedLines: [364, 364],
      quote:
        'Más allá y dentro de un límite de 3 Go, se genera y se integra en su mensaje un enlace SwissTransfer',
    },
  },
  {
    delivery: 'swisstransfer',
    maxBytes: 53_687_091_200, // 50 GiB
    source: {
      rule: 'R-SIZE-3',
      seedLines: [365, 365],
      quote: 'Más allá de 3 Go (y hasta 50 Go), se recomienda utilizar directamente SwissTransfer',
    },
  },
] as const satisfies readonly AttachmentTier[];
