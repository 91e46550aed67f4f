import { COMMANDS, summarySentence } from '../../src/cli/help.js';
import { CLIENT_ERRORS } from '../../src/connection/diagnoseClientError.js';
import {
  ATTACHMENT_TIERS,
  diagnoseSmtpReply,
  ENDPOINTS,
  FOLDER_MESSAGE_ADVICE,
  FOLDER_NAMES,
  formatDiagnosis,
  formatIssue,
  type Issue,
  LOCALES,
  OFFER_IDS,
  OFFERS,
  type Offer,
  type OfferDataField,
  PHP_MAIL_DAILY_LIMIT,
  validateLocalPart,
} from '../../src/index.js';
import { EXAMPLE_INPUTS, EXAMPLE_PLATFORMS, EXAMPLES } from '../helpers/examples.js';

/** The repository's copy of the seed, relative to docs/ (identical to shared/'s, a test says). */
const SEED = 'seed/infomaniak-kb-es.txt';
const seedLink = ([from, to]: readonly [number, number]) =>
  from === to
    ? `[seed ${from}](${SEED}#L${from})`
    : `[seed ${from}–${to}](${SEED}#L${from}-L${to})`;

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const bytes = (value: number) =>
  value % GiB === 0
    ? `${value / GiB} GiB`
    : value % MiB === 0
      ? `${value / MiB} MiB`
      : `${value.toLocaleString('en')} B`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const FIELD_LABELS: Record<OfferDataField, string> = {
  paid: 'paid',
  dailySendLimit: 'sends / 24 h',
  maxRecipientsPerMessage: 'recipients / message',
  maxMessageBytes: 'message size',
  storageBytes: 'storage',
  trashRetentionDays: 'trash kept',
  backupRetentionDays: 'backups kept',
  addresses: 'addresses',
};

function cell(offer: Offer, field: OfferDataField): string {
  switch (field) {
    case 'paid':
      return offer.paid ? 'yes' : 'no';
    case 'maxMessageBytes':
      return `${offer.maxMessageBytes.toLocaleString('en')} B (${bytes(offer.maxMessageBytes)})`;
    case 'storageBytes':
      return offer.storageBytes === 'unlimited' ? 'unlimited' : bytes(offer.storageBytes);
    case 'trashRetentionDays':
      return `${offer.trashRetentionDays} days`;
    case 'backupRetentionDays':
      return offer.backupRetentionDays === 0 ? 'none' : `${offer.backupRetentionDays} days`;
    case 'addresses':
      return `${offer.addresses.min}–${offer.addresses.max === 'unlimited' ? 'unlimited' : offer.addresses.max}`;
    default:
      return String(offer[field]);
  }
}

const FIELDS = Object.keys(FIELD_LABELS) as OfferDataField[];

