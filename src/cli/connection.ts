import { unwrapCopiedAddress } from '../address/copied.js';
import {
  checkClientSettings,
  type Finding,
  type PatchOperation,
} from '../connection/checkClientSettings.js';
import {
  appleMobileconfig,
  autodiscoverXml,
  srvRecords,
  thunderbirdAutoconfig,
} from '../connection/configs.js';
import { diagnoseClientError } from '../connection/diagnoseClientError.js';
import { diagnoseSmtpReply, type SmtpDiagnosis } from '../connection/diagnoseSmtpReply.js';
import { formatDiagnosis } from '../connection/messages.js';
import { recommendSettings, type ServerSettings } from '../connection/recommendSettings.js';
import { formatIssue } from '../i18n/formatIssue.js';
import type { Issue, Locale } from '../i18n/types.js';
import {
  badValue,
  type CliIo,
  EXIT,
  paint,
  readStandardInput,
  readText,
  UsageError,
} from './common.js';
import { type SettingsWords, WORDS } from './words.js';

const FORMATS = ['text', 'json', 'thunderbird', 'apple', 'autodiscover', 'srv'] as const;
type Format = (typeof FORMATS)[number];

/** The options `settings` reads. */
export interface SettingsOptions {
  readonly format?: string | undefined;
  readonly json?: boolean | undefined;
  readonly incoming?: string | undefined;
  readonly submission?: string | undefined;
}

/** One server, on one line: `IMAP  mail.infomaniak.com  port 993  SSL/TLS  user …  password (…)`. */
function describe(server: ServerSettings, words: SettingsWords): string {
  const security = { tls: 'SSL/TLS', starttls: 'STARTTLS', none: words.none }[server.security];
  const copy = server.keepCopyOnServer === false ? `  ${words.noCopy}` : '';
  return `${server.protocol.toUpperCase().padEnd(5)} ${server.host}  ${words.port} ${server.port}  ${security}  ${words.user} ${server.username}  ${words.password(server.authMethods)}${copy}`;
}

function refuse(issues: readonly Issue[], locale: Locale, io: CliIo): number {
  const { colon } = WORDS[locale];
  io.stdout(
    issues
      .map((issue) => `${issue.code} (${issue.rule})${colon}${formatIssue(issue, locale)}`)
      .join('\n'),
  );
  return EXIT.refused;
}

/**
 * `mail-policy settings EMAIL [--format text|json|thunderbird|apple|autodiscover|srv]
 * [--incoming imap|pop3] [--submission starttls|tls]`.
 */
