import { PolicyInputError } from '../_lib/errors.js';
import { type Instant, isIterable, isObject, toCount, toEpochMs, toObject } from '../_lib/input.js';
import type { OfferId } from '../offers/offer.js';
import { countRecipients } from './countRecipients.js';
import { readEvent } from './event.js';
import { resolvePolicy } from './sendPolicy.js';
import type {
  MessageRecipients,
  SendDecision,
  SendEvent,
  SendHistory,
  SendIssue,
  SendPolicy,
} from './types.js';
import { countsAt, retryFromCounted } from './window.js';

/** The input of {@link decideSend}. */
export interface DecideSendInput {
  /** The sender's offer, or explicit limits (an R-SEND-4 override: see `sendPolicyFor`). */
  readonly offer: OfferId | SendPolicy;
  /** The moment of the decision. The library never reads the clock. */
  readonly now: Instant;
  /** The mailbox's admitted sends: a {@link SendHistory} such as `SendLedger`, or events. */
  readonly history: SendHistory | Iterable<SendEvent>;
  /** The message: its recipient count, or its To/Cc/Bcc fields. */
  readonly message: MessageRecipients;
  /** The message's size in bytes, headers and encoded body, if known (R-SIZE-1). */
  readonly sizeBytes?: number | undefined;
}

const NEWSLETTER = /* @__PURE__ */ Object.freeze({
  code: 'use-newsletter-tool',
  rule: 'R-SEND-5',
} as const);

function isSendHistory(value: unknown): value is SendHistory {
  return isObject(value) && typeof value.used === 'function' && typeof value.retryAt === 'function';
}

/**
 * Usage from a plain iterable of events: one pass; `retryAt` sorts only what counts. An id
 * given again counts no more, as in `SendLedger.from` (the first one stays).
 */
function usageFromEvents(events: Iterable<SendEvent>, nowMs: number) {
  if (!isIterable(events)) {
    throw new PolicyInputError(
      'history',
      'a SendHistory (such as SendLedger) or an iterable of { at, recipients }',
      events,
    );
  }
  const at: number[] = [];
  const weight: number[] = [];
  let used = 0;
  let index = 0;
  let ids: Set<string> | undefined;
  const path = (field?: string) => `history[${index}]${field === undefined ? '' : `.${field}`}`;
  for (const event of events) {
    const [eventMs, recipients, id] = readEvent(event, path);
    index++;
    if (id !== undefined) {
      ids ??= new Set();
      if (ids.has(id)) continue;
      ids.add(id);
    }
    if (countsAt(eventMs, nowMs)) {
      used += recipients;
      at.push(eventMs);
      weight.push(recipients);
    }
  }
  const retryAt = (needed: number, limit: number): Date | null => {
    const ms = retryFromCounted(at, weight, nowMs, used, needed, limit);
    return ms === null ? null : new Date(ms);
  };
  return { used, retryAt };
}

