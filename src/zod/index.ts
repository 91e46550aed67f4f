/**
 * zod 4 schemas for forms and JSON bodies: `import { localPartSchema } from
 * 'infomaniak-mail-policy/zod'`. zod is a peer dependency of this subpath only; the main entry
 * never imports it. Every schema is a Standard Schema too (react-hook-form, TanStack Form,
 * Conform…).
 *
 * Each refusal becomes a zod issue with `code: 'custom'`, the sentence in the chosen language
 * as `message`, and the library's own issue (stable `code`, `rule`, `index`…) as `params`.
 *
 * @packageDocumentation
 */
import * as z from 'zod';
import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toOptions } from '../_lib/input.js';
import { DAY_MS } from '../_lib/units.js';
import { type AddressIssue, validateAddress } from '../address/validateAddress.js';
import { validateLocalPart } from '../address/validateLocalPart.js';
import { createFormatter, type IssueFormatter } from '../i18n/createFormatter.js';
import { toLocale } from '../i18n/formatIssue.js';
import { deAddress } from '../i18n/locales/de-address.js';
import { enAddress } from '../i18n/locales/en-address.js';
import { esAddress } from '../i18n/locales/es-address.js';
import { frAddress } from '../i18n/locales/fr-address.js';
import { itAddress } from '../i18n/locales/it-address.js';
import type { AddressMessages, Locale } from '../i18n/types.js';
import { OFFER_IDS, type OfferId } from '../offers/ids.js';

/** Options of the schema factories. */
export interface SchemaOptions {
  /** Language of the messages, default `'en'`. */
  readonly locale?: Locale | undefined;
  /**
   * Messages of your own, used instead of the built-in ones (a whole `Messages` object, or an
   * address part such as `frAddress`); `locale` still sets how numbers are written. The
   * factories bundle the address messages of the five built-in languages all the same: to ship
   * one, use {@link localPartSchemaFor} and its siblings.
   */
  readonly messages?: AddressMessages | undefined;
}

/** The address messages of the five languages: what the schemas write, and nothing else. */
const ADDRESS_MESSAGES: { readonly [L in Locale]: AddressMessages } = {
  en: enAddress,
  fr: frAddress,
  de: deAddress,
  it: itAddress,
  es: esAddress,
};

function formatterFor(options: SchemaOptions | undefined): IssueFormatter<AddressIssue> {
  const { locale = 'en', messages } = toOptions(options) as SchemaOptions;
  toLocale(locale, 'options.locale');
  if (messages !== undefined && !isObject(messages)) {
    throw new PolicyInputError('options.messages', 'an object of messages or undefined', messages);
  }
  return createFormatter<AddressIssue['code']>(messages ?? ADDRESS_MESSAGES[locale], locale);
}

/** A string schema whose refusals come from `judge`, written by `format`. */
function judged(
  format: IssueFormatter<AddressIssue>,
  judge: (value: string) => { ok: true } | { ok: false; issues: readonly AddressIssue[] },
) {
  const notAString = format({
    code: 'not-a-string',
    rule: 'R-LP-2',
    index: 0,
    count: 1,
    received: 'unknown',
  });
  return z.string({ error: () => notAString }).superRefine((value, ctx) => {
    const result = judge(value);
    if (result.ok) return;
    for (const issue of result.issues) {
      ctx.addIssue({ code: 'custom', message: format(issue), params: { ...issue }, input: value });
    }
  });
}

/**
 * A schema for the local part a person wants to create (R-LP-1…5), in their language.
 *
 * @throws {PolicyInputError} for options that are not an object, an unknown `locale`, or
 *   `messages` that are not an object
 * @example
 * ```ts
 * const schema = createLocalPartSchema({ locale: 'fr' });
 * schema.safeParse('jean..dupont').error?.issues[0]?.message; // 'Deux points (..) de suite ne sont pas autorisés.'
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5
 */
export function createLocalPartSchema(options?: SchemaOptions) {
  return localPartSchemaFor(formatterFor(options));
}

