import type { Messages } from '../types.js';

const NEWSLETTER = 'Pour un envoi de masse, utilisez plutôt l’outil Newsletter.';

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
  'not-a-string': () => 'Veuillez saisir l’adresse sous forme de texte.',
  empty: () => 'Veuillez saisir la partie avant le @.',
  'too-long': (issue, f) =>
    `Utilisez au maximum ${f.count(issue.limit)} caractères avant le @ (il y en a ${f.count(issue.actual)}).`,
  'at-sign': () => 'Le signe @ sépare le nom du domaine\u00a0: il ne peut pas figurer dans le nom.',
  whitespace: () => 'Les espaces ne sont pas autorisés dans une adresse.',
  'non-ascii': (issue, f) =>
    `Seules les lettres sans accent sont autorisées\u00a0: ${f.char(issue.char)} ne l’est pas.`,
  'control-character': (issue, f) =>
    `L’adresse contient un caractère de contrôle invisible (${f.char(issue.char)}).`,
  'forbidden-character': (issue, f) =>
    `Le caractère ${f.char(issue.char)} n’est pas autorisé. Utilisez des lettres, des chiffres, des tirets (-), des traits de soulignement (_) et des points (.).`,
  'leading-hyphen': () => 'Le nom ne peut pas commencer par un tiret (-).',
  'trailing-hyphen': () => 'Le nom ne peut pas se terminer par un tiret (-).',
  'leading-dot': () => 'Le nom ne peut pas commencer par un point (.).',
  'trailing-dot': () => 'Le nom ne peut pas se terminer par un point (.).',
  'consecutive-dots': () => 'Deux points de suite ne sont pas autorisés.',
  'missing-at-sign': () =>
    'Une adresse comporte un @ suivi d’un domaine, comme dans nom@exemple.ch.',
  'address-too-long': (issue, f) =>
    `Cette adresse est trop longue\u00a0: ${f.count(issue.actual)} caractères, ${f.count(issue.limit)} au maximum.`,
  'address-literal': () =>
    'Impossible de créer une adresse sur une adresse IP entre crochets\u202f; utilisez un nom de domaine.',
  'invalid-address-literal': () => 'L’adresse IP entre crochets n’est pas valide.',
  'local-part-syntax': (issue, f) =>
    issue.char === null
      ? 'La partie avant le @ s’arrête trop tôt (après un point ou un guillemet).'
      : issue.char === ' '
        ? 'Avant le @, les espaces ne sont permis qu’entre guillemets.'
        : `La partie avant le @ n’est pas une syntaxe d’adresse valide à ${f.char(issue.char)}.`,
  'local-part-too-long': (issue, f) =>
    `Utilisez au maximum ${f.count(issue.limit)} caractères avant le @ (il y en a ${f.count(issue.actual)}).`,
  'domain-empty': () => 'Veuillez saisir un domaine après le @.',
  'domain-too-long': (issue, f) =>
    `Le domaine est trop long\u00a0: ${f.count(issue.actual)} caractères, ${f.count(issue.limit)} au maximum.`,
  'domain-label-empty': () =>
    'Le domaine contient une partie vide\u00a0: un point au début, à la fin ou deux points de suite.',
  'domain-label-too-long': (issue, f) =>
    `Chaque partie du domaine entre deux points compte au maximum ${f.count(issue.limit)} caractères (l’une en compte ${f.count(issue.actual)}).`,
  'domain-label-hyphen': () =>
    'Une partie du domaine ne peut ni commencer ni se terminer par un tiret (-).',
  'domain-invalid-character': (issue, f) =>
    f.space(issue.char)
      ? 'Le domaine ne peut pas contenir d’espaces.'
      : `Le domaine ne peut pas contenir ${f.char(issue.char)}.`,
  'domain-single-label': () => 'Le domaine doit contenir au moins un point, comme exemple.ch.',
  'domain-numeric-tld': () =>
    'La fin du domaine, après le dernier point, ne peut pas être composée uniquement de chiffres.',
  'domain-invalid-idn': () => 'Ce nom de domaine internationalisé n’est pas valide.',
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
  'username-not-full-address': () => 'Le nom d’utilisateur doit être l’adresse e-mail complète.',
  'authentication-off': () =>
    'L’authentification est obligatoire\u00a0: activez-la, avec le mot de passe de l’adresse.',
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
    `Les sauvegardes qui contenaient le message ont plus de ${f.count(issue.retentionDays)} jours\u00a0: elles ont expiré le ${f.date(issue.expiredAt)}.`,
  'country-not-eligible': (issue) =>
    `Le programme étudiant n’est pas ouvert dans ce pays${issue.country === '' ? '' : ` (${issue.country})`}.`,
  'under-age': (issue, f) =>
    `Les étudiants de moins de ${f.count(issue.limit)} ans ont besoin de l’autorisation de leurs parents.`,
  'not-a-new-order': () => 'Le programme étudiant ne concerne que les nouvelles commandes.',
  'missing-documents': (issue) =>
    `Veuillez envoyer les justificatifs manquants\u00a0: ${issue.missing.map((proof) => ({ 'student-card-or-certificate': 'une carte d’étudiant ou un certificat de scolarité en cours de validité', 'identity-card': 'une pièce d’identité (recto verso)', 'student-email': 'votre adresse e-mail officielle d’étudiant' })[proof]).join(', ')}.`,
  'programme-ended': (issue, f) => `L’offre étudiante a pris fin le ${f.date(issue.endedAt)}.`,
};
