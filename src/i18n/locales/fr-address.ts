import type { AddressMessages } from '../types.js';

/**
 * French messages for the address issues alone (`validateLocalPart`,
 * `validateLocalPartPrefix`, `validateAddress`): what a sign-up form shows, without the
 * messages of quotas, settings or backups. `fr` holds them too.
 *
 * @example
 * ```ts
 * const format = createFormatter(frAddress, 'fr');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const frAddress: AddressMessages = {
  'not-a-string': () => 'Veuillez saisir l’adresse sous forme de texte.',
  empty: () => 'Veuillez saisir la partie avant le @.',
  'too-long': (issue, f) =>
    `Utilisez au maximum ${f.count(issue.limit)} caractères avant le @ (il y en a ${f.count(issue.actual)}).`,
  'at-sign': () => 'Le signe @ sépare le nom du domaine\u00a0: il ne peut pas figurer dans le nom.',
  whitespace: () => 'Les espaces ne sont pas autorisés dans une adresse.',
  'non-ascii': (issue, f) =>
    `Seules les lettres de a à z sont autorisées, sans accent\u00a0: ${f.char(issue.char)} n’en fait pas partie.`,
  'control-character': (issue, f) =>
    `L’adresse contient un caractère de contrôle invisible (${f.char(issue.char)}).`,
  'forbidden-character': (issue, f) =>
    `Le caractère ${f.char(issue.char)} n’est pas autorisé. Utilisez des lettres, des chiffres, des tirets (-), des traits de soulignement (_) et des points (.).`,
  'leading-hyphen': () => 'Le nom ne peut pas commencer par un tiret (-).',
  'trailing-hyphen': () => 'Le nom ne peut pas se terminer par un tiret (-).',
  'leading-dot': () => 'Le nom ne peut pas commencer par un point (.).',
  'trailing-dot': () => 'Le nom ne peut pas se terminer par un point (.).',
  'consecutive-dots': () => 'Deux points (..) de suite ne sont pas autorisés.',
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
  'domain-idn-unchecked': () =>
    'Les noms de domaine avec des accents ou des lettres non latines ne peuvent pas être vérifiés ici.',
};
