import { PolicyInputError } from '../_lib/errors.js';
import { textsFor } from '../_lib/input.js';
import { createFormatter, type IssueFormatter } from './createFormatter.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { it } from './locales/it.js';
import { LOCALES } from './matchLocale.js';
import type { FormatOptions, Issue, Locale, Messages } from './types.js';

/**
 * The messages of every locale, keyed by {@link Locale}.
 *
 * @example
 * ```ts
 * Object.keys(MESSAGES); // ['en', 'fr', 'de', 'it', 'es']
 * ```
 */
export const MESSAGES: { readonly [L in Locale]: Messages } = /* @__PURE__ */ Object.freeze({
  en,
  fr,
  de,
  it,
  es,
});

/** @internal `value` as a {@link Locale}, or a {@link PolicyInputError} naming `parameter`. */
export function toLocale(value: unknown, parameter: string): Locale {
  // LOCALES, not MESSAGES: a bundle that checks a locale need not carry every message.
  if (!LOCALES.includes(value as Locale)) {
    throw new PolicyInputError(parameter, `one of ${LOCALES.join(', ')}`, value);
  }
  return value as Locale;
}

/** One formatter per locale, made on first use, so that its `Intl` formats are made once. */
const FORMATTERS: { [L in Locale]?: IssueFormatter } = {};

/**
 * Turns an issue into a sentence for a person, in `en`, `fr`, `de`, `it` or `es`. Issues carry
 * codes and parameters, never English text: this is where the words come from. Dates (such as
 * a `retryAt`) are shown in the provider's time zone, Europe/Zurich, unless `timeZone` says
 * otherwise.
 *
 * @param issue - any issue the library returned
 * @param locale - default `'en'`
 * @throws {PolicyInputError} for an unknown locale, an object that is not an issue, or options
 *   that are not an object or name a time zone `Intl` does not know
 * @example
 * ```ts
 * formatIssue({ code: 'too-many-recipients', rule: 'R-RCPT-1', limit: 100, actual: 150,
 *   suggestion: { code: 'use-newsletter-tool', rule: 'R-SEND-5' } }, 'fr');
 * // 'Ce message compte 150 destinataires ; la limite est de 100 par message (À, Cc et Cci
 * //  confondus). Pour un envoi de masse, utilisez plutôt l’outil Newsletter.'
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale = 'en', options?: FormatOptions): string {
  const messages = textsFor(MESSAGES, locale);
  let format = FORMATTERS[locale];
  if (format === undefined) {
    format = createFormatter(messages, locale);
    FORMATTERS[locale] = format;
  }
  return format(issue, options);
}
