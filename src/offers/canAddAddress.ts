import { toCount, toObject } from '../_lib/input.js';
import { type OfferId, toOfferRow } from './ids.js';

/** The offer holds no more addresses (R-ADDR-COUNT). */
export interface AddressLimitReachedIssue {
  /** The stable code of the refusal. */
  readonly code: 'address-limit-reached';
  /** The rule that sets the limit. */
  readonly rule: 'R-ADDR-COUNT';
  /** The most addresses the offer holds. */
  readonly limit: number;
  /** Addresses it holds now. */
  readonly actual: number;
}

/** The answer of {@link canAddAddress}. */
export type AddAddressResult =
  | {
      readonly ok: true;
      /** Addresses that can still be created after this one. */
      readonly remaining: number | 'unlimited';
    }
  | { readonly ok: false; readonly issues: readonly [AddressLimitReachedIssue] };

/**
 * Whether one more address can be created in a product that holds `existingAddresses`:
 * creating an address needs a free slot in the product's address quota (R-ADDR-COUNT).
 * Mail Service Starter holds at most 1; the seed names no maximum for the other offers.
 *
 * @throws {PolicyInputError} for an unknown offer or a negative or fractional count
 * @example
 * ```ts
 * canAddAddress({ offer: 'mail-starter', existingAddresses: 0 }); // { ok: true, remaining: 0 }
 * canAddAddress({ offer: 'mail-starter', existingAddresses: 1 });
 * // { ok: false, issues: [{ code: 'address-limit-reached', rule: 'R-ADDR-COUNT', limit: 1, actual: 1 }] }
 * canAddAddress({ offer: 'mail-premium', existingAddresses: 40 }); // { ok: true, remaining: 'unlimited' }
 * ```
 * @see R-ADDR-COUNT
 */
export function canAddAddress(input: {
  readonly offer: OfferId;
  readonly existingAddresses: number;
}): AddAddressResult {
  toObject(input, 'input');
  const { max } = toOfferRow(input.offer, 'offer').addresses;
  const existing = toCount(input.existingAddresses, 'existingAddresses');
  if (max === 'unlimited') return { ok: true, remaining: 'unlimited' };
  if (existing < max) return { ok: true, remaining: max - existing - 1 };
  return {
    ok: false,
    issues: [{ code: 'address-limit-reached', rule: 'R-ADDR-COUNT', limit: max, actual: existing }],
  };
}
