import type { ReplyKind, ReplySubject } from '../connection/diagnoseSmtpReply.js';
import { isSingular, messageContext } from '../i18n/context.js';
import type { Locale } from '../i18n/types.js';
import type { FolderKind } from '../retention/folders.data.js';

/** What `check` judged: an address, an address in `--rfc` mode, or a local part. */
export type CheckKind = 'address' | 'rfc' | 'local-part';

/** The words of `check`'s answer, around the issues' sentences (which `formatIssue` writes). */
export interface CheckWords {
  /**
   * The verdict and what was judged, in the language's order and agreement (`valid address`,
   * `adresse valide`, `gültiger lokaler Teil`); `paint` colours the verdict's word.
   */
  readonly head: (kind: CheckKind, ok: boolean, paint: (word: string) => string) => string;
  /** Said of an address the provider refuses that RFC 5321 allows (R-LP-6). */
  readonly rfcOnly: string;
  readonly suggestion: string;
  readonly noSuggestion: string;
  /** `line 3`: where a value of a list was read. */
  readonly line: (line: number) => string;
  /** Said of a first line skipped as a CSV's header. */
  readonly header: string;
  /** The verdict on a value given twice (a value, in the language's gender). */
  readonly refused: string;
  /** `X is the address of line 1 again`. */
  readonly again: (value: string, first: number) => string;
  /** The last line of a list's answer: how many values, valid and refused. */
  readonly total: (values: number, valid: number, refused: number) => string;
}

/** The words of `quota`'s answer (and of the demo's decisions, in English). */
export interface QuotaWords {
  readonly allowed: string;
  readonly refused: string;
  /** The message's weight and the window's count: `weight 3, 492 of 500 used in the last 24 h`. */
  readonly usage: (weight: number, used: number, limit: number) => string;
  /** What an allowed message leaves: `5 left after it`. */
  readonly left: (remaining: number) => string;
  /** When a refused message may go: an ISO date, or `null` when waiting cannot help. */
  readonly retry: (at: string | null) => string;
}

/** The words of `diagnose`'s answer, around the cause's and the remedies' sentences. */
export interface DiagnoseWords {
  /** RFC 5321's classes of a reply, by its first digit. */
  readonly kinds: Readonly<Record<ReplyKind, string>>;
  /** RFC 3463's subjects of an enhanced code. */
  readonly subjects: Readonly<Record<ReplySubject, string>>;
  /** The heading of a client's own error. */
  readonly clientError: string;
  readonly cause: string;
  /** Said of a reply whose cause the provider's guides do not explain. */
  readonly unknownCause: string;
}

/** The words of `folder`'s answer. */
export interface FolderWords {
  /** What the folder is, the words the terminal colours: `regular folder`, `trash folder`… */
  readonly kinds: Readonly<Record<FolderKind | 'regular', string>>;
  /** What becomes of the mail in a regular folder (R-RET-1). */
  readonly kept: string;
  /** What becomes of the mail in a purged one (R-RET-2). */
  readonly purged: string;
}

/** The words of `recover`'s and `backups`' answers. */
export interface BackupWords {
  readonly recoverable: string;
  readonly notRecoverable: string;
  /** `restore the backup of 2026-03-10T04:00:00.000Z`. */
  readonly restore: (backup: string) => string;
  /** An offer without backups to restore (R-BKP-2), the whole line. */
  readonly none: string;
  /** The heading of the backups a restore can choose from, newest first. */
  readonly list: (count: number) => string;
}

/**
 * The words of `attachment`'s answer; what the webmail does with the file (R-SIZE-3) is
 * `formatAttachmentDelivery`'s sentence.
 */
export interface AttachmentWords {
  /** The verdicts, the words the terminal colours. */
  readonly fits: string;
  readonly tooLarge: string;
  /** After an exact count: `180,000,000 bytes`. */
  readonly bytes: string;
  /** The label of the encoded size's line. */
  readonly encoded: string;
  /** The whole message's size, when `--other` adds to the file's. */
  readonly whole: (size: string) => string;
  /** What the message could still take. */
  readonly spare: (spare: string, limit: string) => string;
  readonly over: (limit: string) => string;
  readonly largest: (size: string) => string;
}

