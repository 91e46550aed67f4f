import type { Messages } from '../types.js';
import { itAddress } from './it-address.js';

const NEWSLETTER = 'Per gli invii di massa, usa lo strumento Newsletter.';

/**
 * A date after `il` or `dal`, as Italian writes it: the first of a month as an ordinal ("il 1º
 * marzo", where `Intl` writes "1 marzo"), and the article elided before the days said with a
 * vowel ("l’8 marzo", "dall’11 marzo").
 */
const on = (word: 'il' | 'dal', date: string) => {
  const day = Number.parseInt(date, 10); // Italian writes the day first
  if (day === 8 || day === 11) return `${word === 'il' ? 'l' : 'dall'}’${date}`;
  return `${word} ${day === 1 ? `1º${date.slice(1)}` : date}`;
};

/**
 * Italian messages for every issue code: one pure function per code. Pass them to
 * `createFormatter(it, 'it')` to ship this language alone.
 *
 * @example
 * ```ts
 * const format = createFormatter(it, 'it');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const it: Messages = {
  'no-recipients': () => 'Aggiungi almeno un destinatario.',
  'too-many-recipients': (issue, f) =>
    `Questo messaggio ha ${f.count(issue.actual)} destinatari; il limite è di ${f.count(issue.limit)} per messaggio (A, Cc e Ccn insieme). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Questo messaggio pesa ${f.bytes(issue.actual) === f.bytes(issue.limit) ? `${f.count(issue.actual)}\u00a0byte` : f.bytes(issue.actual)}; la dimensione massima è di ${f.bytes(issue.limit)} (${f.count(issue.limit)} byte).`,
  'daily-limit-reached': (issue, f) =>
    `Con questo invio supereresti il limite di ${f.count(issue.limit)} messaggi${issue.limit === 1 ? 'o' : ''} nelle 24 ore (${f.count(issue.used)} già conteggiat${issue.used === 1 ? 'o' : 'i'}; questo vale ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `Potrai inviarlo a partire ${on('dal', f.date(issue.retryAt))}.`
        : issue.weight > issue.limit
          ? 'Attendere non basta: questo messaggio da solo supera il limite.'
          : 'Attendere non basta: il messaggio è rifiutato anche per un altro motivo.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    issue.incoming === 0
      ? `La casella di posta supera di ${f.bytes(issue.used - issue.limit)} il suo limite di ${f.bytes(issue.limit)}. Libera un po’ di spazio.`
      : `La casella di posta è piena (${f.bytes(issue.used)} su ${f.bytes(issue.limit)}): non c’è posto per ${f.bytes(issue.incoming)} in più. Libera un po’ di spazio.`,
  'address-limit-reached': (issue, f) =>
    `Questa offerta comprende al massimo ${f.count(issue.limit)} ${issue.limit === 1 ? 'indirizzo' : 'indirizzi'}. Eliminane uno o passa a un’offerta superiore per crearne un altro.`,
  ...itAddress,
  'not-an-object': () => 'Mancano le impostazioni.',
  'missing-server': () => 'Manca un server: aggiungilo con le impostazioni qui sotto.',
  'wrong-host': () => 'Usa il nome del server mail.infomaniak.com.',
  'unknown-port': () => 'Questa porta non è del server di posta: usa quella consigliata.',
  'smtp-port-25': () =>
    'La porta 25 è bloccata dalla maggior parte dei provider: usa la 587 con STARTTLS (o la 465 con SSL/TLS).',
  'encryption-off': () => 'La cifratura è disattivata: attiva SSL/TLS o STARTTLS.',
  'unknown-security': () =>
    'Questa impostazione di sicurezza è sconosciuta: scegli SSL/TLS o STARTTLS.',
  'security-port-mismatch': () =>
    'La sicurezza non corrisponde alla porta: SSL/TLS su 993, 995 e 465; STARTTLS su 587, 143 e 110.',
  'legacy-port': () =>
    'Questa porta funziona, ma si consiglia la 993 (IMAP) o la 995 (POP3) con SSL/TLS.',
  'username-not-full-address': (issue) =>
    `Il nome utente deve essere l’indirizzo e-mail completo: ${issue.address}.`,
  'authentication-off': () =>
    'L’autenticazione è obbligatoria: attivala, con la password dell’indirizzo.',
  'authentication-method': () =>
    'Il server non offre questo metodo di autenticazione: scegli la password normale (PLAIN o LOGIN).',
  'pop3-and-imap': () => 'Non usare POP3 e IMAP insieme per lo stesso indirizzo: mantieni IMAP.',
  'pop3-keep-copy': () =>
    'Con POP3 non conservare una copia dei messaggi sul server: finiscono per essere scaricati di nuovo.',
  'pop3-instead-of-imap': () =>
    'Si consiglia IMAP: gli stessi messaggi su tutti i dispositivi, nella webmail e nell’app.',
  'not-gone': () =>
    'Il messaggio esiste ancora (è stato solo spostato): cercalo nelle altre cartelle.',
  'no-backups': () =>
    'Questa offerta non conserva backup ripristinabili; con un upgrade diventano disponibili quelli degli ultimi 30 giorni.',
  'never-in-a-backup': () =>
    'Nessun backup giornaliero è stato eseguito mentre il messaggio esisteva: non può essere recuperato.',
  'pop3-deleted-before-backup': () =>
    'Il messaggio è stato scaricato con POP3 e ha lasciato il server prima di ogni backup: non può essere recuperato.',
  'backups-expired': (issue, f) =>
    `I backup che contenevano il messaggio hanno più di ${f.count(issue.retentionDays)} giorni: sono scaduti ${on('il', f.date(issue.expiredAt))}.`,
  'country-not-eligible': (issue) =>
    `Il programma studenti non è disponibile in questo paese${issue.country === '' ? '' : ` (${issue.country})`}.`,
  'under-age': (issue, f) =>
    `Gli studenti con meno di ${f.count(issue.limit)} anni hanno bisogno dell’autorizzazione dei genitori.`,
  'not-a-new-order': () => 'Il programma studenti vale solo per i nuovi ordini.',
  'missing-documents': (issue) => {
    const proofs = issue.missing.map(
      (proof) =>
        ({
          'student-card-or-certificate':
            'una tessera studentesca o un certificato di iscrizione valido',
          'identity-card': 'un documento d’identità (fronte e retro)',
          'student-email': 'il tuo indirizzo e-mail ufficiale da studente',
        })[proof],
    );
    const last = proofs.pop();
    return `Invia ${proofs.length > 0 ? 'i documenti mancanti' : 'il documento mancante'}: ${proofs.length > 0 ? `${proofs.join(', ')} e ` : ''}${last}.`;
  },
  'programme-ended': (issue, f) =>
    `L’offerta per studenti è terminata ${on('il', f.date(issue.endedAt))}.`,
};
