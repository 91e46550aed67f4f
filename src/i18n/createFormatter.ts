import { PolicyInputError } from '../_lib/errors.js';
import { hasOwn, isObject } from '../_lib/input.js';
import { type MessageContext, messageContext } from './context.js';
import type { FormatOptions, Issue, Locale, Messages } from './types.js';

/** A function that writes issues in one language: see {@link createFormatter}. */
export type IssueFormatter = (issue: Issue, options?: FormatOptions) => string;

/**
 * A formatter bound to one locale's messages, so that a bundle carries that language only:
 * `import { createFormatter, fr } from 'infomaniak-mail-policy'` (or the ready-made
 * `formatIssue` of `infomaniak-mail-policy/locales/fr`) ships French and nothing else.
 *
 * @param messages - one locale's messages (`en`, `fr`, `de`, `it`, `es`, or your own
 *   `Messages` object: the type makes a missing code a compile error)
 * @param locale - the BCP 47 tag used for numbers and dates
 * @throws {PolicyInputError} (from the returned function) for an object that is not an issue
 * @example
 * ```ts
 * const format = createFormatter(fr, 'fr');
 * const result = validateLocalPart('jean..dupont');
 * if (!result.ok) result.issues.map((issue) => format(issue));
 * // ['Deux points de suite ne sont pas autorisés.']
 * ```
 */
export function createFormatter(messages: Messages, locale: Locale): IssueFormatter {
  let context: MessageContext | undefined;
  return (issue, options) => {
    if (!isObject(issue) || !hasOwn(messages, issue.code)) {
      throw new PolicyInputError('issue', 'an issue object returned by this library', issue);
    }
    const message = messages[issue.code] as (issue: Issue, format: MessageContext) => string;
    if (options !== undefined) return message(issue, messageContext(locale, options));
    context ??= messageContext(locale);
    return message(issue, context);
  };
}
