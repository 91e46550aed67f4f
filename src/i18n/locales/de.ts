import type { Messages } from '../types.js';
import { deAddress } from './de-address.js';

const NEWSLETTER = 'Für Massensendungen nutzen Sie bitte das Newsletter-Tool.';

/**
 * German messages for every issue code: one pure function per code. Pass them to
 * `createFormatter(de, 'de')` to ship this language alone.
 *
 * @example
 * ```ts
 * const format = createFormatter(de, 'de');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const de: Messages = {
  'no-recipients': () => 'Bitte geben Sie mindestens einen Empfänger an.',
  'too-many-recipients': (issue, f) =>
    `Diese Nachricht hat ${f.count(issue.actual)} Empfänger; erlaubt sind höchstens ${f.count(issue.limit)} pro Nachricht (An, Cc und Bcc zusammen). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Diese Nachricht ist ${f.bytes(issue.actual) === f.bytes(issue.limit) ? `${f.count(issue.actual)}\u00a0Byte` : f.bytes(issue.actual)} groß; erlaubt sind höchstens ${f.bytes(issue.limit)} (${f.count(issue.limit)} Byte).`,
  'daily-limit-reached': (issue, f) =>
    `Mit dieser Nachricht würde das Limit von ${f.count(issue.limit)} Nachricht${issue.limit === 1 ? '' : 'en'} pro 24 Stunden überschritten (${f.count(issue.used)} bereits gezählt, diese zählt ${issue.weight === 1 ? 'als eine' : `${f.count(issue.weight)}-fach`}). ${
      issue.retryAt
        ? `Sie können sie ab ${f.date(issue.retryAt)} senden.`
        : issue.weight > issue.limit
          ? 'Warten hilft hier nicht: Diese Nachricht allein überschreitet das Limit.'
          : 'Warten allein hilft nicht: Die Nachricht wird auch aus einem anderen Grund abgelehnt.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    issue.incoming === 0
      ? `Das Postfach überschreitet sein Limit von ${f.bytes(issue.limit)} um ${f.bytes(issue.used - issue.limit)}. Bitte geben Sie Speicherplatz frei.`
      : `Das Postfach ist voll: ${f.bytes(issue.used)} von ${f.bytes(issue.limit)} belegt, für ${f.bytes(issue.incoming)} mehr reicht der Platz nicht. Bitte geben Sie Speicherplatz frei.`,
  'address-limit-reached': (issue, f) =>
    `Dieses Angebot umfasst höchstens ${f.count(issue.limit)} ${issue.limit === 1 ? 'Adresse' : 'Adressen'}. Löschen Sie eine Adresse oder wechseln Sie zu einem größeren Angebot.`,
  ...deAddress,
  'not-an-object': () => 'Die Einstellungen fehlen.',
  'missing-server': () => 'Ein Server fehlt: Fügen Sie ihn mit den folgenden Einstellungen hinzu.',
  'wrong-host': () => 'Verwenden Sie den Servernamen mail.infomaniak.com.',
  'unknown-port': () =>
    'Dieser Port gehört nicht zum Mailserver: Verwenden Sie den empfohlenen Port.',
  'smtp-port-25': () =>
    'Port 25 wird von den meisten Internetanbietern gesperrt: Verwenden Sie 587 mit STARTTLS (oder 465 mit SSL/TLS).',
  'encryption-off': () =>
    'Die Verschlüsselung ist ausgeschaltet: Aktivieren Sie SSL/TLS oder STARTTLS.',
  'unknown-security': () =>
    'Diese Sicherheitseinstellung ist unbekannt: Wählen Sie SSL/TLS oder STARTTLS.',
  'security-port-mismatch': () =>
    'Die Sicherheit passt nicht zum Port: SSL/TLS auf 993, 995 und 465; STARTTLS auf 587, 143 und 110.',
  'legacy-port': () =>
    'Dieser Port funktioniert, empfohlen ist aber 993 (IMAP) oder 995 (POP3) mit SSL/TLS.',
  'username-not-full-address': (issue) =>
    `Der Benutzername muss die vollständige E-Mail-Adresse sein: ${issue.address}.`,
  'authentication-off': () =>
    'Die Authentifizierung ist Pflicht: Schalten Sie sie mit dem Passwort der Adresse ein.',
  'authentication-method': () =>
    'Der Server bietet diese Authentifizierungsmethode nicht an: Wählen Sie das normale Passwort (PLAIN oder LOGIN).',
  'pop3-and-imap': () =>
    'Verwenden Sie für dieselbe Adresse nicht gleichzeitig POP3 und IMAP: Behalten Sie IMAP.',
  'pop3-keep-copy': () =>
    'Behalten Sie mit POP3 keine Kopie der Nachrichten auf dem Server: Sonst werden Nachrichten erneut heruntergeladen.',
  'pop3-instead-of-imap': () =>
    'IMAP wird empfohlen: dieselben Nachrichten auf allen Geräten, im Webmail und in der App.',
  'not-gone': () =>
    'Die Nachricht existiert noch (sie wurde nur verschoben): Suchen Sie sie in den anderen Ordnern.',
  'no-backups': () =>
    'Dieses Angebot bewahrt keine wiederherstellbaren Sicherungen auf; nach einem Upgrade stehen die der letzten 30 Tage zur Verfügung.',
  'never-in-a-backup': () =>
    'Solange die Nachricht existierte, lief keine tägliche Sicherung: Sie kann nicht wiederhergestellt werden.',
  'pop3-deleted-before-backup': () =>
    'Die Nachricht wurde per POP3 abgerufen und hat den Server vor jeder Sicherung verlassen: Sie kann nicht wiederhergestellt werden.',
  'backups-expired': (issue, f) =>
    `Die Sicherungen mit dieser Nachricht sind älter als ${f.count(issue.retentionDays)} Tage: Sie sind am ${f.date(issue.expiredAt)} abgelaufen.`,
  'country-not-eligible': (issue) =>
    `Das Studentenprogramm ist in diesem Land nicht verfügbar${issue.country === '' ? '' : ` (${issue.country})`}.`,
  'under-age': (issue, f) =>
    `Studierende unter ${f.count(issue.limit)} Jahren brauchen die Erlaubnis ihrer Eltern.`,
  'not-a-new-order': () => 'Das Studentenprogramm gilt nur für Neubestellungen.',
  'missing-documents': (issue) => {
    const proofs = issue.missing.map(
      (proof) =>
        ({
          'student-card-or-certificate':
            'einen gültigen Studentenausweis oder eine Immatrikulationsbescheinigung',
          'identity-card': 'einen Ausweis (Vorder- und Rückseite)',
          'student-email': 'Ihre offizielle Studierenden-E-Mail-Adresse',
        })[proof],
    );
    const last = proofs.pop();
    return `Bitte senden Sie ${proofs.length > 0 ? 'die fehlenden Nachweise' : 'den fehlenden Nachweis'}: ${proofs.length > 0 ? `${proofs.join(', ')} und ` : ''}${last}.`;
  },
  'programme-ended': (issue, f) =>
    `Das Studentenangebot ist am ${f.date(issue.endedAt)} abgelaufen.`,
};
