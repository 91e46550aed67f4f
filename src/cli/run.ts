import { type ParseArgsConfig, parseArgs } from 'node:util';
import { PolicyInputError } from '../_lib/errors.js';
import { MAX_EPOCH_MS } from '../_lib/input.js';
import { LINE_BREAK, SHELL_PLAIN } from '../_lib/regexes.js';
import { suggestLocalPart } from '../address/suggestLocalPart.js';
import { validateAddress } from '../address/validateAddress.js';
import { adviseProtocol } from '../connection/adviseProtocol.js';
import { diagnoseClientError } from '../connection/diagnoseClientError.js';
import { diagnoseSmtpReply } from '../connection/diagnoseSmtpReply.js';
import { formatProtocolAdvice } from '../connection/protocolMessages.js';
import { recommendSettings } from '../connection/recommendSettings.js';
import { messageContext } from '../i18n/context.js';
import { formatIssue } from '../i18n/formatIssue.js';
import { LOCALES, matchLocale } from '../i18n/matchLocale.js';
import type { Locale } from '../i18n/types.js';
import { toOfferRow } from '../offers/ids.js';
import { OFFER_IDS, OFFERS, type Offer } from '../offers/offer.js';
import { PHP_MAIL_DAILY_LIMIT } from '../offers/offers.data.js';
import { canRecover } from '../retention/backups.js';
import { classifyFolder } from '../retention/classifyFolder.js';
import { decideSend } from '../sending/decideSend.js';
import { SendLedger } from '../sending/SendLedger.js';
import type { SendDecision, SendEvent } from '../sending/types.js';
import { SEND_WINDOW_MS } from '../sending/window.js';
import { attachmentDelivery } from '../size/attachmentDelivery.js';
import { base64EncodedLength } from '../size/base64EncodedLength.js';
import { checkMessageSize } from '../size/checkMessageSize.js';
import { maxAttachmentBytes } from '../size/maxAttachmentBytes.js';
import { MAX_MESSAGE_BYTES } from '../size/size.data.js';
import { checkStorage } from '../storage/checkStorage.js';
import { attachment, readSize } from './attachment.js';
import { check, checkList } from './check.js';
import {
  badValue,
  type CliIo,
  EXIT,
  isoInstant,
  paint,
  parseIsoDate,
  readCount,
  readDate,
  readStandardInput,
  readText,
  readTimeZone,
  UsageError,
} from './common.js';
import { diagnose, settings, verify } from './connection.js';
import { commandUsage, usage } from './help.js';
import { backups, folder, recover } from './retention.js';
import { storage } from './storage.js';
import { renderTable } from './table.js';
import { WORDS } from './words.js';

