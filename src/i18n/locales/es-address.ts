import type { AddressMessages } from '../types.js';

/**
 * Spanish messages for the address issues alone (`validateLocalPart`,
 * `validateLocalPartPrefix`, `validateAddress`): what a sign-up form shows, without the
 * messages of quotas, settings or backups. `es` holds them too.
 *
 * @example
 * ```ts
 * const format = createFormatter(esAddress, 'es');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const esAddress: AddressMessages = {
  'not-a-string': () => 'Introduzca la dirección como texto.',
  empty: () => 'Introduzca la parte anterior a la @.',
  'too-long': (issue, f) =>
    `Use como máximo ${f.count(issue.limit)} caracteres antes de la @ (aquí hay ${f.count(issue.actual)}).`,
  'at-sign': () => 'La @ separa el nombre del dominio: no puede aparecer en el nombre.',
  whitespace: () => 'No se admiten espacios en una dirección.',
  'non-ascii': (issue, f) =>
    `Solo se admiten las letras de la a a la z, sin tildes ni otros signos: ${f.char(issue.char)} no es una de ellas.`,
  'control-character': (issue, f) =>
    `La dirección contiene un carácter de control invisible (${f.char(issue.char)}).`,
  'forbidden-character': (issue, f) =>
    `El carácter ${f.char(issue.char)} no está permitido. Use letras, cifras, guiones (-), guiones bajos (_) y puntos (.).`,
  'leading-hyphen': () => 'El nombre no puede empezar por un guion (-).',
  'trailing-hyphen': () => 'El nombre no puede terminar en un guion (-).',
  'leading-dot': () => 'El nombre no puede empezar por un punto (.).',
  'trailing-dot': () => 'El nombre no puede terminar en un punto (.).',
  'consecutive-dots': () => 'No se admiten dos puntos (..) seguidos.',
  'missing-at-sign': () =>
    'Una dirección necesita una @ seguida de un dominio, como en nombre@ejemplo.es.',
  'address-too-long': (issue, f) =>
    `Esta dirección es demasiado larga: ${f.count(issue.actual)} caracteres, ${f.count(issue.limit)} como máximo.`,
  'address-literal': () =>
    'No se pueden crear direcciones sobre una dirección IP entre corchetes; use un nombre de dominio.',
  'invalid-address-literal': () => 'La dirección IP entre corchetes no es válida.',
  'local-part-syntax': (issue, f) =>
    issue.char === null
      ? 'La parte anterior a la @ termina demasiado pronto (falta algo tras un punto o unas comillas).'
      : issue.char === ' '
        ? 'Antes de la @, los espacios solo se admiten entre comillas.'
        : `La parte anterior a la @ no tiene una sintaxis de dirección válida en ${f.char(issue.char)}.`,
  'local-part-too-long': (issue, f) =>
    `Use como máximo ${f.count(issue.limit)} caracteres antes de la @ (aquí hay ${f.count(issue.actual)}).`,
  'domain-empty': () => 'Introduzca un dominio después de la @.',
  'domain-too-long': (issue, f) =>
    `El dominio es demasiado largo: ${f.count(issue.actual)} caracteres, ${f.count(issue.limit)} como máximo.`,
  'domain-label-empty': () =>
    'El dominio tiene una parte vacía: compruebe que no empiece ni termine por un punto y que no tenga dos puntos (..) seguidos.',
  'domain-label-too-long': (issue, f) =>
    `Cada parte del dominio entre puntos tiene como máximo ${f.count(issue.limit)} caracteres (una tiene ${f.count(issue.actual)}).`,
  'domain-label-hyphen': () =>
    'Una parte del dominio no puede empezar ni terminar por un guion (-).',
  'domain-invalid-character': (issue, f) =>
    f.space(issue.char)
      ? 'El dominio no puede contener espacios.'
      : `El dominio no puede contener ${f.char(issue.char)}.`,
  'domain-single-label': () => 'El dominio necesita al menos un punto, como ejemplo.es.',
  'domain-numeric-tld': () =>
    'El final del dominio, tras el último punto, no puede estar formado solo por cifras.',
  'domain-invalid-idn': () => 'Este nombre de dominio internacionalizado no es válido.',
  'domain-idn-unchecked': () =>
    'Los nombres de dominio con tildes o letras no latinas no se pueden comprobar aquí.',
};
