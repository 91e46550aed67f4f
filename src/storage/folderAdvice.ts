import { toCount } from '../_lib/input.js';
import { FOLDER_MESSAGE_ADVICE } from './storage.data.js';

/** The answer of {@link folderAdvice}. */
export interface FolderAdvice {
  /** `'ok'` up to 4,000 messages, `'warning'` up to 5,000, `'too-many'` above. */
  readonly level: 'ok' | 'warning' | 'too-many';
  /** The rule that gives the advice. */
  readonly rule: 'R-STOR-2';
  /** The number of messages the folder holds, as given. */
  readonly messageCount: number;
  /** What to do, in order, when the level is not `'ok'`: move messages to subfolders, or let sorting rules do it. */
  readonly remedies: readonly FolderRemedy[];
}

/** What to do with a folder that holds too many messages (R-STOR-2). */
export type FolderRemedy = 'move-to-subfolders' | 'use-sorting-rules';

const REMEDIES = /* @__PURE__ */ Object.freeze([
  'move-to-subfolders',
  'use-sorting-rules',
] as const);

/**
 * Advice on a folder's message count. The number of messages is not limited, but more than
 * 4,000 to 5,000 per folder slows indexing (R-STOR-2).
 *
 * @param messageCount - messages in one folder
 * @throws {PolicyInputError} for a negative or fractional count
 * @example
 * ```ts
 * folderAdvice(4000).level; // 'ok'
 * folderAdvice(4001).level; // 'warning'
 * folderAdvice(5001);
 * // { level: 'too-many', rule: 'R-STOR-2', messageCount: 5001,
 * //   remedies: ['move-to-subfolders', 'use-sorting-rules'] }
 * ```
 * @see R-STOR-2
 */
export function folderAdvice(messageCount: number): FolderAdvice {
  const count = toCount(messageCount, 'messageCount');
  const { comfortable, max } = FOLDER_MESSAGE_ADVICE;
  const level = count <= comfortable ? 'ok' : count <= max ? 'warning' : 'too-many';
  return { level, rule: 'R-STOR-2', messageCount: count, remedies: level === 'ok' ? [] : REMEDIES };
}
