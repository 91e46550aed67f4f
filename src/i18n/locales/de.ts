import type { Messages } from '../types.js';

const NEWSLETTER = 'Für Massensendungen nutzen Sie bitte das Newsletter-Tool.';

/** Deutsche Meldungen für jeden Code. */
export const de: Messages = {
  'no-recipients': () => 'Bitte geben Sie mindestens einen Empfänger an.',
  'too-many-recipients': (issue, f) =>
    `Diese Nachricht hat ${f.count(issue.actual)} Empfänger; erlaubt sind höchstens ${f.count(issue.limit)} pro Nachricht (An, Cc und Bcc zusammen). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Diese Nachricht ist ${f.bytes(issue.actual)} groß; erlaubt sind höchstens ${f.bytes(issue.limit)} (${f.count(issue.limit)} Byte).`,
  'daily-limit-reached': (issue, f) =>
    `Mit dieser Nachricht würde das Limit von ${f.count(issue.limit)} Nachrichten pro 24 Stunden überschritten (${f.count(issue.used)} bereits gezählt, diese zählt ${f.count(issue.weight)}-fach). ${
      issue.retryAt
        ? `Sie können sie ab ${f.date(issue.retryAt)} senden.`
        : 'Warten hilft hier nicht: Diese Nachricht allein überschreitet das Limit.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    `Das Postfach ist voll: ${f.bytes(issue.used)} von ${f.bytes(issue.limit)} belegt, weitere ${f.bytes(issue.incoming)} haben keinen Platz. Bitte schaffen Sie Platz.`,
  'address-limit-reached': (issue, f) =>
    `Dieses Angebot umfasst höchstens ${f.count(issue.limit)} ${issue.limit === 1 ? 'Adresse' : 'Adressen'}. Löschen Sie eine Adresse oder wechseln Sie zu einem größeren Angebot.`,
};