export type { CliIo } from './common.js';
export { EXIT } from './common.js';

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  offer: { type: 'string' },
  history: { type: 'string' },
  recipients: { type: 'string' },
  size: { type: 'string' },
  other: { type: 'string' },
  messages: { type: 'string' },
  now: { type: 'string' },
  rfc: { type: 'boolean' },
  format: { type: 'string' },
  incoming: { type: 'string' },
  used: { type: 'string' },
  submission: { type: 'string' },
  received: { type: 'string' },
  gone: { type: 'string' },
  protocol: { type: 'string' },
  devices: { type: 'string' },
  offline: { type: 'boolean' },
  shared: { type: 'boolean' },
  webmail: { type: 'boolean' },
  tz: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/**
 * Runs the `mail-policy` program on `argv` (without `node` and the script) and returns its exit
 * code.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const [command, ...rest] = positionals;
    // `mail-policy quota --help` and `mail-policy help quota`: one command's help.
    const topic = command === 'help' ? rest[0] : values.help ? command : undefined;
    if (topic !== undefined) {
      const help = commandUsage(topic);
      if (help === undefined)
        throw new UsageError(`unknown command: ${topic} (try mail-policy --help)`);
      io.stdout(help);
      return EXIT.ok;
    }
    if (values.help || command === undefined || command === 'help') {
      io.stdout(usage());
      return command === undefined && !values.help ? EXIT.badInput : EXIT.ok;
    }
    const locale = readLocale(values.lang);
    const one = (usage: string) => {
      if (rest.length !== 1)
        throw new UsageError(`${command} needs one value: mail-policy ${command} ${usage}`);
      return rest[0] as string;
    };
    if (command === 'check') {
      const value = one('VALUE');
      if (value !== '-') return check(value, values, locale, io);
      return checkList(await readStandardInput(io), values, locale, io);
    }
    if (command === 'settings') return settings(one('EMAIL'), values, locale, io);
    if (command === 'diagnose') return await diagnose(one('"REPLY"'), values, locale, io);
    if (command === 'verify') return await verify(one('FILE'), values, locale, io);
    if (command === 'folder') return folder(one('NAME'), values, locale, io);
    if (command === 'attachment') return attachment(one('SIZE'), values, locale, io);
    if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
    switch (command) {
      case 'demo':
        return demo(values, locale, io);
      case 'offers':
        return offers(values, io);
      case 'quota':
        return await quota(values, locale, io);
      case 'recover':
        return recover(values, locale, io);
      case 'backups':
        return backups(values, locale, io);
      case 'protocol':
        return protocol(values, locale, io);
      case 'storage':
        return storage(values, locale, io);
      default:
        throw new UsageError(`unknown command: ${command} (try mail-policy --help)`);
    }
  } catch (error) {
    const value = dashedValue(argv, error);
    if (value !== undefined) {
      // `mail-policy check -@example.com`: the seed's own example read as options. The same
      // command line is shown with the value moved after `--`.
      const rest = argv.filter((arg) => arg !== value);
      const cut = rest.indexOf('--');
      const fixed =
        cut < 0
          ? [...rest, '--', value]
          : [...rest.slice(0, cut + 1), value, ...rest.slice(cut + 1)];
      io.stderr(
        `mail-policy: ${value} is read as options; a value that starts with "-" goes after "--", as in: mail-policy ${fixed.map(shellWord).join(' ')}`,
      );
      return EXIT.badInput;
    }
    if (
      error instanceof UsageError ||
      error instanceof PolicyInputError ||
      isParseArgsError(error)
    ) {
      io.stderr(
        `mail-policy: ${(error instanceof PolicyInputError
          ? inFlags(error)
          : (error as Error).message
        )
          .split(LINE_BREAK)
          .map((line) => line.trim())
          .join(' ')}`,
      );
      return EXIT.badInput;
    }
    throw error;
  }
}

/** The flag that gives each parameter the commands pass on to the library. */
const FLAG_OF: Readonly<Record<string, string>> = {
  offer: '--offer',
  now: '--now',
  receivedAt: '--received',
  goneAt: '--gone',
  sizeBytes: '--size',
};

/**
 * A PolicyInputError in the command line's words: `--gone: expected an instant at or after
 * --received`, not `goneAt: … receivedAt`. Other parameters (`history[3].at`, a line of the
 * history file) keep their names.
 */
function inFlags({ parameter, expected, received }: PolicyInputError): string {
  const flag = Object.hasOwn(FLAG_OF, parameter) ? FLAG_OF[parameter] : parameter;
  const words = expected.replaceAll('receivedAt', '--received').replaceAll('goneAt', '--gone');
  return `${flag}: expected ${words}; received ${received}`;
}

/**
 * The argument that parseArgs refused as an unknown option when it is rather a value that
 * starts with a single `-` (`-@example.com`, `-jean`): `undefined` for any other error, and for
 * a mistyped long option (`--colour`), which keeps parseArgs's own message.
 */
