import { isObject } from '../_lib/input.js';
import type { RuleId } from '../_lib/provenance.js';
import { JAVAMAIL_TIMEOUT_SETTING, PORT_25, WORD_CHAR } from '../_lib/regexes.js';
import type { Remedy } from './diagnoseSmtpReply.js';
import {
  AUTH_METHOD_REFUSED,
  AUTHENTICATION_MISSING,
  AUTHENTICATION_MISSING_WORDS,
  EXPIRED_PASSWORD_WORDS,
  PASSWORD_REFUSED,
  PORT_25_BLOCKED,
  TIMED_OUT,
} from './sharedCauses.js';

/**
 * What went wrong in a mail client, for the errors it reports in its own words or codes rather
 * than as a server's SMTP reply (R-CONN-7 names certificate errors and Outlook's `0x800…`).
 */
export type ClientErrorCause =
  | 'storage-full'
  | 'mailbox-in-use'
  | 'certificate-error'
  | 'encryption-required'
  | 'encryption-mismatch'
  | 'authentication-method'
  | 'authentication-failed'
  | 'authentication-required'
  | 'host-not-found'
  | 'timeout'
  | 'connection-interrupted'
  | 'cannot-connect'
  | 'port-25-blocked';

/** A client's error, explained: what it says, the rule behind it and what to do. */
export interface ClientErrorDiagnosis {
  /**
   * The code the cause was read from, as clients and libraries write it: an Outlook code
   * (`'0x800CCC0E'`, in upper case), a Node.js or OpenSSL error code (`'ECONNREFUSED'`,
   * `'CERT_HAS_EXPIRED'`), an IMAP or POP3 response code (`'[AUTHENTICATIONFAILED]'`,
   * `'[IN-USE]'`); or `null` when it was read from the words alone.
   */
  readonly code: string | null;
  /** The likely cause. */
  readonly cause: ClientErrorCause;
  /** The rule of the cause. */
  readonly rule: RuleId;
  /** What to do, most likely fix first. */
  readonly remedies: readonly Remedy[];
}

/** A kind of client error: the codes and the words that say it. @internal */
export interface ClientErrorPattern {
  readonly cause: ClientErrorCause;
  readonly rule: RuleId;
  readonly remedies: readonly Remedy[];
  /**
   * Outlook's codes (`0x…`), read in any case; then Node.js, OpenSSL, nodemailer, NSS
   * (Thunderbird's certificate checks), IMAP (RFC 5530) and POP3 (RFC 3206) codes, read as
   * written, as a whole word.
   */
  readonly codes: readonly string[];
  /** Words clients write for it, in lower case. */
  readonly words: readonly string[];
}

/**
 * The client errors the library explains, most specific first: the first whose code is in the
 * text wins (Outlook's codes before any other), else the first whose code or words are.
 * Outlook's codes are Windows' `IXP_E_*` (Internet Mail transport: `0x800CCC…`), Outlook's
 * own `0x8004210…` send and receive errors, the certificate errors of Windows' trust checks
 * (`CERT_E_*`, `SEC_E_*`), and Windows' socket errors as the Mail app shows them
 * (`0x8007xxxx`, a Winsock error in an HRESULT: `0x8007274C` is `WSAETIMEDOUT`, 10060).
 *
 * @internal
 */
