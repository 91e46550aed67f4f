import { PolicyInputError } from '../_lib/errors.js';
import { hasOwn, isObject, sentences, textsFor } from '../_lib/input.js';
import type { Locale } from '../i18n/types.js';
import type { ClientErrorCause, ClientErrorDiagnosis } from './diagnoseClientError.js';
import type { Remedy, SmtpCause, SmtpDiagnosis } from './diagnoseSmtpReply.js';

type Texts = {
  readonly [L in Locale]: {
    readonly causes: Record<SmtpCause | ClientErrorCause, string>;
    readonly remedies: Record<Remedy, string>;
  };
};

/**
 * @internal The sentences of every cause and remedy, in the five languages (a missing one does
 * not compile).
 */
export const TEXTS: Texts = {
  en: {
    causes: {
      'port-25-blocked': 'Port 25 is blocked for sending from a mail client.',
      timeout: 'The server did not answer in time.',
      'encryption-required':
        'The server wants an encrypted connection, and encryption is off in the mail client.',
      'authentication-required': 'The server refused to relay: the client did not authenticate.',
      'authentication-failed': 'The user name or the password is wrong.',
      'sending-limit-reached': 'The address has reached its sending limit for 24 hours.',
      'mailbox-full': 'The recipient’s mailbox is full.',
      'recipient-refused-message':
        'The recipient’s provider refused the message: too large, or a full mailbox.',
      'message-too-large': 'The message is too large.',
      'too-many-recipients': 'The message has too many recipients.',
      'unknown-recipient': 'The recipient’s address does not exist.',
      'sender-not-allowed':
        'The server refused the sender’s address: it is neither the address you log in with nor one of its aliases.',
      'host-not-found':
        'The server’s name cannot be found: it is misspelt, or the network is down.',
      'cannot-connect':
        'The mail client could not connect to the server: a wrong server name or port, or a firewall in the way.',
      'connection-interrupted':
        'The connection to the server was cut off, often by security software or an unstable network.',
      'encryption-mismatch':
        'The encryption setting does not match the port: SSL/TLS on a STARTTLS port, or the reverse.',
      'certificate-error': 'The server’s certificate could not be verified.',
      'authentication-method':
        'The mail client uses an authentication method the server does not offer.',
      'mailbox-in-use':
        'The mailbox is in use by another connection: another device is reading it, often by POP3.',
      'storage-full': 'Your mailbox is full: the server refused to store the message.',
    },
    remedies: {
      'use-port-587': 'Use port 587 with STARTTLS.',
      'use-port-465': 'Or use port 465 with SSL/TLS.',
      'try-another-network': 'Try another network (another Wi-Fi, or a phone’s 4G/5G connection).',
      'disable-security-software': 'Turn off antivirus, firewall or VPN for a moment to test.',
      'enable-authentication': 'Turn on authentication for the outgoing server.',
      'use-full-address-as-username': 'Use the full email address as the user name.',
      'check-address-password':
        'Use the address’s own password, not the account’s; mind the $ sign.',
      'type-password-in-plain-text':
        'Type the password in a text editor first: the keyboard layout may differ.',
      'check-address-exists': 'Check that the address (or alias) really exists.',
      'recipient-frees-space': 'The recipient must free some space.',
      'send-smaller-message': 'Send a smaller message.',
      'use-swisstransfer': 'Send large files with a SwissTransfer link.',
      'fewer-recipients': 'Send to at most 100 recipients per message.',
      'use-newsletter-tool': 'For mass mailings, use the Newsletter tool.',
      'wait-for-sending-window': 'Wait: the limit counts the last 24 hours, not a calendar day.',
      'request-higher-limit':
        'For a lasting need, ask the provider in writing, with the reason, for a higher limit.',
      'check-recipient-address': 'Check the recipient’s address for typing mistakes.',
      'retry-later': 'Try again later.',
      'use-server-name':
        'Use mail.infomaniak.com as the server name, for incoming and outgoing mail alike.',
      'use-recommended-ports':
        'Use the recommended ports: 993 with SSL/TLS for IMAP (995 for POP3), 587 with STARTTLS or 465 with SSL/TLS for sending.',
      'use-password-authentication':
        'Choose “normal password” authentication (LOGIN or PLAIN) and turn off Secure Password Authentication (SPA).',
      'check-device-clock':
        'Check the device’s date and time: a wrong date makes a valid certificate look expired.',
      'restart-client': 'Restart the mail client, then try again.',
      'use-one-protocol':
        'Use one protocol on every device: IMAP everywhere (recommended), or POP3 on a single device.',
      'free-space':
        'Free some space: empty the Trash and the Spam folder, and delete large messages you no longer need.',
    },
  },
  fr: {
    causes: {
      'port-25-blocked': 'Le port 25 est bloqué pour l’envoi depuis un logiciel de messagerie.',
      timeout: 'Le serveur n’a pas répondu à temps.',
      'encryption-required':
        'Le serveur exige une connexion chiffrée, et le chiffrement est désactivé dans le logiciel de messagerie.',
      'authentication-required':
        'Le serveur refuse de relayer\u00a0: le logiciel ne s’est pas authentifié.',
      'authentication-failed': 'Le nom d’utilisateur ou le mot de passe est erroné.',
      'sending-limit-reached': 'L’adresse a atteint sa limite d’envoi sur 24\u00a0heures.',
      'mailbox-full': 'La boîte du destinataire est pleine.',
      'recipient-refused-message':
        'Le fournisseur du destinataire a refusé le message\u00a0: trop volumineux, ou boîte pleine.',
      'message-too-large': 'Le message est trop volumineux.',
      'too-many-recipients': 'Le message a trop de destinataires.',
      'unknown-recipient': 'L’adresse du destinataire n’existe pas.',
      'sender-not-allowed':
        'Le serveur a refusé l’adresse de l’expéditeur\u00a0: ce n’est ni l’adresse avec laquelle vous vous connectez, ni l’un de ses alias.',
      'host-not-found':
        'Le nom du serveur est introuvable\u00a0: il est mal orthographié, ou le réseau ne fonctionne pas.',
      'cannot-connect':
        'Le logiciel de messagerie n’a pas pu se connecter au serveur\u00a0: nom de serveur ou port erroné, ou pare-feu qui bloque.',
      'connection-interrupted':
        'La connexion au serveur a été interrompue, souvent par un logiciel de sécurité ou un réseau instable.',
      'encryption-mismatch':
        'Le chiffrement choisi ne correspond pas au port\u00a0: SSL/TLS sur un port STARTTLS, ou l’inverse.',
      'certificate-error': 'Le certificat du serveur n’a pas pu être vérifié.',
      'authentication-method':
        'Le logiciel de messagerie utilise une méthode d’authentification que le serveur ne propose pas.',
      'mailbox-in-use':
        'La boîte est utilisée par une autre connexion\u00a0: un autre appareil la relève, souvent en POP3.',
      'storage-full': 'Votre boîte est pleine\u00a0: le serveur a refusé d’enregistrer le message.',
    },
    remedies: {
      'use-port-587': 'Utilisez le port 587 avec STARTTLS.',
      'use-port-465': 'Ou utilisez le port 465 avec SSL/TLS.',
      'try-another-network':
        'Essayez un autre réseau (un autre Wi-Fi, ou la 4G/5G d’un téléphone).',
      'disable-security-software':
        'Désactivez un instant l’antivirus, le pare-feu ou le VPN pour tester.',
      'enable-authentication': 'Activez l’authentification du serveur sortant.',
      'use-full-address-as-username': 'Utilisez l’adresse e-mail complète comme nom d’utilisateur.',
      'check-address-password':
        'Utilisez le mot de passe de l’adresse, pas celui du compte\u202f; attention au signe $.',
      'type-password-in-plain-text':
        'Tapez d’abord le mot de passe dans un éditeur de texte\u00a0: la disposition du clavier peut différer.',
      'check-address-exists': 'Vérifiez que l’adresse (ou l’alias) existe bien.',
      'recipient-frees-space': 'Le destinataire doit libérer de l’espace.',
      'send-smaller-message': 'Envoyez un message plus léger.',
      'use-swisstransfer': 'Envoyez les gros fichiers avec un lien SwissTransfer.',
      'fewer-recipients': 'Envoyez à 100 destinataires au plus par message.',
      'use-newsletter-tool': 'Pour un envoi de masse, utilisez l’outil Newsletter.',
      'wait-for-sending-window':
        'Patientez\u00a0: la limite porte sur les dernières 24\u00a0heures, pas sur un jour civil.',
      'request-higher-limit':
        'Pour un besoin durable, demandez par écrit au fournisseur une limite plus élevée, en la motivant.',
      'check-recipient-address': 'Vérifiez l’adresse du destinataire (faute de frappe\u00a0?).',
      'retry-later': 'Réessayez plus tard.',
      'use-server-name':
        'Utilisez mail.infomaniak.com comme nom de serveur, pour la réception comme pour l’envoi.',
      'use-recommended-ports':
        'Utilisez les ports recommandés\u00a0: 993 avec SSL/TLS pour IMAP (995 pour POP3), 587 avec STARTTLS ou 465 avec SSL/TLS pour l’envoi.',
      'use-password-authentication':
        'Choisissez l’authentification par «\u00a0mot de passe normal\u00a0» (LOGIN ou PLAIN) et désactivez l’authentification par mot de passe sécurisé (SPA).',
      'check-device-clock':
        'Vérifiez la date et l’heure de l’appareil\u00a0: une date fausse fait paraître expiré un certificat valable.',
      'restart-client': 'Redémarrez le logiciel de messagerie, puis réessayez.',
      'use-one-protocol':
        'Utilisez un seul protocole sur tous les appareils\u00a0: IMAP partout (recommandé), ou POP3 sur un seul appareil.',
      'free-space':
        'Libérez de l’espace\u00a0: videz la corbeille et le dossier Spam, et supprimez les gros messages devenus inutiles.',
    },
  },
  de: {
    causes: {
      'port-25-blocked': 'Port 25 ist für das Senden aus einem Mailprogramm gesperrt.',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      'encryption-required':
        'Der Server verlangt eine verschlüsselte Verbindung, und im Mailprogramm ist die Verschlüsselung ausgeschaltet.',
      'authentication-required':
        'Der Server verweigert die Weiterleitung: Das Programm hat sich nicht authentifiziert.',
      'authentication-failed': 'Benutzername oder Passwort ist falsch.',
      'sending-limit-reached': 'Die Adresse hat ihr Versandlimit für 24 Stunden erreicht.',
      'mailbox-full': 'Das Postfach des Empfängers ist voll.',
      'recipient-refused-message':
        'Der Anbieter des Empfängers hat die Nachricht abgelehnt: zu groß oder Postfach voll.',
      'message-too-large': 'Die Nachricht ist zu groß.',
      'too-many-recipients': 'Die Nachricht hat zu viele Empfänger.',
      'unknown-recipient': 'Die Adresse des Empfängers existiert nicht.',
      'sender-not-allowed':
        'Der Server hat die Absenderadresse abgelehnt: Sie ist weder die Adresse, mit der Sie sich anmelden, noch einer ihrer Aliasse.',
      'host-not-found':
        'Der Servername wurde nicht gefunden: Er ist falsch geschrieben, oder das Netzwerk funktioniert nicht.',
      'cannot-connect':
        'Das Mailprogramm konnte keine Verbindung zum Server herstellen: falscher Servername oder Port, oder eine Firewall blockiert.',
      'connection-interrupted':
        'Die Verbindung zum Server wurde unterbrochen, oft durch eine Sicherheitssoftware oder ein instabiles Netz.',
      'encryption-mismatch':
        'Die Verschlüsselung passt nicht zum Port: SSL/TLS auf einem STARTTLS-Port oder umgekehrt.',
      'certificate-error': 'Das Zertifikat des Servers konnte nicht überprüft werden.',
      'authentication-method':
        'Das Mailprogramm verwendet eine Authentifizierungsmethode, die der Server nicht anbietet.',
      'mailbox-in-use':
        'Das Postfach wird von einer anderen Verbindung verwendet: Ein anderes Gerät ruft es ab, oft per POP3.',
      'storage-full':
        'Ihr Postfach ist voll: Der Server hat das Speichern der Nachricht abgelehnt.',
    },
    remedies: {
      'use-port-587': 'Verwenden Sie Port 587 mit STARTTLS.',
      'use-port-465': 'Oder verwenden Sie Port 465 mit SSL/TLS.',
      'try-another-network':
        'Versuchen Sie ein anderes Netz (ein anderes WLAN oder die 4G/5G-Verbindung eines Telefons).',
      'disable-security-software':
        'Schalten Sie Virenschutz, Firewall oder VPN zum Testen kurz aus.',
      'enable-authentication': 'Schalten Sie die Authentifizierung für den Postausgangsserver ein.',
      'use-full-address-as-username':
        'Verwenden Sie die vollständige E-Mail-Adresse als Benutzernamen.',
      'check-address-password':
        'Verwenden Sie das Passwort der Adresse, nicht das des Kontos; achten Sie auf das $-Zeichen.',
      'type-password-in-plain-text':
        'Tippen Sie das Passwort zuerst in einem Texteditor: Die Tastaturbelegung kann abweichen.',
      'check-address-exists': 'Prüfen Sie, ob die Adresse (oder der Alias) wirklich existiert.',
      'recipient-frees-space': 'Der Empfänger muss Platz schaffen.',
      'send-smaller-message': 'Senden Sie eine kleinere Nachricht.',
      'use-swisstransfer': 'Senden Sie große Dateien mit einem SwissTransfer-Link.',
      'fewer-recipients': 'Senden Sie an höchstens 100 Empfänger pro Nachricht.',
      'use-newsletter-tool': 'Für Massensendungen nutzen Sie das Newsletter-Tool.',
      'wait-for-sending-window':
        'Warten Sie: Das Limit zählt die letzten 24 Stunden, nicht den Kalendertag.',
      'request-higher-limit':
        'Bei dauerhaftem Bedarf beantragen Sie beim Anbieter schriftlich und begründet ein höheres Limit.',
      'check-recipient-address': 'Prüfen Sie die Adresse des Empfängers auf Tippfehler.',
      'retry-later': 'Versuchen Sie es später erneut.',
      'use-server-name':
        'Verwenden Sie mail.infomaniak.com als Servernamen, für den Posteingang wie für den Postausgang.',
      'use-recommended-ports':
        'Verwenden Sie die empfohlenen Ports: 993 mit SSL/TLS für IMAP (995 für POP3), 587 mit STARTTLS oder 465 mit SSL/TLS für den Versand.',
      'use-password-authentication':
        'Wählen Sie die Authentifizierung „Passwort, normal“ (LOGIN oder PLAIN) und schalten Sie die gesicherte Kennwortauthentifizierung (SPA) aus.',
      'check-device-clock':
        'Prüfen Sie Datum und Uhrzeit des Geräts: Mit einem falschen Datum erscheint ein gültiges Zertifikat als abgelaufen.',
      'restart-client': 'Starten Sie das Mailprogramm neu und versuchen Sie es dann erneut.',
      'use-one-protocol':
        'Verwenden Sie auf allen Geräten dasselbe Protokoll: überall IMAP (empfohlen) oder POP3 auf nur einem Gerät.',
      'free-space':
        'Schaffen Sie Platz: Leeren Sie den Papierkorb und den Spam-Ordner, und löschen Sie große Nachrichten, die Sie nicht mehr brauchen.',
    },
  },
  it: {
    causes: {
      'port-25-blocked': 'La porta 25 è bloccata per l’invio da un programma di posta.',
      timeout: 'Il server non ha risposto in tempo.',
      'encryption-required':
        'Il server richiede una connessione cifrata e la cifratura è disattivata nel programma di posta.',
      'authentication-required': 'Il server rifiuta l’inoltro: il programma non si è autenticato.',
      'authentication-failed': 'Il nome utente o la password sono errati.',
      'sending-limit-reached': 'L’indirizzo ha raggiunto il suo limite di invio nelle 24 ore.',
      'mailbox-full': 'La casella del destinatario è piena.',
      'recipient-refused-message':
        'Il provider del destinatario ha rifiutato il messaggio: troppo grande, o casella piena.',
      'message-too-large': 'Il messaggio è troppo grande.',
      'too-many-recipients': 'Il messaggio ha troppi destinatari.',
      'unknown-recipient': 'L’indirizzo del destinatario non esiste.',
      'sender-not-allowed':
        'Il server ha rifiutato l’indirizzo del mittente: non è né l’indirizzo con cui accedi né uno dei suoi alias.',
      'host-not-found':
        'Il nome del server non è stato trovato: è scritto male, oppure la rete non funziona.',
      'cannot-connect':
        'Il programma di posta non è riuscito a connettersi al server: nome del server o porta errati, oppure un firewall blocca la connessione.',
      'connection-interrupted':
        'La connessione al server è stata interrotta, spesso da un software di sicurezza o da una rete instabile.',
      'encryption-mismatch':
        'La cifratura impostata non corrisponde alla porta: SSL/TLS su una porta STARTTLS, o il contrario.',
      'certificate-error': 'Non è stato possibile verificare il certificato del server.',
      'authentication-method':
        'Il programma di posta usa un metodo di autenticazione che il server non offre.',
      'mailbox-in-use':
        'La casella è usata da un’altra connessione: un altro dispositivo la sta leggendo, spesso via POP3.',
      'storage-full': 'La casella è piena: il server ha rifiutato di salvare il messaggio.',
    },
    remedies: {
      'use-port-587': 'Usa la porta 587 con STARTTLS.',
      'use-port-465': 'Oppure usa la porta 465 con SSL/TLS.',
      'try-another-network': 'Prova un’altra rete (un altro Wi-Fi, o il 4G/5G di un telefono).',
      'disable-security-software':
        'Disattiva per un momento antivirus, firewall o VPN per provare.',
      'enable-authentication': 'Attiva l’autenticazione del server in uscita.',
      'use-full-address-as-username': 'Usa l’indirizzo e-mail completo come nome utente.',
      'check-address-password':
        'Usa la password dell’indirizzo, non quella dell’account; attenzione al segno $.',
      'type-password-in-plain-text':
        'Scrivi prima la password in un editor di testo: la tastiera potrebbe avere un’altra disposizione.',
      'check-address-exists': 'Verifica che l’indirizzo (o l’alias) esista davvero.',
      'recipient-frees-space': 'Il destinatario deve liberare spazio.',
      'send-smaller-message': 'Invia un messaggio più leggero.',
      'use-swisstransfer': 'Invia i file grandi con un link SwissTransfer.',
      'fewer-recipients': 'Invia al massimo a 100 destinatari per messaggio.',
      'use-newsletter-tool': 'Per gli invii di massa, usa lo strumento Newsletter.',
      'wait-for-sending-window':
        'Aspetta: il limite conta le ultime 24 ore, non il giorno di calendario.',
      'request-higher-limit':
        'Per un’esigenza duratura, chiedi per iscritto al fornitore un limite più alto, motivando la richiesta.',
      'check-recipient-address': 'Controlla l’indirizzo del destinatario (errore di battitura?).',
      'retry-later': 'Riprova più tardi.',
      'use-server-name':
        'Usa mail.infomaniak.com come nome del server, sia in entrata sia in uscita.',
      'use-recommended-ports':
        'Usa le porte consigliate: 993 con SSL/TLS per IMAP (995 per POP3), 587 con STARTTLS o 465 con SSL/TLS per l’invio.',
      'use-password-authentication':
        'Scegli l’autenticazione con «password normale» (LOGIN o PLAIN) e disattiva l’autenticazione password di protezione (SPA).',
      'check-device-clock':
        'Controlla la data e l’ora del dispositivo: con una data sbagliata un certificato valido sembra scaduto.',
      'restart-client': 'Riavvia il programma di posta, poi riprova.',
      'use-one-protocol':
        'Usa un solo protocollo su tutti i dispositivi: IMAP ovunque (consigliato), oppure POP3 su un solo dispositivo.',
      'free-space':
        'Libera spazio: svuota il Cestino e la cartella Spam, ed elimina i messaggi grandi che non ti servono più.',
    },
  },
  es: {
    causes: {
      'port-25-blocked': 'El puerto 25 está bloqueado para enviar desde un programa de correo.',
      timeout: 'El servidor no respondió a tiempo.',
      'encryption-required':
        'El servidor exige una conexión cifrada y el cifrado está desactivado en el programa de correo.',
      'authentication-required':
        'El servidor se niega a retransmitir: el programa no se ha autenticado.',
      'authentication-failed': 'El nombre de usuario o la contraseña son incorrectos.',
      'sending-limit-reached': 'La dirección ha alcanzado su límite de envío en 24 horas.',
      'mailbox-full': 'El buzón del destinatario está lleno.',
      'recipient-refused-message':
        'El proveedor del destinatario rechazó el mensaje: demasiado grande, o buzón lleno.',
      'message-too-large': 'El mensaje es demasiado grande.',
      'too-many-recipients': 'El mensaje tiene demasiados destinatarios.',
      'unknown-recipient': 'La dirección del destinatario no existe.',
      'sender-not-allowed':
        'El servidor rechazó la dirección del remitente: no es la dirección con la que inicia sesión ni uno de sus alias.',
      'host-not-found':
        'No se encuentra el nombre del servidor: está mal escrito o la red no funciona.',
      'cannot-connect':
        'El programa de correo no pudo conectarse al servidor: nombre de servidor o puerto incorrectos, o un cortafuegos lo impide.',
      'connection-interrupted':
        'La conexión con el servidor se cortó, a menudo por un software de seguridad o una red inestable.',
      'encryption-mismatch':
        'El cifrado elegido no corresponde al puerto: SSL/TLS en un puerto STARTTLS, o al revés.',
      'certificate-error': 'No se pudo verificar el certificado del servidor.',
      'authentication-method':
        'El programa de correo usa un método de autenticación que el servidor no ofrece.',
      'mailbox-in-use':
        'El buzón está en uso por otra conexión: otro dispositivo lo está consultando, a menudo por POP3.',
      'storage-full': 'Su buzón está lleno: el servidor se negó a guardar el mensaje.',
    },
    remedies: {
      'use-port-587': 'Use el puerto 587 con STARTTLS.',
      'use-port-465': 'O use el puerto 465 con SSL/TLS.',
      'try-another-network': 'Pruebe otra red (otro Wi-Fi, o el 4G/5G de un teléfono).',
      'disable-security-software':
        'Desactive un momento el antivirus, el cortafuegos o la VPN para probar.',
      'enable-authentication': 'Active la autenticación del servidor de salida.',
      'use-full-address-as-username': 'Use la dirección de correo completa como nombre de usuario.',
      'check-address-password':
        'Use la contraseña de la dirección, no la de la cuenta; atención al signo $.',
      'type-password-in-plain-text':
        'Escriba primero la contraseña en un editor de texto: la distribución del teclado puede ser otra.',
      'check-address-exists': 'Compruebe que la dirección (o el alias) existe de verdad.',
      'recipient-frees-space': 'El destinatario debe liberar espacio.',
      'send-smaller-message': 'Envíe un mensaje más ligero.',
      'use-swisstransfer': 'Envíe los archivos grandes con un enlace de SwissTransfer.',
      'fewer-recipients': 'Envíe a 100 destinatarios como máximo por mensaje.',
      'use-newsletter-tool': 'Para envíos masivos, use la herramienta Newsletter.',
      'wait-for-sending-window':
        'Espere: el límite cuenta las últimas 24 horas, no el día natural.',
      'request-higher-limit':
        'Si la necesidad es duradera, solicite por escrito al proveedor un límite mayor, indicando el motivo.',
      'check-recipient-address': 'Revise la dirección del destinatario (¿errata?).',
      'retry-later': 'Vuelva a intentarlo más tarde.',
      'use-server-name':
        'Use mail.infomaniak.com como nombre del servidor, tanto para recibir como para enviar.',
      'use-recommended-ports':
        'Use los puertos recomendados: 993 con SSL/TLS para IMAP (995 para POP3), 587 con STARTTLS o 465 con SSL/TLS para enviar.',
      'use-password-authentication':
        'Elija la autenticación con «contraseña normal» (LOGIN o PLAIN) y desactive la autenticación de contraseña segura (SPA).',
      'check-device-clock':
        'Compruebe la fecha y la hora del dispositivo: con una fecha errónea, un certificado válido parece caducado.',
      'restart-client': 'Reinicie el programa de correo y vuelva a intentarlo.',
      'use-one-protocol':
        'Use un solo protocolo en todos los dispositivos: IMAP en todos (recomendado), o POP3 en un único dispositivo.',
      'free-space':
        'Libere espacio: vacíe la Papelera y la carpeta Spam, y elimine los mensajes grandes que ya no necesite.',
    },
  },
};