function dashedValue(argv: readonly string[], error: unknown): string | undefined {
  if ((error as { code?: unknown } | null)?.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return;
  const known = Object.values(OPTIONS).map((option) =>
    'short' in option ? `-${option.short}` : '',
  );
  const end = argv.indexOf('--');
  return argv
    .slice(0, end < 0 ? argv.length : end)
    .find((arg) => arg.length > 1 && arg[0] === '-' && arg[1] !== '-' && !known.includes(arg));
}

/** `word` as a shell reads it: in single quotes unless it holds only plain characters. */
function shellWord(word: string): string {
  return SHELL_PLAIN.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** `--lang`: a supported language, with a region or not (`fr`, `de-CH`). */
function readLocale(lang: string | undefined): Locale {
  if (lang === undefined) return 'en';
  const locale = matchLocale([lang], null);
  if (locale === null) throw badValue('--lang', `one of ${LOCALES.join(', ')}`, lang);
  return locale;
}

const bytes = messageContext('en').bytes;

function offerRow(offer: Offer): string[] {
  return [
    offer.id,
    offer.name,
    offer.paid ? 'paid' : 'free',
    String(offer.dailySendLimit),
    String(offer.maxRecipientsPerMessage),
    bytes(offer.maxMessageBytes),
    offer.storageBytes === 'unlimited' ? 'unlimited' : bytes(offer.storageBytes),
    offer.backupRetentionDays === 0 ? 'none' : `${offer.backupRetentionDays} days`,
    `${offer.addresses.min}–${offer.addresses.max === 'unlimited' ? '∞' : offer.addresses.max}`,
  ];
}

function offersTable(): string {
  return renderTable(
    [
      'offer',
      'name',
      'paid',
      'sends/24h',
      'recipients',
      'message',
      'storage',
      'backups',
      'addresses',
    ],
    OFFER_IDS.map((id) => offerRow(OFFERS[id])),
  );
}

function offers(values: Values, io: CliIo): number {
  io.stdout(
    values.json
      ? JSON.stringify(
          OFFER_IDS.map((id) => OFFERS[id]),
          null,
          2,
        )
      : offersTable(),
  );
  return EXIT.ok;
}

/**
 * One line per decision in the words of `frame` (the demo's tour keeps English), then one line
 * per issue, in `locale`; instants in `timeZone` (`--tz`), UTC without one.
 */
function describeDecision(
  decision: SendDecision,
  locale: Locale,
  io: CliIo,
  frame: Locale = locale,
  timeZone?: string,
): string {
  const { colon, semicolon, quota: words } = WORDS[frame];
  const usage = words.usage(decision.weight, decision.used, decision.limit);
  if (decision.allowed) {
    return `${paint(io, 'ok', words.allowed)}${colon}${usage}, ${words.left(decision.remaining)}`;
  }
  const retry = words.retry(decision.retryAt ? isoInstant(decision.retryAt, timeZone) : null);
  const lines = [`${paint(io, 'refused', words.refused)}${colon}${usage}${semicolon}${retry}`];
  // An issue's line is in the language of its sentence, and so is its colon.
  for (const issue of decision.issues) {
    lines.push(
      `  - ${issue.code} (${issue.rule})${WORDS[locale].colon}${formatIssue(issue, locale, { timeZone: timeZone ?? 'UTC' })}`,
    );
  }
  return lines.join('\n');
}

/** The last instant a send can be stamped: 24 hours before the end of the range of a Date. */
const LAST_SEND_MS = MAX_EPOCH_MS - SEND_WINDOW_MS;

/** The sends of a history file; an `at` without an offset read on `timeZone`'s clock, if any. */
async function readHistory(path: string, io: CliIo, timeZone?: string): Promise<SendEvent[]> {
  const text = await readText(io, path, `--history: cannot read ${path}`);
  const events: SendEvent[] = [];
  const lines = text.split(LINE_BREAK);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `${path === '-' ? 'standard input' : path}:${index + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: not valid JSON`);
    }
    const { at, recipients, id } = (row ?? {}) as {
      at?: unknown;
      recipients?: unknown;
      id?: unknown;
    };
    const time =
      typeof at === 'string'
        ? parseIsoDate(at, timeZone)
        : typeof at === 'number'
          ? new Date(at).getTime()
          : Number.NaN;
    if (Number.isNaN(time))
      throw new UsageError(`${where}: "at" must be an ISO date or epoch milliseconds`);
    // A send's 24 hours must end within the range of a Date: said here with the file's line,
    // where the ledger would name `events[i]`, an index the file does not show.
    if (time > LAST_SEND_MS)
      throw new UsageError(
        `${where}: "at" must be at least 24 hours before the end of the Date range (+275760-09-13T00:00:00Z)`,
      );
    // Epoch seconds, as many logs keep them, would be sends of January 1970, outside any
    // window: the quota would look free. Milliseconds before 1973 are no send history.
    if (typeof at === 'number' && at > 0 && at < 1e11) {
      throw new UsageError(
        `${where}: "at" looks like epoch seconds (${at}); give milliseconds (${at * 1000}) or an ISO date`,
      );
    }
    if (typeof recipients !== 'number' || !Number.isSafeInteger(recipients) || recipients < 0) {
      throw new UsageError(`${where}: "recipients" must be a non-negative integer`);
    }
    // A message id, as `[...ledger]` lists it: a send logged twice under one id counts once.
    if (id !== undefined && typeof id !== 'string')
      throw new UsageError(`${where}: "id" must be a string`);
    events.push(id === undefined ? { at: time, recipients } : { at: time, recipients, id });
  }
  return events;
}

