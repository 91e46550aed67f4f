import type { RuleId } from '../_lib/provenance.js';
import { PORT_BEFORE, WORD_CHAR } from '../_lib/regexes.js';
import {
  AUTH_METHOD_REFUSED,
  AUTHENTICATION_MISSING,
  AUTHENTICATION_MISSING_WORDS,
  EXPIRED_PASSWORD_WORDS,
  PASSWORD_REFUSED,
  PORT_25_BLOCKED,
  TIMED_OUT,
} from './sharedCauses.js';

/** RFC 5321 §4.2.1: what the first digit of a reply says. */
export type ReplyKind = 'success' | 'intermediate' | 'transient' | 'permanent';

/** RFC 3463 §3: what the subject of an enhanced status code is about. */
export type ReplySubject =
  | 'other'
  | 'addressing'
  | 'mailbox'
  | 'mail-system'
  | 'network'
  | 'protocol'
  | 'content'
  | 'security';

/** The causes the library recognises, each tied to the provider's guide. */
export type SmtpCause =
  | 'port-25-blocked'
  | 'timeout'
  | 'encryption-required'
  | 'authentication-required'
  | 'authentication-failed'
  | 'authentication-method'
  | 'sender-not-allowed'
  | 'sending-limit-reached'
  | 'mailbox-full'
  | 'recipient-refused-message'
  | 'message-too-large'
  | 'too-many-recipients'
  | 'unknown-recipient';

/** What to try, in the order to try it. */
export type Remedy =
  | 'use-port-587'
  | 'use-port-465'
  | 'try-another-network'
  | 'disable-security-software'
  | 'enable-authentication'
  | 'use-full-address-as-username'
  | 'check-address-password'
  | 'type-password-in-plain-text'
  | 'check-address-exists'
  | 'recipient-frees-space'
  | 'send-smaller-message'
  | 'use-swisstransfer'
  | 'fewer-recipients'
  | 'use-newsletter-tool'
  | 'wait-for-sending-window'
  | 'request-higher-limit'
  | 'check-recipient-address'
  | 'retry-later'
  | 'use-server-name'
  | 'use-recommended-ports'
  | 'use-password-authentication'
  | 'check-device-clock'
  | 'restart-client'
  | 'use-one-protocol'
  | 'free-space';

/** A reply, parsed and explained. */
export interface SmtpDiagnosis {
  /**
   * The basic reply code, such as 535, or `null` when the text holds an enhanced status code
   * alone, at the start of a line (`5.2.2 Over quota`, as the provider's guide quotes it).
   */
  readonly code: number | null;
  /** The enhanced status code (RFC 3463), such as `'5.7.0'`, or `null`. */
  readonly enhanced: string | null;
  /**
   * From the first digit: 2 success, 3 intermediate, 4 transient, 5 permanent (of the enhanced
   * code's class when there is no basic code).
   */
  readonly kind: ReplyKind;
  /** From the enhanced code's subject, or `null` without one. */
  readonly subject: ReplySubject | null;
  /** The text of the reply, lines joined by a space. */
  readonly text: string;
  /** A reply the provider's guides explain, or `null`. */
  readonly cause: SmtpCause | null;
  /** The rule of the cause, or `null`. */
  readonly rule: RuleId | null;
  /** What to do, most likely fix first; empty for a success or an unknown cause. */
  readonly remedies: readonly Remedy[];
}

const KINDS: Readonly<Record<string, ReplyKind>> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
};
const SUBJECTS: readonly ReplySubject[] = [
  'other',
  'addressing',
  'mailbox',
  'mail-system',
  'network',
  'protocol',
  'content',
  'security',
];

interface Known {
  readonly cause: SmtpCause;
  readonly rule: RuleId;
  readonly remedies: readonly Remedy[];
  /** `before`: the client's words before the reply, as written (`''` when none). */
  readonly matches: (
    code: number | null,
    enhanced: string | null,
    text: string,
    before: string,
  ) => boolean;
}

const has = (text: string, ...words: string[]) => words.some((word) => text.includes(word));

/**
 * The replies the provider's guides explain (R-CONN-6, R-CONN-7, R-STOR-3, seed lines 608–615
 * and 379–382), then the standard enhanced codes of RFC 3463 for the limits of R-SIZE-1 and
 * R-RCPT-1. The first that matches wins. The sender's own limit per 24 hours (R-SEND-1) has no
 * reply text in the guides nor a code of its own (servers answer 450, 451, 550 or 554, with
 * 4.7.1, 5.4.5, 5.7.1…): it is read from the words servers use for it, before the codes a
 * quota could be confused with (`5.7.1` of a refused relay; "quota exceeded" of a full mailbox).
 */