/** A diagnosis in words: its cause (or `null` when unknown) and its remedies, in order. */
export interface DiagnosisText {
  /**
   * The likely cause, in one sentence, or `null` when the reply says nothing the policy explains.
   */
  readonly cause: string | null;
  /** What to try, in order. */
  readonly remedies: readonly string[];
}

/**
 * The sibling of `formatIssue` for diagnoses: the cause and the remedies of
 * `diagnoseSmtpReply` or `diagnoseClientError`, in `en`, `fr`, `de`, `it` or `es`.
 *
 * @throws {PolicyInputError} for an unknown locale or an object that is not a diagnosis
 * @example
 * ```ts
 * const diagnosis = diagnoseSmtpReply('535 5.7.0 authentication failed');
 * if (diagnosis) formatDiagnosis(diagnosis, 'fr').cause; // 'Le nom d’utilisateur ou le mot de passe est erroné.'
 * const failure = diagnoseClientError('getaddrinfo ENOTFOUND mail.infomaniak.con');
 * if (failure) formatDiagnosis(failure, 'de').remedies[0]; // 'Verwenden Sie mail.infomaniak.com als Servernamen, für den Posteingang wie für den Postausgang.'
 * ```
 * @see R-CONN-6, R-CONN-7, R-STOR-3, R-SEND-1, R-TROUBLE-1
 */
export function formatDiagnosis(
  diagnosis: SmtpDiagnosis | ClientErrorDiagnosis,
  locale: Locale = 'en',
): DiagnosisText {
  const texts = textsFor(TEXTS, locale);
  if (!isObject(diagnosis) || !Array.isArray(diagnosis.remedies)) {
    throw new PolicyInputError(
      'diagnosis',
      'a diagnosis from diagnoseSmtpReply or diagnoseClientError',
      diagnosis,
    );
  }
  const cause = diagnosis.cause;
  return {
    cause: typeof cause === 'string' && hasOwn(texts.causes, cause) ? texts.causes[cause] : null,
    remedies: sentences(texts.remedies, diagnosis.remedies),
  };
}
