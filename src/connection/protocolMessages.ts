import { PolicyInputError } from '../_lib/errors.js';
import { isObject, sentences, textsFor } from '../_lib/input.js';
import type { Locale } from '../i18n/types.js';
import type { ProtocolAdvice, ProtocolReason, ProtocolWarning } from './adviseProtocol.js';

type ProtocolTexts = {
  readonly [L in Locale]: {
    readonly protocols: Record<ProtocolAdvice['protocol'], string>;
    readonly reasons: Record<ProtocolReason, string>;
    readonly warnings: Record<ProtocolWarning, string>;
  };
};

/**
 * @internal The sentences of `adviseProtocol`'s answer in the five languages (a missing one does
 * not compile), from the guide's own words (seed lines 58–75, 251–252): the terms are those of
 * the diagnoses' sentences (a mail client, un logiciel de messagerie, ein Mailprogramm, un
 * programma di posta, un programa de correo), the register theirs (tu in Italian, usted in
 * Spanish).
 */
export const PROTOCOL_TEXTS: ProtocolTexts = {
  en: {
    protocols: { imap: 'Use IMAP.', pop3: 'Use POP3, on this one device only.' },
    reasons: {
      'same-view-everywhere':
        'With IMAP, messages stay on the server: every device, the web app at mail.infomaniak.com and the Infomaniak Mail app show the same messages in the same folders.',
      'several-devices': 'This address is read on several devices.',
      'shared-mailbox':
        'Several people share this mailbox: with IMAP, each sees what the others delete or move.',
      'webmail-or-app': 'This address is also read in the web app or the Infomaniak Mail app.',
      'one-device-offline':
        'POP3 moves messages from the server to your device, where you can read them without an Internet connection.',
    },
    warnings: {
      'imap-needs-connection':
        'IMAP needs an Internet connection to show your messages, although some mail clients also show the inbox offline.',
      'pop3-removes-from-server':
        'Once downloaded by POP3, messages no longer appear in the web app, the Infomaniak Mail app or on other devices.',
      'pop3-do-not-keep-copy':
        'Leave the mail client’s “keep a copy of messages on the server” option off: with it, messages can end up downloaded again.',
      'pop3-backup-incomplete':
        'The daily backup holds only what is on the server: messages already downloaded, and the mail client’s own folders, cannot be restored.',
      'never-mix-pop3-and-imap':
        'Never read this address by POP3 on one device and by IMAP on another: the two protocols do not work together.',
    },
  },
  fr: {
    protocols: { imap: 'Utilisez IMAP.', pop3: 'Utilisez POP3, sur cet appareil seulement.' },
    reasons: {
      'same-view-everywhere':
        'Avec IMAP, les messages restent sur le serveur\u00a0: chaque appareil, l’application web mail.infomaniak.com et l’application Infomaniak Mail affichent les mêmes messages dans les mêmes dossiers.',
      'several-devices': 'Vous consultez cette adresse sur plusieurs appareils.',
      'shared-mailbox':
        'Plusieurs personnes partagent cette boîte\u00a0: avec IMAP, chacune voit ce que les autres suppriment ou déplacent.',
      'webmail-or-app':
        'Vous consultez aussi cette adresse dans l’application web ou l’application Infomaniak Mail.',
      'one-device-offline':
        'POP3 transfère les messages du serveur vers votre appareil, où vous pouvez les lire sans connexion Internet.',
    },
    warnings: {
      'imap-needs-connection':
        'IMAP demande une connexion Internet pour afficher vos messages, même si certains logiciels de messagerie affichent aussi la boîte de réception hors ligne.',
      'pop3-removes-from-server':
        'Une fois téléchargés en POP3, les messages n’apparaissent plus dans l’application web, l’application Infomaniak Mail ni sur vos autres appareils.',
      'pop3-do-not-keep-copy':
        'Laissez désactivée l’option «\u00a0conserver une copie des messages sur le serveur\u00a0» du logiciel de messagerie\u00a0: avec elle, les messages risquent d’être téléchargés à nouveau.',
      'pop3-backup-incomplete':
        'La sauvegarde quotidienne ne contient que ce qui se trouve sur le serveur\u00a0: les messages déjà téléchargés et les dossiers propres au logiciel de messagerie ne peuvent pas être restaurés.',
      'never-mix-pop3-and-imap':
        'Ne consultez jamais cette adresse en POP3 sur un appareil et en IMAP sur un autre\u00a0: les deux protocoles ne fonctionnent pas ensemble.',
    },
  },
  de: {
    protocols: {
      imap: 'Verwenden Sie IMAP.',
      pop3: 'Verwenden Sie POP3, nur auf diesem einen Gerät.',
    },
    reasons: {
      'same-view-everywhere':
        'Mit IMAP bleiben die Nachrichten auf dem Server: Jedes Gerät, die Web-App unter mail.infomaniak.com und die App Infomaniak Mail zeigen dieselben Nachrichten in denselben Ordnern.',
      'several-devices': 'Sie lesen diese Adresse auf mehreren Geräten.',
      'shared-mailbox':
        'Mehrere Personen teilen sich dieses Postfach: Mit IMAP sieht jede, was die anderen löschen oder verschieben.',
      'webmail-or-app':
        'Sie lesen diese Adresse auch in der Web-App oder in der App Infomaniak Mail.',
      'one-device-offline':
        'POP3 überträgt die Nachrichten vom Server auf Ihr Gerät, wo Sie sie auch ohne Internetverbindung lesen können.',
    },
    warnings: {
      'imap-needs-connection':
        'IMAP braucht eine Internetverbindung, um Ihre Nachrichten anzuzeigen; manche Mailprogramme zeigen den Posteingang aber auch offline an.',
      'pop3-removes-from-server':
        'Einmal per POP3 heruntergeladen, erscheinen die Nachrichten weder in der Web-App noch in der App Infomaniak Mail noch auf anderen Geräten.',
      'pop3-do-not-keep-copy':
        'Lassen Sie die Option „Kopie der Nachrichten auf dem Server belassen“ des Mailprogramms ausgeschaltet: Mit ihr werden Nachrichten womöglich erneut heruntergeladen.',
      'pop3-backup-incomplete':
        'Die tägliche Sicherung enthält nur, was auf dem Server liegt: Bereits heruntergeladene Nachrichten und die eigenen Ordner des Mailprogramms lassen sich nicht wiederherstellen.',
      'never-mix-pop3-and-imap':
        'Lesen Sie diese Adresse nie auf einem Gerät per POP3 und auf einem anderen per IMAP: Die beiden Protokolle funktionieren nicht zusammen.',
    },
  },
  it: {
    protocols: { imap: 'Usa IMAP.', pop3: 'Usa POP3, solo su questo dispositivo.' },
    reasons: {
      'same-view-everywhere':
        'Con IMAP i messaggi restano sul server: ogni dispositivo, l’app web su mail.infomaniak.com e l’app Infomaniak Mail mostrano gli stessi messaggi nelle stesse cartelle.',
      'several-devices': 'Questo indirizzo viene letto su più dispositivi.',
      'shared-mailbox':
        'Più persone condividono questa casella: con IMAP ciascuna vede ciò che le altre eliminano o spostano.',
      'webmail-or-app':
        'Questo indirizzo viene letto anche nell’app web o nell’app Infomaniak Mail.',
      'one-device-offline':
        'POP3 trasferisce i messaggi dal server al tuo dispositivo, dove puoi leggerli anche senza connessione a Internet.',
    },
    warnings: {
      'imap-needs-connection':
        'IMAP richiede una connessione a Internet per mostrare i messaggi, benché alcuni programmi di posta mostrino la posta in arrivo anche offline.',
      'pop3-removes-from-server':
        'Una volta scaricati con POP3, i messaggi non compaiono più nell’app web, nell’app Infomaniak Mail né sugli altri dispositivi.',
      'pop3-do-not-keep-copy':
        'Lascia disattivata l’opzione «conserva una copia dei messaggi sul server» del programma di posta: con essa i messaggi possono essere scaricati di nuovo.',
      'pop3-backup-incomplete':
        'Il backup giornaliero contiene solo ciò che si trova sul server: i messaggi già scaricati e le cartelle proprie del programma di posta non si possono ripristinare.',
      'never-mix-pop3-and-imap':
        'Non leggere mai questo indirizzo con POP3 su un dispositivo e con IMAP su un altro: i due protocolli non funzionano insieme.',
    },
  },
  es: {
    protocols: { imap: 'Use IMAP.', pop3: 'Use POP3, solo en este dispositivo.' },
    reasons: {
      'same-view-everywhere':
        'Con IMAP, los mensajes permanecen en el servidor: cada dispositivo, la aplicación web de mail.infomaniak.com y la aplicación Infomaniak Mail muestran los mismos mensajes en las mismas carpetas.',
      'several-devices': 'Esta dirección se consulta en varios dispositivos.',
      'shared-mailbox':
        'Varias personas comparten este buzón: con IMAP, cada una ve lo que las demás eliminan o mueven.',
      'webmail-or-app':
        'Esta dirección también se consulta en la aplicación web o en la aplicación Infomaniak Mail.',
      'one-device-offline':
        'POP3 transfiere los mensajes del servidor a su dispositivo, donde puede leerlos sin conexión a Internet.',
    },
    warnings: {
      'imap-needs-connection':
        'IMAP necesita una conexión a Internet para mostrar sus mensajes, aunque algunos programas de correo también muestran la bandeja de entrada sin conexión.',
      'pop3-removes-from-server':
        'Una vez descargados por POP3, los mensajes ya no aparecen en la aplicación web, en la aplicación Infomaniak Mail ni en otros dispositivos.',
      'pop3-do-not-keep-copy':
        'Deje desactivada la opción «conservar una copia de los mensajes en el servidor» del programa de correo: con ella, los mensajes pueden volver a descargarse.',
      'pop3-backup-incomplete':
        'La copia de seguridad diaria solo contiene lo que está en el servidor: los mensajes ya descargados y las carpetas propias del programa de correo no se pueden restaurar.',
      'never-mix-pop3-and-imap':
        'Nunca consulte esta dirección por POP3 en un dispositivo y por IMAP en otro: los dos protocolos no funcionan juntos.',
    },
  },
};

