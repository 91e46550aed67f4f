import { type Instant, isIterable, isObject, toEpochMs } from '../_lib/input.js';
import { DAY_MS } from '../_lib/units.js';
import { FOLDER_NAMES, type FolderKind } from './folders.data.js';
import { decodeImapUtf7 } from './utf7.js';

/** Options of {@link classifyFolder}. */
export interface FolderOptions {
  /**
   * The folder's IMAP SPECIAL-USE attributes (RFC 6154), such as `['\\Trash']`: they win over
   * the name. One attribute, or any iterable of them, as IMAP clients give them: ImapFlow's
   * `mailbox.specialUse` (`'\\Trash'`) or `mailbox.flags` (a `Set`), node-imap's `attribs`.
   */
  readonly specialUse?: string | Iterable<string> | undefined;
}

/**
 * Days a message stays in a trash, junk or infected folder before it is deleted for good.
 *
 * @example
 * ```ts
 * PURGE_AFTER_DAYS; // 30
 * ```
 * @see R-RET-2
 */
export const PURGE_AFTER_DAYS = 30;

/** Every name, normalised, by kind. */
const BY_NAME: ReadonlyMap<string, FolderKind> = /* @__PURE__ */ indexNames();

function indexNames(): ReadonlyMap<string, FolderKind> {
  const index = new Map<string, FolderKind>();
  for (const entry of FOLDER_NAMES) for (const name of entry.names) index.set(name, entry.kind);
  return index;
}

/** NFKC, trimmed, lower-cased: the form names are compared in. */
function normalise(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/** The last level of a hierarchical name: `INBOX.Trash` → `Trash`, `INBOX/Papelera` → `Papelera`. */
function leaf(name: string): string {
  // No delimiter: the whole name. A delimiter at the end leaves '', which names no folder.
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('.')) + 1);
}

function kindOf(name: string): FolderKind | undefined {
  return BY_NAME.get(normalise(name)) ?? BY_NAME.get(normalise(leaf(name)));
}

/**
 * What the provider does with a folder, by its name: `'trash'` and `'junk'` folders, and the
 * `'infected'` folder the seed warns about, are emptied of messages older than 30 days
 * (R-RET-2); `'regular'` folders keep mail with no time limit (R-RET-1).
 *
 * - Whole-name matching after Unicode NFKC, trimming and lower-casing, in English, French,
 *   German, Italian, Spanish and six more languages: `Trash talk with Bob` is regular.
 * - Hierarchies: the last level counts (`INBOX.Trash`, `INBOX/Papelera`).
 * - IMAP SPECIAL-USE `\Trash` and `\Junk` (RFC 6154) win over the name.
 * - Names in IMAP modified UTF-7 (`&BBoEPgRABDcEOAQ9BDA-`) are decoded first.
 *
 * A folder name is user data: anything that is not a string is `'regular'`.
 *
 * @example
 * ```ts
 * classifyFolder('INBOX.Papelera');                   // 'trash'
 * classifyFolder('Junk E-mail');                      // 'junk'
 * classifyFolder('Archive', { specialUse: ['\\Junk'] }); // 'junk'
 * classifyFolder('Corbeille', { specialUse: '\\Trash' }); // 'trash' (ImapFlow's mailbox.specialUse)
 * classifyFolder('Spamalot tickets');                 // 'regular'
 * ```
 * @see R-RET-1, R-RET-2
 */
export function classifyFolder(name: string, options?: FolderOptions): FolderKind | 'regular' {
  const given = isObject(options) ? options.specialUse : undefined;
  const specialUse = typeof given === 'string' ? [given] : isIterable(given) ? given : [];
  for (const attribute of specialUse) {
    if (typeof attribute !== 'string') continue;
    const flag = attribute.trim().toLowerCase();
    if (flag === '\\trash') return 'trash';
    if (flag === '\\junk') return 'junk';
  }
  if (typeof name !== 'string') return 'regular';
  const decoded = name.includes('&') ? decodeImapUtf7(name) : null;
  return (decoded === null ? undefined : kindOf(decoded)) ?? kindOf(name) ?? 'regular';
}

/**
 * Whether the provider purges a folder's messages after 30 days (R-RET-2): its trash, its
 * junk folder, and an "infected" folder.
 *
 * @example
 * ```ts
 * isAutoPurgedFolder('Corbeille');  // true
 * isAutoPurgedFolder('Factures');   // false
 * ```
 * @see R-RET-2
 */
export function isAutoPurgedFolder(name: string, options?: FolderOptions): boolean {
  return classifyFolder(name, options) !== 'regular';
}

/**
 * When a message moved to the trash or junk folder is deleted for good: 30 × 24 hours later
 * (R-RET-2), with no possible recovery. A duration of N days is N × 24 h of absolute time
 * throughout the library: it does not move with a daylight-saving change.
 *
 * @throws {PolicyInputError} for an invalid date, or one less than 30 days before the end of the
 *   range a `Date` holds (its purge date would be past it)
 * @example
 * ```ts
 * purgeDate(new Date('2026-03-20T10:00:00Z')); // 2026-04-19T10:00:00.000Z
 * ```
 * @see R-RET-2
 */
export function purgeDate(movedAt: Instant): Date {
  const later = PURGE_AFTER_DAYS * DAY_MS;
  return new Date(toEpochMs(movedAt, 'movedAt', later) + later);
}

/** The answer of {@link whenPurged}. */
export type PurgeInfo =
  | { readonly purged: false; readonly kind: 'regular'; readonly rule: 'R-RET-1' }
  | {
      readonly purged: true;
      readonly kind: FolderKind;
      readonly at: Date;
      readonly rule: 'R-RET-2';
    };

/**
 * Whether, and when, a message that entered `folder` at `enteredAt` will be purged: 30 days
 * later in a trash, junk or infected folder (R-RET-2), never in a regular one (R-RET-1).
 *
 * @throws {PolicyInputError} for an invalid date, or one less than 30 days before the end of the
 *   range a `Date` holds (its purge date would be past it)
 * @example
 * ```ts
 * whenPurged('Spam', new Date('2026-03-20T10:00:00Z'));
 * // { purged: true, kind: 'junk', at: 2026-04-19T10:00:00.000Z, rule: 'R-RET-2' }
 * whenPurged('Factures', new Date('2026-03-20T10:00:00Z'));
 * // { purged: false, kind: 'regular', rule: 'R-RET-1' }
 * ```
 * @see R-RET-1, R-RET-2
 */
export function whenPurged(folder: string, enteredAt: Instant, options?: FolderOptions): PurgeInfo {
  const kind = classifyFolder(folder, options);
  const later = kind === 'regular' ? 0 : PURGE_AFTER_DAYS * DAY_MS;
  const at = toEpochMs(enteredAt, 'enteredAt', later);
  if (kind === 'regular') return { purged: false, kind, rule: 'R-RET-1' };
  return { purged: true, kind, at: new Date(at + later), rule: 'R-RET-2' };
}