const KNOWN: readonly Known[] = [
  {
    ...PORT_25_BLOCKED,
    matches: (code, _enhanced, text) => code === 573 || has(text, 'port 25', 'puerto 25'),
  },
  {
    ...TIMED_OUT,
    // Clients write their own words before the number (R-CONN-6: "el tiempo asignado ha
    // expirado", then 421): those count here, where the server's own words may be none.
    // Lower-cased here, for a 421 only: other replies never read them.
    // An expired password is no time-out (`421 4.7.0 Your password has expired`), a time-out
    // waiting for one is (`421 4.4.2 Timeout waiting for password`).
    matches: (code, _enhanced, text, before) => {
      const words = `${before.toLowerCase()} ${text}`;
      return (
        code === 421 &&
        !has(words, ...EXPIRED_PASSWORD_WORDS) &&
        has(words, 'timeout', 'timed out', 'expired', 'expirado')
      );
    },
  },
  {
    cause: 'sending-limit-reached',
    rule: 'R-SEND-1',
    remedies: ['wait-for-sending-window', 'use-newsletter-tool', 'request-higher-limit'],
    // A full mailbox's code wins over the words: `5.2.2 … exceeded its daily limit` is the
    // recipient's mailbox.
    matches: (_code, enhanced, text) =>
      enhanced !== '5.2.2' &&
      enhanced !== '4.2.2' &&
      has(
        text,
        'sending quota',
        'sending limit',
        'send limit',
        'daily quota',
        'daily limit',
        'rate limit',
        'message limit',
        'messages per',
        'límite de envío',
      ),
  },
  {
    cause: 'encryption-required',
    rule: 'R-CONN-5',
    remedies: ['use-port-587', 'use-port-465'],
    // RFC 3463's X.7.10 "encryption needed" (RFC 5248) and X.7.11 "encryption required for
    // the requested authentication mechanism" (RFC 4954), and the words of Postfix and Exim.
    matches: (_code, enhanced, text) =>
      enhanced === '5.7.10' ||
      enhanced === '5.7.11' ||
      has(
        text,
        'issue a starttls',
        'starttls first',
        'starttls required',
        'encryption required',
        'encryption needed',
        'tls required',
        'requires tls',
      ),
  },
  {
    ...AUTH_METHOD_REFUSED,
    // RFC 4954's `504 5.5.4 Unsupported authentication mechanism`, Exchange's `504 5.7.4
    // Unrecognized authentication type`: a method the client chose (CRAM-MD5, NTLM…) that the
    // server does not offer. Other 504s refuse another command's parameter (Postfix's HELO).
    matches: (code, _enhanced, text) => code === 504 && has(text, 'authentication', 'mechanism'),
  },
  {
    ...AUTHENTICATION_MISSING,
    // `550 5.7.1` is the provider's code for it, but servers give the same code for a message
    // refused by policy (a DMARC or SPF failure, a block list, spam): the code alone is read so
    // only with no words after it; otherwise the words must say relay or authentication.
    matches: (code, enhanced, text) =>
      (code === 550 && enhanced === '5.7.1' && text === '') ||
      has(
        text,
        ...AUTHENTICATION_MISSING_WORDS,
        'not logged in', // Postfix: `553 5.7.1 <…>: Sender address rejected: not logged in`
      ),
  },
  {
    ...PASSWORD_REFUSED,
    matches: (code, enhanced, text) =>
      code === 535 ||
      enhanced === '5.7.8' ||
      has(text, 'authentication failed', 'invalid credentials', ...EXPIRED_PASSWORD_WORDS),
  },
  {
    cause: 'sender-not-allowed',
    rule: 'R-TROUBLE-1',
    remedies: ['check-address-exists', 'use-full-address-as-username'],
    // The sender is neither the login nor one of its aliases (R-TROUBLE-1: "an address that
    // exists, or an alias"): Postfix's `553 5.7.1 <…>: Sender address rejected: not owned by
    // user jean@…`, Microsoft 365's "does not have permissions to send as this sender".
    matches: (_code, _enhanced, text) => has(text, 'not owned by user', 'send as this sender'),
  },
  {
    cause: 'mailbox-full',
    rule: 'R-STOR-3',
    remedies: ['recipient-frees-space', 'retry-later'],
    matches: (_code, enhanced, text) =>
      enhanced === '5.2.2' ||
      enhanced === '4.2.2' ||
      has(text, 'over quota', 'mailbox full', 'quota exceeded'),
  },
  {
    cause: 'recipient-refused-message',
    rule: 'R-STOR-3',
    remedies: ['send-smaller-message', 'use-swisstransfer', 'recipient-frees-space'],
    matches: (code, enhanced) => code === 554 && enhanced === '5.0.0',
  },
  {
    cause: 'message-too-large',
    rule: 'R-SIZE-1',
    remedies: ['send-smaller-message', 'use-swisstransfer'],
    matches: (code, enhanced, text) =>
      enhanced === '5.3.4' || (code === 552 && has(text, 'size', 'too large', 'too big')),
  },
  {
    cause: 'too-many-recipients',
    rule: 'R-RCPT-1',
    remedies: ['fewer-recipients', 'use-newsletter-tool'],
    // RFC 3463's X.5.3 "too many recipients", permanent or transient.
    matches: (code, enhanced, text) =>
      enhanced === '5.5.3' || enhanced === '4.5.3' || (code === 452 && has(text, 'recipients')),
  },
  {
    cause: 'unknown-recipient',
    rule: 'R-CONN-7',
    remedies: ['check-recipient-address'],
    // X.1.10 is a domain that takes no mail (RFC 7505's null MX), and Microsoft 365's reply
    // for an address it does not know (`RESOLVER.ADR.RecipientNotFound`).
    // Microsoft 365 also answers `550 5.4.1 Recipient address rejected: Access denied` for an
    // address its directory does not hold.
    matches: (_code, enhanced, text) =>
      enhanced === '5.1.1' ||
      enhanced === '5.1.10' ||
      (enhanced === '5.4.1' && has(text, 'recipient address rejected')) ||
      // Exim's `550 Unrouteable address`: a recipient's domain that mail cannot be routed to.
      has(
        text,
        'user unknown',
        'no such user',
        'unknown user',
        'recipient not found',
        'unrouteable address',
      ),
  },
];

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Where a reply starts in `text`: a 3-digit code 2xx–5xx, at a word's start, then a space, a
 * hyphen or the end, and not a port (`Port: 587`, `port 465`, as clients list their settings).
 */
