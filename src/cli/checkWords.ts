import type { Locale } from '../i18n/types.js';

/** What `check` judged: an address, an address in `--rfc` mode, or a local part. */
export type CheckKind = 'address' | 'rfc' | 'local-part';

/**
 * The words of `check`'s answer in one language, around the issues' sentences (which
 * `formatIssue` writes): the answer a support agent reads, or copies to the person who typed
 * the address, so it is written whole in the language `--lang` names. The rest of the
 * program's frame (other commands' verdicts, table headers, help) stays in English.
 */
export interface CheckWords {
  /**
   * The verdict and what was judged, in the language's order and agreement (`valid address`,
   * `adresse valide`, `gültiger lokaler Teil`); `paint` colours the verdict's word.
   */
  readonly head: (kind: CheckKind, ok: boolean, paint: (word: string) => string) => string;
  /** What goes between a label and its value: `: `, or in French a no-break space first. */
  readonly colon: string;
  /** Said of an address the provider refuses that RFC 5321 allows (R-LP-6). */
  readonly rfcOnly: string;
  readonly suggestion: string;
  readonly noSuggestion: string;
  /** `line 3`: where a value of a list was read. */
  readonly line: (line: number) => string;
  /** Said of a first line skipped as a CSV's header. */
  readonly header: string;
  /** The verdict on a value given twice (a value, in the language's gender). */
  readonly refused: string;
  /** `X is the address of line 1 again`. */
  readonly again: (value: string, first: number) => string;
  /** The last line of a list's answer: how many values, valid and refused. */
  readonly total: (values: number, valid: number, refused: number) => string;
}

/** `singular` or `plural` as `count` asks in `locale` (French: 0 and 1 are singular). */
function plural(locale: Locale, count: number, singular: string, plural: string): string {
  return `${count} ${new Intl.PluralRules(locale).select(count) === 'one' ? singular : plural}`;
}

/**
 * `check`'s words in the five languages; a language missing here, or a word missing in one,
 * does not compile.
 */
export const CHECK_WORDS: Readonly<Record<Locale, CheckWords>> = {
  en: {
    head: (kind, ok, paint) =>
      `${paint(ok ? 'valid' : 'refused')} ${kind === 'local-part' ? 'local part' : 'address'}${kind === 'rfc' ? ' (RFC 5321 syntax)' : ''}`,
    colon: ': ',
    rfcOnly: '(valid RFC 5321 syntax, but it cannot be created at the provider: R-LP-6)',
    suggestion: 'suggestion',
    noSuggestion: 'no suggestion',
    line: (line) => `line ${line}`,
    header: 'skipped, a header',
    refused: 'refused',
    again: (value, first) => `${value} is the address of line ${first} again`,
    total: (values, valid, refused) =>
      `${plural('en', values, 'value', 'values')}: ${valid} valid, ${refused} refused`,
  },
  fr: {
    head: (kind, ok, paint) =>
      `${kind === 'local-part' ? 'partie locale' : 'adresse'} ${paint(ok ? 'valide' : 'refusée')}${kind === 'rfc' ? ' (syntaxe RFC 5321)' : ''}`,
    colon: '\u00a0: ',
    rfcOnly:
      '(syntaxe RFC 5321 valide, mais cette adresse ne peut pas être créée chez le fournisseur\u00a0: R-LP-6)',
    suggestion: 'suggestion',
    noSuggestion: 'aucune suggestion',
    line: (line) => `ligne ${line}`,
    header: 'ignorée, c’est un en-tête',
    refused: 'refusée',
    again: (value, first) => `${value} figure déjà à la ligne ${first}`,
    total: (values, valid, refused) =>
      `${plural('fr', values, 'valeur', 'valeurs')}\u00a0: ${plural('fr', valid, 'valide', 'valides')}, ${plural('fr', refused, 'refusée', 'refusées')}`,
  },
  de: {
    head: (kind, ok, paint) =>
      kind === 'local-part'
        ? `${paint(ok ? 'gültiger' : 'abgelehnter')} lokaler Teil`
        : `${paint(ok ? 'gültige' : 'abgelehnte')} Adresse${kind === 'rfc' ? ' (Syntax nach RFC 5321)' : ''}`,
    colon: ': ',
    rfcOnly:
      '(gültige Syntax nach RFC 5321, doch beim Anbieter kann diese Adresse nicht erstellt werden: R-LP-6)',
    suggestion: 'Vorschlag',
    noSuggestion: 'kein Vorschlag',
    line: (line) => `Zeile ${line}`,
    header: 'übersprungen, da Kopfzeile',
    refused: 'abgelehnt',
    again: (value, first) => `${value} steht schon in Zeile ${first}`,
    total: (values, valid, refused) =>
      `${plural('de', values, 'Wert', 'Werte')}: ${valid} gültig, ${refused} abgelehnt`,
  },
  it: {
    head: (kind, ok, paint) =>
      kind === 'local-part'
        ? `parte locale ${paint(ok ? 'valida' : 'rifiutata')}`
        : `indirizzo ${paint(ok ? 'valido' : 'rifiutato')}${kind === 'rfc' ? ' (sintassi RFC 5321)' : ''}`,
    colon: ': ',
    rfcOnly:
      '(sintassi RFC 5321 valida, ma questo indirizzo non si può creare presso il provider: R-LP-6)',
    suggestion: 'suggerimento',
    noSuggestion: 'nessun suggerimento',
    line: (line) => `riga ${line}`,
    header: 'saltata, è un’intestazione',
    refused: 'rifiutato',
    again: (value, first) => `${value} compare già alla riga ${first}`,
    total: (values, valid, refused) =>
      `${plural('it', values, 'valore', 'valori')}: ${plural('it', valid, 'valido', 'validi')}, ${plural('it', refused, 'rifiutato', 'rifiutati')}`,
  },
  es: {
    head: (kind, ok, paint) =>
      `${kind === 'local-part' ? 'parte local' : 'dirección'} ${paint(ok ? 'válida' : 'rechazada')}${kind === 'rfc' ? ' (sintaxis RFC 5321)' : ''}`,
    colon: ': ',
    rfcOnly:
      '(sintaxis RFC 5321 válida, pero esta dirección no se puede crear en el proveedor: R-LP-6)',
    suggestion: 'sugerencia',
    noSuggestion: 'sin sugerencia',
    line: (line) => `línea ${line}`,
    header: 'omitida, es un encabezado',
    refused: 'rechazado',
    again: (value, first) => `${value} ya figura en la línea ${first}`,
    total: (values, valid, refused) =>
      `${plural('es', values, 'valor', 'valores')}: ${plural('es', valid, 'válido', 'válidos')}, ${plural('es', refused, 'rechazado', 'rechazados')}`,
  },
};
