import { toCount } from '../_lib/input.js';
import { ATTACHMENT_TIERS, type AttachmentDelivery } from './size.data.js';

/**
 * How the provider's webmail carries a file of `rawBytes` (R-SIZE-3):
 * up to 25 MiB as an `'attachment'`; up to 3 GiB as a `'swisstransfer-link'` generated and put
 * in the message; up to 50 GiB the provider recommends sending it with `'swisstransfer'`
 * directly; above that, `'too-large'`. Every boundary is inclusive.
 *
 * @param rawBytes - the file's size on disk
 * @throws {PolicyInputError} for a negative or fractional size
 * @example
 * ```ts
 * attachmentDelivery(25 * 1024 ** 2);     // 'attachment'
 * attachmentDelivery(25 * 1024 ** 2 + 1); // 'swisstransfer-link'
 * attachmentDelivery(4 * 1024 ** 3);      // 'swisstransfer'
 * attachmentDelivery(51 * 1024 ** 3);     // 'too-large'
 * ```
 * @see R-SIZE-3
 */
export function attachmentDelivery(rawBytes: number): AttachmentDelivery {
  const size = toCount(rawBytes, 'rawBytes');
  for (const tier of ATTACHMENT_TIERS) if (size <= tier.maxBytes) return tier.delivery;
  return 'too-large';
}