function replyStart(text: string): number {
  for (let index = 0; index + 3 <= text.length; index++) {
    const first = text.charCodeAt(index);
    if (
      first < 50 ||
      first > 53 ||
      !isDigit(text.charCodeAt(index + 1)) ||
      !isDigit(text.charCodeAt(index + 2))
    )
      continue;
    // Not inside a word, a number or an enhanced code.
    const before = index > 0 ? text.charCodeAt(index - 1) | 32 : 32;
    if (isDigit(before) || before === 46 || (before >= 97 && before <= 122)) continue;
    const after = text.charCodeAt(index + 3);
    if (
      (Number.isNaN(after) ||
        after === 32 ||
        after === 45 ||
        after === 13 ||
        after === 10 ||
        // `(535)` or `(535,`: a code a client put in parentheses (see `wrapped`)
        (before === 40 && (after === 41 || after === 44))) &&
      !afterPort(text, index)
    )
      return index;
  }
  return -1;
}

/**
 * Whether a number at `index` is a port, as clients write them: `Port: 587`, `port 465`, or
 * after a host (`connect ETIMEDOUT 192.0.2.1:587`, `mail.infomaniak.com:465`, `[::1]:25`: a
 * word with a dot or a bracket before the colon; `error:550` is a reply). Reads 64 characters
 * back at most.
 */
function afterPort(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 64), index);
  const host = before.slice(before.lastIndexOf(' ') + 1, -1);
  return (
    (before.endsWith(':') && (host.includes('.') || host.endsWith(']'))) ||
    PORT_BEFORE.test(before.slice(-12))
  );
}

/**
 * An enhanced status code `class.subject.detail` at `start` in `text`, or `null`: digits and
 * dots, then the end, white space or a closing quote. At most 12 characters are read (a code
 * has 9 at most), so that looking for codes along a long line stays linear.
 */
