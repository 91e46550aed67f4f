import type { Source } from '../_lib/provenance.js';

/** What a folder is to the provider's automatic purge (R-RET-2). */
export type FolderKind = 'trash' | 'junk' | 'infected';

/** Names of one kind of folder in one language, compared after NFKC, trimming and lower-casing. */
export interface FolderNames {
  /** Which special folder the names denote. */
  readonly kind: FolderKind;
  /** ISO 639-1 code of the language. */
  readonly language: string;
  /** The names clients show for it in that language, as the server may hold them. */
  readonly names: readonly string[];
}

const SEEN_IN_SOFTWARE: Source = {
  rule: 'R-RET-2',
  seedLines: [370, 371],
  interpretation:
    'The seed names a few equivalents and says the list is not exhaustive; these are the names mail software uses (SPEC.md §6), in lower case.',
};

/**
 * The folder names the provider purges after 30 days (R-RET-2): trash and junk in the
 * languages mail software uses, and the "infected" folder the seed warns about. Matching is
 * on the whole name (after NFKC, trimming and lower-casing), never on a part of it: "Trash talk
 * with Bob" is a regular folder.
 *
 * @example
 * ```ts
 * FOLDER_NAMES.find((entry) => entry.kind === 'trash' && entry.language === 'es')?.names;
 * // ['papelera', 'elementos eliminados', 'elementos borrados', 'mensajes eliminados']
 * ```
 * @see R-RET-2
 */
export const FOLDER_NAMES = [
  {
    kind: 'trash',
    language: 'en',
    names: ['trash', 'bin', 'deleted', 'deleted items', 'deleted messages'],
  },
  { kind: 'trash', language: 'fr', names: ['corbeille', 'poubelle', 'éléments supprimés'] },
  {
    kind: 'trash',
    language: 'de',
    names: ['papierkorb', 'gelöscht', 'gelöschte elemente', 'gelöschte objekte'],
  },
  { kind: 'trash', language: 'it', names: ['cestino', 'elementi eliminati', 'posta eliminata'] },
  {
    kind: 'trash',
    language: 'es',
    names: ['papelera', 'elementos eliminados', 'elementos borrados', 'mensajes eliminados'],
  },
  // Outlook's names in Brazil (itens excluídos, lixo eletrônico) and in Portugal (itens
  // eliminados, lixo eletrónico).
  {
    kind: 'trash',
    language: 'pt',
    names: ['lixeira', 'lixo', 'itens excluídos', 'itens eliminados', 'reciclagem'],
  },
  { kind: 'trash', language: 'nl', names: ['prullenbak', 'verwijderde items'] },
  { kind: 'trash', language: 'pl', names: ['kosz', 'elementy usunięte'] },
  { kind: 'trash', language: 'sv', names: ['papperskorg', 'borttagna objekt'] },
  { kind: 'trash', language: 'fi', names: ['roskakori', 'poistetut'] },
  // Russian writes ё or е alike: Outlook's folder is "Удаленные", Yandex Mail's "Удалённые".
  { kind: 'trash', language: 'ru', names: ['корзина', 'удаленные', 'удалённые'] },
  {
    kind: 'junk',
    language: 'en',
    names: ['junk', 'junk e-mail', 'junk email', 'junk mail', 'spam', 'bulk mail'],
  },
  {
    kind: 'junk',
    language: 'fr',
    names: ['pourriel', 'pourriels', 'courrier indésirable', 'indésirables'],
  },
  { kind: 'junk', language: 'de', names: ['junk-e-mail', 'spam'] },
  { kind: 'junk', language: 'it', names: ['posta indesiderata', 'indesiderata'] },
  {
    kind: 'junk',
    language: 'es',
    names: ['correo no deseado', 'correo electrónico no deseado', 'no deseado', 'correo basura'],
  },
  { kind: 'junk', language: 'pt', names: ['lixo eletrônico', 'lixo eletrónico'] },
  { kind: 'junk', language: 'nl', names: ['ongewenste e-mail'] },
  { kind: 'junk', language: 'pl', names: ['wiadomości-śmieci'] },
  { kind: 'junk', language: 'sv', names: ['skräppost'] },
  { kind: 'junk', language: 'fi', names: ['roskaposti'] },
  { kind: 'junk', language: 'ru', names: ['спам', 'нежелательная почта'] },
  { kind: 'infected', language: 'en', names: ['infected'] },
  { kind: 'infected', language: 'es', names: ['infectado'] },
  { kind: 'infected', language: 'fr', names: ['infecté', 'infectés'] },
  { kind: 'infected', language: 'de', names: ['infiziert'] },
  { kind: 'infected', language: 'it', names: ['infetti'] },
] as const satisfies readonly FolderNames[];

/** Provenance of {@link FOLDER_NAMES}. */
export const FOLDER_NAMES_SOURCES = {
  table: SEEN_IN_SOFTWARE,
  seed: {
    rule: 'R-RET-2',
    seedLines: [370, 371],
    quote: '"Elementos eliminados", "Mensajes eliminados", "Correo no deseado"',
  },
} as const satisfies Record<string, Source>;
