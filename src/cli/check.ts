import { UNSEEN_CHAR, WIDE_CHAR, ZERO_WIDTH_CHAR } from '../_lib/regexes.js';
import { unwrapCopiedAddress } from '../address/copied.js';
import { suggestLocalPart } from '../address/suggestLocalPart.js';
import type { AddressIssue } from '../address/validateAddress.js';
import { parseAddress, validateAddress } from '../address/validateAddress.js';
import { validateLocalPart } from '../address/validateLocalPart.js';
import { formatIssue } from '../i18n/formatIssue.js';
import type { Locale } from '../i18n/types.js';
import { type CliIo, EXIT, paint } from './common.js';

/** What `check` prints in place of a character a terminal would not show. */
function visible(char: string): string {
  return UNSEEN_CHAR.test(char) ? '?' : char;
}

/** The columns a terminal gives a character as `check` prints it. */
function columns(char: string): number {
  return ZERO_WIDTH_CHAR.test(char) ? 0 : WIDE_CHAR.test(char) ? 2 : 1;
}

/**
 * The value with a caret under the code point at UTF-16 `index`, counted in the columns a
 * terminal draws: two for a wide character (`日`, `ｅ`, an emoji), none for a combining mark,
 * whose caret goes under the letter it is drawn on.
 */
function caret(value: string, index: number): string {
  const shown = [...value].map(visible);
  let column = 0;
  let letter = 0; // where the last character with a column of its own starts
  let at = 0;
  for (const [position, char] of [...value].entries()) {
    const width = columns(shown[position] as string);
    if (at >= index) {
      if (width === 0) column = letter;
      break;
    }
    if (width > 0) letter = column;
    column += width;
    at += char.length;
  }
  return `  ${shown.join('')}\n  ${' '.repeat(column)}^`;
}

/**
 * A fix: the local part suggested by `suggestLocalPart`, and the domain as typed but for the
 * white space around it and the characters nobody sees (a pasted address often brings them);
 * `null` when that is not a creatable address. An address as mail clients copy it is taken
 * out of its angle brackets (`Jean Dupont <jean@exemple.ch>`) or its `mailto:` link first.
 */
function suggestion(value: string, isAddress: boolean): string | null {
  if (!isAddress) return suggestLocalPart(value);
  const parts = parseAddress(unwrapCopiedAddress(value));
  if (parts === null) return null; // `--rfc` without an @: there is no domain to keep
  const local = suggestLocalPart(parts.localPart);
  if (local === null) return null;
  // Unseen characters first: a space before a zero-width one is still at the end.
  const domain = [...parts.domain].filter((char) => !UNSEEN_CHAR.test(char));
  const fixed = `${local}@${domain.join('').trim()}`;
  return validateAddress(fixed).ok ? fixed : null;
}

/**
 * `mail-policy check VALUE [--rfc]`: a value with an `@` (or `--rfc`) is checked as a whole
 * address, otherwise as a local part. Exit code 0 when valid, 1 when refused.
 */
export function check(
  value: string,
  options: { readonly json?: boolean | undefined; readonly rfc?: boolean | undefined },
  locale: Locale,
  io: CliIo,
): number {
  const isAddress = value.includes('@') || options.rfc === true;
  const mode = options.rfc ? 'rfc' : 'provider';
  const result = isAddress ? validateAddress(value, { mode }) : validateLocalPart(value);
  const issues: readonly AddressIssue[] = result.ok ? [] : result.issues;
  const fix = result.ok ? null : suggestion(value, isAddress);
  const what = isAddress
    ? mode === 'rfc'
      ? 'address (RFC 5321 syntax)'
      : 'address'
    : 'local part';
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          value,
          kind: isAddress ? 'address' : 'local-part',
          ...result,
          messages: issues.map((issue) => formatIssue(issue, locale)),
          suggestion: fix,
        },
        null,
        2,
      ),
    );
    return result.ok ? EXIT.ok : EXIT.refused;
  }
  if (result.ok) {
    io.stdout(`${paint(io, 'ok', 'valid')} ${what}: ${value}`);
    return EXIT.ok;
  }
  const lines = [
    `${paint(io, 'refused', 'refused')} ${what}: ${JSON.stringify(value)}`,
    caret(value, (issues[0] as AddressIssue).index),
  ];
  for (const issue of issues)
    lines.push(`  - ${issue.code} (${issue.rule}): ${formatIssue(issue, locale)}`);
  if ('rfcValid' in result && result.rfcValid) {
    lines.push('  (valid RFC 5321 syntax, but it cannot be created at the provider: R-LP-6)');
  }
  lines.push(fix === null ? '  no suggestion' : `  suggestion: ${fix}`);
  io.stdout(lines.join('\n'));
  return EXIT.refused;
}