/**
 * An address that can be created at the provider (`validateAddress` in `provider` mode).
 *
 * @throws {PolicyInputError} for options that are not an object, an unknown `locale`, or
 *   `messages` that are not an object
 * @example
 * ```ts
 * createProviderAddressSchema({ locale: 'de' }).safeParse('-@example.com').success; // false
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export function createProviderAddressSchema(options?: SchemaOptions) {
  return providerAddressSchemaFor(formatterFor(options));
}

/**
 * Any address of valid RFC 5321 syntax (`validateAddress` in `rfc` mode).
 *
 * @throws {PolicyInputError} for options that are not an object, an unknown `locale`, or
 *   `messages` that are not an object
 * @example
 * ```ts
 * createEmailAddressSchema().safeParse('-@example.com').success; // true
 * ```
 * @see R-LP-6
 */
export function createEmailAddressSchema(options?: SchemaOptions) {
  return emailAddressSchemaFor(formatterFor(options));
}

/** `format`, checked: the one parameter of the `…SchemaFor` functions. */
function checkedFormat(format: unknown): IssueFormatter<AddressIssue> {
  if (typeof format !== 'function') {
    throw new PolicyInputError('format', 'a function such as formatAddressIssue', format);
  }
  return format as IssueFormatter<AddressIssue>;
}

/**
 * {@link createLocalPartSchema} with its refusals written by `format`, and no built-in language
 * but the one `format` brings: with `formatAddressIssue` of `infomaniak-mail-policy/locales/fr`,
 * a French sign-up form ships the French address messages and nothing else (the factories find
 * a language by name, so they bundle the address messages of all five).
 *
 * @param format - writes an address issue: `formatAddressIssue` (or `formatIssue`) of a
 *   `locales/<lang>` subpath, or `createFormatter(yourMessages, locale)`
 * @throws {PolicyInputError} when `format` is not a function
 * @example
 * ```ts
 * import { formatAddressIssue } from 'infomaniak-mail-policy/locales/fr';
 * localPartSchemaFor(formatAddressIssue).safeParse('jean..dupont').error?.issues[0]?.message;
 * // 'Deux points (..) de suite ne sont pas autorisés.'
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5
 */
export function localPartSchemaFor(format: IssueFormatter<AddressIssue>) {
  return judged(checkedFormat(format), validateLocalPart);
}

/**
 * {@link createProviderAddressSchema} with its refusals written by `format` (see
 * {@link localPartSchemaFor}): one language in the bundle.
 *
 * @param format - writes an address issue, such as `formatAddressIssue` of `locales/de`
 * @throws {PolicyInputError} when `format` is not a function
 * @example
 * ```ts
 * import { formatAddressIssue } from 'infomaniak-mail-policy/locales/de';
 * providerAddressSchemaFor(formatAddressIssue).safeParse('-@example.com').success; // false
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export function providerAddressSchemaFor(format: IssueFormatter<AddressIssue>) {
  return judged(checkedFormat(format), validateAddress); // `provider` mode, the default
}

/**
 * {@link createEmailAddressSchema} (`rfc` mode) with its refusals written by `format` (see
 * {@link localPartSchemaFor}): one language in the bundle.
 *
 * @param format - writes an address issue, such as `formatAddressIssue` of `locales/it`
 * @throws {PolicyInputError} when `format` is not a function
 * @example
 * ```ts
 * import { formatAddressIssue } from 'infomaniak-mail-policy/locales/it';
 * emailAddressSchemaFor(formatAddressIssue).safeParse('-@example.com').success; // true
 * ```
 * @see R-LP-6
 */
export function emailAddressSchemaFor(format: IssueFormatter<AddressIssue>) {
  return judged(checkedFormat(format), (value) => validateAddress(value, { mode: 'rfc' }));
}

/**
 * {@link createLocalPartSchema} with English messages.
 *
 * @example
 * ```ts
 * localPartSchema.parse('jean.dupont'); // 'jean.dupont'
 * ```
 */
export const localPartSchema = /* @__PURE__ */ createLocalPartSchema();

/**
 * {@link createProviderAddressSchema} with English messages.
 *
 * @example
 * ```ts
 * providerAddressSchema.safeParse('jean.dupont@exemple.ch').success; // true
 * ```
 */
export const providerAddressSchema = /* @__PURE__ */ createProviderAddressSchema();