/**
 * The words of `storage`'s answer. The sizes and the share come written in the language, as
 * `19,5 Go` and `97,5 %`; the words are chosen so that none agrees with a figure (`1 Go`).
 */
export interface StorageWords {
  /** The verdicts, the words the terminal colours: nothing incoming, and within the limit. */
  readonly within: string;
  /** There is room for the incoming bytes. */
  readonly room: (incoming: string) => string;
  /** There is not (R-STOR-1). */
  readonly full: (incoming: string) => string;
  /** The mailbox holds more than its limit already. */
  readonly over: string;
  /** The verdict of an offer without a limit. */
  readonly unlimited: string;
  /** What a limited mailbox holds: `19.5 GiB of 20 GiB used (97.5%), 512 MiB free`. */
  readonly usage: (used: string, limit: string, share: string, free: string) => string;
  /** What an unlimited mailbox holds: `900 GiB used`. */
  readonly used: (used: string) => string;
  /** What a sender sees of a message that does not fit (R-STOR-3), after its rule. */
  readonly bounce: string;
  /** The offers of the same family whose storage has no limit. */
  readonly upgrade: (names: string) => string;
}

/** The words of `verify`'s answer, around the findings' sentences (which `formatIssue` writes). */
export interface VerifyWords {
  /** The verdicts, the words the terminal colours: no finding is an error, or one is. */
  readonly work: string;
  readonly fail: string;
  /** Said when there is no finding at all. */
  readonly nothing: string;
  /** How many errors, warnings and tips, those there are. */
  readonly counts: (counts: readonly [errors: number, warnings: number, tips: number]) => string;
  /** The severities' names, in a column before each finding. */
  readonly severities: Readonly<Record<'error' | 'warning' | 'info', string>>;
}

/** The words of `settings`' text answer. */
export interface SettingsWords {
  readonly incoming: string;
  readonly outgoing: string;
  readonly port: string;
  readonly user: string;
  /** `password (PLAIN or LOGIN)`. */
  readonly password: (methods: readonly string[]) => string;
  /** Said of POP3, whose client must not keep a copy on the server (R-PROTO-2). */
  readonly noCopy: string;
  /** A connection without encryption. */
  readonly none: string;
}

/**
 * The command line's own words in one language, around the library's sentences: every
 * command's answer is written whole in the language `--lang` names (a support agent passes it
 * on to the person it concerns). The help, the demo's tour and the offers table stay in English.
 */
export interface Words {
  /** What goes between a label and its value: `: `, or in French a no-break space first. */
  readonly colon: string;
  /** What joins two clauses: `; `, or in French a no-break space first. */
  readonly semicolon: string;
  readonly check: CheckWords;
  readonly quota: QuotaWords;
  readonly diagnose: DiagnoseWords;
  readonly folder: FolderWords;
  readonly backups: BackupWords;
  readonly settings: SettingsWords;
  readonly attachment: AttachmentWords;
  readonly verify: VerifyWords;
  readonly storage: StorageWords;
}

/** The counts that are not 0, each with its word (singular, plural), joined by commas. */
function counts(
  locale: Locale,
  values: readonly number[],
  words: readonly (readonly [string, string])[],
): string {
  return values
    .flatMap((value, index) => {
      const [one, many] = words[index] as readonly [string, string];
      return value === 0 ? [] : [plural(locale, value, one, many)];
    })
    .join(', ');
}

/** `singular` or `plural` as `count` asks in `locale` (French: 0 and 1 are singular). */
function form(locale: Locale, count: number, singular: string, plural: string): string {
  return isSingular(count, locale) ? singular : plural;
}

/** A count as `locale` writes it: `1,440`, `1\u202f440`, `1.440`. */
function number(locale: Locale, count: number): string {
  return messageContext(locale).count(count);
}