export const CLIENT_ERRORS: readonly ClientErrorPattern[] = [
  {
    // The address's own mailbox, when the client stores a message there (a copy in Sent).
    cause: 'storage-full',
    rule: 'R-STOR-1',
    remedies: ['free-space'],
    codes: ['[OVERQUOTA]'],
    words: [],
  },
  {
    // Another connection holds the mailbox: POP3 locks it while a device reads it (R-PROTO-2:
    // one protocol at a time).
    cause: 'mailbox-in-use',
    rule: 'R-PROTO-2',
    remedies: ['use-one-protocol', 'retry-later'],
    codes: ['0x800CCC0B', '[IN-USE]', '[INUSE]'],
    words: ['maildrop', 'mailbox is locked', 'mailbox locked', 'in use by another'],
  },
  {
    // The certificate's dates: a device whose clock is wrong sees a valid one as expired.
    cause: 'certificate-error',
    rule: 'R-CONN-7',
    remedies: ['check-device-clock', 'disable-security-software', 'use-server-name'],
    codes: [
      '0x800CCC02',
      '0x800B0101',
      '0x80090328',
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'ERR_TLS_CERT_EXPIRED',
      'SEC_ERROR_EXPIRED_CERTIFICATE',
      'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE',
    ],
    words: [
      'certificate has expired',
      'certificate expired',
      'certificate is not yet valid',
      // fr, de, it, es, the words side by side ("Le certificat a expiré"; a sentence that
      // puts others between them is read as a certificate error of another kind).
      'certificat a expiré',
      'certificat expiré',
      'zertifikat ist abgelaufen',
      'zertifikat abgelaufen',
      'certificato è scaduto',
      'certificato scaduto',
      'certificado ha caducado',
      'certificado caducado',
      'certificado ha expirado',
      'certificado expirado',
    ],
  },
  {
    // Another name than mail.infomaniak.com (`mail.exemple.ch` is no name on its certificate),
    // or security software that reads encrypted connections and signs them with its own.
    cause: 'certificate-error',
    rule: 'R-CONN-7',
    remedies: ['use-server-name', 'disable-security-software', 'try-another-network'],
    codes: [
      '0x800CCC01',
      '0x800B010F',
      '0x800B0109',
      '0x800B010A',
      '0x800B0112',
      '0x80090322',
      '0x80090325',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'CERT_UNTRUSTED',
      'SSL_ERROR_BAD_CERT_DOMAIN',
      'SEC_ERROR_UNKNOWN_ISSUER',
      'SEC_ERROR_UNTRUSTED_ISSUER',
      'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
    ],
    words: [
      'certificate',
      'altnames',
      'principal name is incorrect',
      'verify server identity',
      'verify the identity of',
      'serveridentität',
      'security exception',
      'self-signed',
      'self signed',
      // Thunderbird's TLS error: fr, it (certificat, certificato), de, es; "certificat" also
      // reads Java's "unable to find valid certification path".
      'certificat',
      'zertifikat',
      'tls-fehler',
      'certificado',
    ],
  },
  {
    cause: 'encryption-required',
    rule: 'R-CONN-5',
    remedies: ['use-recommended-ports'],
    codes: ['0x800CCC7C', '[PRIVACYREQUIRED]'],
    words: [
      'plaintext authentication disallowed',
      'plaintext authentication not allowed',
      'must issue a starttls',
      'auth extension not supported',
      // Thunderbird, when the server offers no login in clear text: en, fr, de, it, es.
      'allow plaintext passwords',
      'autorise pas les mots de passe non chiffrés',
      'passworts im klartext',
      'password in testo semplice',
      'contraseñas sin cifrar',
      'contraseñas no cifradas',
    ],
  },
  {
    // SSL/TLS on a port that starts in clear text (587, 143), or clear text on one that starts
    // encrypted (465, 993): OpenSSL reads a greeting as a record of a wrong version; the other
    // way, the client waits for a greeting that never comes.
    cause: 'encryption-mismatch',
    rule: 'R-CONN-2',
    remedies: ['use-recommended-ports'],
    codes: [
      '0x800CCC1A',
      '0x800CCC7D',
      '0x800CCC7F',
      'ERR_SSL_WRONG_VERSION_NUMBER',
      'SSL_ERROR_RX_RECORD_TOO_LONG',
    ],
    words: [
      'wrong version number',
      'unknown protocol',
      'packet length too long',
      'unrecognized ssl message',
      'greeting never received',
      'encryption type',
      // Apple Mail: "Mail was unable to connect to server “…” using SSL on port 587."
      'using ssl on port',
      // Thunderbird: no TLS with a POP3 server; STARTTLS not offered. en, fr, de, it, es.
      'establish tls connection',
      'establish a secure link',
      'établir une connexion tls',
      'établir un lien sécurisé',
      'tls-verbindung',
      'eine sichere verbindung mit',
      'collegamento tls',
      'collegamento sicuro',
      'conexión tls',
      'enlace seguro',
    ],
  },
  {
    // Secure Password Authentication (NTLM) and the like: the server takes LOGIN or PLAIN.
    ...AUTH_METHOD_REFUSED,
    codes: ['0x800CCC00', '0x800CCC18', '0x800CCCDF', '0x800CCCE0'],
    words: [
      'secure password authentication',
      'encrypted password',
      'selected authentication method',
      // Apple Mail: "The IMAP server “…” doesn’t support CRAM-MD5 authentication. Please check
      // your account settings and try again."
      'authentication. please check your account settings',
      // Methods the provider never offers, named as such: Thunderbird's "The Kerberos/GSSAPI
      // ticket was not accepted…" (the name is the same in every language), an "NTLM
      // authentication failed", RFC 4954's "Unsupported authentication mechanism".
      'kerberos/gssapi',
      'ntlm',
      'unsupported authentication mechanism',
      // Thunderbird: fr, de, it, es.
      'gérer les mots de passe chiffrés',
      "méthode d'authentification sélectionnée",
      'verschlüsselte übertragung des passworts',
      'übertragung verschlüsselter passwörter',
      'unterstützt die gewählte authentifizierungsmethode',
      'gestire le password crittate',
      'metodo di autenticazione scelto',
      'metodo di autenticazione selezionato',
      'admitir contraseñas cifradas',
      'método de identificación seleccionado',
      'mecanismo de identificación seleccionado',
    ],
  },
  {
    ...PASSWORD_REFUSED,
    codes: [
      '0x800CCC16',
      '0x800CCC91',
      '0x800CCC92',
      '0x800CCCD1',
      '[AUTHENTICATIONFAILED]',
      '[EXPIRED]',
      '[AUTH]',
      'EAUTH',
    ],
    words: [
      'could not authenticate',
      'authentication failed',
      'authentication unsuccessful',
      'invalid credentials',
      'invalid login',
      'login failed',
      'login to server',
      'logon failure',
      'user name or password',
      'username or password',
      'account name or password',
      'incorrect password',
      'wrong password',
      'password is incorrect',
      'no password specified',
      'missing credentials', // nodemailer: `Missing credentials for "PLAIN"` (no password set)
      'autenticación fallida',
      'unable to authenticate',
      'sending of password',
      'sending of username',
      // Thunderbird: fr, de, it, es.
      "impossible de s'authentifier",
      "échec de l'authentification",
      'échec de la connexion depuis le serveur',
      "échec de l'envoi du mot de passe",
      "échec de l'envoi du nom d'utilisateur",
      'kann nicht authentifiziert werden',
      'authentifizierungsfehler',
      'anmeldung auf dem server',
      'anmeldung fehlgeschlagen',
      'fehler beim senden des passworts',
      'fehler beim senden des benutzernamens',
      'autenticazione non riuscita',
      'accesso al server',
      'accesso non riuscito',
      'invio della password',
      'invio del nome utente',
      'no se puede identificar',
      'fallo de identificación',
      'el inicio de sesión en el servidor',
      'inicio de sesión fallido',
      'envío de la contraseña',
      'enviar el nombre de usuario',
      // A user name or password refused, as any client words it in fr, de, it, es (Apple Mail
      // and iOS Mail say "the user name or password for … is incorrect" in each language).
      "nom d'utilisateur ou le mot de passe",
      "nom d'utilisateur ou mot de passe",
      'mot de passe est incorrect',
      'mot de passe incorrect',
      'benutzername oder das passwort',
      'benutzername oder passwort',
      'benutzername oder kennwort',
      'passwort ist falsch',
      'kennwort ist falsch',
      'falsches passwort',
      'falsches kennwort',
      'nome utente o la password',
      'nome utente o password',
      'password non è corretta',
      'password errata',
      'usuario o la contraseña', // "El nombre de usuario o la contraseña…"
      'usuario o contraseña',
      'contraseña es incorrecta',
      'contraseña incorrecta',
      // IMAP's `NO AUTHENTICATE failed.` (Microsoft's servers, for a wrong password).
      'authenticate failed',
      // A password expired or reset: the one the client holds is refused. Read before the
      // time-outs, whose words ("a expiré", "è scaduta", "ha expirado") these sentences contain,
      // and the cut connections' "was reset".
      ...EXPIRED_PASSWORD_WORDS,
      'password was reset',
      'password has been reset',
    ],
  },
  {
    // The server's words for a message sent without authentication, as a client shows them
    // without the reply's code ("Proper authentication required", R-CONN-7's own words). With
    // the code, `diagnoseSmtpReply` reads them first. After a refused password, whose sentence
    // may say that authentication is required too.
    ...AUTHENTICATION_MISSING,
    codes: [],
    words: AUTHENTICATION_MISSING_WORDS,
  },
  {
    cause: 'host-not-found',
    rule: 'R-CONN-1',
    remedies: ['use-server-name', 'try-another-network'],
    codes: [
      '0x800CCC0D',
      '0x80072AF9',
      '0x80072AFA',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EAI_NONAME',
      'EDNS',
    ],
    words: [
      'cannot locate server',
      'getaddrinfo',
      'name or service not known',
      'nodename nor servname',
      'unknown host',
      'unknownhostexception',
      'no such host',
      'could not resolve',
      "couldn't resolve",
      // A server not found, in the five languages.
      'server not found',
      'serveur introuvable',
      'server nicht gefunden',
      'server non trovato',
      'servidor no encontrado',
      // Thunderbird's unknown outgoing server: en, fr, de, it, es.
      'may be incorrectly configured',
      'est peut-être mal configuré',
      'ist eventuell falsch konfiguriert',
      'configurato in modo non corretto',
      'puede estar mal configurado',
    ],
  },
  {
    ...TIMED_OUT,
    codes: ['0x800CCC19', '0x8004210A', '0x8004210B', '0x8007274C', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'],
    // The seed quotes a client's own words: "una operación en el servidor ha expirado", "el
    // tiempo asignado ha expirado".
    words: [
      'timed out',
      'timeout',
      'time-out',
      'time out',
      'did not properly respond',
      'is not responding',
      'ne répond pas',
      'ha expirado',
      // Thunderbird: fr, de, it, es.
      'temps limite de connexion',
      'a expiré',
      'zeitüberschreitung',
      'ablaufzeit',
      'fuori tempo massimo',
      'è scaduta',
      'tiempo de espera',
      'ha caducado',
      // As other clients and people word it: fr, es.
      'délai de connexion',
      "délai d'attente",
      'tiempo agotado',
      'tiempo de conexión', // "Se ha agotado el tiempo de conexión", "Tiempo de conexión agotado"
    ],
  },
  {
    cause: 'connection-interrupted',
    rule: 'R-TROUBLE-1',
    remedies: ['disable-security-software', 'try-another-network', 'restart-client', 'retry-later'],
    codes: [
      '0x800CCC0F',
      '0x800CCC12',
      '0x800CCC13',
      '0x800CCCDD',
      '0x80072746',
      '0x80072745',
      'ECONNRESET',
      'EPIPE',
    ],
    words: [
      'connection reset',
      'connection was reset',
      'connection closed',
      'connection was closed',
      'connection dropped',
      'was interrupted',
      'connection lost',
      'closed unexpectedly',
      'unexpectedly closed',
      'closed the connection',
      'forcibly closed',
      'connection was aborted',
      'socket hang up',
      // Node.js, when the connection closes during the TLS handshake (ECONNRESET).
      'before secure tls connection',
      'has disconnected',
      'was reset',
      'was lost',
      'while receiving data',
      // Thunderbird: fr, de, it, es.
      "s'est déconnecté",
      'a été réinitialisée',
      'a été interrompue',
      'a été perdue',
      'hat die verbindung abgebrochen',
      'wurde zurückgesetzt',
      'wurde unterbrochen',
      'verloren wurde',
      'si è disconnesso',
      'reimpostata',
      'interrotta',
      'ha cortado la conexión',
      'se ha reiniciado',
      'se ha interrumpido',
      'se perdió',
    ],
  },
  {
    cause: 'cannot-connect',
    rule: 'R-TROUBLE-1',
    remedies: [
      'use-server-name',
      'use-recommended-ports',
      'try-another-network',
      'disable-security-software',
    ],
    codes: [
      '0x800CCC0E',
      '0x800CCC15',
      '0x800CCCD9',
      '0x80042108',
      '0x80042109',
      '0x8007274D',
      '0x80072751',
      '0x80072743',
      'ECONNREFUSED',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ECONNECTION',
    ],
    words: [
      'connection refused',
      // Apple Mail and iOS: "The connection to the server failed.", "The connection to the
      // server “…” on port 993 failed.", "…to the outgoing server “…” failed." A time-out, a cut
      // connection or a refused password said in those words is read by a pattern above.
      'connection to the server',
      'connection to the outgoing server',
      // Apple Mail: "The server “…” refused to allow a connection on port 25.", "…cannot be
      // contacted on port 993."
      'refused to allow a connection',
      'cannot be contacted',
      'verbindung zum postausgangsserver',
      'imposible conectar',
      'actively refused',
      'connect() failed',
      'could not connect',
      'cannot connect',
      "can't connect",
      "couldn't connect",
      'unable to connect',
      'failed to connect',
      'connecting to outgoing server',
      'refusing smtp connections',
      'network is unreachable',
      'host is unreachable',
      'no route to host',
      // Thunderbird: fr, de, it, es.
      'impossible de se connecter',
      'connexion impossible',
      'échec lors de la connexion',
      'refuse les connexions',
      'konnte nicht hergestellt werden',
      'konnte keine verbindung',
      'verbindung mit server',
      'verbindungsaufbau',
      'smtp-verbindungen ab',
      'possibile connettersi',
      'connessione al server',
      'rifiutare le connessioni',
      'no se pudo conectar',
      'no se ha podido conectar',
      'no se puede conectar',
      'rechazando conexiones',
      'ha fallado la conexión',
      // A failed connection, as other clients word it: fr, de, es ("La connexion au serveur a
      // échoué.", "Die Verbindung zum Server ist fehlgeschlagen.", "Falló la conexión con el
      // servidor."), as "connessione al server" above in Italian.
      'connexion au serveur',
      'verbindung zum server',
      'conexión con el servidor',
      'conexión al servidor',
    ],
  },
];

/** The text of an error object: the fields mail libraries fill, one a line. */
function errorText(error: Readonly<Record<string, unknown>>): string {
  const parts = [error.code, error.message, error.response].filter(
    (part): part is string => typeof part === 'string',
  );
  // ImapFlow: `serverResponseCode: 'AUTHENTICATIONFAILED'`, the code the server wrote in brackets.
  if (typeof error.serverResponseCode === 'string') parts.push(`[${error.serverResponseCode}]`);
  return parts.join('\n');
}

/**
 * Whether `code` is in `text` as a whole word: no letter, digit or `_` on either side (outside
 * the text, no character at all), unless a bracket closes it there.
 */
function hasCode(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    if (
      (code[0] === '[' || !WORD_CHAR.test(text[at - 1] ?? '')) &&
      (code.endsWith(']') || !WORD_CHAR.test(text[at + code.length] ?? ''))
    )
      return true;
  }
  return false;
}

