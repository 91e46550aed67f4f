import { LINE_BREAK, UNSEEN_CHAR, WIDE_CHAR, ZERO_WIDTH_CHAR } from '../_lib/regexes.js';
import { isWhiteSpace } from '../address/chars.js';
import { unwrapCopiedAddress } from '../address/copied.js';
import { suggestLocalPart } from '../address/suggestLocalPart.js';
import type { AddressIssue } from '../address/validateAddress.js';
import { parseAddress, validateAddress } from '../address/validateAddress.js';
import { validateLocalPart } from '../address/validateLocalPart.js';
import { formatIssue } from '../i18n/formatIssue.js';
import type { Locale } from '../i18n/types.js';
import { type CliIo, EXIT, paint } from './common.js';
import { WORDS } from './words.js';

/** What `check` prints in place of a character a terminal would not show. */
function visible(char: string): string {
  return UNSEEN_CHAR.test(char) ? '?' : char;
}

/**
 * The value as a JSON string, as `check` quotes a refused one, with what a terminal would not
 * show (a soft hyphen, a zero-width space…) escaped as `\uXXXX`, as JSON already escapes the
 * controls: `"ab\u200bc@ik.me"`, where the caret line below it shows `ab?c@ik.me`.
 */
function quoted(value: string): string {
  let text = '';
  for (const char of JSON.stringify(value)) {
    if (!UNSEEN_CHAR.test(char)) text += char;
    else
      for (const unit of char.split(''))
        text += `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  return text;
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
  const chars = [...value];
  const shown = chars.map(visible);
  let column = 0;
  let letter = 0; // where the last character with a column of its own starts
  let at = 0;
  for (const [position, char] of chars.entries()) {
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
 * What may close a sentence or a bracket after an address pasted from a text: `(jean@exemple.ch)`,
 * `"jean@exemple.ch"`, `« jean@exemple.ch ».`, `… jean@exemple.ch?`.
 */
const CLOSING = ')]}>"\'»”’.,;:!?';

/**
 * The domain as typed, mended the ways a typed or pasted one breaks: without the characters
 * nobody sees and the white space (`exemple .ch`, a space a phone's keyboard adds), without
 * the sentence's or the brackets' characters after it, a comma read as a dot (`exemple,ch`, the
 * key beside it), and no empty label (`exemple..ch`, `exemple.ch.`, `.exemple.ch`).
 */
function mendDomain(domain: string): string {
  let text = '';
  for (const char of domain)
    if (!UNSEEN_CHAR.test(char) && !isWhiteSpace(char.charCodeAt(0))) text += char;
  let end = text.length;
  while (end > 0 && CLOSING.includes(text[end - 1] as string)) end--;
  const labels = text.slice(0, end).replaceAll(',', '.').split('.');
  return labels.filter((label) => label !== '').join('.');
}

/**
 * A fix: the local part suggested by `suggestLocalPart`, and the domain as typed but mended
 * (see {@link mendDomain}); `null` when that is not a creatable address. An address as mail
 * clients copy it is taken out of its angle brackets (`Jean Dupont <jean@exemple.ch>`) or its
 * `mailto:` link first.
 */
function suggestion(value: string, isAddress: boolean): string | null {
  if (!isAddress) return suggestLocalPart(value);
  const parts = parseAddress(unwrapCopiedAddress(value));
  if (parts === null) return null; // `--rfc` without an @: there is no domain to keep
  const local = suggestLocalPart(parts.localPart);
  if (local === null) return null;
  const fixed = `${local}@${mendDomain(parts.domain)}`;
  return validateAddress(fixed).ok ? fixed : null;
}

interface CheckOptions {
  readonly json?: boolean | undefined;
  readonly rfc?: boolean | undefined;
}

/** One value judged: what `--json` prints, and the lines of the text answer. */
function judge(value: string, options: CheckOptions, locale: Locale, io: CliIo) {
  const isAddress = value.includes('@') || options.rfc === true;
  const mode = options.rfc ? 'rfc' : 'provider';
  const result = isAddress ? validateAddress(value, { mode }) : validateLocalPart(value);
  const issues: readonly AddressIssue[] = result.ok ? [] : result.issues;
  const fix = result.ok ? null : suggestion(value, isAddress);
  const { colon, check: words } = WORDS[locale];
  const kind = isAddress ? (mode === 'rfc' ? 'rfc' : 'address') : 'local-part';
  const head = (word: string) => paint(io, result.ok ? 'ok' : 'refused', word);
  const label = `${words.head(kind, result.ok, head)}${colon}`;
  const json = {
    value,
    kind: isAddress ? 'address' : 'local-part',
    ...result,
    messages: issues.map((issue) => formatIssue(issue, locale)),
    suggestion: fix,
  };
  // The same address in any case, its domain in Unicode or ASCII (`bücher.de`, `xn--bcher-kva.de`).
  const key = (
    'localPart' in result && 'asciiDomain' in result
      ? `${result.localPart}@${result.asciiDomain}`
      : value
  ).toLowerCase();
  if (result.ok) return { json, key, lines: [`${label}${value}`] };
  const lines = [`${label}${quoted(value)}`, caret(value, (issues[0] as AddressIssue).index)];
  for (const [index, issue] of issues.entries())
    lines.push(`  - ${issue.code} (${issue.rule})${colon}${json.messages[index]}`);
  if ('rfcValid' in result && result.rfcValid) lines.push(`  ${words.rfcOnly}`);
  lines.push(`  ${fix === null ? words.noSuggestion : `${words.suggestion}${colon}${fix}`}`);
  return { json, key, lines };
}

/**
 * `mail-policy check VALUE [--rfc]`: a value with an `@` (or `--rfc`) is checked as a whole
 * address, otherwise as a local part. Exit code 0 when valid, 1 when refused.
 */
export function check(value: string, options: CheckOptions, locale: Locale, io: CliIo): number {
  const { json, lines } = judge(value, options, locale, io);
  io.stdout(options.json ? JSON.stringify(json, null, 2) : lines.join('\n'));
  return json.ok ? EXIT.ok : EXIT.refused;
}

/** Whether a spreadsheet quoted the field whole: `"jean@exemple.ch"`, not `"a"@b.ch` or `x"`. */
function quotedWhole(field: string): boolean {
  return field.length > 2 && field.startsWith('"') && field.endsWith('"');
}

/**
 * The value of one line of a list: the line, or a CSV's first column (up to the first comma,
 * semicolon or tab outside double quotes, so that `"a,b"@exemple.ch` stays whole), trimmed. A
 * field a spreadsheet quoted whole (`"jean@exemple.ch"`) loses its quotes.
 */
function firstColumn(line: string): string {
  let quoted = false;
  let end = 0;
  for (; end < line.length; end++) {
    const char = line[end] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && ',;\t'.includes(char)) break;
  }
  const field = line.slice(0, end).trim();
  return quotedWhole(field) && field.includes('@')
    ? field.slice(1, -1).replaceAll('""', '"')
    : field;
}

/**
 * The names a spreadsheet gives a column of addresses, in the five languages, lower-cased, `_`
 * read as a space: a first line that holds one is a header, not a local part to check, when the
 * list is a CSV or holds addresses (see {@link isHeaderLine}).
 */
const HEADERS: ReadonlySet<string> = new Set([
  ...['address', 'addresses', 'email', 'e-mail', 'emails', 'mail', 'mailbox', 'local part'],
  ...['email address', 'e-mail address', 'mail address', 'local-part', 'localpart'],
  ...['adresse', 'adresse e-mail', 'adresse email', 'adresse mail', 'adresse électronique'],
  ...['courriel', 'adresse courriel', 'e-mail-adresse', 'email-adresse', 'emailadresse'],
  ...['mailadresse', 'e-mail adresse', 'indirizzo', 'indirizzo email', 'indirizzo e-mail'],
  ...['posta elettronica', 'indirizzo di posta elettronica', 'dirección', 'direccion'],
  ...['correo', 'correo electrónico', 'correo electronico', 'dirección de correo'],
  ...['dirección de correo electrónico', 'dirección de email', 'dirección de e-mail'],
]);

/**
 * Whether the first line is a header: its value names a column of addresses (`Email`,
 * `"E-Mail-Adresse"`), and it has other columns or a later line holds an address. A plain list
 * of local parts that starts with `mail` or `adresse` starts with a value, not a header.
 *
 * @param raw - the first line as read
 * @param values - every line's value (its first column)
 */
function isHeaderLine(raw: string, values: readonly string[]): boolean {
  const value = values[0] as string; // `split` gives at least one line
  // A spreadsheet that quotes every field quotes the header too; a value keeps its quotes.
  const name = quotedWhole(value) ? value.slice(1, -1) : value;
  if (!HEADERS.has(name.toLowerCase().replaceAll('_', ' '))) return false;
  return value !== raw.trim() || values.some((entry) => entry.includes('@'));
}

/**
 * `mail-policy check - [--rfc] < list`: each line of standard input (or the first column of a
 * CSV, as the provider's bulk creation takes one, R-LP-7) checked as `check VALUE` checks one;
 * a header on the first line (`address`, `email`, `E-Mail-Adresse`, `courriel`… see
 * {@link isHeaderLine}) is skipped, and said so, as are empty lines, and an address given twice (in
 * any case) is refused the second time, as it cannot be created twice. Exit code 0 when every
 * value is valid, 1 otherwise.
 */
export function checkList(text: string, options: CheckOptions, locale: Locale, io: CliIo): number {
  const { colon, check: words } = WORDS[locale];
  const answers: { line: number; ok: boolean; json: object; lines: readonly string[] }[] = [];
  const seen = new Map<string, number>();
  let header: string | null = null;
  const rows = text.split(LINE_BREAK);
  const values = rows.map(firstColumn);
  const skipFirst = isHeaderLine(rows[0] as string, values);
  for (const [index, value] of values.entries()) {
    if (value === '') continue;
    if (index === 0 && skipFirst) {
      header = value;
      continue;
    }
    const line = index + 1;
    const { json, lines, key } = judge(value, options, locale, io);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    if (first === undefined || !json.ok) answers.push({ line, ok: json.ok, json, lines });
    else {
      answers.push({
        line,
        ok: false,
        json: { ...json, ok: false, duplicateOf: first },
        lines: [`${paint(io, 'refused', words.refused)}${colon}${words.again(value, first)}`],
      });
    }
  }
  const refused = answers.filter((answer) => !answer.ok).length;
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          header,
          values: answers.map(({ line, json }) => ({ line, ...json })),
          valid: answers.length - refused,
          refused,
        },
        null,
        2,
      ),
    );
  } else {
    const at = (line: number) => `${words.line(line)}${colon}`;
    const blocks = answers.map(({ line, lines }) => `${at(line)}${lines.join('\n')}`);
    if (header !== null) blocks.unshift(`${at(1)}${words.header}${colon}${header}`);
    blocks.push(words.total(answers.length, answers.length - refused, refused));
    io.stdout(blocks.join('\n'));
  }
  return refused === 0 ? EXIT.ok : EXIT.refused;
}
