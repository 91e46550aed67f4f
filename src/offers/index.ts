export type { AddAddressResult, AddressLimitReachedIssue } from './canAddAddress.js';
export { canAddAddress } from './canAddAddress.js';
export type { Offer, OfferDataField, OfferId } from './offer.js';
export { getOffer, isOfferId, OFFER_IDS, OFFERS } from './offer.js';
export type { AddressRange } from './offers.data.js';
export { PHP_MAIL_DAILY_LIMIT } from './offers.data.js';
export type { RowSources } from './offers.sources.js';