async function quota(values: Values, locale: Locale, io: CliIo): Promise<number> {
  if (values.offer === undefined) throw new UsageError('--offer is required');
  // An offer id, checked here: decideSend's own message offers "or a SendPolicy" besides.
  toOfferRow(values.offer, 'offer');
  const recipients = readCount(values.recipients, '--recipients', true) as number;
  const sizeBytes = values.size === undefined ? undefined : readSize(values.size, '--size');
  const timeZone = readTimeZone(values.tz);
  const now = readDate(values.now, '--now', io.now, timeZone);
  const history =
    values.history === undefined ? [] : await readHistory(values.history, io, timeZone);
  const decision = decideSend({
    offer: values.offer as never,
    now,
    history: SendLedger.from(history),
    message: { recipients },
    ...(sizeBytes === undefined ? {} : { sizeBytes }),
  });
  if (values.json) {
    const messages = decision.allowed
      ? []
      : decision.issues.map((issue) => formatIssue(issue, locale, { timeZone: timeZone ?? 'UTC' }));
    io.stdout(JSON.stringify({ ...decision, now, messages }, null, 2));
  } else {
    io.stdout(describeDecision(decision, locale, io, locale, timeZone));
  }
  return decision.allowed ? EXIT.ok : EXIT.refused;
}

/**
 * `mail-policy protocol [--devices N] [--offline] [--shared] [--webmail]`: IMAP or POP3, the
 * reasons (`+`) and what to mind (`!`), in the language asked for.
 */
function protocol(values: Values, locale: Locale, io: CliIo): number {
  const devices = readCount(values.devices, '--devices', false, 1) ?? 1;
  const advice = adviseProtocol({
    devices,
    offline: values.offline === true,
    sharedMailbox: values.shared === true,
    webmailOrApp: values.webmail === true,
  });
  const text = formatProtocolAdvice(advice, locale);
  io.stdout(
    values.json
      ? JSON.stringify({ ...advice, messages: text }, null, 2)
      : [
          `${advice.protocol.toUpperCase()} (${advice.rule})${WORDS[locale].colon}${text.protocol}`,
          ...text.reasons.map((reason) => `  + ${reason}`),
          ...text.warnings.map((warning) => `  ! ${warning}`),
        ].join('\n'),
  );
  return EXIT.ok;
}

const HOUR = 3_600_000;

