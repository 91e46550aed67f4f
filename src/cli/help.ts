/** One command's help: `mail-policy <command> --help` prints it; `--help` lists them all. */
interface CommandHelp {
  /** The arguments and options, after the command's name. */
  readonly usage: string;
  /** What it answers, in one line. */
  readonly summary: string;
  /** More lines for the command's own help. */
  readonly details: readonly string[];
  /** What `--json` prints. */
  readonly json: string;
  /** Exit codes beyond 2 (bad input), which every command shares. */
  readonly exit: string;
  readonly examples: readonly string[];
}

export const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  demo: {
    usage: '',
    summary: 'a tour of the library on built-in examples',
    details: [
      'Offers, send decisions, sizes and storage, addresses, settings, diagnoses, IMAP or POP3, retention.',
    ],
    json: 'the offers, and the decisions, sizes and storage the tour shows',
    exit: '0',
    examples: ['mail-policy demo', 'mail-policy demo --lang de'],
  },
  offers: {
    usage: '',
    summary: 'the offer matrix: limits, storage, backups, addresses',
    details: [],
    json: 'an array of offers, as OFFERS holds them (with the provenance of every figure)',
    exit: '0',
    examples: ['mail-policy offers', 'mail-policy offers --json'],
  },
  quota: {
    usage: '--offer ID --recipients N [--history FILE.jsonl] [--size SIZE] [--now ISO] [--tz ZONE]',
    summary: 'may this mailbox send this message now, and if not, when?',
    details: [
      'History: one JSON object a line, {"at":"<ISO>","recipients":N}, with an "id" if it has one',
      '(a send logged twice under one id counts once; --history - reads them from standard',
      'input); the rolling 24 h window ends at --now (default: the clock). --size is the whole',
      'message: bytes, or a number and a unit, as attachment reads them (250MB, 201 MiB).',
    ],
    json: "decideSend's answer (allowed, weight, used, remaining, limit, issues, retryAt), now, messages",
    exit: '0 allowed, 1 refused',
    examples: [
      'mail-policy quota --offer ksuite-free --history sent.jsonl --recipients 12 --now 2026-03-01T12:00:00Z',
      'mail-policy quota --offer mail-premium --recipients 120 --json',
    ],
  },
  attachment: {
    usage: 'SIZE [--other SIZE]',
    summary: 'does a file of this size fit in one message, and how does the webmail send it?',
    details: [
      'A file is base64-encoded in a message, 37% larger, and a message holds 201 MiB at the',
      'most: what the file becomes, what is left or the largest file that fits, and what the',
      'webmail does with it (an attachment up to 25 MiB, then a SwissTransfer link up to 3 GiB).',
      '--other: the rest of the message (headers, text, other files), 0 by default.',
      'SIZE: bytes, or a number and a unit: 180MB, 25 MiB, 1.5G. KiB, MiB, GiB (and Ko, Mo, Go,',
      'as the provider writes them in French; K, M, G, as ls -lh and du -h do) count by 1024;',
      'kB, MB, GB by 1000.',
    ],
    json: "rawBytes, otherBytes, encodedBytes, message (checkMessageSize's answer), maxAttachmentBytes, webmail (attachmentDelivery's answer), webmailText (formatAttachmentDelivery's), messages",
    exit: '0 fits in one message, 1 does not',
    examples: [
      'mail-policy attachment 180MB',
      "mail-policy attachment '12,5 Mo' --other 40000 --lang fr",
    ],
  },
  storage: {
    usage: '--offer ID --used SIZE [--incoming SIZE]',
    summary: 'is there room in this mailbox, and what does a sender see when there is not?',
    details: [
      'The free offers hold 20 GiB, the paid ones have no limit (R-STOR-1); a mailbox may be',
      'filled exactly. --used: what the mailbox holds (the webmail shows it in the address’s',
      'settings, under Storage); --incoming: a message about to arrive. A message that does not',
      'fit goes back to its sender (R-STOR-3), and one over 201 MiB is refused whatever the',
      'storage (R-SIZE-1). Sizes as attachment reads them: 19.5GiB, 21G, 512 Mo.',
    ],
    json: "offer, usedBytes, incomingBytes, storage (checkStorage's answer), message (checkMessageSize's answer for --incoming, or null), unlimitedOffers (the same family's, when it is full), messages",
    exit: '0 room, 1 full, over the limit, or the message too large',
    examples: [
      'mail-policy storage --offer my-ksuite --used 19.5GiB --incoming 25MiB',
      'mail-policy storage --offer mail-starter --used 21G --lang fr',
    ],
  },
  check: {
    usage: 'VALUE | - [--rfc]',
    summary: 'can this local part or address be created here?',
    details: [
      'A value with an @ is checked as a whole address, otherwise as a local part. Lists every',
      'issue, points at the first bad character (one a terminal would not show is printed as ? on',
      "the caret's line, and as \\uXXXX in the quoted value above it) and suggests a fix: the local",
      'part made creatable, the domain without spaces, the characters nobody sees, or the',
      'punctuation of a sentence after it ("jean@exemple.ch." or "(jean@exemple.ch)"), a comma',
      'read as a dot and no empty label ("exemple..ch"); an address copied with its name ("Name',
      '<address>") or as a mailto: link ("Name [mailto:address]" as Outlook quotes a sender) is',
      'taken out first.',
      '--rfc: is it valid RFC 5321 syntax instead? A value that starts with "-" goes after "--".',
      '- checks every line of standard input, or the first column of a CSV, as for addresses to',
      'create in bulk; a header on the first line of a CSV or a list of addresses ("address",',
      '"email", "E-Mail-Adresse", "courriel", "indirizzo", "correo"…) is skipped, and said so; an',
      'address given twice, in any case, is refused the second time.',
    ],
    json: 'value, kind, the validation result (ok, issues or value), messages, suggestion; with -, header (the first line skipped, or null), values (each with its line, and duplicateOf for a repeat), valid, refused',
    exit: '0 valid, 1 refused (with -: 1 when any is)',
    examples: [
      "mail-policy check 'José..Müller@exemple.ch' --lang fr",
      'mail-policy check --rfc -- -jean@exemple.ch',
      'mail-policy check - < addresses.csv',
    ],
  },
  settings: {
    usage:
      'EMAIL [--format text|json|thunderbird|apple|autodiscover|srv] [--incoming imap|pop3] [--submission starttls|tls]',
    summary: 'the client settings for an address, or a ready-made file',
    details: [
      'text: the servers, ports, security and login; thunderbird: config-v1.1.xml; apple: a',
      '.mobileconfig profile; autodiscover: Outlook autodiscover.xml; srv: DNS SRV records.',
      'An address copied with its name ("Name <address>") or as a mailto: link is taken out.',
    ],
    json: "recommendSettings's answer (--format json, or --json)",
    exit: '0 ok, 1 the address cannot be used',
    examples: [
      'mail-policy settings jean.dupont@exemple.ch',
      'mail-policy settings jean.dupont@exemple.ch --format thunderbird > config-v1.1.xml',
    ],
  },
  verify: {
    usage: "FILE.json | - | '{…}'",
    summary: 'checks the settings a mail client was given, and says what to change',
    details: [
      'The settings as JSON, from a file, standard input (-) or the argument itself:',
      '{"email": "jean@exemple.ch", "incoming": {"protocol": "imap", "host": …, "port": 993,',
      '"security": "tls", "username": …}, "outgoing": {…}}, every field as the client shows it',
      '("SSL/TLS", "Normal password", a port as text). Each finding: its severity (an error: the',
      'client fails; a warning: it works, with trouble; a tip), the field (a JSON Pointer), its',
      'code, rule and sentence, server by server; under it, the fix: JSON Patch operations (RFC',
      '6902) on the settings, which apply one after another in that order.',
    ],
    json: "checkClientSettings's answer (ok, findings with their patches), messages",
    exit: '0 no error (warnings and tips may remain), 1 an error',
    examples: [
      'mail-policy verify client-settings.json --lang fr',
      `mail-policy verify '{"email":"jean@exemple.ch","outgoing":{"host":"mail.infomaniak.com","port":25}}'`,
    ],
  },
  diagnose: {
    usage: '"TEXT" | -',
    summary: 'explains an SMTP reply (535 5.7.0 …) or a mail client’s error, and what to do',
    details: [
      'A server’s reply as the client showed it: a code, an enhanced code, the text; or an',
      'enhanced code alone, as bounce messages and the provider’s guide quote them (5.2.2 Over',
      'quota). Or a client’s own error: an Outlook code (0x800CCC0E), a certificate error, a',
      'Node.js or OpenSSL error (ECONNREFUSED), an IMAP or POP3 code ([AUTHENTICATIONFAILED]),',
      'or the words of Thunderbird, Apple Mail, iOS or PHPMailer. A reply the guides explain',
      'comes first. - reads the text from standard input (a bounce, a whole error message).',
    ],
    json: "diagnoseSmtpReply's or diagnoseClientError's answer and messages (cause, remedies)",
    exit: '0 (a text that is neither is bad input)',
    examples: [
      'mail-policy diagnose "535 5.7.0 Authentication failed"',
      'mail-policy diagnose "550 5.4.6 Routing loop" --lang it',
      'mail-policy diagnose "5.2.2 Over quota"',
      'mail-policy diagnose "Error Number: 0x800CCC0E, Port: 25" --lang fr',
      'mail-policy diagnose - < bounce.txt',
    ],
  },
  protocol: {
    usage: '[--devices N] [--offline] [--shared] [--webmail]',
    summary: 'IMAP or POP3 for this mailbox, and why?',
    details: [
      '--devices: how many devices read the address (default 1); --offline: mail must be',
      'readable without a connection; --shared: several people share the mailbox; --webmail:',
      'the web app or the Infomaniak Mail app is used too. IMAP, which the provider recommends,',
      'unless one device alone must work offline. The reasons follow a +, what to mind a !.',
    ],
    json: "adviseProtocol's answer (protocol, rule, reasons, warnings), messages (protocol, reasons, warnings)",
    exit: '0',
    examples: ['mail-policy protocol --devices 3', 'mail-policy protocol --offline --lang fr'],
  },
  folder: {
    usage: 'NAME [--messages N]',
    summary: 'does the provider purge this folder after 30 days?',
    details: [
      'Trash and spam folders, in the languages clients use, IMAP UTF-7 names included (shown',
      'decoded too). An empty or blank name is bad input. --messages: how many messages the',
      'folder holds; above 4,000 a folder slows indexing, and the answer says what to do',
      "(R-STOR-2). That is advice: the exit code stays the purge's.",
    ],
    json: "name, decoded (a UTF-7 name), kind, purged, rule; with --messages, advice (folderAdvice's answer) and adviceText (formatFolderAdvice's)",
    exit: '0 kept, 1 purged after 30 days',
    examples: [
      'mail-policy folder Corbeille',
      'mail-policy folder INBOX --messages 12000 --lang de',
      'mail-policy folder "INBOX.Spam" --json',
      "mail-policy folder 'INBOX.&BBoEPgRABDcEOAQ9BDA-'",
    ],
  },
  recover: {
    usage: '--offer ID --received ISO [--gone ISO] [--now ISO] [--protocol imap|pop3] [--tz ZONE]',
    summary: 'can a lost message be recovered, and from which backup?',
    details: [
      '--received: when the message arrived; --gone: when it left the server for good (trash',
      'emptied or purged); --protocol pop3: the client removed it when it downloaded it.',
    ],
    json: "canRecover's answer (recoverable, backup or reason and issue), message",
    exit: '0 recoverable, 1 not',
    examples: [
      'mail-policy recover --offer ksuite-standard --received 2026-03-01T08:00:00Z --gone 2026-03-10T09:00:00Z --now 2026-03-20T12:00:00Z',
    ],
  },
  backups: {
    usage: '--offer ID [--now ISO] [--tz ZONE]',
    summary: 'the backups a restore can choose from',
    details: [
      'The provider backs up every mailbox once a day, early in the morning (05:00 in Zurich,',
      'R-BKP-1): --tz Europe/Zurich writes them on that clock, 2026-03-10T05:00:00.000+01:00.',
    ],
    json: "restoreOptions's answer (retentionDays, backups, upgradeUnlocksBackups)",
    exit: '0',
    examples: [
      'mail-policy backups --offer ksuite-business --now 2026-03-31T12:00:00Z',
      'mail-policy backups --offer ksuite-business --now 2026-03-31T14:00 --tz Europe/Zurich',
    ],
  },
};

