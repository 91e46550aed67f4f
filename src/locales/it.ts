/**
 * The it messages on their own: `import { formatIssue } from 'infomaniak-mail-policy/locales/it'`
 * ships this language and no other.
 *
 * @packageDocumentation
 */
import { createFormatter } from '../i18n/createFormatter.js';
import { it } from '../i18n/locales/it.js';

export type { FormatOptions, Issue, Messages } from '../i18n/types.js';

/**
 * This locale's messages, one function per issue code.
 *
 * @example
 * ```ts
 * Object.keys(messages).length; // one per issue code
 * ```
 */
export const messages = it;

/**
 * Writes an issue in this locale (dates in Europe/Zurich time unless `timeZone` says otherwise).
 *
 * @example
 * ```ts
 * formatIssue({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const formatIssue = /* @__PURE__ */ createFormatter(it, 'it');