/** The generated blocks, by name: `<!-- generated:NAME -->` … `<!-- /generated:NAME -->`. */
export const BLOCKS: Readonly<Record<string, () => string>> = {
  'cli-commands': () =>
    Object.entries(COMMANDS)
      .map(([name, help]) =>
        [
          `### \`${name}\``,
          '',
          '```sh',
          `mail-policy ${name}${help.usage === '' ? '' : ` ${help.usage}`}`,
          '```',
          '',
          [summarySentence(help), ...help.details].join(' '),
          '',
          `- \`--json\`: ${help.json}.`,
          `- Exit codes: ${help.exit}; 2 bad input.`,
          `- Examples: ${help.examples.map((example) => `\`${example}\``).join(', ')}`,
        ].join('\n'),
      )
      .join('\n\n'),
  'offers-table': () =>
    table(
      [
        'offer id',
        'name',
        'seed name',
        ...FIELDS.map(
          (field) => `${FIELD_LABELS[field]} (${OFFERS['ksuite-free'].sources[field].rule})`,
        ),
      ],
      OFFER_IDS.map((id) => [
        `\`${id}\``,
        OFFERS[id].name,
        OFFERS[id].seedName,
        ...FIELDS.map((field) => cell(OFFERS[id], field)),
      ]),
    ) +
    `\n\nWeb hosting, unauthenticated PHP \`mail()\`: \`PHP_MAIL_DAILY_LIMIT\` = ${PHP_MAIL_DAILY_LIMIT} per 24 h (R-SEND-3).`,
  'offers-sources': () =>
    table(
      ['offer id', 'field', 'value', 'rule', 'seed', 'the seed says', 'interpretation'],
      OFFER_IDS.flatMap((id) =>
        FIELDS.map((field) => {
          const source = OFFERS[id].sources[field];
          return [
            `\`${id}\``,
            `\`${field}\``,
            cell(OFFERS[id], field),
            source.rule,
            seedLink(source.seedLines),
            source.quote === undefined ? '' : `\`${source.quote}\``,
            source.interpretation ?? '',
          ];
        }),
      ),
    ),
  'send-issues': () =>
    issueSections([
      'no-recipients',
      'too-many-recipients',
      'message-too-large',
      'daily-limit-reached',
    ]),
  'storage-issues': () => issueSections(['storage-full', 'address-limit-reached']),
  'address-issues': () =>
    issueSections(
      (Object.keys(EXAMPLES) as Issue['code'][]).filter(
        (code) =>
          !SEND_AND_STORAGE.includes(code) &&
          !FINDING_CODES.includes(code) &&
          !RECOVERY_CODES.includes(code) &&
          !STUDENT_CODES.includes(code),
      ),
    ),
  'connection-findings': () => issueSections(FINDING_CODES),
  'recovery-issues': () => issueSections(RECOVERY_CODES),
  'student-issues': () => issueSections(STUDENT_CODES),
  'folder-names': () =>
    table(
      ['kind', 'language', 'names (whole name, after NFKC, trimming and lower-casing)'],
      FOLDER_NAMES.map((entry) => [entry.kind, entry.language, entry.names.join(', ')]),
    ),
  'endpoints-table': () =>
    table(
      ['protocol', 'port', 'security', 'status', 'authentication', 'rule', 'the seed says'],
      ENDPOINTS.map((endpoint) => [
        endpoint.protocol.toUpperCase(),
        String(endpoint.port),
        { tls: 'SSL/TLS (implicit)', starttls: 'STARTTLS', none: 'none' }[endpoint.security],
        endpoint.status,
        endpoint.authMethods.join(', '),
        endpoint.rule,
        `${seedLink(endpoint.source.seedLines)}: \`${endpoint.source.quote}\``,
      ]),
    ),
  'smtp-causes': () =>
    table(
      ['reply', 'cause', 'rule', 'remedies, in order', 'en', 'fr'],
      SMTP_EXAMPLES.map((reply) => {
        const diagnosis = diagnoseSmtpReply(reply);
        if (diagnosis === null) throw new Error(reply);
        return [
          `\`${reply}\``,
          `\`${diagnosis.cause}\``,
          String(diagnosis.rule),
          diagnosis.remedies.map((remedy) => `\`${remedy}\``).join(', '),
          formatDiagnosis(diagnosis, 'en').cause ?? '',
          formatDiagnosis(diagnosis, 'fr').cause ?? '',
        ];
      }),
    ),
  'client-errors': () =>
    table(
      ['cause', 'rule', 'codes', 'words (any case)', 'remedies, in order', 'en'],
      CLIENT_ERRORS.map((pattern) => [
        `\`${pattern.cause}\``,
        pattern.rule,
        pattern.codes.map((code) => `\`${code}\``).join(', '),
        pattern.words.map((word) => `“${word}”`).join(', '),
        pattern.remedies.map((remedy) => `\`${remedy}\``).join(', '),
        formatDiagnosis({ ...pattern, code: null }, 'en').cause ?? '',
      ]),
    ),
  'local-part-characters': () => {
    // Every ASCII character, judged by validateLocalPart itself, grouped by verdict.
    const groups = new Map<string, number[]>();
    for (let code = 0; code < 128; code++) {
      const result = validateLocalPart(`a${String.fromCharCode(code)}b`);
      const verdict = result.ok
        ? 'allowed (R-LP-2)'
        : `\`${result.issues[0]?.code}\` (${result.issues[0]?.rule})`;
      groups.set(verdict, [...(groups.get(verdict) ?? []), code]);
    }
    const show = (code: number) =>
      code <= 32 || code === 127
        ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
        : code === 96
          ? '`` ` ``'
          : `\`${String.fromCharCode(code)}\``;
    const runs = (codes: number[]) => {
      const out: string[] = [];
      for (let i = 0; i < codes.length; ) {
        let j = i;
        while (j + 1 < codes.length && codes[j + 1] === (codes[j] as number) + 1) j++;
        const first = codes[i] as number;
        const last = codes[j] as number;
        out.push(
          j - i >= 2
            ? `${show(first)}–${show(last)}`
            : codes
                .slice(i, j + 1)
                .map(show)
                .join(' '),
        );
        i = j + 1;
      }
      return out.join(' ');
    };
    const rows = [...groups].map(([verdict, codes]) => [runs(codes), verdict]);
    rows.push([
      'any character above U+007F (`é`, `ж`, `😀`, U+200B…)',
      '`non-ascii` (R-LP-5); Unicode spaces: `whitespace`',
    ]);
    rows.push(['`-` first or last', '`leading-hyphen`, `trailing-hyphen` (R-LP-3)']);
    rows.push([
      '`.` first, last, or twice in a row',
      '`leading-dot`, `trailing-dot`, `consecutive-dots` (R-LP-4)',
    ]);
    return table(['characters (inside a local part)', 'verdict'], rows);
  },
  'attachment-tiers': () =>
    table(
      ['file size (raw)', '`attachmentDelivery` returns', 'rule', 'seed', 'the seed says'],
      [
        ...ATTACHMENT_TIERS.map((tier, index) => [
          `${index === 0 ? '0' : `> ${bytes(ATTACHMENT_TIERS[index - 1]?.maxBytes ?? 0)}`} … ≤ ${bytes(tier.maxBytes)}`,
          `\`'${tier.delivery}'\``,
          tier.source.rule,
          seedLink(tier.source.seedLines),
          `\`${tier.source.quote}\``,
        ]),
        [
          `> ${bytes(ATTACHMENT_TIERS[ATTACHMENT_TIERS.length - 1]?.maxBytes ?? 0)}`,
          "`'too-large'`",
          'R-SIZE-3',
          '',
          '',
        ],
      ],
    ),
  'folder-advice': () =>
    table(
      ['messages in one folder', '`folderAdvice(n).level`'],
      [
        [`0 … ${FOLDER_MESSAGE_ADVICE.comfortable}`, "`'ok'`"],
        [`${FOLDER_MESSAGE_ADVICE.comfortable + 1} … ${FOLDER_MESSAGE_ADVICE.max}`, "`'warning'`"],
        [`> ${FOLDER_MESSAGE_ADVICE.max}`, "`'too-many'`"],
      ],
    ) +
    `\n\n${FOLDER_MESSAGE_ADVICE.source.rule}, ${seedLink(FOLDER_MESSAGE_ADVICE.source.seedLines)}: \`${FOLDER_MESSAGE_ADVICE.source.quote}\`. ${FOLDER_MESSAGE_ADVICE.source.interpretation}`,
};