const OPTIONS = `Options:
  --json                    machine-readable output (JSON on stdout, never coloured)
  --lang en|fr|de|it|es     language of the answers (default en; fr-CH is fr)
  -h, --help                help; mail-policy <command> --help for one command`;

const ENVIRONMENT = `Dates: ISO 8601, as 2026-03-01T12:00:00Z or 2026-03-01T13:00+01:00; a date alone
is midnight UTC, a time without Z or an offset is local time. --tz ZONE (quota, recover,
backups): an IANA time zone, such as Europe/Zurich, whose clock reads those two and writes
the answers' instants (2026-03-10T05:00:00.000+01:00); without it, they are written in UTC.
Colour: only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.
Exit codes: 0 ok, 1 refused by the policy, 2 bad input.`;

/** The summary as a sentence: capitalised, with its full stop. */
export function summarySentence(help: CommandHelp): string {
  const text = `${help.summary[0]?.toUpperCase()}${help.summary.slice(1)}`;
  return text.endsWith('?') ? text : `${text}.`;
}

/** `mail-policy --help`. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, help]) => {
    const head = `  ${name}${help.usage === '' ? '' : ` ${help.usage}`}`;
    return `${head}\n      ${help.summary}`;
  });
  return [
    'Usage: mail-policy <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    OPTIONS,
    '',
    ENVIRONMENT,
    '',
    'Examples:',
    ...Object.values(COMMANDS).map((help) => `  ${help.examples[0]}`),
  ].join('\n');
}

/** `mail-policy <command> --help`, or `undefined` for an unknown command. */
export function commandUsage(name: string): string | undefined {
  const help = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (help === undefined) return undefined;
  return [
    `Usage: mail-policy ${name}${help.usage === '' ? '' : ` ${help.usage}`} [--json] [--lang xx]`,
    '',
    summarySentence(help),
    ...(help.details.length === 0 ? [] : ['', ...help.details]),
    '',
    `--json: ${help.json}.`,
    `Exit codes: ${help.exit}; 2 bad input.`,
    '',
    'Examples:',
    ...help.examples.map((example) => `  ${example}`),
  ].join('\n');
}
