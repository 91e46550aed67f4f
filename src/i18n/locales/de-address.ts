import type { AddressMessages } from '../types.js';

/**
 * German messages for the address issues alone (`validateLocalPart`,
 * `validateLocalPartPrefix`, `validateAddress`): what a sign-up form shows, without the
 * messages of quotas, settings or backups. `de` holds them too.
 *
 * @example
 * ```ts
 * const format = createFormatter(deAddress, 'de');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const deAddress: AddressMessages = {
  'not-a-string': () => 'Bitte geben Sie die Adresse als Text ein.',
  empty: () => 'Bitte geben Sie den Teil vor dem @ ein.',
  'too-long': (issue, f) =>
    `Vor dem @ sind höchstens ${f.count(issue.limit)} Zeichen erlaubt (hier sind es ${f.count(issue.actual)}).`,
  'at-sign': () =>
    'Das @-Zeichen trennt den Namen von der Domain und darf im Namen nicht vorkommen.',
  whitespace: () => 'Leerzeichen sind in einer Adresse nicht erlaubt.',
  'non-ascii': (issue, f) =>
    `Erlaubt sind nur die Buchstaben a bis z, ohne Akzente und Umlaute: ${f.char(issue.char)} gehört nicht dazu.`,
  'control-character': (issue, f) =>
    `Die Adresse enthält ein unsichtbares Steuerzeichen (${f.char(issue.char)}).`,
  'forbidden-character': (issue, f) =>
    `Das Zeichen ${f.char(issue.char)} ist nicht erlaubt. Verwenden Sie Buchstaben, Ziffern, Bindestriche (-), Unterstriche (_) und Punkte (.).`,
  'leading-hyphen': () => 'Der Name darf nicht mit einem Bindestrich (-) beginnen.',
  'trailing-hyphen': () => 'Der Name darf nicht mit einem Bindestrich (-) enden.',
  'leading-dot': () => 'Der Name darf nicht mit einem Punkt (.) beginnen.',
  'trailing-dot': () => 'Der Name darf nicht mit einem Punkt (.) enden.',
  'consecutive-dots': () => 'Zwei Punkte (..) hintereinander sind nicht erlaubt.',
  'missing-at-sign': () =>
    'Eine Adresse braucht ein @ und danach eine Domain, zum Beispiel name@beispiel.ch.',
  'address-too-long': (issue, f) =>
    `Diese Adresse ist zu lang: ${f.count(issue.actual)} Zeichen, erlaubt sind höchstens ${f.count(issue.limit)}.`,
  'address-literal': () =>
    'Adressen mit einer IP-Adresse in eckigen Klammern können nicht erstellt werden; bitte verwenden Sie einen Domainnamen.',
  'invalid-address-literal': () => 'Die IP-Adresse in eckigen Klammern ist ungültig.',
  'local-part-syntax': (issue, f) =>
    issue.char === null
      ? 'Der Teil vor dem @ endet zu früh (nach einem Punkt oder Anführungszeichen fehlt etwas).'
      : issue.char === ' '
        ? 'Vor dem @ sind Leerzeichen nur zwischen Anführungszeichen erlaubt.'
        : `Der Teil vor dem @ ist bei ${f.char(issue.char)} keine gültige Adresssyntax.`,
  'local-part-too-long': (issue, f) =>
    `Vor dem @ sind höchstens ${f.count(issue.limit)} Zeichen erlaubt (hier sind es ${f.count(issue.actual)}).`,
  'domain-empty': () => 'Bitte geben Sie nach dem @ eine Domain ein.',
  'domain-too-long': (issue, f) =>
    `Die Domain ist zu lang: ${f.count(issue.actual)} Zeichen, erlaubt sind höchstens ${f.count(issue.limit)}.`,
  'domain-label-empty': () =>
    'Die Domain enthält einen leeren Teil: Prüfen Sie, ob sie mit einem Punkt beginnt oder endet oder zwei Punkte hintereinander enthält.',
  'domain-label-too-long': (issue, f) =>
    `Jeder Teil der Domain zwischen zwei Punkten hat höchstens ${f.count(issue.limit)} Zeichen (einer hat ${f.count(issue.actual)}).`,
  'domain-label-hyphen': () =>
    'Ein Teil der Domain darf nicht mit einem Bindestrich (-) beginnen oder enden.',
  'domain-invalid-character': (issue, f) =>
    f.space(issue.char)
      ? 'Die Domain darf keine Leerzeichen enthalten.'
      : `Die Domain darf ${f.char(issue.char)} nicht enthalten.`,
  'domain-single-label': () =>
    'Die Domain braucht mindestens einen Punkt, zum Beispiel beispiel.ch.',
  'domain-numeric-tld': () =>
    'Das Ende der Domain nach dem letzten Punkt darf nicht nur aus Ziffern bestehen.',
  'domain-invalid-idn': () => 'Dieser internationalisierte Domainname ist ungültig.',
  'domain-idn-unchecked': () =>
    'Domainnamen mit Umlauten, Akzenten oder nichtlateinischen Buchstaben können hier nicht geprüft werden.',
};
