/**
 * The fr messages on their own: `import { formatIssue } from 'infomaniak-mail-policy/locales/fr'`
 * ships this language and no other; `formatAddressIssue` ships only its address messages, for a
 * sign-up form.
 *
 * @packageDocumentation
 */
import type { AddressIssue } from '../address/validateAddress.js';
import { createFormatter, type IssueFormatter } from '../i18n/createFormatter.js';
import { fr } from '../i18n/locales/fr.js';
import { frAddress } from '../i18n/locales/fr-address.js';

export type { AddressIssue } from '../address/validateAddress.js';
export type { IssueFormatter } from '../i18n/createFormatter.js';
export type { AddressMessages, FormatOptions, Issue, Messages } from '../i18n/types.js';

/**
 * This locale's messages, one function per issue code.
 *
 * @example
 * ```ts
 * Object.keys(messages).length; // one per issue code
 * ```
 */
export const messages = fr;

/**
 * This locale's messages for the address issues alone (R-LP-1…6): a part of `messages`, the
 * same functions, for a bundle that shows address issues and nothing else.
 *
 * @example
 * ```ts
 * addressMessages['trailing-dot'] === messages['trailing-dot']; // true
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const addressMessages = frAddress;

/**
 * Writes an issue in this locale (dates in Europe/Zurich time unless `timeZone` says otherwise).
 *
 * @example
 * ```ts
 * formatIssue({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const formatIssue: IssueFormatter = /* @__PURE__ */ createFormatter(fr, 'fr');

/**
 * Writes an address issue (from `validateLocalPart`, `validateLocalPartPrefix` or
 * `validateAddress`) in this locale, shipping the address messages alone. Another issue is a
 * type error, and throws `PolicyInputError` at run time.
 *
 * @example
 * ```ts
 * const result = validateAddress('jean.@exemple.ch');
 * if (!result.ok) result.issues.map((issue) => formatAddressIssue(issue));
 * // ['Le nom ne peut pas se terminer par un point (.).']
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const formatAddressIssue: IssueFormatter<AddressIssue> = /* @__PURE__ */ createFormatter(
  frAddress,
  'fr',
);