/**
 * Explains an error a mail client, or a mail library, reports in its own terms: Outlook's
 * `0x800…` codes and certificate errors (R-CONN-7), Node.js and OpenSSL errors (nodemailer,
 * ImapFlow), the exceptions of Python's, Java's and .NET's mail code, Windows' socket errors
 * (in words, or in the Mail app's `0x8007…` codes), IMAP and POP3 response codes
 * (`[AUTHENTICATIONFAILED]`, `[IN-USE]`), the codes of Thunderbird's certificate checks (NSS:
 * `SEC_ERROR_UNKNOWN_ISSUER`…), its words in English, French, German, Italian and Spanish, and
 * those of Apple Mail, iOS (a few in German, French and Spanish too) and PHPMailer. The causes,
 * each with its rule and remedies in the order to try them: the mailbox full (R-STOR-1) or held by
 * another device (R-PROTO-2), the server's certificate refused (R-CONN-7), encryption missing
 * (R-CONN-5) or not the port's kind (R-CONN-2), an authentication method other than LOGIN or PLAIN
 * (R-CONN-4), a wrong password (R-CONN-7), authentication missing (the server's "Proper
 * authentication required" or "relaying denied" without a reply's code, R-CONN-7), a server
 * name that does not resolve (R-CONN-1), a time-out (R-CONN-6), a connection cut or refused
 * (R-TROUBLE-1); and port 25, blocked by most networks, when a connection to it failed
 * (R-CONN-6).
 *
 * It reads no SMTP reply: use `diagnoseSmtpReply` first, as a server's reply says more than a
 * client's words about it (the command-line program's `diagnose` does both, in that order).
 * Text it does not recognise gives `null`. The time grows linearly with the text's length.
 *
 * The guides name these errors but not their causes: each code is read as Windows', OpenSSL's
 * or the RFC's own definition says, and an expired certificate's first remedy, the device's
 * clock, is not in the guides (docs/connection.md lists these decisions). Words are matched in
 * any case, with `’` read as `'`. Beyond Thunderbird's, the words of a refused user name or
 * password, a failed connection, a server not found, an expired certificate and (in French and
 * Spanish) a time-out are read in French, German, Italian and Spanish as any client puts them
 * ("Le nom d'utilisateur ou le mot de passe … est incorrect", "Serveur introuvable"); other
 * sentences of other clients in other languages (Outlook's words, most of Apple Mail's) are
 * known by their codes only, or not at all.
 *
 * @param error - the client's message as shown, or an error a mail library threw (its `code`,
 *   `message`, `response` and `serverResponseCode` are read)
 * @example
 * ```ts
 * diagnoseClientError("Task 'Sending' reported error (0x800CCC0E): 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'");
 * // { code: '0x800CCC0E', cause: 'cannot-connect', rule: 'R-TROUBLE-1',
 * //   remedies: ['use-server-name', 'use-recommended-ports', 'try-another-network',
 * //              'disable-security-software'] }
 * diagnoseClientError('connect ETIMEDOUT 192.0.2.7:25')?.cause; // 'port-25-blocked'
 * diagnoseClientError('Login to server mail.infomaniak.com with username "jean@exemple.ch" failed.')?.cause; // 'authentication-failed'
 * diagnoseClientError('Verbindung mit Server mail.infomaniak.com wurde unterbrochen.')?.cause; // 'connection-interrupted'
 * diagnoseClientError({ code: 'ESOCKET', message: 'Hostname/IP does not match certificate\'s altnames' })?.cause; // 'certificate-error'
 * diagnoseClientError('hello'); // null
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-4, R-CONN-5, R-CONN-6, R-CONN-7, R-PROTO-2, R-STOR-1, R-TROUBLE-1
 */
