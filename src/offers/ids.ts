import { PolicyInputError } from '../_lib/errors.js';
import { OFFER_ROWS } from './offers.data.js';

/**
 * The id of an offer, derived from the data table.
 *
 * `'ksuite-free' | 'ksuite-standard' | 'ksuite-business' | 'ksuite-enterprise' | 'my-ksuite'
 * | 'my-ksuite-plus' | 'mail-starter' | 'mail-premium'`
 */
export type OfferId = (typeof OFFER_ROWS)[number]['id'];

/**
 * Every offer id, in the seed's order (kSuite, my kSuite, Mail Service; free before paid).
 *
 * @example
 * ```ts
 * OFFER_IDS.length; // 8
 * OFFER_IDS[0];     // 'ksuite-free'
 * ```
 * @see R-SEND-1, R-STOR-1, R-BKP-2
 */
export const OFFER_IDS: readonly OfferId[] = /* @__PURE__ */ listIds();

function listIds(): readonly OfferId[] {
  return Object.freeze(OFFER_ROWS.map((row) => row.id));
}

/**
 * Whether `value` is one of the {@link OFFER_IDS}. Never reaches `Object.prototype`:
 * `isOfferId('__proto__')` and `isOfferId('toString')` are `false`.
 *
 * @example
 * ```ts
 * isOfferId('my-ksuite'); // true
 * isOfferId('premium');   // false
 * ```
 */
export function isOfferId(value: unknown): value is OfferId {
  return OFFER_ROWS.some((row) => row.id === value);
}

/**
 * @internal The figures of the offer named by `value` (no provenance: small bundles), or a
 * {@link PolicyInputError} naming `parameter` and listing the valid ids.
 */
export function toOfferRow(
  value: unknown,
  parameter: string,
  alternative = '',
): (typeof OFFER_ROWS)[number] {
  const row = OFFER_ROWS.find((candidate) => candidate.id === value);
  if (row === undefined) {
    const ids = OFFER_ROWS.map((candidate) => JSON.stringify(candidate.id)).join(', ');
    throw new PolicyInputError(parameter, `one of ${ids}${alternative}`, value);
  }
  return row;
}
