import type { Messages } from '../types.js';
import { frAddress } from './fr-address.js';

const NEWSLETTER = 'Pour un envoi de masse, utilisez plutôt l’outil Newsletter.';

/**
 * A date as French writes it: the first of a month as an ordinal ("1er mars", where `Intl`
 * writes "1 mars"; French puts the day first).
 */
const day = (date: string) => (Number.parseInt(date, 10) === 1 ? `1er${date.slice(1)}` : date);

/**
 * French messages for every issue code: one pure function per code. Pass them to
 * `createFormatter(fr, 'fr')` to ship this language alone.
 *
 * @example
 * ```ts
 * const format = createFormatter(fr, 'fr');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const fr: Messages = {
  'no-recipients': () => 'Veuillez ajouter au moins un destinataire.',
  'too-many-recipients': (issue, f) =>
    `Ce message compte ${f.count(issue.actual)} destinataires\u202f; la limite est de ${f.count(issue.limit)} par message (À, Cc et Cci confondus). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Ce message pèse ${f.bytes(issue.actual) === f.bytes(issue.limit) ? `${f.count(issue.actual)}\u00a0octets` : f.bytes(issue.actual)}\u202f; la taille maximale d’un message est de ${f.bytes(issue.limit)} (${f.count(issue.limit)} octets).`,
  'daily-limit-reached': (issue, f) =>
    `Cet envoi dépasserait la limite de ${f.count(issue.limit)} message${issue.limit < 2 ? '' : 's'} par 24 heures (${f.count(issue.used)} déjà compté${issue.used < 2 ? '' : 's'}, celui-ci compte pour ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `Vous pourrez l’envoyer à partir du ${day(f.date(issue.retryAt))}.`
        : issue.weight > issue.limit
          ? 'Attendre n’y changera rien\u00a0: ce message dépasse à lui seul la limite.'
          : 'Attendre ne suffira pas\u00a0: le message est aussi refusé pour une autre raison.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    issue.incoming === 0
      ? `La boîte aux lettres dépasse de ${f.bytes(issue.used - issue.limit)} sa limite de ${f.bytes(issue.limit)}. Veuillez libérer de l’espace.`
      : `La boîte aux lettres est pleine (${f.bytes(issue.used)} sur ${f.bytes(issue.limit)})\u00a0: il n’y a pas la place pour ${f.bytes(issue.incoming)} de plus. Veuillez libérer de l’espace.`,
  'address-limit-reached': (issue, f) =>
    `Cette offre comprend au maximum ${f.count(issue.limit)} ${issue.limit === 1 ? 'adresse' : 'adresses'}. Supprimez-en une ou passez à une offre supérieure pour en créer une autre.`,
  ...frAddress,
  'not-an-object': () => 'Les paramètres sont absents.',
  'missing-server': () => 'Un serveur manque\u00a0: ajoutez-le avec les paramètres ci-dessous.',
  'wrong-host': () => 'Utilisez le nom de serveur mail.infomaniak.com.',
  'unknown-port': () =>
    'Ce port n’est pas un port du serveur de messagerie\u00a0: utilisez le port recommandé.',
  'smtp-port-25': () =>
    'Le port 25 est bloqué par la plupart des fournisseurs d’accès\u00a0: utilisez 587 avec STARTTLS (ou 465 avec SSL/TLS).',
  'encryption-off': () => 'Le chiffrement est désactivé\u00a0: activez SSL/TLS ou STARTTLS.',
  'unknown-security': () =>
    'Ce réglage de sécurité est inconnu\u00a0: choisissez SSL/TLS ou STARTTLS.',
  'security-port-mismatch': () =>
    'La sécurité ne correspond pas au port\u00a0: SSL/TLS sur 993, 995 et 465\u202f; STARTTLS sur 587, 143 et 110.',
  'legacy-port': () =>
    'Ce port fonctionne, mais 993 (IMAP) ou 995 (POP3) avec SSL/TLS est recommandé.',
  'username-not-full-address': (issue) =>
    `Le nom d’utilisateur doit être l’adresse e-mail complète\u00a0: ${issue.address}.`,
  'authentication-off': () =>
    'L’authentification est obligatoire\u00a0: activez-la, avec le mot de passe de l’adresse.',
  'authentication-method': () =>
    'Le serveur ne propose pas cette méthode d’authentification\u00a0: choisissez le mot de passe normal (PLAIN ou LOGIN).',
  'pop3-and-imap': () =>
    'N’utilisez pas POP3 et IMAP en même temps pour la même adresse\u00a0: gardez IMAP.',
  'pop3-keep-copy': () =>
    'En POP3, ne conservez pas de copie des messages sur le serveur\u00a0: ils finissent par être téléchargés à nouveau.',
  'pop3-instead-of-imap': () =>
    'IMAP est recommandé\u00a0: les mêmes messages sur tous les appareils, le webmail et l’app.',
  'not-gone': () =>
    'Le message existe toujours (il a seulement été déplacé)\u00a0: cherchez-le dans les autres dossiers.',
  'no-backups': () =>
    'Cette offre ne conserve pas de sauvegardes restaurables\u202f; après une mise à niveau, celles des 30 derniers jours deviennent disponibles.',
  'never-in-a-backup': () =>
    'Aucune sauvegarde quotidienne n’a eu lieu pendant que le message existait\u00a0: il ne peut pas être récupéré.',
  'pop3-deleted-before-backup': () =>
    'Le message a été téléchargé en POP3 et a quitté le serveur avant toute sauvegarde\u00a0: il ne peut pas être récupéré.',
  'backups-expired': (issue, f) =>
    `Les sauvegardes qui contenaient le message ont plus de ${f.count(issue.retentionDays)} jours\u00a0: elles ont expiré le ${day(f.date(issue.expiredAt))}.`,
  'country-not-eligible': (issue) =>
    `Le programme étudiant n’est pas ouvert dans ce pays${issue.country === '' ? '' : ` (${issue.country})`}.`,
  'under-age': (issue, f) =>
    `Les étudiants de moins de ${f.count(issue.limit)} ans ont besoin de l’autorisation de leurs parents.`,
  'not-a-new-order': () => 'Le programme étudiant ne concerne que les nouvelles commandes.',
  'missing-documents': (issue) => {
    const proofs = issue.missing.map(
      (proof) =>
        ({
          'student-card-or-certificate':
            'une carte d’étudiant ou un certificat de scolarité en cours de validité',
          'identity-card': 'une pièce d’identité (recto verso)',
          'student-email': 'votre adresse e-mail officielle d’étudiant',
        })[proof],
    );
    const last = proofs.pop();
    return `Veuillez envoyer ${proofs.length > 0 ? 'les justificatifs manquants' : 'le justificatif manquant'}\u00a0: ${proofs.length > 0 ? `${proofs.join(', ')} et ` : ''}${last}.`;
  },
  'programme-ended': (issue, f) => `L’offre étudiante a pris fin le ${day(f.date(issue.endedAt))}.`,
};
