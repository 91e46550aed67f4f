import type { Messages } from '../types.js';

const NEWSLETTER = 'Pour un envoi de masse, utilisez plutôt l’outil Newsletter.';

/** Messages en français pour chaque code. */
export const fr: Messages = {
  'no-recipients': () => 'Veuillez ajouter au moins un destinataire.',
  'too-many-recipients': (issue, f) =>
    `Ce message compte ${f.count(issue.actual)} destinataires\u202f; la limite est de ${f.count(issue.limit)} par message (À, Cc et Cci confondus). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Ce message pèse ${f.bytes(issue.actual)}\u202f; la taille maximale d’un message est de ${f.bytes(issue.limit)} (${f.count(issue.limit)} octets).`,
  'daily-limit-reached': (issue, f) =>
    `Cet envoi dépasserait la limite de ${f.count(issue.limit)} messages par 24 heures (${f.count(issue.used)} déjà comptés, celui-ci compte pour ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `Vous pourrez l’envoyer à partir du ${f.date(issue.retryAt)}.`
        : 'Attendre n’y changera rien\u00a0: ce message dépasse à lui seul la limite.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    `La boîte aux lettres est pleine\u00a0: ${f.bytes(issue.used)} utilisés sur ${f.bytes(issue.limit)}, et ${f.bytes(issue.incoming)} de plus n’y tiendraient pas. Veuillez libérer de l’espace.`,
  'address-limit-reached': (issue, f) =>
    `Cette offre comprend au maximum ${f.count(issue.limit)} ${issue.limit === 1 ? 'adresse' : 'adresses'}. Supprimez-en une ou passez à une offre supérieure pour en créer une autre.`,
};
