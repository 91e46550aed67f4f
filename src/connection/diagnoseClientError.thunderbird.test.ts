import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/types.js';
import { type ClientErrorCause, diagnoseClientError } from './diagnoseClientError.js';

const S = 'mail.infomaniak.com';
const U = 'jean@exemple.ch';

/**
 * Thunderbird's error messages in the library's five languages, as its localisations write
 * them (thunderbird-l10n: imapMsgs, localMsgs, composeMsgs and messenger.properties), with the
 * server and the user put in; the key names the string. Swiss users run it in French, German
 * and Italian, so a support tool sees these words as often as the English ones.
 */
const THUNDERBIRD: Readonly<
  Record<Locale, readonly (readonly [string, string, ClientErrorCause])[]>
> = {
  en: [
    ['imapUnknownHostError', `Failed to connect to server ${S}.`, 'cannot-connect'],
    [
      'imapConnectionRefusedError',
      `Could not connect to mail server ${S}; the connection was refused.`,
      'cannot-connect',
    ],
    ['imapNetTimeoutError', `Connection to server ${S} timed out.`, 'timeout'],
    ['netResetError', `Connection to server ${S} was reset.`, 'connection-interrupted'],
    ['netInterruptError', `Connection to server ${S} was interrupted.`, 'connection-interrupted'],
    [
      'imapServerDisconnected',
      ` Server ${S} has disconnected. The server may have gone down or there may be a network problem.`,
      'connection-interrupted',
    ],
    [
      'imapTlsError',
      `An unrecoverable TLS error occurred. Handshake error or probably the TLS version or certificate used by server ${S} is incompatible.`,
      'certificate-error',
    ],
    [
      'mailServerLoginFailed2',
      `Login to server ${S} with username ${U} failed.`,
      'authentication-failed',
    ],
    [
      'smtpAuthFailure',
      `Unable to authenticate to Outgoing server (SMTP) ${S}. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.`,
      'authentication-failed',
    ],
    [
      'pop3PasswordFailed',
      `Sending of password for user ${U} did not succeed.`,
      'authentication-failed',
    ],
    [
      'imapAuthChangePlainToEncrypt',
      `The IMAP server ${S} does not allow plaintext passwords. Please try changing to 'Encrypted password' as the 'Authentication method' in the 'Account Settings | Server settings'.`,
      'encryption-required',
    ],
    [
      'imapAuthChangeEncryptToPlainSSL',
      `The IMAP server ${S} does not seem to support encrypted passwords. If you just set up this account, please try changing to 'Normal password' as the 'Authentication method' in the 'Account Settings | Server settings'.`,
      'authentication-method',
    ],
    [
      'smtpAuthMechNotSupported',
      `The Outgoing server (SMTP) ${S} does not support the selected authentication method. Please change the 'Authentication method' in 'Account Settings | Outgoing Server (SMTP)'.`,
      'authentication-method',
    ],
    [
      'smtpSendFailedUnknownServer',
      `An error occurred while sending mail: Outgoing server (SMTP) ${S} is unknown. The server may be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct and try again.`,
      'host-not-found',
    ],
    [
      'smtpSendInterrupted',
      `The message could not be sent because the connection to Outgoing server (SMTP) ${S} was lost in the middle of the transaction. Try again.`,
      'connection-interrupted',
    ],
    [
      'smtpSendTimeout',
      `The message could not be sent because the connection to Outgoing server (SMTP) ${S} timed out. Try again.`,
      'timeout',
    ],
    [
      'startTlsFailed',
      `An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) ${S} using STARTTLS since it doesn't advertise that feature. Switch off STARTTLS for that server or contact your service provider.`,
      'encryption-mismatch',
    ],
    [
      'nsErrorCouldNotConnectViaTls',
      'Unable to establish TLS connection to POP3 server. The server may be down or may be incorrectly configured. Please verify the correct configuration in the Server Settings for your mail server in the Account Settings window and try again.',
      'encryption-mismatch',
    ],
    [
      'tcpReadError',
      'A network error occurred while receiving data. Try connecting again.',
      'connection-interrupted',
    ],
  ],
  fr: [
    ['imapUnknownHostError', `Échec lors de la connexion au serveur ${S}.`, 'cannot-connect'],
    [
      'connectionRefusedError',
      `Impossible de se connecter au serveur ${S} ; la connexion a été refusée.`,
      'cannot-connect',
    ],
    [
      'imapServerDroppedConnection2',
      `Impossible de se connecter à ${S}. Veuillez réessayer plus tard.`,
      'cannot-connect',
    ],
    ['netTimeoutError', `Temps limite de connexion au serveur ${S} dépassé.`, 'timeout'],
    [
      'netResetError',
      `La connexion au serveur ${S} a été réinitialisée.`,
      'connection-interrupted',
    ],
    [
      'netInterruptError',
      `La connexion au serveur ${S} a été interrompue.`,
      'connection-interrupted',
    ],
    [
      'imapServerDisconnected',
      ` Le serveur ${S} s’est déconnecté. Il s’est peut-être arrêté, ou il y a un problème sur le réseau.`,
      'connection-interrupted',
    ],
    [
      'imapTlsError',
      `Une erreur TLS non récupérable s’est produite. Erreur d’établissement de la liaison ou bien, probablement, la version TLS ou le certificat utilisé par le serveur ${S} est incompatible.`,
      'certificate-error',
    ],
    [
      'mailServerLoginFailed2',
      `Échec de la connexion depuis le serveur ${S} avec le nom d’utilisateur ${U}.`,
      'authentication-failed',
    ],
    [
      'smtpAuthFailure',
      `Impossible de s’authentifier sur le serveur sortant (SMTP) ${S}. Veuillez vérifier votre mot de passe et la « Méthode d’authentification » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».`,
      'authentication-failed',
    ],
    [
      'pop3PasswordFailed',
      `Échec de l’envoi du mot de passe pour l’utilisateur ${U}.`,
      'authentication-failed',
    ],
    [
      'smtpHintAuthPlainToEncrypt',
      `Le serveur sortant (SMTP) ${S} n’autorise pas les mots de passe non chiffrés. Veuillez modifier la « Méthode d’authentification » pour « Mot de passe chiffré » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».`,
      'encryption-required',
    ],
    [
      'smtpHintAuthEncryptToPlainSsl',
      `Le serveur sortant (SMTP) ${S} ne semble pas gérer les mots de passe chiffrés. Si vous venez juste de définir le compte, veuillez modifier la « Méthode d’authentification » pour « Mot de passe normal ».`,
      'authentication-method',
    ],
    [
      'smtpAuthMechNotSupported',
      `Le serveur sortant (SMTP) ${S} ne gère pas la méthode d’authentification sélectionnée. Veuillez modifier la « Méthode d’authentification » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».`,
      'authentication-method',
    ],
    [
      'smtpSendFailedUnknownServer',
      `Une erreur est survenue lors de l’envoi de l’e-mail : le serveur sortant (SMTP) « ${S} » est inconnu. Le serveur est peut-être mal configuré. Veuillez vérifier que les paramètres de votre serveur sortant (SMTP) sont corrects et essayez à nouveau.`,
      'host-not-found',
    ],
    [
      'smtpSendRequestRefused',
      `Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « ${S} » a échoué. Le serveur est peut-être indisponible ou refuse les connexions SMTP. Veuillez vérifier que les paramètres de votre serveur sortant (SMTP) sont corrects et essayez à nouveau.`,
      'cannot-connect',
    ],
    [
      'smtpSendInterrupted',
      `Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « ${S} » a été perdue pendant la transaction. Veuillez essayer à nouveau.`,
      'connection-interrupted',
    ],
    [
      'smtpSendTimeout',
      `Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « ${S} » a expiré. Veuillez essayer à nouveau.`,
      'timeout',
    ],
    [
      'startTlsFailed',
      `Une erreur est survenue lors de l’envoi de l’e-mail : impossible d’établir un lien sécurisé avec le serveur SMTP « ${S} » en utilisant « STARTTLS » puisqu’il ne propose pas cette fonctionnalité.`,
      'encryption-mismatch',
    ],
    [
      'nsErrorCouldNotConnectViaTls',
      'Impossible d’établir une connexion TLS vers le serveur POP3. Le serveur est peut-être éteint ou mal configuré.',
      'encryption-mismatch',
    ],
  ],
  de: [
    [
      'imapUnknownHostError',
      `Verbindung mit Server ${S} konnte nicht hergestellt werden.`,
      'cannot-connect',
    ],
    ['unknownHostError', `Verbindung mit Server ${S} fehlgeschlagen.`, 'cannot-connect'],
    [
      'imapConnectionRefusedError',
      `Konnte keine Verbindung mit dem Mail-Server ${S} aufbauen, da sie verweigert wurde.`,
      'cannot-connect',
    ],
    ['netTimeoutError', `Zeitüberschreitung der Verbindung mit dem Server ${S}.`, 'timeout'],
    ['netResetError', `Verbindung mit Server ${S} wurde zurückgesetzt.`, 'connection-interrupted'],
    [
      'netInterruptError',
      `Verbindung mit Server ${S} wurde unterbrochen.`,
      'connection-interrupted',
    ],
    [
      'imapServerDisconnected',
      ` Der Server ${S} hat die Verbindung abgebrochen. Der Server ist entweder ausgefallen oder es gibt Netzwerkprobleme.`,
      'connection-interrupted',
    ],
    // "Zertifiakt" as the localisation spells it: the TLS error is what is read.
    [
      'imapTlsError',
      `Es trat ein nicht überschreibbarer TLS-Fehler auf. Entweder handelt es sich um einen Handshake-Fehler oder wahrscheinlich ist die TLS-Version oder das Zertifiakt des Servers ${S} inkompatibel.`,
      'certificate-error',
    ],
    [
      'mailServerLoginFailed2',
      `Anmeldung auf dem Server ${S} mit Benutzernamen "${U}" fehlgeschlagen`,
      'authentication-failed',
    ],
    [
      'smtpAuthFailure',
      `Der Postausgangs-Server (SMTP) ${S} kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.`,
      'authentication-failed',
    ],
    [
      'pop3PasswordFailed',
      `Fehler beim Senden des Passworts für den Benutzer ${U}.`,
      'authentication-failed',
    ],
    [
      'smtpHintAuthPlainToEncrypt',
      `Der SMTP-Server ${S} erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht. Ändern Sie die "Authentifizierungsmethode" bitte versuchsweise zu "Verschlüsseltes Passwort" unter "Konten-Einstellungen | Postausgangs-Server (SMTP)".`,
      'encryption-required',
    ],
    [
      'imapAuthChangeEncryptToPlainSSL',
      `Der IMAP-Server ${S} scheint die verschlüsselte Übertragung des Passworts nicht zu unterstützen.`,
      'authentication-method',
    ],
    [
      'smtpHintAuthEncryptToPlainSsl',
      `Der SMTP-Server ${S} scheint die Übertragung verschlüsselter Passwörter nicht zu unterstützen.`,
      'authentication-method',
    ],
    [
      'smtpAuthMechNotSupported',
      `Der SMTP-Server ${S} unterstützt die gewählte Authentifizierungsmethode nicht. Bitte ändern Sie die "Authentifizierungsmethode" unter "Konten-Einstellungen | Postausgangs-Server (SMTP)".`,
      'authentication-method',
    ],
    [
      'smtpSendFailedUnknownServer',
      `Fehler beim Senden der Nachricht: SMTP-Server ${S} ist unbekannt. Der Server ist eventuell falsch konfiguriert. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.`,
      'host-not-found',
    ],
    [
      'smtpSendRequestRefused',
      `Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server ${S} fehlgeschlagen ist. Der Server ist entweder nicht verfügbar oder lehnt SMTP-Verbindungen ab.`,
      'cannot-connect',
    ],
    [
      'smtpSendInterrupted',
      `Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server ${S} mitten in der Transaktion verloren wurde. Versuchen Sie es nochmals.`,
      'connection-interrupted',
    ],
    [
      'smtpSendTimeout',
      `Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server ${S} ihre Ablaufzeit (Timeout) überschritten hat. Versuchen Sie es nochmals.`,
      'timeout',
    ],
    [
      'startTlsFailed',
      `Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server ${S} kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt.`,
      'encryption-mismatch',
    ],
    [
      'nsErrorCouldNotConnectViaTls',
      'Die TLS-Verbindung zum POP3-Server kann nicht hergestellt werden. Der Server ist eventuell nicht erreichbar oder falsch konfiguriert.',
      'encryption-mismatch',
    ],
  ],
  it: [
    ['imapUnknownHostError', `Connessione al server ${S} non riuscita.`, 'cannot-connect'],
    [
      'imapConnectionRefusedError',
      `Non è possibile connettersi al server ${S}; la connessione è stata rifiutata.`,
      'cannot-connect',
    ],
    [
      'imapServerDroppedConnection2',
      `Impossibile connettersi a ${S}. Riprova più tardi.`,
      'cannot-connect',
    ],
    ['netTimeoutError', `Connessione al server ${S} fuori tempo massimo.`, 'timeout'],
    ['netResetError', `Connessione al server ${S} reimpostata.`, 'connection-interrupted'],
    ['netInterruptError', `Connessione al server ${S} interrotta.`, 'connection-interrupted'],
    [
      'imapServerDisconnected',
      ` Il Server ${S} si è disconnesso. Il server potrebbe essere non disponibile o potrebbe esserci stato un problema di rete.`,
      'connection-interrupted',
    ],
    [
      'imapTlsError',
      `Si è verificato un errore TLS che non può essere ignorato. Si tratta di un errore di handshake o probabilmente la versione TLS o il certificato usato dal server ${S} non sono compatibili.`,
      'certificate-error',
    ],
    [
      'mailServerLoginFailed2',
      `Accesso al server ${S} con nome utente ${U} non riuscito.`,
      'authentication-failed',
    ],
    [
      'imapOAuth2Error',
      `Autenticazione non riuscita durante la connessione al server ${S}.`,
      'authentication-failed',
    ],
    [
      'smtpAuthFailure',
      `Autenticazione non riuscita col server di posta in uscita (SMTP) ${S}. Controllare la password e verificare il “Metodo di autenticazione” in “Impostazioni account | Server posta in uscita (SMTP)”.`,
      'authentication-failed',
    ],
    [
      'pop3PasswordFailed',
      `Non riuscito l’invio della password per l’utente ${U}.`,
      'authentication-failed',
    ],
    [
      'smtpHintAuthPlainToEncrypt',
      `Il server in uscita (SMTP) ${S} non gestisce le password in testo semplice. Provare a cambiare il “Metodo di autenticazione” in “Impostazioni account | Server posta in uscita (SMTP)” con “Password crittata”.`,
      'encryption-required',
    ],
    [
      'imapAuthChangeEncryptToPlainSSL',
      `Il server IMAP ${S} sembra non essere in grado di gestire le password crittate.`,
      'authentication-method',
    ],
    [
      'imapAuthMechNotSupported',
      `Il Server IMAP ${S} non gestisce il metodo di autenticazione scelto. Cambiare il “Metodo di autenticazione” in “Impostazioni account | Impostazioni Server”.`,
      'authentication-method',
    ],
    [
      'smtpAuthMechNotSupported',
      `Il server in uscita (SMTP) ${S} non supporta il metodo di autenticazione selezionato.`,
      'authentication-method',
    ],
    [
      'smtpSendFailedUnknownServer',
      `Si è verificato un errore durante l’invio della posta: Server posta in uscita (SMTP) ${S} sconosciuto. Il server potrebbe essere configurato in modo non corretto.`,
      'host-not-found',
    ],
    [
      'smtpSendRequestRefused',
      `Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) ${S} non è riuscita. Il server potrebbe non essere disponibile o rifiutare le connessioni in uscita (SMTP).`,
      'cannot-connect',
    ],
    [
      'smtpSendInterrupted',
      `Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) ${S} è stata interrotta durante la trasmissione. Riprova.`,
      'connection-interrupted',
    ],
    [
      'smtpSendTimeout',
      `Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) ${S} è scaduta. Riprova.`,
      'timeout',
    ],
    [
      'startTlsFailed',
      `Si è verificato un errore durante l’invio della posta: Impossibile stabilire un collegamento sicuro con il server di posta in uscita (SMTP) ${S} utilizzando STARTTLS in quanto non supporta questa funzione.`,
      'encryption-mismatch',
    ],
    [
      'nsErrorCouldNotConnectViaTls',
      'Impossibile stabilire un collegamento TLS al server POP3. Il server potrebbe essere spento o configurato non correttamente.',
      'encryption-mismatch',
    ],
  ],
  es: [
    ['imapUnknownHostError', `No se pudo conectar con el servidor ${S}.`, 'cannot-connect'],
    [
      'imapConnectionRefusedError',
      `No se ha podido conectar al servidor de correo ${S}: la conexión ha sido rechazada.`,
      'cannot-connect',
    ],
    [
      'imapServerDroppedConnection2',
      `No se puede conectar a ${S}. Inténtelo más tarde.`,
      'cannot-connect',
    ],
    [
      'netTimeoutError',
      `La conexión al servidor ${S} ha superado el tiempo de espera máximo.`,
      'timeout',
    ],
    ['netResetError', `La conexión al servidor ${S} se ha reiniciado.`, 'connection-interrupted'],
    [
      'netInterruptError',
      `La conexión al servidor ${S} se ha interrumpido.`,
      'connection-interrupted',
    ],
    [
      'imapServerDisconnected',
      ` El servidor ${S} ha cortado la conexión. Puede que el servidor se haya caído o que haya un problema en la red.`,
      'connection-interrupted',
    ],
    [
      'imapTlsError',
      `Ha ocurrido un error de TLS que no puede ser ignorado. Error de negociación o probablemente la versión del certificado usado por el servidor ${S} sea incompatible.`,
      'certificate-error',
    ],
    [
      'mailServerLoginFailed2',
      `El inicio de sesión en el servidor ${S} con el nombre de usuario ${U} ha fallado.`,
      'authentication-failed',
    ],
    [
      'imapOAuth2Error',
      `Fallo de identificación al conectarse al servidor ${S}.`,
      'authentication-failed',
    ],
    [
      'smtpAuthFailure',
      `No se puede identificar al servidor de salida (SMTP) ${S}. Compruebe la contraseña y verifique el 'Método de identificación' en 'Configuración de cuentas | Servidor de salida (SMTP)'.`,
      'authentication-failed',
    ],
    [
      'pop3PasswordFailed',
      `El envío de la contraseña para el usuario ${U} no se completó con éxito.`,
      'authentication-failed',
    ],
    [
      'imapAuthChangePlainToEncrypt',
      `El servidor IMAP ${S} no permite contraseñas sin cifrar. Intente cambiar a 'Contraseña cifrada' como 'Método de identificación' en la 'Configuración de cuentas | Configuración del servidor'.`,
      'encryption-required',
    ],
    [
      'smtpHintAuthPlainToEncrypt',
      `El servidor de salida (SMTP) ${S} no admite contraseñas no cifradas. Pruebe a cambiar el 'Método de identificación' en la 'Configuración de cuentas | Servidor de salida (SMTP)' a 'Contraseña cifrada'.`,
      'encryption-required',
    ],
    [
      'imapAuthChangeEncryptToPlainSSL',
      `El servidor IMAP ${S} no parece admitir contraseñas cifradas.`,
      'authentication-method',
    ],
    [
      'imapAuthMechNotSupported',
      `El servidor IMAP ${S} no admite el método de identificación seleccionado.`,
      'authentication-method',
    ],
    [
      'smtpAuthMechNotSupported',
      `El servidor de salida (SMTP) ${S} no admite el mecanismo de identificación seleccionado.`,
      'authentication-method',
    ],
    [
      'smtpSendFailedUnknownServer',
      `Ha ocurrido un error al enviar el mensaje: el servidor de salida (SMTP) ${S} es desconocido. El servidor puede estar mal configurado.`,
      'host-not-found',
    ],
    [
      'smtpSendRequestRefused',
      `El mensaje no se ha podido enviar porque ha fallado la conexión al servidor de salida (SMTP) ${S}. El servidor puede no estar disponible o está rechazando conexiones SMTP.`,
      'cannot-connect',
    ],
    [
      'smtpSendInterrupted',
      `El mensaje no se ha podido enviar porque la conexión al servidor de salida (SMTP) ${S} se perdió en mitad de la transacción. Vuelva a intentarlo.`,
      'connection-interrupted',
    ],
    [
      'smtpSendTimeout',
      `El mensaje no se ha podido enviar porque ha caducado la conexión al servidor de salida (SMTP) ${S}. Vuelva a intentarlo.`,
      'timeout',
    ],
    [
      'startTlsFailed',
      `Ha ocurrido un error al enviar el mensaje: no es posible establecer un enlace seguro con el servidor de salida (SMTP) ${S} usando STARTTLS ya que no anuncia ese mecanismo.`,
      'encryption-mismatch',
    ],
    [
      'nsErrorCouldNotConnectViaTls',
      'No se puede establecer una conexión TLS con el servidor POP3. El servidor puede estar caído o configurado incorrectamente.',
      'encryption-mismatch',
    ],
  ],
};

describe("diagnoseClientError reads Thunderbird's messages in five languages", () => {
  for (const [locale, messages] of Object.entries(THUNDERBIRD)) {
    it.each(messages)(`${locale}: %s`, (_key, text, cause) => {
      expect(diagnoseClientError(text)).toMatchObject({ code: null, cause });
    });
  }

  it('covers in every language each cause it covers in English', () => {
    const causes = (messages: (typeof THUNDERBIRD)[Locale]) =>
      [...new Set(messages.map(([, , cause]) => cause))].sort();
    const english = causes(THUNDERBIRD.en);
    expect(english).toHaveLength(9);
    for (const messages of Object.values(THUNDERBIRD)) expect(causes(messages)).toEqual(english);
  });

  it('reads a typographic apostrophe as the straight one, and the reverse', () => {
    expect(diagnoseClientError("Impossible de s'authentifier")?.cause).toBe(
      'authentication-failed',
    );
    expect(diagnoseClientError('Impossible de s’authentifier')?.cause).toBe(
      'authentication-failed',
    );
    expect(diagnoseClientError('SMTP: Couldn’t resolve host')?.cause).toBe('host-not-found');
  });
});
