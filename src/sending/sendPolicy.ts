import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toCount } from '../_lib/input.js';
import { type OfferId, toOfferRow } from '../offers/ids.js';
import { COMMON_LIMITS } from '../offers/offers.data.js';
import type { SendPolicy } from './types.js';

/** @internal Reads `offer` (an id or explicit limits) as a checked {@link SendPolicy}. */
export function resolvePolicy(offer: unknown, parameter = 'offer'): SendPolicy {
  if (typeof offer === 'string') {
    return {
      dailySendLimit: toOfferRow(offer, parameter, ', or a SendPolicy').dailySendLimit,
      maxRecipientsPerMessage: COMMON_LIMITS.maxRecipientsPerMessage,
      maxMessageBytes: COMMON_LIMITS.maxMessageBytes,
    };
  }
  if (!isObject(offer)) {
    throw new PolicyInputError(parameter, 'an offer id or a SendPolicy object', offer);
  }
  return {
    dailySendLimit: toCount(offer.dailySendLimit, `${parameter}.dailySendLimit`),
    maxRecipientsPerMessage: toCount(
      offer.maxRecipientsPerMessage,
      `${parameter}.maxRecipientsPerMessage`,
      1,
    ),
    maxMessageBytes: toCount(offer.maxMessageBytes, `${parameter}.maxMessageBytes`, 1),
  };
}

/**
 * The send limits of an offer, optionally changed for one address. The provider may change
 * the limits of one specific *paid* address on a written, motivated and authenticated request
 * (R-SEND-4); overriding a free offer's limits is refused.
 *
 * @param offer - an offer id
 * @param overrides - the limits the provider granted to this address
 * @returns a frozen {@link SendPolicy} to pass to `decideSend`
 * @throws {PolicyInputError} for an unknown offer, an override on a free offer, or a limit
 *   that is not a non-negative integer
 * @example
 * ```ts
 * sendPolicyFor('ksuite-business', { dailySendLimit: 5000 });
 * // { dailySendLimit: 5000, maxRecipientsPerMessage: 100, maxMessageBytes: 210763776 }
 * sendPolicyFor('ksuite-free', { dailySendLimit: 5000 }); // throws: free offers cannot be overridden
 * ```
 * @see R-SEND-4
 */
export function sendPolicyFor(offer: OfferId, overrides: Partial<SendPolicy> = {}): SendPolicy {
  const base = resolvePolicy(offer);
  if (!isObject(overrides)) {
    throw new PolicyInputError('overrides', 'an object of SendPolicy fields', overrides);
  }
  if (Object.keys(overrides).length > 0 && !toOfferRow(offer, 'offer').paid) {
    throw new PolicyInputError(
      'overrides',
      `no override: ${offer} is a free offer, and only paid addresses can have their limits changed (R-SEND-4)`,
      overrides,
    );
  }
  return Object.freeze(resolvePolicy({ ...base, ...overrides }, 'overrides'));
}
