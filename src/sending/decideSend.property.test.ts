import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideSend } from './decideSend.js';
import { SendLedger } from './SendLedger.js';
import type { SendDecision, SendPolicy } from './types.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-15T09:30:00.000Z');

/** Offsets from NOW rich in the window's edges: exactly 24 h old, 1 ms either side, the future. */
const offset = fc.oneof(
  fc.integer({ min: -2 * DAY, max: DAY / 4 }),
  fc.constantFrom(-DAY, -DAY + 1, -DAY - 1, 0, 1, -1),
  fc.integer({ min: -DAY - 5, max: -DAY + 5 }),
);
const eventFields = {
  at: offset.map((ms) => NOW + ms),
  recipients: fc.integer({ min: 0, max: 120 }),
};
const event = fc.record(eventFields);
const history = fc.array(event, { maxLength: 40 });
/** Histories whose events may carry a message id, a few ids given more than once. */
const historyWithIds = fc.array(
  fc.record({
    ...eventFields,
    id: fc.option(fc.constantFrom('m1', 'm2', 'm3'), { nil: undefined }),
  }),
  { maxLength: 40 },
);
const policy: fc.Arbitrary<SendPolicy> = fc.record({
  dailySendLimit: fc.integer({ min: 0, max: 600 }),
  maxRecipientsPerMessage: fc.integer({ min: 1, max: 150 }),
  maxMessageBytes: fc.integer({ min: 1, max: 1000 }),
});
const weight = fc.integer({ min: 0, max: 160 });
const size = fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined });

type Events = { at: number; recipients: number; id?: string | undefined }[];

/** The events that count: a message id seen before counts no more (the first one stays). */
function once(events: Events): Events {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (e.id === undefined) return true;
    if (seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
}

/** The rules written as directly as possible: scan everything at every candidate instant. */
function usedAt(events: Events, t: number): number {
  return events.filter((e) => e.at > t - DAY).reduce((sum, e) => sum + e.recipients, 0);
}

function model(
  p: SendPolicy,
  events: Events,
  w: number,
  sizeBytes: number | undefined,
): SendDecision {
  const used = usedAt(events, NOW);
  const codes: string[] = [];
  if (w === 0) codes.push('no-recipients');
  if (w > p.maxRecipientsPerMessage) codes.push('too-many-recipients');
  if (sizeBytes !== undefined && sizeBytes > p.maxMessageBytes) codes.push('message-too-large');
  const permanent = codes.length > 0;
  const overVolume = used + w > p.dailySendLimit;
  if (overVolume) codes.push('daily-limit-reached');
  if (codes.length === 0) {
    return {
      allowed: true,
      weight: w,
      used,
      remaining: p.dailySendLimit - used - w,
      limit: p.dailySendLimit,
    };
  }
  let retryAt: Date | null = null;
  if (!permanent && w <= p.dailySendLimit) {
    const candidates = [NOW, ...events.map((e) => e.at + DAY)]
      .filter((t) => t >= NOW)
      .sort((a, b) => a - b);
    const t = candidates.find((c) => usedAt(events, c) + w <= p.dailySendLimit);
    retryAt = t === undefined ? null : new Date(t);
  }
  return {
    allowed: false,
    weight: w,
    used,
    remaining: Math.max(0, p.dailySendLimit - used),
    limit: p.dailySendLimit,
    issues: codes.map((code) => expect.objectContaining({ code })) as never,
    retryAt,
  };
}

describe('decideSend agrees with a brute-force model', () => {
  it('on random histories, policies, messages and sizes, over an array and over a ledger', () => {
    // Message ids too: an id given twice counts once over an array as over a ledger (it
    // counted twice over an array, once over `SendLedger.from` of the same array).
    fc.assert(
      fc.property(policy, historyWithIds, weight, size, (p, events, w, sizeBytes) => {
        const input = {
          offer: p,
          now: NOW,
          message: { recipients: w },
          ...(sizeBytes === undefined ? {} : { sizeBytes }),
        };
        const expected = model(p, once(events), w, sizeBytes);
        expect(decideSend({ ...input, history: events })).toEqual(expected);
        expect(decideSend({ ...input, history: SendLedger.from(events) })).toEqual(expected);
      }),
    );
  });

  it('retryAt, when not null, is allowed, and 1 ms earlier is not', () => {
    fc.assert(
      fc.property(policy, history, weight, (p, events, w) => {
        const decision = decideSend({
          offer: p,
          now: NOW,
          history: events,
          message: { recipients: w },
        });
        if (decision.allowed || decision.retryAt === null) return;
        const retry = decision.retryAt.getTime();
        expect(retry).toBeGreaterThan(NOW);
        expect(
          decideSend({ offer: p, now: retry, history: events, message: { recipients: w } }).allowed,
        ).toBe(true);
        expect(
          decideSend({ offer: p, now: retry - 1, history: events, message: { recipients: w } })
            .allowed,
        ).toBe(false);
      }),
    );
  });

  // `remaining` deducts the message only when it is allowed (API.md), so the one case where it
  // rises is an admission turned into a refusal by the extra history: then it no longer counts
  // the refused message. Every other pair is monotone.
  it('adding history never increases remaining (but for an admission turned refusal), nor admits a refusal', () => {
    fc.assert(
      fc.property(policy, history, event, weight, (p, events, extra, w) => {
        const before = decideSend({
          offer: p,
          now: NOW,
          history: events,
          message: { recipients: w },
        });
        const after = decideSend({
          offer: p,
          now: NOW,
          history: [...events, extra],
          message: { recipients: w },
        });
        expect(after.used).toBeGreaterThanOrEqual(before.used);
        if (!before.allowed) expect(after.allowed).toBe(false);
        if (before.allowed === after.allowed)
          expect(after.remaining).toBeLessThanOrEqual(before.remaining);
        else expect(after.remaining).toBeLessThan(w);
      }),
    );
  });

  it('an admitted message, once recorded, leaves exactly `remaining`', () => {
    fc.assert(
      fc.property(policy, history, weight, (p, events, w) => {
        const ledger = SendLedger.from(events);
        const decision = decideSend({
          offer: p,
          now: NOW,
          history: ledger,
          message: { recipients: w },
        });
        if (!decision.allowed) return;
        ledger.record(NOW, w);
        expect(p.dailySendLimit - ledger.used(NOW)).toBe(decision.remaining);
      }),
    );
  });
});