export function diagnoseClientError(error: unknown): ClientErrorDiagnosis | null {
  const text = typeof error === 'string' ? error : isObject(error) ? errorText(error) : null;
  if (text === null) return null;
  // Words are matched in lower case, with the typographic apostrophe as the straight one.
  // JavaMail's "; timeout -1" is a setting it states, not a time-out: it is not read.
  const lower = text.toLowerCase().replaceAll('’', "'").replace(JAVAMAIL_TIMEOUT_SETTING, ';');
  let found: ClientErrorPattern | undefined;
  let code: string | null = null;
  // Outlook's codes first: each names one error.
  for (const pattern of CLIENT_ERRORS) {
    const hex = pattern.codes.find(
      (entry) => entry[0] === '0' && hasCode(lower, entry.toLowerCase()),
    );
    if (hex !== undefined) {
      found = pattern;
      code = hex;
      break;
    }
  }
  if (found === undefined) {
    for (const pattern of CLIENT_ERRORS) {
      // Outlook's codes were looked for above, in any case: none is here.
      code = pattern.codes.find((entry) => hasCode(text, entry)) ?? null;
      if (code !== null || pattern.words.some((word) => lower.includes(word))) {
        found = pattern;
        break;
      }
    }
  }
  if (found === undefined) return null;
  const blocked =
    (found.cause === 'cannot-connect' || found.cause === 'timeout') && PORT_25.test(text);
  // Port 25 named in the text: it is blocked, and the cause of the failed connection.
  const { cause, rule, remedies } = blocked ? PORT_25_BLOCKED : found;
  return { code, cause, rule, remedies };
}
