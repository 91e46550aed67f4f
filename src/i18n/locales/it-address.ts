import type { AddressMessages } from '../types.js';

/**
 * Italian messages for the address issues alone (`validateLocalPart`,
 * `validateLocalPartPrefix`, `validateAddress`): what a sign-up form shows, without the
 * messages of quotas, settings or backups. `it` holds them too.
 *
 * @example
 * ```ts
 * const format = createFormatter(itAddress, 'it');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const itAddress: AddressMessages = {
  'not-a-string': () => 'Inserisci l’indirizzo come testo.',
  empty: () => 'Inserisci la parte prima della @.',
  'too-long': (issue, f) =>
    `Prima della @ puoi usare al massimo ${f.count(issue.limit)} caratteri (qui ce ne sono ${f.count(issue.actual)}).`,
  'at-sign': () => 'La @ separa il nome dal dominio: non può comparire nel nome.',
  whitespace: () => 'Gli spazi non sono ammessi in un indirizzo.',
  'non-ascii': (issue, f) =>
    `Sono ammesse solo le lettere dalla a alla z, senza accenti: ${f.char(issue.char)} non è tra queste.`,
  'control-character': (issue, f) =>
    `L’indirizzo contiene un carattere di controllo invisibile (${f.char(issue.char)}).`,
  'forbidden-character': (issue, f) =>
    `Il carattere ${f.char(issue.char)} non è ammesso. Usa lettere, cifre, trattini (-), trattini bassi (_) e punti (.).`,
  'leading-hyphen': () => 'Il nome non può iniziare con un trattino (-).',
  'trailing-hyphen': () => 'Il nome non può terminare con un trattino (-).',
  'leading-dot': () => 'Il nome non può iniziare con un punto (.).',
  'trailing-dot': () => 'Il nome non può terminare con un punto (.).',
  'consecutive-dots': () => 'Non sono ammessi due punti (..) di seguito.',
  'missing-at-sign': () =>
    'Un indirizzo richiede una @ seguita da un dominio, come in nome@esempio.ch.',
  'address-too-long': (issue, f) =>
    `Questo indirizzo è troppo lungo: ${f.count(issue.actual)} caratteri, al massimo ${f.count(issue.limit)}.`,
  'address-literal': () =>
    'Non è possibile creare indirizzi su un indirizzo IP tra parentesi quadre; usa un nome di dominio.',
  'invalid-address-literal': () => 'L’indirizzo IP tra parentesi quadre non è valido.',
  'local-part-syntax': (issue, f) =>
    issue.char === null
      ? 'La parte prima della @ finisce troppo presto (manca qualcosa dopo un punto o delle virgolette).'
      : issue.char === ' '
        ? 'Prima della @ gli spazi sono ammessi solo tra virgolette.'
        : `La parte prima della @ non è una sintassi di indirizzo valida in corrispondenza di ${f.char(issue.char)}.`,
  'local-part-too-long': (issue, f) =>
    `Prima della @ puoi usare al massimo ${f.count(issue.limit)} caratteri (qui ce ne sono ${f.count(issue.actual)}).`,
  'domain-empty': () => 'Inserisci un dominio dopo la @.',
  'domain-too-long': (issue, f) =>
    `Il dominio è troppo lungo: ${f.count(issue.actual)} caratteri, al massimo ${f.count(issue.limit)}.`,
  'domain-label-empty': () =>
    'Il dominio contiene una parte vuota: controlla che non inizi o finisca con un punto e che non ci siano due punti (..) di seguito.',
  'domain-label-too-long': (issue, f) =>
    `Ogni parte del dominio tra due punti ha al massimo ${f.count(issue.limit)} caratteri (una ne ha ${f.count(issue.actual)}).`,
  'domain-label-hyphen': () =>
    'Una parte del dominio non può iniziare o terminare con un trattino (-).',
  'domain-invalid-character': (issue, f) =>
    f.space(issue.char)
      ? 'Il dominio non può contenere spazi.'
      : `Il dominio non può contenere ${f.char(issue.char)}.`,
  'domain-single-label': () => 'Il dominio deve contenere almeno un punto, come esempio.ch.',
  'domain-numeric-tld': () =>
    'La parte finale del dominio, dopo l’ultimo punto, non può essere composta solo da cifre.',
  'domain-invalid-idn': () => 'Questo nome di dominio internazionalizzato non è valido.',
  'domain-idn-unchecked': () =>
    'I nomi di dominio con accenti o lettere non latine non possono essere verificati qui.',
};