function demo(values: Values, locale: Locale, io: CliIo): number {
  const now = new Date('2026-03-02T12:00:00Z');
  const history = new SendLedger();
  // A kSuite (free) mailbox that sent a newsletter-sized batch this morning.
  history.record(now.getTime() - 20 * HOUR, 300, 'monday-report');
  history.record(now.getTime() - 4 * HOUR, 180, 'offer-mailing');
  history.record(now.getTime() - 1 * HOUR, 12, 'reply');
  const scenarios = [
    {
      title: 'A reply to 3 people',
      message: { to: ['ana@example.com'], cc: ['bo@example.com', 'cy@example.com'] },
    },
    { title: 'A message to 20 people', message: { recipients: 20 } },
    { title: 'A message to 150 people', message: { recipients: 150 } },
    {
      title: 'A 250 MiB message to 1 person',
      message: { recipients: 1 },
      sizeBytes: 250 * 1024 * 1024,
    },
  ] as const;
  const decisions = scenarios.map((scenario) => ({
    title: scenario.title,
    decision: decideSend({
      offer: 'ksuite-free',
      now,
      history,
      message: scenario.message,
      ...('sizeBytes' in scenario ? { sizeBytes: scenario.sizeBytes } : {}),
    }),
  }));
  const sizes = [1_000_000, 25 * 1024 * 1024, 100 * 1024 * 1024, 2 * 1024 ** 3, 60 * 1024 ** 3].map(
    (raw) => ({
      raw,
      encoded: base64EncodedLength(raw),
      fitsInOneMessage: checkMessageSize(base64EncodedLength(raw)).ok,
      webmail: attachmentDelivery(raw),
    }),
  );
  // A my kSuite mailbox nearly full, and a message of 150 MiB on its way (R-STOR-1).
  const mailbox = {
    offer: 'my-ksuite',
    usedBytes: 20 * 1024 ** 3 - 100 * 1024 ** 2,
    incomingBytes: 150 * 1024 ** 2,
  } as const;
  const storage = { ...mailbox, result: checkStorage(mailbox) };
  if (values.json) {
    io.stdout(
      JSON.stringify(
        { offers: OFFER_IDS.map((id) => OFFERS[id]), now, decisions, sizes, storage },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  const out: string[] = [];
  out.push('infomaniak-mail-policy: a tour on built-in examples', '');
  out.push(
    '1. The offer matrix (R-SEND-1, R-RCPT-1, R-SIZE-1, R-STOR-1, R-BKP-2, R-ADDR-COUNT)',
    '',
  );
  out.push(offersTable());
  out.push(
    `Web hosting, unauthenticated PHP mail(): ${PHP_MAIL_DAILY_LIMIT} per 24 h (R-SEND-3).`,
    '',
  );
  out.push(
    `2. Send decisions for a kSuite (free) mailbox at ${now.toISOString()} (R-SEND-1, -2, -5, R-RCPT-1, R-SIZE-1)`,
    `   history: 300 recipients 20 h ago, 180 recipients 4 h ago, 12 recipients 1 h ago = ${history.used(now)} of 500`,
    '',
  );
  for (const { title, decision } of decisions) {
    out.push(
      `${title}:`,
      `  ${describeDecision(decision, locale, io, 'en').replaceAll('\n', '\n  ')}`,
      '',
    );
  }
  out.push('3. Sizes and storage (R-SIZE-1, R-SIZE-2, R-SIZE-3, R-STOR-1)', '');
  out.push(
    renderTable(
      ['file', 'base64 in the message', 'fits one message', 'webmail sends it as'],
      sizes.map((size) => [
        bytes(size.raw),
        bytes(size.encoded),
        size.fitsInOneMessage ? 'yes' : 'no',
        size.webmail,
      ]),
    ),
  );
  out.push(
    '',
    `Largest attachment that fits one ${bytes(MAX_MESSAGE_BYTES)} message once encoded: ${bytes(maxAttachmentBytes())} (${maxAttachmentBytes()} bytes).`,
    `A my kSuite mailbox holding ${bytes(mailbox.usedBytes)} of ${bytes(storage.result.limit as number)}, ${bytes(storage.result.freeBytes as number)} free, and a ${bytes(mailbox.incomingBytes)} message: ${
      storage.result.ok
        ? 'it fits'
        : storage.result.issues.map((issue) => `${issue.code} (${issue.rule})`).join(', ')
    }.`,
  );
  out.push('', '4. Creating an address (R-LP-1…6)', '');
  for (const value of ['jean.dupont@exemple.ch', 'José..Müller@exemple.ch', '-@example.com']) {
    const result = validateAddress(value);
    const verdict = result.ok
      ? 'can be created'
      : `refused: ${result.issues.map((issue) => issue.code).join(', ')}${result.rfcValid ? ' (valid RFC 5321 syntax all the same)' : ''}`;
    out.push(`${value}: ${verdict}`);
  }
  out.push(`suggestLocalPart('José Müller') = ${suggestLocalPart('José Müller')}`);
  out.push('', '5. Connecting a mail client (R-CONN-1…7, R-PROTO-1…2)', '');
  const recommended = recommendSettings('jean.dupont@exemple.ch');
  if (recommended.ok) {
    for (const server of [recommended.incoming, recommended.outgoing]) {
      out.push(
        `${server.protocol.toUpperCase()}: ${server.host} port ${server.port} ${server.security}, user ${server.username}`,
      );
    }
  }
  const diagnosis = diagnoseSmtpReply('535 5.7.0 authentication failed');
  out.push(
    `"535 5.7.0 authentication failed": ${diagnosis?.cause} (${diagnosis?.rule}), first remedy: ${diagnosis?.remedies[0]}`,
  );
  // What nodemailer throws when a network blocks port 25: no reply, the client's own error.
  const failure = diagnoseClientError('connect ETIMEDOUT 192.0.2.7:25');
  out.push(
    `"connect ETIMEDOUT 192.0.2.7:25": ${failure?.cause} (${failure?.rule}), first remedy: ${failure?.remedies[0]}`,
  );
  const advice = adviseProtocol({ devices: 2 });
  out.push(
    `A laptop and a phone: ${advice.protocol} (${advice.rule}), because ${advice.reasons.join(', ')}; mind: ${advice.warnings.join(', ')}`,
  );
  out.push('', '6. Retention and recovery (R-RET-2, R-BKP-1…8)', '');
  out.push(
    `classifyFolder('INBOX.Papelera') = ${classifyFolder('INBOX.Papelera')}, purged 30 days after a message enters it`,
  );
  const lost = canRecover({
    offer: 'ksuite-standard',
    receivedAt: new Date('2026-03-02T07:00:00Z'), // 08:00 in Zurich
    goneAt: new Date('2026-03-02T08:00:00Z'), // trash emptied at 09:00
    now: new Date('2026-03-02T09:00:00Z'),
  });
  out.push(
    `A message received at 08:00 and gone at 09:00, restore asked at 10:00: ${lost.recoverable ? 'recoverable' : lost.reason} (the seed's example)`,
  );
  io.stdout(out.join('\n'));
  return EXIT.ok;
}
