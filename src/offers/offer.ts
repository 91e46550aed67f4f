import type { Source } from '../_lib/provenance.js';
import { type OfferId, toOfferRow } from './ids.js';
import { type AddressRange, COMMON_LIMITS, OFFER_ROWS } from './offers.data.js';
import { COMMON_SOURCES, OFFER_SOURCES, type RowSources } from './offers.sources.js';

export type { OfferId } from './ids.js';
export { isOfferId, OFFER_IDS } from './ids.js';

/**
 * One offer's mail limits, every figure tied to its rule id in {@link Offer.sources}.
 * Units are in the field names; "unlimited" is the string `'unlimited'`, which survives
 * `JSON.stringify`.
 */
export interface Offer {
  /** Our stable id for the offer. */
  readonly id: OfferId;
  /** English display name, for example `'kSuite Standard'`. */
  readonly name: string;
  /** The name in the seed (the provider's Spanish knowledge base). */
  readonly seedName: string;
  /** The product family: kSuite, my kSuite, or the Mail Service. */
  readonly family: 'ksuite' | 'my-ksuite' | 'mail-service';
  /** Whether the offer is paid. Only paid addresses can get a per-address override (R-SEND-4). */
  readonly paid: boolean;
  /** R-SEND-1: messages per rolling 24 h per address (a message to N people counts N): 500 or 1440. */
  readonly dailySendLimit: number;
  /** R-RCPT-1: recipients per message, To, Cc and Bcc together: 100 on every offer. */
  readonly maxRecipientsPerMessage: number;
  /** R-SIZE-1: bytes per message, headers and body: 210,763,776 (201 MiB) on every offer. */
  readonly maxMessageBytes: number;
  /** R-STOR-1: mailbox storage in bytes (20 GiB), or `'unlimited'`. */
  readonly storageBytes: number | 'unlimited';
  /** R-RET-2: days a message stays in the trash or spam folder before it is purged: 30. */
  readonly trashRetentionDays: number;
  /** R-BKP-2: days of daily backups a user can restore from: 30, or 0 where there are none. */
  readonly backupRetentionDays: number;
  /** R-ADDR-COUNT: how many addresses the offer holds. */
  readonly addresses: AddressRange;
  /** Where each figure comes from: rule id, seed lines, the seed's words, our interpretation. */
  readonly sources: { readonly [K in OfferDataField]: Source };
}

/** The fields of {@link Offer} that carry a figure of the policy (each has a source). */
export type OfferDataField =
  | 'paid'
  | 'dailySendLimit'
  | 'maxRecipientsPerMessage'
  | 'maxMessageBytes'
  | 'storageBytes'
  | 'trashRetentionDays'
  | 'backupRetentionDays'
  | 'addresses';

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

function buildOffer(row: (typeof OFFER_ROWS)[number]): Offer {
  const sources: RowSources = OFFER_SOURCES[row.id];
  return {
    id: row.id,
    name: row.name,
    seedName: row.seedName,
    family: row.family,
    paid: row.paid,
    dailySendLimit: row.dailySendLimit,
    maxRecipientsPerMessage: COMMON_LIMITS.maxRecipientsPerMessage,
    maxMessageBytes: COMMON_LIMITS.maxMessageBytes,
    storageBytes: row.storageBytes,
    trashRetentionDays: COMMON_LIMITS.trashRetentionDays,
    backupRetentionDays: row.backupRetentionDays,
    addresses: row.addresses,
    sources: { ...sources, ...COMMON_SOURCES },
  };
}

/**
 * The offer matrix, keyed by {@link OfferId}. Deeply frozen; a null-prototype object, so
 * `OFFERS['__proto__']` is `undefined`.
 *
 * @example
 * ```ts
 * OFFERS['mail-premium'].dailySendLimit;   // 1440
 * OFFERS['ksuite-free'].storageBytes;      // 21474836480 (20 GiB)
 * OFFERS['ksuite-standard'].storageBytes;  // 'unlimited'
 * OFFERS['my-ksuite'].sources.dailySendLimit.rule; // 'R-SEND-1'
 * ```
 * @see R-SEND-1, R-RCPT-1, R-SIZE-1, R-STOR-1, R-BKP-2, R-ADDR-COUNT
 */
export const OFFERS: { readonly [K in OfferId]: Offer } = /* @__PURE__ */ buildOffers();

function buildOffers(): { readonly [K in OfferId]: Offer } {
  const offers = Object.create(null) as Record<OfferId, Offer>;
  for (const row of OFFER_ROWS) offers[row.id] = buildOffer(row);
  return freezeDeep(offers);
}

/**
 * The offer with the given id.
 *
 * @param id - one of {@link OFFER_IDS}
 * @returns the frozen {@link Offer}
 * @throws {PolicyInputError} when `id` is not an offer id (the message lists the valid ids)
 * @example
 * ```ts
 * getOffer('ksuite-free').dailySendLimit; // 500
 * getOffer('nope'); // throws PolicyInputError: id: expected one of "ksuite-free", …
 * ```
 * @see R-SEND-1
 */
export function getOffer(id: string): Offer {
  return OFFERS[toOfferRow(id, 'id').id];
}
