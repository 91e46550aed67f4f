import type { AddressMessages } from '../types.js';

/**
 * English messages for the address issues alone (`validateLocalPart`,
 * `validateLocalPartPrefix`, `validateAddress`): what a sign-up form shows, without the
 * messages of quotas, settings or backups. `en` holds them too.
 *
 * @example
 * ```ts
 * const format = createFormatter(enAddress, 'en');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4, R-LP-5, R-LP-6
 */
export const enAddress: AddressMessages = {
  'not-a-string': () => 'Please enter the address as text.',
  empty: () => 'Please enter the part before the @.',
  'too-long': (issue, f) =>
    `Please use at most ${f.count(issue.limit)} characters before the @ (this has ${f.count(issue.actual)}).`,
  'at-sign': () => 'The @ sign separates the name from the domain: it cannot be used in the name.',
  whitespace: () => 'Spaces are not allowed in an address.',
  'non-ascii': (issue, f) =>
    `Only the letters a to z are allowed, without accents: ${f.char(issue.char)} is not one of them.`,
  'control-character': (issue, f) =>
    `The address contains an invisible control character (${f.char(issue.char)}).`,
  'forbidden-character': (issue, f) =>
    `The character ${f.char(issue.char)} is not allowed. Use letters, digits, hyphens (-), underscores (_) and dots (.).`,
  'leading-hyphen': () => 'The name cannot start with a hyphen (-).',
  'trailing-hyphen': () => 'The name cannot end with a hyphen (-).',
  'leading-dot': () => 'The name cannot start with a dot (.).',
  'trailing-dot': () => 'The name cannot end with a dot (.).',
  'consecutive-dots': () => 'Two dots (..) in a row are not allowed.',
  'missing-at-sign': () => 'An address needs an @ followed by a domain, as in name@example.com.',
  'address-too-long': (issue, f) =>
    `This address is too long: ${f.count(issue.actual)} characters, ${f.count(issue.limit)} at most.`,
  'address-literal': () =>
    'Addresses on an IP address in brackets cannot be created; please use a domain name.',
  'invalid-address-literal': () => 'The IP address in brackets is not valid.',
  'local-part-syntax': (issue, f) =>
    issue.char === null
      ? 'The part before the @ ends too early (a dot or a quote is missing something).'
      : issue.char === ' '
        ? 'Before the @, spaces are only allowed between quotes.'
        : `The part before the @ is not valid address syntax at ${f.char(issue.char)}.`,
  'local-part-too-long': (issue, f) =>
    `Please use at most ${f.count(issue.limit)} characters before the @ (this has ${f.count(issue.actual)}).`,
  'domain-empty': () => 'Please enter a domain after the @.',
  'domain-too-long': (issue, f) =>
    `The domain is too long: ${f.count(issue.actual)} characters, ${f.count(issue.limit)} at most.`,
  'domain-label-empty': () =>
    'The domain has an empty part: check for a dot at its start, at its end or twice in a row.',
  'domain-label-too-long': (issue, f) =>
    `Each part of the domain between dots has at most ${f.count(issue.limit)} characters (one has ${f.count(issue.actual)}).`,
  'domain-label-hyphen': () => 'A part of the domain cannot start or end with a hyphen (-).',
  'domain-invalid-character': (issue, f) =>
    f.space(issue.char)
      ? 'The domain cannot contain spaces.'
      : `The domain cannot contain ${f.char(issue.char)}.`,
  'domain-single-label': () => 'The domain needs at least one dot, as in example.com.',
  'domain-numeric-tld': () => 'The end of the domain, after the last dot, cannot be only digits.',
  'domain-invalid-idn': () => 'This internationalised domain name is not valid.',
  'domain-idn-unchecked': () =>
    'Domain names with accents or non-Latin letters cannot be checked here.',
};
