import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/matchLocale.js';
import { CLIENT_ERRORS, diagnoseClientError } from './diagnoseClientError.js';
import { diagnoseSmtpReply } from './diagnoseSmtpReply.js';
import { formatDiagnosis } from './messages.js';

/** The messages clients show, as users paste them, and what they mean. */
const SHOWN: readonly (readonly [string, string, string | null, string])[] = [
  // Outlook (Windows): the task's error with its code, the account test's with port and code.
  [
    "Task 'jean@exemple.ch - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
    'cannot-connect',
    '0x800CCC0E',
    'R-TROUBLE-1',
  ],
  [
    'Send test e-mail message: Cannot connect to the server. Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E',
    'port-25-blocked',
    '0x800CCC0E',
    'R-CONN-6',
  ],
  // The same in French: a no-break space before each colon.
  [
    'Envoyer un message électronique de test : Impossible de se connecter au serveur. Port\u00A0: 25, Sécurisé (SSL)\u00A0: Non, Erreur de socket\u00A0: 10060, Numéro d’erreur\u00A0: 0x800CCC0E',
    'port-25-blocked',
    '0x800CCC0E',
    'R-CONN-6',
  ],
  [
    "Receiving reported error (0x800CCC0F) : 'The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP).'",
    'connection-interrupted',
    '0x800CCC0F',
    'R-TROUBLE-1',
  ],
  [
    "Task 'mail.infomaniak.com - Sending' reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server.'",
    'timeout',
    '0x8004210B',
    'R-CONN-6',
  ],
  [
    'Your server does not support the connection encryption type you have specified. Try changing the encryption method. (0x800CCC1A)',
    'encryption-mismatch',
    '0x800CCC1A',
    'R-CONN-2',
  ],
  [
    "Receiving reported error (0x800CCC92) : 'Your e-mail server rejected your login. Verify your user name and password for this account in Account Settings. The server responded: -ERR [AUTH] Authentication failed.'",
    'authentication-failed',
    '0x800CCC92',
    'R-CONN-7',
  ],
  [
    "Receiving reported error (0x800CCC18) : 'Your e-mail server rejected your login.'",
    'authentication-method',
    '0x800CCC18',
    'R-CONN-4',
  ],
  [
    'The server you are connected to is using a security certificate that could not be verified. The target principal name is incorrect.',
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  // The seed's own words for a time-out (R-CONN-6).
  [
    'Una operación en el servidor ha expirado. El servidor puede estar caído, sobrecargado, o puede haber demasiado tráfico de red.',
    'timeout',
    null,
    'R-CONN-6',
  ],
  // Thunderbird.
  [
    'Login to server mail.infomaniak.com with username "jean@exemple.ch" failed.',
    'authentication-failed',
    null,
    'R-CONN-7',
  ],
  [
    'Sending of the message failed. The message could not be sent because connecting to Outgoing server (SMTP) mail.infomaniak.com failed. The server may be unavailable or is refusing SMTP connections.',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  [
    "The outgoing server (SMTP) doesn't seem to support encrypted passwords. If you just set up the account, try changing the 'Authentication method' to 'Normal password'.",
    'authentication-method',
    null,
    'R-CONN-4',
  ],
  [
    "The current operation on 'Sent' did not succeed. The mail server for account jean@exemple.ch responded: [OVERQUOTA] Quota exceeded (mailbox for user is full)",
    'storage-full',
    '[OVERQUOTA]',
    'R-STOR-1',
  ],
  // Thunderbird's certificate check (NSS), whatever its language.
  [
    'mail.exemple.ch:993 utilise un certificat de sécurité invalide. Le certificat n’est valide que pour mail.infomaniak.com. Code d’erreur : SSL_ERROR_BAD_CERT_DOMAIN',
    'certificate-error',
    'SSL_ERROR_BAD_CERT_DOMAIN',
    'R-CONN-7',
  ],
  [
    'Error code: SEC_ERROR_EXPIRED_CERTIFICATE',
    'certificate-error',
    'SEC_ERROR_EXPIRED_CERTIFICATE',
    'R-CONN-7',
  ],
  // Apple Mail and iOS.
  [
    'Cannot Verify Server Identity. The identity of “mail.exemple.ch” cannot be verified by Mail.',
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  [
    'Cannot Get Mail. The user name or password for “mail.infomaniak.com” is incorrect.',
    'authentication-failed',
    null,
    'R-CONN-7',
  ],
  ['Unable to verify account name or password.', 'authentication-failed', null, 'R-CONN-7'],
  [
    'Cannot Get Mail. The mail server “mail.infomaniak.com” is not responding. Verify that you have entered the correct account info in Mail settings.',
    'timeout',
    null,
    'R-CONN-6',
  ],
  ['Cannot Get Mail. The connection to the server failed.', 'cannot-connect', null, 'R-TROUBLE-1'],
  [
    'Cannot Send Mail. The connection to the outgoing server “mail.infomaniak.com” failed.',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  // Apple Mail's connection errors (its MIME framework's strings).
  [
    'Mail was unable to connect to server “mail.infomaniak.com” using SSL on port 587. Verify that this server supports SSL and that your account settings are correct.',
    'encryption-mismatch',
    null,
    'R-CONN-2',
  ],
  [
    'The server “mail.infomaniak.com” refused to allow a connection on port 993.',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  [
    'The server “mail.infomaniak.com” refused to allow a connection on port 25.',
    'port-25-blocked',
    null,
    'R-CONN-6',
  ],
  [
    'The server “mail.infomaniak.com” cannot be contacted on port 465.',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  [
    'The connection to the server “mail.infomaniak.com” on port 993 timed out.',
    'timeout',
    null,
    'R-CONN-6',
  ],
  [
    'The IMAP server “mail.infomaniak.com” doesn’t support CRAM-MD5 authentication. Please check your account settings and try again.',
    'authentication-method',
    null,
    'R-CONN-4',
  ],
  // …in German, French and Spanish.
  ['Serveridentität kann nicht überprüft werden', 'certificate-error', null, 'R-CONN-7'],
  [
    'Die Verbindung zum Postausgangsserver „mail.infomaniak.com“ ist fehlgeschlagen.',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  ['Le serveur « mail.infomaniak.com » ne répond pas.', 'timeout', null, 'R-CONN-6'],
  ['Imposible conectar con el servidor', 'cannot-connect', null, 'R-TROUBLE-1'],
  ['Autenticación fallida', 'authentication-failed', null, 'R-CONN-7'],
  [
    'Mail can’t verify the identity of the server “mail.exemple.ch”.',
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  // PHPMailer and PHP's IMAP.
  ['SMTP Error: Could not authenticate.', 'authentication-failed', null, 'R-CONN-7'],
  [
    'SMTP ERROR: Failed to connect to server: Connection timed out (110)',
    'timeout',
    null,
    'R-CONN-6',
  ],
  [
    'SMTP ERROR: Failed to connect to server: Connection refused (111)',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  [
    'Can not authenticate to IMAP server: [AUTHENTICATIONFAILED] Authentication failed.',
    'authentication-failed',
    '[AUTHENTICATIONFAILED]',
    'R-CONN-7',
  ],
  // Python (smtplib, ssl, socket), on Linux and on Windows.
  [
    'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.',
    'encryption-required',
    null,
    'R-CONN-5',
  ],
  [
    "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'mail.exemple.ch'. (_ssl.c:1000)",
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  [
    'ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it',
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  [
    'TimeoutError: [WinError 10060] A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond',
    'timeout',
    null,
    'R-CONN-6',
  ],
  [
    'ConnectionAbortedError: [WinError 10053] An established connection was aborted by the software in your host machine',
    'connection-interrupted',
    null,
    'R-TROUBLE-1',
  ],
  // Java (JavaMail / Jakarta Mail).
  [
    'javax.mail.MessagingException: Could not connect to SMTP host: mail.infomaniak.com, port: 587;\n  nested exception is:\n\tjavax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?',
    'encryption-mismatch',
    null,
    'R-CONN-2',
  ],
  [
    'javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target',
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  [
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.infomaniak.con, 587; timeout -1;\n  nested exception is:\n\tjava.net.UnknownHostException: mail.infomaniak.con",
    'host-not-found',
    null,
    'R-CONN-1',
  ],
  // JavaMail states its time-out setting in every failed connection ("timeout -1": none), and
  // names the port after the host.
  [
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.infomaniak.com, 587; timeout -1;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused",
    'cannot-connect',
    null,
    'R-TROUBLE-1',
  ],
  [
    "org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: mail.infomaniak.com, 587; timeout 15000;\n  nested exception is:\n\tjava.net.SocketTimeoutException: Connect timed out",
    'timeout',
    null,
    'R-CONN-6',
  ],
  [
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.infomaniak.com, 25; timeout -1;\n  nested exception is:\n\tjava.net.ConnectException: Connection timed out: connect",
    'port-25-blocked',
    null,
    'R-CONN-6',
  ],
  // Node.js and nodemailer, as strings.
  [
    'Error: Client network socket disconnected before secure TLS connection was established',
    'connection-interrupted',
    null,
    'R-TROUBLE-1',
  ],
  ['Error: Missing credentials for "PLAIN"', 'authentication-failed', null, 'R-CONN-7'],
  [
    'javax.mail.AuthenticationFailedException: failed to connect, no password specified?',
    'authentication-failed',
    null,
    'R-CONN-7',
  ],
  // .NET (System.Net.Mail).
  [
    'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.',
    'connection-interrupted',
    null,
    'R-TROUBLE-1',
  ],
  [
    'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.',
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  // Windows' Mail app: a Winsock error in an HRESULT.
  ['Something went wrong. Error code: 0x8007274c', 'timeout', '0x8007274C', 'R-CONN-6'],
  [
    'Something went wrong. Error code: 0x80072746',
    'connection-interrupted',
    '0x80072746',
    'R-TROUBLE-1',
  ],
  // Node.js, OpenSSL and the servers' IMAP and POP3 codes.
  ['getaddrinfo ENOTFOUND mail.infomaniak.con', 'host-not-found', 'ENOTFOUND', 'R-CONN-1'],
  ['connect ECONNREFUSED 127.0.0.1:587', 'cannot-connect', 'ECONNREFUSED', 'R-TROUBLE-1'],
  ['connect ETIMEDOUT 192.0.2.7:25', 'port-25-blocked', 'ETIMEDOUT', 'R-CONN-6'],
  ['connect ETIMEDOUT 192.0.2.7:587', 'timeout', 'ETIMEDOUT', 'R-CONN-6'],
  [
    '80ECE9A57A7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:',
    'encryption-mismatch',
    null,
    'R-CONN-2',
  ],
  [
    "Hostname/IP does not match certificate's altnames: Host: mail.exemple.ch. is not in the cert's altnames: DNS:mail.infomaniak.com",
    'certificate-error',
    null,
    'R-CONN-7',
  ],
  ['certificate has expired', 'certificate-error', null, 'R-CONN-7'],
  [
    "-ERR [IN-USE] Couldn't open INBOX: Mailbox is locked",
    'mailbox-in-use',
    '[IN-USE]',
    'R-PROTO-2',
  ],
  [
    'NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
    'encryption-required',
    '[PRIVACYREQUIRED]',
    'R-CONN-5',
  ],
  // RFC 5530's example of an expired password.
  [
    "A004 NO [EXPIRED] That password isn't valid any more",
    'authentication-failed',
    '[EXPIRED]',
    'R-CONN-7',
  ],
  // An expired or reset password, in words the time-outs and cut connections also use.
  ['Votre mot de passe a expiré.', 'authentication-failed', null, 'R-CONN-7'],
  ['Ihr Kennwort ist abgelaufen.', 'authentication-failed', null, 'R-CONN-7'],
  ['La password è scaduta.', 'authentication-failed', null, 'R-CONN-7'],
  ['Su contraseña ha caducado.', 'authentication-failed', null, 'R-CONN-7'],
  ['Your password has expired.', 'authentication-failed', null, 'R-CONN-7'],
  ['Your password was reset by your administrator.', 'authentication-failed', null, 'R-CONN-7'],
  ['A1 NO AUTHENTICATE failed.', 'authentication-failed', null, 'R-CONN-7'],
  // A user name or password refused, and a failed connection, in the words of any client in
  // the four other languages (Apple Mail and iOS Mail among them).
  ...(
    [
      "Le nom d'utilisateur ou le mot de passe de « mail.infomaniak.com » est incorrect.",
      'Nom d’utilisateur ou mot de passe incorrect.',
      'Der Benutzername oder das Passwort für „mail.infomaniak.com“ ist falsch.',
      'Anmeldung nicht möglich: falsches Kennwort.',
      'Il nome utente o la password per "mail.infomaniak.com" non sono corretti.',
      'Nome utente o password errata.',
      'El nombre de usuario o la contraseña de "mail.infomaniak.com" son incorrectos.',
      'La contraseña es incorrecta.',
    ] as const
  ).map((text) => [text, 'authentication-failed', null, 'R-CONN-7'] as const),
  ...(
    [
      'Impossible de relever le courrier. La connexion au serveur a échoué.',
      'Die Verbindung zum Server ist fehlgeschlagen.',
      'La conexión con el servidor ha fallado.',
      'No se puede obtener el correo. Falló la conexión con el servidor.',
      'La conexión al servidor falló.',
      'Die Verbindung zum Server konnte nicht aufgebaut werden.',
      'La connexion au serveur « mail.infomaniak.com » sur le port 993 a échoué.',
      'The connection to the server “mail.infomaniak.com” on port 993 failed.',
    ] as const
  ).map((text) => [text, 'cannot-connect', null, 'R-TROUBLE-1'] as const),
  // Other common wordings, in the five languages.
  ...(
    [
      ['Usuario o contraseña no válidos.', 'authentication-failed', 'R-CONN-7'],
      ['Connexion impossible au serveur.', 'cannot-connect', 'R-TROUBLE-1'],
      ['Délai de connexion dépassé.', 'timeout', 'R-CONN-6'],
      ["Le délai d'attente de l'opération est dépassé.", 'timeout', 'R-CONN-6'],
      ['Tiempo de conexión agotado.', 'timeout', 'R-CONN-6'],
      ['Se ha agotado el tiempo de espera.', 'timeout', 'R-CONN-6'],
      ['Server not found.', 'host-not-found', 'R-CONN-1'],
      ['Serveur introuvable.', 'host-not-found', 'R-CONN-1'],
      ['Server nicht gefunden.', 'host-not-found', 'R-CONN-1'],
      ['Server non trovato.', 'host-not-found', 'R-CONN-1'],
      ['Servidor no encontrado.', 'host-not-found', 'R-CONN-1'],
    ] as const
  ).map(([text, cause, rule]) => [text, cause, null, rule] as const),
  // Those words name the connection; what happened to it, when said, is read first.
  [
    'The connection to the server “mail.infomaniak.com” was reset.',
    'connection-interrupted',
    null,
    'R-TROUBLE-1',
  ],
  ['La connexion au serveur a expiré.', 'timeout', null, 'R-CONN-6'],
  [
    'Verbindung zum Server fehlgeschlagen: Benutzername oder Passwort ist falsch.',
    'authentication-failed',
    null,
    'R-CONN-7',
  ],
  ['La conexión al servidor ha caducado.', 'timeout', null, 'R-CONN-6'],
  // Methods the server never offers, named: the method is the fault, not the password.
  [
    'The Kerberos/GSSAPI ticket was not accepted by the IMAP server mail.infomaniak.com. Please check that you are logged in to the Kerberos/GSSAPI realm.',
    'authentication-method',
    null,
    'R-CONN-4',
  ],
  // The server's words without its reply's code, as R-CONN-7 quotes them.
  ['Proper authentication required', 'authentication-required', null, 'R-CONN-7'],
  ['Relaying denied. Proper authentication required.', 'authentication-required', null, 'R-CONN-7'],
  // A refused password is the cause, whatever else the sentence says.
  [
    'Authentication required: authentication failed for jean@exemple.ch',
    'authentication-failed',
    null,
    'R-CONN-7',
  ],
  ['NTLM authentication failed', 'authentication-method', null, 'R-CONN-4'],
  ['Unsupported authentication mechanism: CRAM-MD5', 'authentication-method', null, 'R-CONN-4'],
];

describe('diagnoseClientError', () => {
  it.each(SHOWN)('%s', (text, cause, code, rule) => {
    expect(diagnoseClientError(text)).toMatchObject({ cause, code, rule });
  });

  it('gives the remedies of the cause, in order', () => {
    expect(diagnoseClientError('Error Number: 0x800CCC0E')).toEqual({
      code: '0x800CCC0E',
      cause: 'cannot-connect',
      rule: 'R-TROUBLE-1',
      remedies: [
        'use-server-name',
        'use-recommended-ports',
        'try-another-network',
        'disable-security-software',
      ],
    });
    expect(diagnoseClientError('connect ETIMEDOUT 192.0.2.7:25')?.remedies).toEqual([
      'use-port-587',
      'use-port-465',
      'try-another-network',
    ]);
    // An expired certificate is first the device's clock; a wrong name first the server name.
    expect(diagnoseClientError('CERT_HAS_EXPIRED')?.remedies[0]).toBe('check-device-clock');
    for (const expired of [
      'The certificate has expired.',
      'Le certificat a expiré.',
      'Das Zertifikat ist abgelaufen.',
      'Il certificato è scaduto.',
      'El certificado ha caducado.',
      'Certificado expirado',
    ])
      expect(diagnoseClientError(expired)?.remedies[0], expired).toBe('check-device-clock');
    // Another fault with a certificate: its name first.
    expect(diagnoseClientError('Le certificat du serveur n’est pas valide.')?.remedies[0]).toBe(
      'use-server-name',
    );
    expect(diagnoseClientError('ERR_TLS_CERT_ALTNAME_INVALID')?.remedies[0]).toBe(
      'use-server-name',
    );
  });

  it('gives the rule and the remedies diagnoseSmtpReply gives for the same cause', () => {
    for (const [reply, error] of [
      ['573 Antispam: Authenticated connection not possible. Use port 587', 'Port: 25, 0x800CCC0E'],
      ['421 4.4.2 Connection timed out', 'connect ETIMEDOUT 192.0.2.7:587'],
      ['535 5.7.8 Error: authentication failed', 'EAUTH'],
      ['550 5.7.1 relaying denied', 'Proper authentication required'],
    ] as const) {
      const smtp = diagnoseSmtpReply(reply);
      const client = diagnoseClientError(error);
      expect(client?.cause, error).toBe(smtp?.cause);
      expect(client?.rule, error).toBe(smtp?.rule);
      expect(client?.remedies, error).toEqual(smtp?.remedies);
    }
  });

  it('reads every code of its table, alone or in a sentence, as its cause', () => {
    for (const pattern of CLIENT_ERRORS) {
      for (const code of pattern.codes) {
        for (const text of [code, `Error: ${code}. Try again.`, `(${code})`]) {
          expect(diagnoseClientError(text), text).toMatchObject({ code, cause: pattern.cause });
        }
      }
    }
  });

  it('reads every word of its table as its cause: none is hidden by an earlier entry', () => {
    for (const pattern of CLIENT_ERRORS) {
      for (const word of pattern.words) {
        const text = `The mail client says: ${word.toUpperCase()}.`;
        expect(diagnoseClientError(text), text).toMatchObject({
          code: null,
          cause: pattern.cause,
          remedies: pattern.remedies,
        });
      }
    }
  });

  it("reads Outlook's codes in any case, and a code only as a whole word", () => {
    expect(diagnoseClientError('error 0x800ccc0e')?.code).toBe('0x800CCC0E');
    expect(diagnoseClientError('0x800CCC0E1')).toBeNull();
    expect(diagnoseClientError('10x800CCC0E')).toBeNull();
    expect(diagnoseClientError('XECONNREFUSED')).toBeNull();
    expect(diagnoseClientError('ECONNREFUSED_2')).toBeNull();
    expect(diagnoseClientError('econnrefused')).toBeNull(); // Node's codes are upper case
    // The first whole one counts.
    expect(diagnoseClientError('EAUTHX, then EAUTH')?.code).toBe('EAUTH');
    expect(diagnoseClientError('[AUTH]')?.cause).toBe('authentication-failed');
    expect(diagnoseClientError('AUTH PLAIN')).toBeNull();
  });

  it('takes letters, digits and _ as part of a word, and nothing else', () => {
    for (const char of ['0', '9', 'A', 'Z', 'a', 'z', '_']) {
      expect(diagnoseClientError(`${char}ECONNREFUSED`), char).toBeNull();
      expect(diagnoseClientError(`ECONNREFUSED${char}`), char).toBeNull();
      expect(diagnoseClientError(`${char}0x800CCC0E`), char).toBeNull();
    }
    for (const char of ['/', ':', '@', '[', '`', '{', '-', 'é']) {
      expect(diagnoseClientError(`${char}ECONNREFUSED`)?.code, char).toBe('ECONNREFUSED');
      expect(diagnoseClientError(`ECONNREFUSED${char}`)?.code, char).toBe('ECONNREFUSED');
    }
    // A code in brackets is whole whatever is around it.
    expect(diagnoseClientError('NO[AUTH]x')?.code).toBe('[AUTH]');
  });

  it("puts Outlook's code before any word, and an earlier entry's code or words before a later one's", () => {
    // Words of a certificate, the code of a refused connection: the code names the error.
    expect(diagnoseClientError('Certificate check skipped. Error Number: 0x800CCC0E')?.cause).toBe(
      'cannot-connect',
    );
    // An unknown Outlook code leaves the words to say it.
    expect(diagnoseClientError('(0x80040119) Login to server failed')).toMatchObject({
      code: null,
      cause: 'authentication-failed',
    });
    // nodemailer's time-out for a greeting that never comes: a port that starts encrypted.
    expect(
      diagnoseClientError({ code: 'ETIMEDOUT', message: 'Greeting never received' }),
    ).toMatchObject({ code: null, cause: 'encryption-mismatch' });
    // Dovecot's refusal of a login in clear text is encryption, not the password.
    expect(
      diagnoseClientError(
        '-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
      )?.cause,
    ).toBe('encryption-required');
  });

  it('reads port 25 after "port" or a host, not in a time or another number', () => {
    const cause = (text: string) =>
      diagnoseClientError(`Cannot connect to the server. ${text}`)?.cause;
    for (const text of [
      'Port: 25',
      'Port\u00A0: 25',
      'Port\u202F: 25',
      'port 25',
      'PORT=25',
      'mail.infomaniak.com:25',
      '[2001:db8::1]:25',
      'port: mail.infomaniak.com, 25;',
      'port: 192.0.2.7, 25',
    ])
      expect(cause(text), text).toBe('port-25-blocked');
    for (const text of [
      'Port: 587',
      'port: mail.infomaniak.com, 587;',
      'port: mail.infomaniak.com, 250',
      'port: two words, 25',
      'port 250',
      'at 10:25',
      'mail.infomaniak.com:2525',
      'airport 25',
    ])
      expect(cause(text), text).toBe('cannot-connect');
    expect(diagnoseClientError('timed out, port 25')?.cause).toBe('port-25-blocked');
    // Only a failed connection is port 25's block.
    expect(diagnoseClientError('Login to server failed. Port: 25')?.cause).toBe(
      'authentication-failed',
    );
  });

  it("reads the errors mail libraries throw: nodemailer's, ImapFlow's, Node's", () => {
    expect(
      diagnoseClientError({
        code: 'EAUTH',
        message: 'Invalid login: 535 5.7.8 Error: authentication failed',
        response: '535 5.7.8 Error: authentication failed',
        responseCode: 535,
      }),
    ).toMatchObject({ code: 'EAUTH', cause: 'authentication-failed' });
    expect(
      diagnoseClientError({ code: 'EDNS', message: 'getaddrinfo ENOTFOUND mail.infomaniak.con' }),
    ).toMatchObject({ cause: 'host-not-found' });
    // ImapFlow: the server's code apart from its message.
    expect(
      diagnoseClientError({
        message: 'Command failed',
        serverResponseCode: 'AUTHENTICATIONFAILED',
        authenticationFailed: true,
      }),
    ).toMatchObject({ code: '[AUTHENTICATIONFAILED]', cause: 'authentication-failed' });
    const error = Object.assign(new Error('self-signed certificate'), {
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
    expect(diagnoseClientError(error)).toMatchObject({
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      cause: 'certificate-error',
    });
    // The response alone, as nodemailer keeps a server's text.
    expect(diagnoseClientError({ response: '* BYE [INUSE] mailbox locked' })?.cause).toBe(
      'mailbox-in-use',
    );
  });

  it('gives null for what it does not know: other text, other values', () => {
    for (const value of ['', 'hello', '535 5.7.0 something', 42, null, undefined, true, [], {}])
      expect(diagnoseClientError(value), String(value)).toBeNull();
    expect(diagnoseClientError({ code: 42, message: ['ECONNREFUSED'] })).toBeNull();
    // Only a string is a server's code: not an array that would print as one.
    expect(diagnoseClientError({ serverResponseCode: ['AUTHENTICATIONFAILED'] })).toBeNull();
    expect(diagnoseClientError(new Error('something else'))).toBeNull();
  });

  it('has words in every language for every cause and remedy it gives', () => {
    for (const pattern of CLIENT_ERRORS)
      for (const locale of LOCALES) {
        const text = formatDiagnosis({ ...pattern, code: null }, locale);
        expect(text.cause, `${pattern.cause} ${locale}`).toEqual(expect.any(String));
        expect(text.remedies).toHaveLength(pattern.remedies.length);
      }
    const blocked = diagnoseClientError('connect ETIMEDOUT 192.0.2.7:25');
    expect(blocked && formatDiagnosis(blocked, 'it').cause).toBe(
      'La porta 25 è bloccata per l’invio da un programma di posta.',
    );
  });

  test.prop([fc.anything()])('never throws, and answers null or a cause of its table', (value) => {
    const diagnosis = diagnoseClientError(value);
    if (diagnosis === null) return;
    const pattern = CLIENT_ERRORS.find(
      (entry) => entry.cause === diagnosis.cause && entry.remedies === diagnosis.remedies,
    );
    expect(pattern !== undefined || diagnosis.cause === 'port-25-blocked').toBe(true);
  });

  const codes = CLIENT_ERRORS.flatMap((pattern) =>
    pattern.codes.map((code) => [code, pattern.cause] as const),
  );
  test.prop([
    fc.constantFrom(...codes),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', ':', '\n', '(', ')', '1', 'é') }),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', ':', '\n', '(', ')', '1', 'é') }),
  ])('finds a code between any words that hold no other', ([code, cause], before, after) => {
    const diagnosis = diagnoseClientError(`${before} ${code} ${after}`);
    expect(diagnosis?.code).toBe(code);
    expect([cause, 'port-25-blocked']).toContain(diagnosis?.cause);
  });
});