function readEnhanced(text: string, start = 0): string | null {
  let end = start;
  while (end - start < 12 && (isDigit(text.charCodeAt(end)) || text[end] === '.')) end++;
  const after = text[end];
  if (after !== undefined && !` \t\r${CLOSE}`.includes(after)) return null;
  const parts = text.slice(start, end).split('.');
  if (parts.length !== 3) return null;
  const [klass, subject, detail] = parts as [string, string, string];
  // The run holds digits and dots only: each part needs 1 to 3 of them.
  const digits = (part: string) => part.length >= 1 && part.length <= 3;
  if (!['2', '4', '5'].includes(klass) || !digits(subject) || !digits(detail)) return null;
  return `${klass}.${Number(subject)}.${Number(detail)}`;
}

/**
 * Explains an SMTP reply: the basic code and its kind (RFC 5321), the enhanced status code
 * and its subject (RFC 3463), and, for the replies the provider's guides describe, the cause,
 * the rule and the remedies in the order to try them: port 25 blocked (`573`, R-CONN-6),
 * time-outs (`421`), encryption off where the server wants it (`530 5.7.0 Must issue a
 * STARTTLS command first`, R-CONN-5), an authentication method the server does not offer
 * (`504 5.5.4 Unsupported authentication mechanism`, R-CONN-4), authentication missing
 * (`550 5.7.1 relaying denied`) or failed (`535 5.7.0 authentication failed`, an expired
 * password, R-CONN-7), a sender that is neither the login nor one of its aliases
 * (`553 5.7.1 … not owned by user …`, R-TROUBLE-1), a full mailbox (`5.2.2 Over
 * quota`) or a message refused by the recipient's provider (`554 5.0.0`, R-STOR-3), a message
 * too large (`5.3.4`), too many recipients (`5.5.3`, `4.5.3`), an unknown recipient (`5.1.1`,
 * `5.1.10`); and the sender's own limit per 24 hours (R-SEND-1), which the guides quote no
 * reply for, by its words ("sending quota", "rate limit"…: `451 4.7.1 Daily sending quota
 * exceeded`).
 *
 * Multi-line replies (`250-…`) are read whole. A reply inside a longer error message (as
 * nodemailer writes them) is found, up to its closing quote when a client quoted it (Outlook:
 * `Server Response: '550 5.7.1 relaying denied', Port: 587`); a port number is no reply code.
 * A code in parentheses is read with the text after it (Roundcube: `SMTP Error (535):
 * Authentication failed.`; Python: `(535, b'5.7.8 Error: authentication failed')`).
 * The client's words before the number count for a time-out only, as the guides quote it
 * (`El tiempo asignado ha expirado. Error 421`); the other causes go by the server's reply.
 * Without a basic code, an enhanced status code is read alone when it starts a line
 * (`5.2.2 Over quota`: `code` is `null`, the kind comes from the class) or follows a colon or a
 * quote (Thunderbird: `The mail server responded: 5.7.1 relaying denied`). Text that holds
 * neither gives `null`. The time grows linearly with the text's length.
 *
 * @param reply - the server's reply, or an error message holding it
 * @example
 * ```ts
 * diagnoseSmtpReply('535 5.7.0 authentication failed');
 * // { code: 535, enhanced: '5.7.0', kind: 'permanent', subject: 'security',
 * //   text: 'authentication failed', cause: 'authentication-failed', rule: 'R-CONN-7',
 * //   remedies: ['check-address-password', 'use-full-address-as-username',
 * //              'type-password-in-plain-text', 'check-address-exists'] }
 * diagnoseSmtpReply('5.2.2 Over quota').cause; // 'mailbox-full'
 * diagnoseSmtpReply('451 4.7.1 Daily sending quota exceeded').cause; // 'sending-limit-reached'
 * diagnoseSmtpReply('hello'); // null
 * ```
 * @see R-CONN-4, R-CONN-5, R-CONN-6, R-CONN-7, R-STOR-3, R-SEND-1, R-TROUBLE-1
 */
export function diagnoseSmtpReply(reply: string): SmtpDiagnosis | null {
  if (typeof reply !== 'string') return null;
  const start = replyStart(reply);
  if (start < 0) return enhancedAlone(reply);
  const code = Number(reply.slice(start, start + 3));
  if (reply[start - 1] === '(') return wrapped(reply, start, code);
  const prefix = reply.slice(start, start + 3);
  // Every line of the reply carries the code: "250-first", "250 last".
  const lines: string[] = [];
  for (const line of reply.slice(start, quotedEnd(reply, start)).split('\n')) {
    const trimmed = line.replace('\r', '');
    if (!trimmed.startsWith(prefix)) break;
    lines.push(trimmed.slice(4).trim());
    if (trimmed.charCodeAt(3) !== 45) break; // no hyphen: the last line
  }
  const enhanced = readEnhanced(lines[0] ?? '');
  const text = lines
    .map((line) => (enhanced !== null && readEnhanced(line) === enhanced ? afterCode(line) : line))
    .join(' ')
    .trim();
  return explain(code, enhanced, text, String(code)[0] as string, reply.slice(0, start));
}