/**
 * Decides whether a mailbox may send a message now, and if not, why and until when.
 *
 * - The message weighs its recipients, To, Cc and Bcc together (R-SEND-2).
 * - The limit applies over a rolling 24 h window (R-SEND-1): an event at `e` counts at `now`
 *   when `e > now − 24 h`; events stamped in the future (clock skew) count. An event whose `id`
 *   an earlier one already gave (a retried message logged twice) counts no more, over a list
 *   as over a `SendLedger`.
 * - Refusals list every reason that applies: `'no-recipients'`, `'too-many-recipients'`
 *   (more than 100, R-RCPT-1), `'message-too-large'` (over 210,763,776 bytes, R-SIZE-1),
 *   `'daily-limit-reached'` (R-SEND-1). Refusals for volume suggest the Newsletter tool
 *   (R-SEND-5).
 * - `retryAt` is the earliest instant the same message would be allowed if nothing else were
 *   sent, or `null` when waiting cannot help (a permanent reason, or a weight above the limit).
 * - A refused message consumes nothing; an allowed one is not recorded either: record it in
 *   your history once it is actually sent.
 * - `remaining` is `max(0, limit − used − (allowed ? weight : 0))`.
 *
 * @param input - see {@link DecideSendInput}
 * @returns a {@link SendDecision}; narrow on `allowed`
 * @throws {PolicyInputError} for an unknown offer, an invalid `now`, a malformed history
 *   event (named by its index; one in the last 24 hours of the range a `Date` holds among them),
 *   negative or fractional recipients or size
 * @example
 * ```ts
 * const now = new Date('2026-03-01T12:00:00Z');
 * decideSend({ offer: 'ksuite-free', now, history: [], message: { to: ['a@example.com'] } });
 * // { allowed: true, weight: 1, used: 0, remaining: 499, limit: 500 }
 *
 * decideSend({ offer: 'ksuite-free', now, message: { recipients: 20 },
 *   history: [{ at: new Date('2026-03-01T08:00:00Z'), recipients: 490 }] });
 * // { allowed: false, weight: 20, used: 490, remaining: 10, limit: 500,
 * //   retryAt: 2026-03-02T08:00:00.000Z,
 * //   issues: [{ code: 'daily-limit-reached', rule: 'R-SEND-1', limit: 500, used: 490, weight: 20,
 * //              retryAt: 2026-03-02T08:00:00.000Z,
 * //              suggestion: { code: 'use-newsletter-tool', rule: 'R-SEND-5' } }] }
 * ```
 * @see R-SEND-1, R-SEND-2, R-SEND-4, R-SEND-5, R-RCPT-1, R-SIZE-1
 */
export function decideSend(input: DecideSendInput): SendDecision {
  toObject(input, 'input');
  const policy = resolvePolicy(input.offer);
  const nowMs = toEpochMs(input.now, 'now');
  const weight = countRecipients(input.message);
  const sizeBytes =
    input.sizeBytes === undefined ? undefined : toCount(input.sizeBytes, 'sizeBytes');
  const { history } = input;
  const usage = isSendHistory(history)
    ? {
        used: history.used(nowMs),
        retryAt: (needed: number, limit: number) => history.retryAt(nowMs, needed, limit),
      }
    : usageFromEvents(history, nowMs);
  return judgeSend(policy, weight, sizeBytes, usage.used, usage.retryAt);
}

/**
 * @internal The pure decision, given the usage in the window: shared by every history store.
 * `retryAt(weight, limit)` is asked only when volume is the only reason for a refusal.
 */
export function judgeSend(
  policy: SendPolicy,
  weight: number,
  sizeBytes: number | undefined,
  used: number,
  retryAt: (weight: number, limit: number) => Date | null,
): SendDecision {
  const limit = policy.dailySendLimit;
  const issues: SendIssue[] = [];
  if (weight === 0) issues.push({ code: 'no-recipients', rule: 'R-SEND-2' });
  if (weight > policy.maxRecipientsPerMessage) {
    issues.push({
      code: 'too-many-recipients',
      rule: 'R-RCPT-1',
      limit: policy.maxRecipientsPerMessage,
      actual: weight,
      suggestion: NEWSLETTER,
    });
  }
  if (sizeBytes !== undefined && sizeBytes > policy.maxMessageBytes) {
    issues.push({
      code: 'message-too-large',
      rule: 'R-SIZE-1',
      limit: policy.maxMessageBytes,
      actual: sizeBytes,
    });
  }
  const overVolume = used + weight > limit;
  // Waiting can only help when volume is the one reason (then ask the history when).
  const retry = overVolume && issues.length === 0 ? retryAt(weight, limit) : null;
  if (overVolume) {
    issues.push({
      code: 'daily-limit-reached',
      rule: 'R-SEND-1',
      limit,
      used,
      weight,
      retryAt: retry,
      suggestion: NEWSLETTER,
    });
  }
  if (issues.length === 0)
    return { allowed: true, weight, used, remaining: limit - used - weight, limit };
  return {
    allowed: false,
    weight,
    used,
    remaining: Math.max(0, limit - used),
    limit,
    issues,
    retryAt: retry,
  };
}
