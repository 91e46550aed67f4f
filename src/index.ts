/**
 * infomaniak-mail-policy: the public mail-service policy of Infomaniak as typed data and pure
 * functions, every figure tied to a rule id of the project's `SPEC.md`.
 *
 * @packageDocumentation
 */
export { PolicyInputError } from './_lib/errors.js';
export type { Instant } from './_lib/input.js';
export type { RuleId, Source } from './_lib/provenance.js';
export * from './account/index.js';
export * from './address/index.js';
export * from './connection/index.js';
export * from './i18n/index.js';
export * from './offers/index.js';
export * from './retention/index.js';
export * from './sending/index.js';
export * from './size/index.js';
export * from './storage/index.js';