/** Opening quotes, and at the same index the closing one. */
const OPEN = '\'"‘“';
const CLOSE = '\'"’”';

/**
 * Where a reply quoted by a client ends: Outlook writes `Server Response: '550 5.7.1 relaying
 * denied', Port: 587, …`. The closing quote is the first one not followed by a letter or a
 * digit (`can't` goes on); an unquoted reply runs to the end.
 */
function quotedEnd(reply: string, start: number): number {
  const close = CLOSE[OPEN.indexOf(reply[start - 1] as string)];
  for (
    let at = close ? reply.indexOf(close, start) : -1;
    at >= 0;
    at = reply.indexOf(close as string, at + 1)
  )
    if (!WORD_CHAR.test(reply[at + 1] ?? '')) return at;
  return reply.length;
}

const isOpen = (char: string | undefined) => char !== undefined && OPEN.includes(char);

/**
 * The diagnosis of a code a client put in parentheses, with the server's text after it:
 * Roundcube writes `SMTP Error (535): Authentication failed.`, Python's smtplib
 * `SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed')`. The text is what
 * a quote holds, or the rest of the line.
 */
function wrapped(reply: string, start: number, code: number): SmtpDiagnosis {
  let from = start + 4;
  while (reply[from] === ' ' || reply[from] === ':') from++;
  if (reply[from] === 'b' && isOpen(reply[from + 1])) from++; // Python's bytes: b'…'
  const quoted = isOpen(reply[from]);
  if (quoted) from++;
  const end = quoted ? quotedEnd(reply, from) : reply.indexOf('\n', from);
  const line = reply.slice(from, end < 0 ? reply.length : end).trim();
  const enhanced = readEnhanced(line);
  const text = enhanced === null ? line : afterCode(line);
  return explain(code, enhanced, text, String(code)[0] as string, reply.slice(0, start));
}

/**
 * The diagnosis of a text with no basic code, from the first enhanced status code that starts
 * a line (after white space) or follows a colon or a quote there (Thunderbird writes `The mail
 * server responded: 5.7.1 relaying denied`), or `null`. Inside a sentence, only a subject
 * RFC 3463 defines (0–7) counts: `Note: 4.10.26` is a date.
 */
function enhancedAlone(reply: string): SmtpDiagnosis | null {
  for (const line of reply.split('\n')) {
    for (let at = 0; at < line.length; at++) {
      if (at > 0 && !`:${OPEN}`.includes(line[at - 1] as string)) continue;
      let from = at;
      while (line[from] === ' ' || line[from] === '\t') from++;
      const enhanced = readEnhanced(line, from);
      if (
        enhanced !== null &&
        (at === 0 || ((enhanced[2] as string) <= '7' && enhanced[3] === '.'))
      ) {
        const code = line.slice(from, quotedEnd(line, from)).trim();
        return explain(null, enhanced, afterCode(code), enhanced[0] as string, '');
      }
    }
  }
  return null;
}

/** A line's text after the enhanced code that starts it. */
function afterCode(line: string): string {
  return line.slice(line.indexOf(' ') + 1 || line.length).trim();
}

/** The diagnosis of a reply read: its kind from `digit`, its subject, its cause if known. */
function explain(
  code: number | null,
  enhanced: string | null,
  text: string,
  digit: string,
  before: string,
): SmtpDiagnosis {
  const kind = KINDS[digit] as ReplyKind;
  const subjectDigit = enhanced === null ? null : Number(enhanced.split('.')[1]);
  const subject = subjectDigit === null ? null : (SUBJECTS[subjectDigit] ?? 'other');
  const lower = text.toLowerCase();
  const known =
    kind === 'success' || kind === 'intermediate'
      ? undefined
      : KNOWN.find((entry) => entry.matches(code, enhanced, lower, before));
  return {
    code,
    enhanced,
    kind,
    subject,
    text,
    cause: known?.cause ?? null,
    rule: known?.rule ?? null,
    remedies: known?.remedies ?? [],
  };
}