/**
 * {@link createEmailAddressSchema} with English messages.
 *
 * @example
 * ```ts
 * emailAddressSchema.safeParse('jean+news@exemple.ch').success; // true
 * ```
 */
export const emailAddressSchema = /* @__PURE__ */ createEmailAddressSchema();

/**
 * One of the offer ids.
 *
 * @example
 * ```ts
 * offerIdSchema.parse('mail-premium'); // 'mail-premium'
 * ```
 */
export const offerIdSchema = /* @__PURE__ */ z.enum(OFFER_IDS as [OfferId, ...OfferId[]]);

/**
 * The most history events a request may carry (a JSON body is not a database).
 *
 * @example
 * ```ts
 * MAX_HISTORY_EVENTS; // 100000
 * ```
 */
export const MAX_HISTORY_EVENTS = 100_000;

/**
 * The JSON form of `decideSend`'s input, for a back end that receives it from outside: dates
 * as ISO 8601 strings (with an offset) or epoch milliseconds; recipients as `decideSend` takes
 * them (addresses, nodemailer's `{ name, address }` objects, lists of them, or counts). The
 * output can be passed to `decideSend` as is (dates become `Date`s), and `decideSend` answers
 * every body it accepts without throwing: an instant must be one a `Date` holds, a send's at
 * least 24 hours before the end of that range (its window ends 24 hours after it), and a
 * date-time must make a valid `Date` (zod 4.0.0's own check lets an offset of `+99:99`
 * through). At most 100,000 history events.
 *
 * Refusals of the shape are zod's own issues (`invalid_type`, `too_small`…), with their paths;
 * where a choice failed (`offer`, `now`, an event's `at`, `message`), the issue says what was
 * expected: `Expected an ISO 8601 date-time with an offset, or epoch milliseconds`.
 *
 * @example
 * ```ts
 * const input = sendRequestSchema.parse(JSON.parse(body));
 * const decision = decideSend(input);
 * ```
 * @see R-SEND-1, R-SEND-2, R-SEND-4, R-RCPT-1, R-SIZE-1
 */
export const sendRequestSchema = /* @__PURE__ */ createSendRequestSchema();

function createSendRequestSchema() {
  // The range of instants a `Date` holds, ±8.64e15 ms around the epoch (ECMAScript's own
  // limit; `_lib/input.ts` checks against it too, but importing it would make the CommonJS
  // build's shared chunk export one more name).
  const DATE_RANGE_MS = 8.64e15;
  const count = z.number().int().min(0);
  /** A date-time (made a `Date`) or epoch milliseconds, that `decideSend` can reach `later` past. */
  const instant = (later: number) =>
    z.union(
      [
        // `z.date()` refuses the Invalid Date of a pattern laxer than ECMAScript's parser.
        z.iso
          .datetime({ offset: true })
          .transform((text) => new Date(text))
          .pipe(z.date()),
        z
          .number()
          .int()
          .min(-DATE_RANGE_MS)
          .max(DATE_RANGE_MS - later),
      ],
      { error: 'Expected an ISO 8601 date-time with an offset, or epoch milliseconds' },
    );
  // A field as `decideSend` takes it: addresses (strings, or nodemailer's `{ name, address }`),
  // a list of them, or a count.
  const entry = z.union([
    z.string(),
    z.object({ name: z.string().optional(), address: z.string().optional() }),
  ]);
  const recipients = z.union([entry, z.array(entry), count]).optional();
  return z.object({
    offer: z.union(
      [
        offerIdSchema,
        z.object({
          dailySendLimit: count,
          maxRecipientsPerMessage: count.min(1),
          maxMessageBytes: count.min(1),
        }),
      ],
      { error: 'Expected an offer id (such as ksuite-free) or a SendPolicy' },
    ),
    now: instant(0),
    history: z
      // A send's window ends 24 hours after it (SEND_WINDOW_MS).
      .array(z.object({ at: instant(DAY_MS), recipients: count, id: z.string().optional() }))
      .max(MAX_HISTORY_EVENTS),
    message: z.union(
      [
        z.strictObject({ recipients: count }),
        z.strictObject({ to: recipients, cc: recipients, bcc: recipients }),
      ],
      { error: 'Expected { recipients } or any of { to, cc, bcc }' },
    ),
    sizeBytes: count.optional(),
  });
}
