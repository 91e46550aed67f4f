import { toCount, toObject } from '../_lib/input.js';
import { type OfferId, toOfferRow } from '../offers/ids.js';

/** The input of {@link checkStorage}. */
export interface CheckStorageInput {
  /** The mailbox's offer. */
  readonly offer: OfferId;
  /** Bytes the mailbox holds now. */
  readonly usedBytes: number;
  /** Bytes about to arrive (a message being delivered), default 0. */
  readonly incomingBytes?: number | undefined;
}

/** The mailbox would hold more than its offer allows (R-STOR-1); senders then see `5.2.2 Over quota` (R-STOR-3). */
export interface StorageFullIssue {
  /** The stable code of the refusal. */
  readonly code: 'storage-full';
  /** The rule that sets the storage. */
  readonly rule: 'R-STOR-1';
  /** The offer's storage, in bytes. */
  readonly limit: number;
  /** Bytes held now. */
  readonly used: number;
  /**
   * Bytes about to arrive: 0 for a mailbox already over its limit with nothing incoming (as after
   * leaving a paid offer), of which `formatIssue` then says by how much it is over its limit.
   */
  readonly incoming: number;
}

/** The answer of {@link checkStorage}. */
export type StorageResult =
  | {
      readonly ok: true;
      readonly limit: number | 'unlimited';
      /** Bytes free now (before the incoming ones), or `'unlimited'`. */
      readonly freeBytes: number | 'unlimited';
      /** `usedBytes / limit` (above 1 for a mailbox already over), or `null` when unlimited. */
      readonly usedRatio: number | null;
    }
  | {
      readonly ok: false;
      readonly limit: number;
      readonly freeBytes: number;
      readonly usedRatio: number;
      readonly issues: readonly [StorageFullIssue];
    };

/**
 * Whether a mailbox has room for `incomingBytes` more: 20 GiB on the free offers, unlimited on
 * the paid ones (R-STOR-1). The limit is inclusive: a mailbox may be filled exactly, and a
 * mailbox already over its limit is not ok. When it is full, senders get errors such as
 * `5.2.2 Over quota` (R-STOR-3). `freeBytes` and `usedRatio` describe the mailbox now, before
 * the incoming bytes.
 *
 * @throws {PolicyInputError} for an unknown offer or a negative or fractional byte count
 * @example
 * ```ts
 * checkStorage({ offer: 'my-ksuite', usedBytes: 20 * 1024 ** 3 - 10, incomingBytes: 100 });
 * // { ok: false, limit: 21474836480, freeBytes: 10, usedRatio: 0.9999999995343387,
 * //   issues: [{ code: 'storage-full', rule: 'R-STOR-1', limit: 21474836480,
 * //              used: 21474836470, incoming: 100 }] }
 * checkStorage({ offer: 'my-ksuite-plus', usedBytes: 900 * 1024 ** 3 });
 * // { ok: true, limit: 'unlimited', freeBytes: 'unlimited', usedRatio: null }
 * ```
 * @see R-STOR-1, R-STOR-3
 */
export function checkStorage(input: CheckStorageInput): StorageResult {
  toObject(input, 'input');
  const limit = toOfferRow(input.offer, 'offer').storageBytes;
  const used = toCount(input.usedBytes, 'usedBytes');
  const incoming =
    input.incomingBytes === undefined ? 0 : toCount(input.incomingBytes, 'incomingBytes');
  if (limit === 'unlimited') return { ok: true, limit, freeBytes: 'unlimited', usedRatio: null };
  const freeBytes = Math.max(0, limit - used);
  const usedRatio = used / limit;
  if (incoming <= freeBytes && used <= limit) return { ok: true, limit, freeBytes, usedRatio };
  return {
    ok: false,
    limit,
    freeBytes,
    usedRatio,
    issues: [{ code: 'storage-full', rule: 'R-STOR-1', limit, used, incoming }],
  };
}