/** The count, then {@link form}'s word: `1 value`, `2 valeurs`, `0 valeur`. */
function plural(locale: Locale, count: number, singular: string, plural: string): string {
  return `${number(locale, count)} ${form(locale, count, singular, plural)}`;
}

/**
 * The command line's words in the five languages; a language missing here, or a word missing in
 * one, does not compile.
 */
export const WORDS: Readonly<Record<Locale, Words>> = {
  en: {
    colon: ': ',
    semicolon: '; ',
    check: {
      head: (kind, ok, paint) =>
        `${paint(ok ? 'valid' : 'refused')} ${kind === 'local-part' ? 'local part' : 'address'}${kind === 'rfc' ? ' (RFC 5321 syntax)' : ''}`,
      rfcOnly: '(valid RFC 5321 syntax, but it cannot be created at the provider: R-LP-6)',
      suggestion: 'suggestion',
      noSuggestion: 'no suggestion',
      line: (line) => `line ${line}`,
      header: 'skipped, a header',
      refused: 'refused',
      again: (value, first) => `${value} is the address of line ${first} again`,
      total: (values, valid, refused) =>
        `${plural('en', values, 'value', 'values')}: ${number('en', valid)} valid, ${number('en', refused)} refused`,
    },
    quota: {
      allowed: 'allowed',
      refused: 'refused',
      usage: (weight, used, limit) =>
        `weight ${number('en', weight)}, ${number('en', used)} of ${number('en', limit)} used in the last 24 h`,
      left: (remaining) => `${number('en', remaining)} left after it`,
      retry: (at) => `retry at: ${at ?? 'never (waiting cannot help)'}`,
    },
    diagnose: {
      kinds: {
        success: 'success',
        intermediate: 'intermediate',
        transient: 'transient',
        permanent: 'permanent',
      },
      subjects: {
        other: 'other',
        addressing: 'addressing',
        mailbox: 'mailbox',
        'mail-system': 'mail-system',
        network: 'network',
        protocol: 'protocol',
        content: 'content',
        security: 'security',
      },
      clientError: 'a client’s error',
      cause: 'cause',
      unknownCause: 'not one the provider’s guides describe',
    },
    folder: {
      kinds: {
        regular: 'regular folder',
        trash: 'trash folder',
        junk: 'junk folder',
        infected: 'infected folder',
      },
      kept: 'mail is kept with no time limit',
      purged: 'messages are deleted for good 30 days after they enter it',
    },
    backups: {
      recoverable: 'recoverable',
      notRecoverable: 'not recoverable',
      restore: (backup) => `restore the backup of ${backup}`,
      none: 'no backups to restore on this offer (R-BKP-2); after an upgrade, backups of the last 30 days become available',
      list: (count) => `${plural('en', count, 'backup', 'backups')}, newest first`,
    },
    settings: {
      incoming: 'incoming',
      outgoing: 'outgoing',
      port: 'port',
      user: 'user',
      password: (methods) => `password (${methods.join(' or ')})`,
      noCopy: 'no copy left on the server',
      none: 'none',
    },
    attachment: {
      fits: 'fits in one message',
      tooLarge: 'too large for one message',
      bytes: 'bytes',
      encoded: 'in base64 (R-SIZE-2)',
      whole: (size) => `${size} with the rest of the message`,
      spare: (spare, limit) => `${spare} to spare of ${limit}`,
      over: (limit) => `over the limit of ${limit}`,
      largest: (size) => `the largest file that fits: ${size}`,
    },
    storage: {
      within: 'within its limit',
      room: (incoming) => `room for ${incoming} more`,
      full: (incoming) => `no room for ${incoming} more`,
      over: 'over its limit',
      unlimited: 'unlimited storage',
      usage: (used, limit, share, free) => `${used} of ${limit} used (${share}), ${free} free`,
      used: (used) => `${used} used`,
      bounce:
        'a message that does not fit goes back to its sender, with an error such as “5.2.2 Over quota” or “554 5.0.0 Service unavailable”',
      upgrade: (names) => `the offers with unlimited storage: ${names}`,
    },
    verify: {
      work: 'these settings work',
      fail: 'these settings fail',
      nothing: 'nothing to change',
      counts: (values) =>
        counts('en', values, [
          ['error', 'errors'],
          ['warning', 'warnings'],
          ['tip', 'tips'],
        ]),
      severities: { error: 'error', warning: 'warning', info: 'tip' },
    },
  },
  fr: {
    colon: '\u00a0: ',
    semicolon: '\u00a0; ',
    check: {
      head: (kind, ok, paint) =>
        `${kind === 'local-part' ? 'partie locale' : 'adresse'} ${paint(ok ? 'valide' : 'refusée')}${kind === 'rfc' ? ' (syntaxe RFC 5321)' : ''}`,
      rfcOnly:
        '(syntaxe RFC 5321 valide, mais cette adresse ne peut pas être créée chez le fournisseur\u00a0: R-LP-6)',
      suggestion: 'suggestion',
      noSuggestion: 'aucune suggestion',
      line: (line) => `ligne ${line}`,
      header: 'ignorée, c’est un en-tête',
      refused: 'refusée',
      again: (value, first) => `${value} figure déjà à la ligne ${first}`,
      total: (values, valid, refused) =>
        `${plural('fr', values, 'valeur', 'valeurs')}\u00a0: ${plural('fr', valid, 'valide', 'valides')}, ${plural('fr', refused, 'refusée', 'refusées')}`,
    },
    quota: {
      allowed: 'autorisé',
      refused: 'refusé',
      usage: (weight, used, limit) =>
        `compte pour ${number('fr', weight)}, ${number('fr', used)} sur ${number('fr', limit)} ${form('fr', used, 'déjà compté', 'déjà comptés')} ces dernières 24 h`,
      left: (remaining) => `${plural('fr', remaining, 'restant', 'restants')} ensuite`,
      retry: (at) =>
        at === null
          ? 'réessayer\u00a0: jamais (attendre ne suffira pas)'
          : `réessayer à partir de\u00a0: ${at}`,
    },
    diagnose: {
      kinds: {
        success: 'succès',
        intermediate: 'intermédiaire',
        transient: 'temporaire',
        permanent: 'permanente',
      },
      subjects: {
        other: 'autre',
        addressing: 'adressage',
        mailbox: 'boîte aux lettres',
        'mail-system': 'système de messagerie',
        network: 'réseau',
        protocol: 'protocole',
        content: 'contenu',
        security: 'sécurité',
      },
      clientError: 'une erreur du logiciel de messagerie',
      cause: 'cause',
      unknownCause: 'aucune que les guides du fournisseur décrivent',
    },
    folder: {
      kinds: {
        regular: 'dossier ordinaire',
        trash: 'corbeille',
        junk: 'dossier de spam',
        infected: 'dossier de messages infectés',
      },
      kept: 'le courrier y est conservé sans limite de durée',
      purged: 'les messages y sont supprimés définitivement 30 jours après y être arrivés',
    },
    backups: {
      recoverable: 'récupérable',
      notRecoverable: 'non récupérable',
      restore: (backup) => `restaurez la sauvegarde du ${backup}`,
      none: 'aucune sauvegarde à restaurer avec cette offre (R-BKP-2)\u00a0; après une mise à niveau, celles des 30 derniers jours deviennent disponibles',
      list: (count) =>
        `${plural('fr', count, 'sauvegarde', 'sauvegardes')}, de la plus récente à la plus ancienne`,
    },
    settings: {
      incoming: 'réception',
      outgoing: 'envoi',
      port: 'port',
      user: 'utilisateur',
      password: (methods) => `mot de passe (${methods.join(' ou ')})`,
      noCopy: 'aucune copie laissée sur le serveur',
      none: 'aucun',
    },
    attachment: {
      fits: 'tient dans un message',
      tooLarge: 'trop gros pour un message',
      bytes: 'octets',
      encoded: 'en base64 (R-SIZE-2)',
      whole: (size) => `${size} avec le reste du message`,
      spare: (spare, limit) => `il reste ${spare} sur ${limit}`,
      over: (limit) => `au-delà de la limite de ${limit}`,
      largest: (size) => `le plus gros fichier qui tient\u00a0: ${size}`,
    },
    storage: {
      within: 'dans sa limite',
      room: (incoming) => `de la place pour ${incoming} de plus`,
      full: (incoming) => `pas de place pour ${incoming} de plus`,
      over: 'au-delà de sa limite',
      unlimited: 'stockage illimité',
      usage: (used, limit, share, free) =>
        `occupation ${used} sur ${limit} (${share}), espace libre ${free}`,
      used: (used) => `occupation ${used}`,
      bounce:
        'un message qui n’y tient pas retourne à son expéditeur, avec une erreur telle que «\u00a05.2.2 Over quota\u00a0» ou «\u00a0554 5.0.0 Service unavailable\u00a0»',
      upgrade: (names) => `les offres au stockage illimité\u00a0: ${names}`,
    },
    verify: {
      work: 'ces réglages fonctionnent',
      fail: 'ces réglages échouent',
      nothing: 'rien à changer',
      counts: (values) =>
        counts('fr', values, [
          ['erreur', 'erreurs'],
          ['avertissement', 'avertissements'],
          ['conseil', 'conseils'],
        ]),
      severities: { error: 'erreur', warning: 'avertissement', info: 'conseil' },
    },
  },
  de: {
    colon: ': ',
    semicolon: '; ',
    check: {
      head: (kind, ok, paint) =>
        kind === 'local-part'
          ? `${paint(ok ? 'gültiger' : 'abgelehnter')} lokaler Teil`
          : `${paint(ok ? 'gültige' : 'abgelehnte')} Adresse${kind === 'rfc' ? ' (Syntax nach RFC 5321)' : ''}`,
      rfcOnly:
        '(gültige Syntax nach RFC 5321, doch beim Anbieter kann diese Adresse nicht erstellt werden: R-LP-6)',
      suggestion: 'Vorschlag',
      noSuggestion: 'kein Vorschlag',
      line: (line) => `Zeile ${line}`,
      header: 'übersprungen, da Kopfzeile',
      refused: 'abgelehnt',
      again: (value, first) => `${value} steht schon in Zeile ${first}`,
      total: (values, valid, refused) =>
        `${plural('de', values, 'Wert', 'Werte')}: ${number('de', valid)} gültig, ${number('de', refused)} abgelehnt`,
    },
    quota: {
      allowed: 'erlaubt',
      refused: 'abgelehnt',
      usage: (weight, used, limit) =>
        `zählt ${number('de', weight)}, ${number('de', used)} von ${number('de', limit)} in den letzten 24 h gezählt`,
      left: (remaining) => `danach noch ${number('de', remaining)} übrig`,
      retry: (at) =>
        at === null ? 'erneut versuchen: nie (Warten hilft nicht)' : `erneut versuchen ab: ${at}`,
    },
    diagnose: {
      kinds: {
        success: 'Erfolg',
        intermediate: 'Zwischenantwort',
        transient: 'vorübergehend',
        permanent: 'dauerhaft',
      },
      subjects: {
        other: 'Sonstiges',
        addressing: 'Adressierung',
        mailbox: 'Postfach',
        'mail-system': 'Mailsystem',
        network: 'Netzwerk',
        protocol: 'Protokoll',
        content: 'Inhalt',
        security: 'Sicherheit',
      },
      clientError: 'ein Fehler des Mailprogramms',
      cause: 'Ursache',
      unknownCause: 'keine, die die Anleitungen des Anbieters beschreiben',
    },
    folder: {
      kinds: {
        regular: 'normaler Ordner',
        trash: 'Papierkorb',
        junk: 'Spam-Ordner',
        infected: 'Ordner für infizierte Nachrichten',
      },
      kept: 'Nachrichten bleiben darin ohne Zeitlimit erhalten',
      purged: 'Nachrichten werden darin 30 Tage nach ihrem Eintreffen endgültig gelöscht',
    },
    backups: {
      recoverable: 'wiederherstellbar',
      notRecoverable: 'nicht wiederherstellbar',
      restore: (backup) => `stellen Sie die Sicherung vom ${backup} wieder her`,
      none: 'keine Sicherungen zum Wiederherstellen bei diesem Angebot (R-BKP-2); nach einem Upgrade werden die der letzten 30 Tage verfügbar',
      list: (count) => `${plural('de', count, 'Sicherung', 'Sicherungen')}, die neueste zuerst`,
    },
    settings: {
      incoming: 'Eingang',
      outgoing: 'Ausgang',
      port: 'Port',
      user: 'Benutzer',
      password: (methods) => `Passwort (${methods.join(' oder ')})`,
      noCopy: 'keine Kopie auf dem Server belassen',
      none: 'keine',
    },
    attachment: {
      fits: 'passt in eine Nachricht',
      tooLarge: 'zu groß für eine Nachricht',
      bytes: 'Byte',
      encoded: 'in Base64 (R-SIZE-2)',
      whole: (size) => `${size} mit dem Rest der Nachricht`,
      spare: (spare, limit) => `noch ${spare} von ${limit} frei`,
      over: (limit) => `über der Grenze von ${limit}`,
      largest: (size) => `die größte Datei, die passt: ${size}`,
    },
    storage: {
      within: 'innerhalb des Limits',
      room: (incoming) => `Platz für ${incoming} mehr`,
      full: (incoming) => `kein Platz für ${incoming} mehr`,
      over: 'über dem Limit',
      unlimited: 'unbegrenzter Speicher',
      usage: (used, limit, share, free) => `${used} von ${limit} belegt (${share}), ${free} frei`,
      used: (used) => `${used} belegt`,
      bounce:
        'eine Nachricht, die nicht hineinpasst, geht an den Absender zurück, mit einem Fehler wie „5.2.2 Over quota“ oder „554 5.0.0 Service unavailable“',
      upgrade: (names) => `die Angebote mit unbegrenztem Speicher: ${names}`,
    },
    verify: {
      work: 'diese Einstellungen funktionieren',
      fail: 'diese Einstellungen scheitern',
      nothing: 'nichts zu ändern',
      counts: (values) =>
        counts('de', values, [
          ['Fehler', 'Fehler'],
          ['Warnung', 'Warnungen'],
          ['Tipp', 'Tipps'],
        ]),
      severities: { error: 'Fehler', warning: 'Warnung', info: 'Tipp' },
    },
  },
  it: {
    colon: ': ',
    semicolon: '; ',
    check: {
      head: (kind, ok, paint) =>
        kind === 'local-part'
          ? `parte locale ${paint(ok ? 'valida' : 'rifiutata')}`
          : `indirizzo ${paint(ok ? 'valido' : 'rifiutato')}${kind === 'rfc' ? ' (sintassi RFC 5321)' : ''}`,
      rfcOnly:
        '(sintassi RFC 5321 valida, ma questo indirizzo non si può creare presso il provider: R-LP-6)',
      suggestion: 'suggerimento',
      noSuggestion: 'nessun suggerimento',
      line: (line) => `riga ${line}`,
      header: 'saltata, è un’intestazione',
      refused: 'rifiutato',
      again: (value, first) => `${value} compare già alla riga ${first}`,
      total: (values, valid, refused) =>
        `${plural('it', values, 'valore', 'valori')}: ${plural('it', valid, 'valido', 'validi')}, ${plural('it', refused, 'rifiutato', 'rifiutati')}`,
    },
    quota: {
      allowed: 'consentito',
      refused: 'rifiutato',
      usage: (weight, used, limit) =>
        `conta ${number('it', weight)}, ${number('it', used)} su ${number('it', limit)} ${form('it', used, 'già contato', 'già contati')} nelle ultime 24 h`,
      left: (remaining) =>
        `${form('it', remaining, 'ne resta', 'ne restano')} ${number('it', remaining)} dopo`,
      retry: (at) =>
        at === null ? 'riprova: mai (aspettare non basta)' : `riprova a partire da: ${at}`,
    },
    diagnose: {
      kinds: {
        success: 'successo',
        intermediate: 'intermedia',
        transient: 'temporanea',
        permanent: 'permanente',
      },
      subjects: {
        other: 'altro',
        addressing: 'indirizzamento',
        mailbox: 'casella',
        'mail-system': 'sistema di posta',
        network: 'rete',
        protocol: 'protocollo',
        content: 'contenuto',
        security: 'sicurezza',
      },
      clientError: 'un errore del programma di posta',
      cause: 'causa',
      unknownCause: 'nessuna descritta dalle guide del provider',
    },
    folder: {
      kinds: {
        regular: 'cartella normale',
        trash: 'cestino',
        junk: 'cartella spam',
        infected: 'cartella dei messaggi infetti',
      },
      kept: 'la posta vi è conservata senza limiti di tempo',
      purged: 'i messaggi vi sono eliminati definitivamente 30 giorni dopo esservi entrati',
    },
    backups: {
      recoverable: 'recuperabile',
      notRecoverable: 'non recuperabile',
      restore: (backup) => `ripristina il backup del ${backup}`,
      none: 'nessun backup da ripristinare con questa offerta (R-BKP-2); dopo un upgrade diventano disponibili quelli degli ultimi 30 giorni',
      list: (count) => `${count} backup, dal più recente`,
    },
    settings: {
      incoming: 'in arrivo',
      outgoing: 'in uscita',
      port: 'porta',
      user: 'utente',
      password: (methods) => `password (${methods.join(' o ')})`,
      noCopy: 'nessuna copia lasciata sul server',
      none: 'nessuna',
    },
    attachment: {
      fits: 'sta in un messaggio',
      tooLarge: 'troppo grande per un messaggio',
      bytes: 'byte',
      encoded: 'in base64 (R-SIZE-2)',
      whole: (size) => `${size} con il resto del messaggio`,
      spare: (spare, limit) => `spazio libero ${spare} su ${limit}`,
      over: (limit) => `oltre il limite di ${limit}`,
      largest: (size) => `il file più grande che ci sta: ${size}`,
    },
    storage: {
      within: 'entro il limite',
      room: (incoming) => `c’è posto per ${incoming} in più`,
      full: (incoming) => `non c’è posto per ${incoming} in più`,
      over: 'oltre il limite',
      unlimited: 'spazio illimitato',
      usage: (used, limit, share, free) =>
        `occupazione ${used} su ${limit} (${share}), spazio libero ${free}`,
      used: (used) => `occupazione ${used}`,
      bounce:
        'un messaggio che non ci sta torna al mittente, con un errore come «5.2.2 Over quota» o «554 5.0.0 Service unavailable»',
      upgrade: (names) => `le offerte con spazio illimitato: ${names}`,
    },
    verify: {
      work: 'queste impostazioni funzionano',
      fail: 'queste impostazioni non funzionano',
      nothing: 'niente da cambiare',
      counts: (values) =>
        counts('it', values, [
          ['errore', 'errori'],
          ['avviso', 'avvisi'],
          ['consiglio', 'consigli'],
        ]),
      severities: { error: 'errore', warning: 'avviso', info: 'consiglio' },
    },
  },
  es: {
    colon: ': ',
    semicolon: '; ',
    check: {
      head: (kind, ok, paint) =>
        `${kind === 'local-part' ? 'parte local' : 'dirección'} ${paint(ok ? 'válida' : 'rechazada')}${kind === 'rfc' ? ' (sintaxis RFC 5321)' : ''}`,
      rfcOnly:
        '(sintaxis RFC 5321 válida, pero esta dirección no se puede crear en el proveedor: R-LP-6)',
      suggestion: 'sugerencia',
      noSuggestion: 'sin sugerencia',
      line: (line) => `línea ${line}`,
      header: 'omitida, es un encabezado',
      refused: 'rechazado',
      again: (value, first) => `${value} ya figura en la línea ${first}`,
      total: (values, valid, refused) =>
        `${plural('es', values, 'valor', 'valores')}: ${plural('es', valid, 'válido', 'válidos')}, ${plural('es', refused, 'rechazado', 'rechazados')}`,
    },
    quota: {
      allowed: 'permitido',
      refused: 'rechazado',
      usage: (weight, used, limit) =>
        `cuenta ${number('es', weight)}, ${number('es', used)} de ${number('es', limit)} ${form('es', used, 'ya contado', 'ya contados')} en las últimas 24 h`,
      left: (remaining) =>
        `${form('es', remaining, 'queda', 'quedan')} ${number('es', remaining)} después`,
      retry: (at) =>
        at === null ? 'reintentar: nunca (esperar no basta)' : `reintentar a partir de: ${at}`,
    },
    diagnose: {
      kinds: {
        success: 'éxito',
        intermediate: 'intermedia',
        transient: 'temporal',
        permanent: 'permanente',
      },
      subjects: {
        other: 'otro',
        addressing: 'direccionamiento',
        mailbox: 'buzón',
        'mail-system': 'sistema de correo',
        network: 'red',
        protocol: 'protocolo',
        content: 'contenido',
        security: 'seguridad',
      },
      clientError: 'un error del programa de correo',
      cause: 'causa',
      unknownCause: 'ninguna que describan las guías del proveedor',
    },
    folder: {
      kinds: {
        regular: 'carpeta normal',
        trash: 'papelera',
        junk: 'carpeta de spam',
        infected: 'carpeta de mensajes infectados',
      },
      kept: 'el correo se conserva en ella sin límite de tiempo',
      purged: 'los mensajes se eliminan definitivamente de ella 30 días después de entrar',
    },
    backups: {
      recoverable: 'recuperable',
      notRecoverable: 'no recuperable',
      restore: (backup) => `restaure la copia de seguridad del ${backup}`,
      none: 'ninguna copia de seguridad que restaurar con esta oferta (R-BKP-2); tras una mejora, las de los últimos 30 días pasan a estar disponibles',
      list: (count) =>
        `${plural('es', count, 'copia de seguridad', 'copias de seguridad')}, de la más reciente a la más antigua`,
    },
    settings: {
      incoming: 'entrante',
      outgoing: 'saliente',
      port: 'puerto',
      user: 'usuario',
      password: (methods) => `contraseña (${methods.join(' o ')})`,
      noCopy: 'sin dejar copia en el servidor',
      none: 'ninguna',
    },
    attachment: {
      fits: 'cabe en un mensaje',
      tooLarge: 'demasiado grande para un mensaje',
      bytes: 'bytes',
      encoded: 'en base64 (R-SIZE-2)',
      whole: (size) => `${size} con el resto del mensaje`,
      spare: (spare, limit) => `espacio libre ${spare} de ${limit}`,
      over: (limit) => `por encima del límite de ${limit}`,
      largest: (size) => `el archivo más grande que cabe: ${size}`,
    },
    storage: {
      within: 'dentro de su límite',
      room: (incoming) => `hay sitio para ${incoming} más`,
      full: (incoming) => `no hay sitio para ${incoming} más`,
      over: 'por encima de su límite',
      unlimited: 'almacenamiento ilimitado',
      usage: (used, limit, share, free) =>
        `ocupación ${used} de ${limit} (${share}), espacio libre ${free}`,
      used: (used) => `ocupación ${used}`,
      bounce:
        'un mensaje que no cabe vuelve a su remitente, con un error como «5.2.2 Over quota» o «554 5.0.0 Service unavailable»',
      upgrade: (names) => `las ofertas con almacenamiento ilimitado: ${names}`,
    },
    verify: {
      work: 'esta configuración funciona',
      fail: 'esta configuración falla',
      nothing: 'nada que cambiar',
      counts: (values) =>
        counts('es', values, [
          ['error', 'errores'],
          ['aviso', 'avisos'],
          ['consejo', 'consejos'],
        ]),
      severities: { error: 'error', warning: 'aviso', info: 'consejo' },
    },
  },
};
