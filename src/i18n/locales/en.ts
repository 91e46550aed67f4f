import type { Messages } from '../types.js';
import { enAddress } from './en-address.js';

const NEWSLETTER = 'For mass mailings, please use the Newsletter tool.';

/**
 * English messages for every issue code: one pure function per code. Pass them to
 * `createFormatter(en, 'en')` to ship this language alone.
 *
 * @example
 * ```ts
 * const format = createFormatter(en, 'en');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const en: Messages = {
  'no-recipients': () => 'Please add at least one recipient.',
  'too-many-recipients': (issue, f) =>
    `This message has ${f.count(issue.actual)} recipients; the limit is ${f.count(issue.limit)} per message (To, Cc and Bcc together). ${NEWSLETTER}`,
  // A message less than a tenth of a MiB over the limit reads as the limit does ("201 MiB"):
  // then its exact count, as in each language.
  'message-too-large': (issue, f) =>
    `This message is ${f.bytes(issue.actual) === f.bytes(issue.limit) ? `${f.count(issue.actual)}\u00a0bytes` : f.bytes(issue.actual)}; messages are limited to ${f.bytes(issue.limit)} (${f.count(issue.limit)} bytes).`,
  'daily-limit-reached': (issue, f) =>
    `Sending this message would exceed the limit of ${f.count(issue.limit)} message${issue.limit === 1 ? '' : 's'} per 24 hours (${f.count(issue.used)} already counted; this one counts as ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `You can send it from ${f.date(issue.retryAt)}.`
        : issue.weight > issue.limit
          ? 'Waiting will not help: this message alone exceeds the limit.'
          : 'Waiting alone will not help: the message is refused for another reason as well.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    issue.incoming === 0
      ? `The mailbox is ${f.bytes(issue.used - issue.limit)} over its limit of ${f.bytes(issue.limit)}. Please free some space.`
      : `The mailbox is full: ${f.bytes(issue.used)} of ${f.bytes(issue.limit)} used, and ${f.bytes(issue.incoming)} more would not fit. Please free some space.`,
  'address-limit-reached': (issue, f) =>
    `This offer includes at most ${f.count(issue.limit)} ${issue.limit === 1 ? 'address' : 'addresses'}. Delete one or upgrade to create another.`,
  ...enAddress,
  'not-an-object': () => 'The settings are missing.',
  'missing-server': () => 'A server is missing: add it with the settings below.',
  'wrong-host': () => 'Use the server name mail.infomaniak.com.',
  'unknown-port': () => 'This port is not one of the mail server’s: use the recommended one.',
  'smtp-port-25': () =>
    'Port 25 is blocked by most Internet providers: use 587 with STARTTLS (or 465 with SSL/TLS).',
  'encryption-off': () => 'Encryption is off: turn on SSL/TLS or STARTTLS.',
  'unknown-security': () => 'This security setting is unknown: choose SSL/TLS or STARTTLS.',
  'security-port-mismatch': () =>
    'The security does not match the port: SSL/TLS on 993, 995 and 465; STARTTLS on 587, 143 and 110.',
  'legacy-port': () => 'This port works, but 993 (IMAP) or 995 (POP3) with SSL/TLS is recommended.',
  'username-not-full-address': (issue) =>
    `The user name must be the full email address: ${issue.address}.`,
  'authentication-off': () =>
    'Authentication is required: turn it on, with the address’s password.',
  'authentication-method': () =>
    'The server does not offer this authentication method: choose the normal password (PLAIN or LOGIN).',
  'pop3-and-imap': () =>
    'Do not use POP3 and IMAP for the same address at the same time: keep IMAP.',
  'pop3-keep-copy': () =>
    'With POP3, do not keep a copy of messages on the server: it leads to messages being downloaded again.',
  'pop3-instead-of-imap': () =>
    'IMAP is recommended: the same mail on every device, the webmail and the app.',
  'not-gone': () =>
    'The message still exists (it was only moved): search for it in the other folders.',
  'no-backups': () =>
    'This offer keeps no backups you can restore; after upgrading, backups of the last 30 days become available.',
  'never-in-a-backup': () =>
    'No daily backup ran while the message existed, so no backup holds it: it cannot be recovered.',
  'pop3-deleted-before-backup': () =>
    'The message was downloaded with POP3 and left the server before any backup: it cannot be recovered.',
  'backups-expired': (issue, f) =>
    `The backups that held the message are older than ${f.count(issue.retentionDays)} days: they expired on ${f.date(issue.expiredAt)}.`,
  'country-not-eligible': (issue) =>
    `The student programme is not open in this country${issue.country === '' ? '' : ` (${issue.country})`}.`,
  'under-age': (issue, f) =>
    `Students under ${f.count(issue.limit)} need their parents’ authorisation.`,
  'not-a-new-order': () => 'The student programme applies to new orders only.',
  'missing-documents': (issue) => {
    // The last one after the word for "and"; the others before it, if any.
    const proofs = issue.missing.map(
      (proof) =>
        ({
          'student-card-or-certificate': 'a current student card or school certificate',
          'identity-card': 'an identity card (both sides)',
          'student-email': 'your official student email address',
        })[proof],
    );
    const last = proofs.pop();
    return `Please send the missing proof${proofs.length > 0 ? 's' : ''}: ${proofs.length > 0 ? `${proofs.join(', ')} and ` : ''}${last}.`;
  },
  'programme-ended': (issue, f) => `The student offer ended on ${f.date(issue.endedAt)}.`,
};