const SEND_AND_STORAGE: readonly Issue['code'][] = [
  'no-recipients',
  'too-many-recipients',
  'message-too-large',
  'daily-limit-reached',
  'storage-full',
  'address-limit-reached',
];

const FINDING_CODES: readonly Issue['code'][] = [
  'not-an-object',
  'missing-server',
  'wrong-host',
  'unknown-port',
  'smtp-port-25',
  'encryption-off',
  'unknown-security',
  'security-port-mismatch',
  'legacy-port',
  'username-not-full-address',
  'authentication-off',
  'authentication-method',
  'pop3-and-imap',
  'pop3-keep-copy',
  'pop3-instead-of-imap',
];

const RECOVERY_CODES: readonly Issue['code'][] = [
  'not-gone',
  'no-backups',
  'never-in-a-backup',
  'pop3-deleted-before-backup',
  'backups-expired',
];

const STUDENT_CODES: readonly Issue['code'][] = [
  'country-not-eligible',
  'under-age',
  'not-a-new-order',
  'missing-documents',
  'programme-ended',
];

/** One reply per recognised cause (the seed's own texts first). */
const SMTP_EXAMPLES = [
  '573 Antispam: Conexión autenticada no posible. Utilice el puerto 587 en lugar del puerto 25.',
  '421 4.4.2 Connection timed out',
  '530 5.7.0 Must issue a STARTTLS command first',
  '504 5.7.4 Unrecognized authentication type',
  '550 5.7.1 relaying denied',
  '535 5.7.0 authentication failed',
  '553 5.7.1 <anna@exemple.ch>: Sender address rejected: not owned by user jean@exemple.ch',
  '451 4.7.1 Daily sending quota exceeded',
  '552 5.2.2 Over quota',
  '554 5.0.0 Service unavailable',
  '552 5.3.4 Message size exceeds fixed limit',
  '452 5.5.3 Too many recipients',
  '550 5.1.1 User unknown',
];

function issueSections(codes: readonly Issue['code'][]): string {
  return codes
    .map((code) => {
      const issue = EXAMPLES[code] as Issue;
      const input = EXAMPLE_INPUTS[code];
      const where = EXAMPLE_PLATFORMS[code];
      const comment = `// ${JSON.stringify(input)}${where === undefined ? '' : `, ${where}`}\n`;
      const json = `${input === undefined ? '' : comment}${JSON.stringify(issue)}`;
      const messages = LOCALES.map(
        (locale) => `- **${locale}**: ${formatIssue(issue, locale, { timeZone: 'UTC' })}`,
      );
      return [`### \`${code}\` (${issue.rule})`, '', '```js', json, '```', '', ...messages].join(
        '\n',
      );
    })
    .join('\n\n');
}

const BLOCK = /<!-- generated:([a-z-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g;

/** `text` with every generated block rewritten from the data. */
export function regenerate(text: string): string {
  return text.replace(BLOCK, (_whole, name: string) => {
    const make = BLOCKS[name];
    if (make === undefined) throw new Error(`unknown generated block: ${name}`);
    return `<!-- generated:${name} -->\n${make()}\n<!-- /generated:${name} -->`;
  });
}

/** The names of the blocks `text` holds. */
export function blockNames(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((match) => match[1] as string);
}