export function settings(
  value: string,
  options: SettingsOptions,
  locale: Locale,
  io: CliIo,
): number {
  // An address as mail clients copy it (`Jean Dupont <jean@exemple.ch>`, `mailto:…`).
  const email = unwrapCopiedAddress(value);
  const format = (options.json ? 'json' : (options.format ?? 'text')) as Format;
  if (!FORMATS.includes(format))
    throw badValue('--format', `one of ${FORMATS.join(', ')}`, options.format as string);
  const incoming = options.incoming ?? 'imap';
  const submission = options.submission ?? 'starttls';
  if (incoming !== 'imap' && incoming !== 'pop3')
    throw badValue('--incoming', 'imap or pop3', incoming);
  if (submission !== 'starttls' && submission !== 'tls') {
    throw badValue('--submission', 'starttls or tls', submission);
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const generated =
    format === 'thunderbird'
      ? thunderbirdAutoconfig(domain)
      : format === 'apple'
        ? appleMobileconfig(email, { incoming, submission })
        : format === 'autodiscover'
          ? autodiscoverXml(email)
          : undefined;
  if (generated !== undefined) {
    if (!generated.ok) return refuse(generated.issues, locale, io);
    io.stdout(generated.value.trimEnd());
    return EXIT.ok;
  }
  if (format === 'srv') {
    const srv = srvRecords(domain);
    if (!srv.ok) return refuse(srv.issues, locale, io);
    io.stdout(srv.zone);
    return EXIT.ok;
  }
  const result = recommendSettings(email, { incoming, submission });
  if (!result.ok) {
    if (format === 'json') io.stdout(JSON.stringify(result, null, 2));
    else refuse(result.issues, locale, io);
    return EXIT.refused;
  }
  if (format === 'json') io.stdout(JSON.stringify(result, null, 2));
  else {
    const words = WORDS[locale].settings;
    // The two labels in one column, as long as the longer of them.
    const width = Math.max(words.incoming.length, words.outgoing.length) + 2;
    io.stdout(
      [
        `${words.incoming.padEnd(width)}${describe(result.incoming, words)}`,
        `${words.outgoing.padEnd(width)}${describe(result.outgoing, words)}`,
      ].join('\n'),
    );
  }
  return EXIT.ok;
}

/** A reply's codes, kind and subject: `535 5.7.0: permanent, security`. */
function replyHeading(reply: SmtpDiagnosis, locale: Locale): string {
  const { colon, diagnose: words } = WORDS[locale];
  const codes = [reply.code, reply.enhanced].filter((part) => part !== null).join(' ');
  const subject = reply.subject ? `, ${words.subjects[reply.subject]}` : '';
  return `${codes}${colon}${words.kinds[reply.kind]}${subject}`;
}

/**
 * `mail-policy diagnose "TEXT" [--json] [--lang]`: a server's SMTP reply when the text holds one
 * with a cause the guides explain, else a client's own error (`diagnoseClientError`), else the
 * reply without a cause. Exit 0 when it is either, 2 when neither.
 */
export async function diagnose(
  reply: string,
  options: { readonly json?: boolean | undefined },
  locale: Locale,
  io: CliIo,
): Promise<number> {
  // `-`: a bounce or a client's whole message piped in (`pbpaste | mail-policy diagnose -`).
  const input = reply === '-' ? await readStandardInput(io) : reply;
  const smtp = diagnoseSmtpReply(input);
  const client = smtp?.cause ? null : diagnoseClientError(input);
  const diagnosis = client ?? smtp;
  if (diagnosis === null)
    throw new UsageError(
      'neither an SMTP reply nor a client error the library knows: expected a reply such as "535 5.7.0 …" or "5.2.2 …", a client’s code such as 0x800CCC0E or ECONNREFUSED, or its message',
    );
  const text = formatDiagnosis(diagnosis, locale);
  if (options.json) {
    io.stdout(JSON.stringify({ ...diagnosis, messages: text }, null, 2));
    return EXIT.ok;
  }
  // `client` is null only when `smtp` is the diagnosis (a reply with a cause, or no client
  // error found: with no reply either, the input was refused above).
  const { colon, diagnose: words } = WORDS[locale];
  const heading =
    client === null
      ? replyHeading(smtp as SmtpDiagnosis, locale)
      : `${client.code ? `${client.code}${colon}` : ''}${words.clientError}`;
  const lines = [
    heading,
    text.cause === null
      ? `${words.cause}${colon}${words.unknownCause}`
      : `${words.cause} (${diagnosis.rule})${colon}${text.cause}`,
    ...text.remedies.map((remedy, index) => `  ${index + 1}. ${remedy}`),
  ];
  io.stdout(lines.join('\n'));
  return EXIT.ok;
}

const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Finding['severity'][];

/** One JSON Patch operation on a line: `replace /outgoing/port 587`, `remove /incoming/0`. */
function operation({ op, path, value }: PatchOperation): string {
  return op === 'remove' ? `${op} ${path}` : `${op} ${path} ${JSON.stringify(value)}`;
}

/**
 * `mail-policy verify FILE | - | '{…}'`: a mail client's settings, as JSON (`email`,
 * `incoming`, `outgoing`: what `checkClientSettings` reads), from a file, standard input or the
 * argument itself; every finding in the language asked for, with its fix, in the library's
 * order (server by server). Exit 0 when no finding is an error (warnings and tips may remain),
 * 1 when one is.
 */
export async function verify(
  value: string,
  options: { readonly json?: boolean | undefined },
  locale: Locale,
  io: CliIo,
): Promise<number> {
  const inline = value.trimStart().startsWith('{');
  const where = value === '-' ? 'standard input' : inline ? 'the settings' : value;
  const text =
    value === '-'
      ? await readStandardInput(io)
      : inline
        ? value
        : await readText(io, value, `verify: cannot read ${value}`);
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch {
    throw new UsageError(
      `${where}: not valid JSON (expected {"email": …, "incoming": {…}, "outgoing": {…}})`,
    );
  }
  // In the library's order: its patches apply one after another in that order (pop3-and-imap's
  // removal comes last, so that no other patch's path has moved).
  const { ok, findings } = checkClientSettings(settings);
  const messages = findings.map((finding) => formatIssue(finding, locale));
  if (options.json) {
    io.stdout(JSON.stringify({ ok, findings, messages }, null, 2));
  } else {
    const { colon, verify: words } = WORDS[locale];
    const counts = SEVERITIES.map(
      (severity) => findings.filter((finding) => finding.severity === severity).length,
    );
    const verdict = paint(io, ok ? 'ok' : 'refused', ok ? words.work : words.fail);
    const severity = (finding: Finding) => words.severities[finding.severity];
    const width = Math.max(0, ...findings.map((finding) => severity(finding).length));
    const pathWidth = Math.max(0, ...findings.map((finding) => finding.path.length));
    io.stdout(
      [
        `${verdict}${colon}${findings.length === 0 ? words.nothing : words.counts(counts as [number, number, number])}`,
        ...findings.flatMap((finding, index) => [
          `  ${severity(finding).padEnd(width)}  ${finding.path.padEnd(pathWidth)}  ${finding.code} (${finding.rule})${colon}${messages[index]}`,
          // The fix, under the field: the finding's JSON Patch, an operation after another.
          ...(finding.patch.length === 0
            ? []
            : [`  ${' '.repeat(width)}  → ${finding.patch.map(operation).join(', ')}`]),
        ]),
      ].join('\n'),
    );
  }
  return ok ? EXIT.ok : EXIT.refused;
}
