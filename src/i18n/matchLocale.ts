import { PolicyInputError } from '../_lib/errors.js';
import type { Locale } from './types.js';

/**
 * The supported locales, English first.
 * @example
 * ```ts
 * LOCALES; // ['en', 'fr', 'de', 'it', 'es']
 * ```
 */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ Object.freeze([
  'en',
  'fr',
  'de',
  'it',
  'es',
]);

/** Swiss German and Luxembourgish, which CLDR's language matching reads as German (distance 4). */
const GERMAN_VARIANTS = ['gsw', 'lb'];

/**
 * Languages whose speakers nearly all read one of the five, from CLDR's language matching
 * (supplemental languageInfo.xml, distance 20): Romansh → German; Catalan, Galician, Basque →
 * Spanish; Occitan, Corsican, Breton → French.
 */
const NEAR: Readonly<Record<string, Locale>> = {
  rm: 'de',
  ca: 'es',
  gl: 'es',
  eu: 'es',
  oc: 'fr',
  co: 'fr',
  br: 'fr',
};

/**
 * The locale of the library's messages that best fits a person's languages: BCP 47 tags in
 * order of preference, as `navigator.languages` lists them, or an HTTP `Accept-Language`
 * header (`fr-CH, fr;q=0.9, en;q=0.8`, read by its weights; `q=0` is "not this one", and a
 * weight that is no number from 0 to 1, such as `q=` or `q=2`, counts as none given). A tag
 * matches by its language, whatever its region or script, in any case: `fr-CH`, `de_CH` and
 * `IT` give `fr`, `de` and `it`, and Swiss German (`gsw`) and Luxembourgish (`lb`) give `de`, as
 * CLDR's language matching reads them. The first that matches wins. When none does, a language
 * whose speakers nearly all read one of the five gives that one, as CLDR pairs them: Romansh
 * `de`; Catalan, Galician and Basque `es`; Occitan, Corsican and Breton `fr` (`['rm']` gives
 * `de`, `['rm', 'en']` gives `en`). Then `fallback` (`'en'` by default, or `null` to tell). The
 * preferences are user data: anything that is not a string or a list of strings is no
 * preference, and never throws.
 *
 * @param preferences - tags in order of preference, or an `Accept-Language` header
 * @param fallback - the answer when no tag matches: a locale (default `'en'`) or `null`
 * @throws {PolicyInputError} for a fallback that is neither a supported locale nor `null`
 * @example
 * ```ts
 * matchLocale(['de-CH', 'en-GB']);               // 'de'
 * matchLocale('pt-BR, fr;q=0.8, en;q=0.5');      // 'fr'
 * matchLocale('pt-BR');                          // 'en'
 * matchLocale('pt-BR', null);                    // null
 * matchLocale(['gsw-CH', 'en']);                 // 'de'
 * matchLocale('rm-CH');                          // 'de'
 * ```
 */
export function matchLocale(preferences: unknown, fallback?: Locale): Locale;
export function matchLocale(preferences: unknown, fallback: Locale | null): Locale | null;
export function matchLocale(preferences: unknown, fallback: Locale | null = 'en'): Locale | null {
  if (fallback !== null && !LOCALES.includes(fallback)) {
    throw new PolicyInputError('fallback', `one of ${LOCALES.join(', ')}, or null`, fallback);
  }
  const entries = typeof preferences === 'string' ? preferences.split(',') : preferences;
  const ranked: { readonly language: string; readonly weight: number }[] = [];
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (typeof entry !== 'string') continue;
    const [tag, ...parameters] = entry.split(';') as [string, ...string[]]; // never empty
    const q = parameters.find((parameter) => parameter.trim().toLowerCase().startsWith('q='));
    const value = q?.trim().slice(2);
    // A weight is a number from 0 to 1 (RFC 9110); any other (`q=`, `q=2`, `q=-1`, `q=x`)
    // counts as none given (`Number('')` would be 0). `q=0` is refused.
    const number = Number(value);
    const weight = value && number >= 0 && number <= 1 ? number : 1;
    if (weight === 0) continue;
    const language = tag.trim().toLowerCase().replace('_', '-').split('-')[0] as string;
    ranked.push({ language: GERMAN_VARIANTS.includes(language) ? 'de' : language, weight });
  }
  ranked.sort((a, b) => b.weight - a.weight); // stable: equal weights keep their order
  for (const { language } of ranked) {
    const locale = LOCALES.find((candidate) => candidate === language);
    if (locale !== undefined) return locale;
  }
  // `Object.hasOwn`: a tag `constructor` or `__proto__` is no language of the table.
  for (const { language } of ranked)
    if (Object.hasOwn(NEAR, language)) return NEAR[language] as Locale;
  return fallback;
}