/** `adviseProtocol`'s answer in words. */
export interface ProtocolAdviceText {
  /** The advice itself, in one sentence: `Use IMAP.` */
  readonly protocol: string;
  /** Why, in the answer's order. */
  readonly reasons: readonly string[];
  /** What to mind, in the answer's order. */
  readonly warnings: readonly string[];
}

/**
 * The sibling of `formatDiagnosis` for `adviseProtocol`: the protocol to use, the reasons and
 * the warnings, as sentences in `en`, `fr`, `de`, `it` or `es`, for a support tool or a setup
 * page that shows why IMAP (or POP3) and what to mind.
 *
 * @throws {PolicyInputError} for an unknown locale or an object that is not an answer of
 *   `adviseProtocol`
 * @example
 * ```ts
 * const advice = adviseProtocol({ devices: 1, offline: true });
 * formatProtocolAdvice(advice, 'fr').protocol; // 'Utilisez POP3, sur cet appareil seulement.'
 * formatProtocolAdvice(advice).warnings.length; // 4
 * formatProtocolAdvice(adviseProtocol({ devices: 2 }), 'de').reasons[1]; // 'Sie lesen diese Adresse auf mehreren Geräten.'
 * ```
 * @see R-PROTO-1, R-PROTO-2, R-BKP-7
 */
export function formatProtocolAdvice(
  advice: ProtocolAdvice,
  locale: Locale = 'en',
): ProtocolAdviceText {
  const texts = textsFor(PROTOCOL_TEXTS, locale);
  if (
    !isObject(advice) ||
    (advice.protocol !== 'imap' && advice.protocol !== 'pop3') ||
    !Array.isArray(advice.reasons) ||
    !Array.isArray(advice.warnings)
  ) {
    throw new PolicyInputError('advice', 'an answer of adviseProtocol', advice);
  }
  return {
    protocol: texts.protocols[advice.protocol],
    reasons: sentences(texts.reasons, advice.reasons),
    warnings: sentences(texts.warnings, advice.warnings),
  };
}
