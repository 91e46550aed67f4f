import { PolicyInputError } from '../_lib/errors.js';
import { hasOwn, isObject, toOptions } from '../_lib/input.js';
import { type MessageContext, messageContext } from './context.js';
import type { FormatOptions, Issue, IssueCode, Locale, Messages } from './types.js';

/**
 * A function that writes issues in one language: see {@link createFormatter}. `I` is the
 * issues its messages cover: every {@link Issue} unless the messages are a part of a locale,
 * such as `frAddress`.
 */
export type IssueFormatter<I extends Issue = Issue> = (issue: I, options?: FormatOptions) => string;

/** @internal The most time zones a formatter keeps the formats of. */
export const MAX_CONTEXTS = 32;

/**
 * A formatter bound to one locale's messages, so that a bundle carries that language only:
 * `import { createFormatter, fr } from 'infomaniak-mail-policy'` (or the ready-made
 * `formatIssue` of `infomaniak-mail-policy/locales/fr`) ships French and nothing else. Given a
 * part of a locale, such as `frAddress` (the address issues' messages, what a sign-up form
 * shows), it ships that part alone and accepts only the issues it covers.
 *
 * @param messages - one locale's messages (`en`, `fr`, `de`, `it`, `es`, their address part
 *   `enAddress`…`esAddress`, or your own: the type makes a missing code a compile error)
 * @param locale - the BCP 47 tag used for numbers and dates
 * @throws {PolicyInputError} (from the returned function) for an object that is not an issue,
 *   an issue whose code the messages do not cover, or options that are not an object or name a
 *   time zone `Intl` does not know
 * @example
 * ```ts
 * const format = createFormatter(fr, 'fr');
 * const result = validateLocalPart('jean..dupont');
 * if (!result.ok) result.issues.map((issue) => format(issue));
 * // ['Deux points (..) de suite ne sont pas autorisés.']
 * createFormatter(frAddress, 'fr'); // takes address issues only
 * ```
 */
export function createFormatter<C extends IssueCode>(
  messages: { readonly [K in C]: Messages[K] },
  locale: Locale,
): IssueFormatter<Extract<Issue, { code: C }>> {
  // One context per time zone asked for, so that its `Intl` formats are made once. `Intl` takes
  // a zone in any case (`utc`, `eUrOpE/zUrIcH`), so the names a caller passes are unbounded: the
  // map starts over past a few dozen.
  const contexts = new Map<string | undefined, MessageContext>();
  return (issue, options) => {
    if (!isObject(issue) || !hasOwn(messages, issue.code)) {
      throw new PolicyInputError('issue', 'an issue whose code these messages cover', issue);
    }
    const message = messages[issue.code as C] as (issue: Issue, format: MessageContext) => string;
    const { timeZone } = toOptions(options) as FormatOptions;
    let context = contexts.get(timeZone);
    if (context === undefined) {
      context = messageContext(locale, timeZone);
      if (contexts.size >= MAX_CONTEXTS) contexts.clear();
      contexts.set(timeZone, context);
    }
    return message(issue, context);
  };
}
