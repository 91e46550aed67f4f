import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../_lib/errors.js';
import { decideSend } from './decideSend.js';
import { SendLedger } from './SendLedger.js';
import { sendPolicyFor } from './sendPolicy.js';
import type { SendEvent } from './types.js';

const H = 3_600_000;
const DAY = 24 * H;
const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const at = (offsetMs: number) => new Date(NOW + offsetMs);

/** Runs the same decision over a plain array and over a ledger; both must agree. */
function decide(
  history: SendEvent[],
  recipients: number,
  extra: { offer?: never; sizeBytes?: number } = {},
) {
  const input = { offer: 'ksuite-free' as const, now: NOW, message: { recipients }, ...extra };
  const fromArray = decideSend({ ...input, history });
  expect(decideSend({ ...input, history: SendLedger.from(history) })).toEqual(fromArray);
  return fromArray;
}

describe('decideSend: the daily limit over a rolling 24 h (R-SEND-1)', () => {
  it('allows up to the limit exactly, and refuses one more', () => {
    expect(decide([{ at: at(-H), recipients: 499 }], 1)).toEqual({
      allowed: true,
      weight: 1,
      used: 499,
      remaining: 0,
      limit: 500,
    });
    expect(decide([{ at: at(-H), recipients: 500 }], 1)).toMatchObject({
      allowed: false,
      used: 500,
      remaining: 0,
      retryAt: at(-H + DAY),
    });
  });

  it('uses 1440 on the paid offers', () => {
    const history = [{ at: at(-H), recipients: 1340 }];
    expect(
      decideSend({ offer: 'mail-premium', now: NOW, history, message: { recipients: 100 } }),
    ).toEqual({
      allowed: true,
      weight: 100,
      used: 1340,
      remaining: 0,
      limit: 1440,
    });
    const over = [{ at: at(-H), recipients: 1341 }];
    expect(
      decideSend({ offer: 'mail-premium', now: NOW, history: over, message: { recipients: 100 } }),
    ).toMatchObject({
      allowed: false,
      issues: [{ code: 'daily-limit-reached', limit: 1440 }],
    });
  });

  it('drops an event exactly 24 h old, and counts one 1 ms younger', () => {
    expect(decide([{ at: at(-DAY), recipients: 500 }], 1).allowed).toBe(true);
    expect(decide([{ at: at(-DAY + 1), recipients: 500 }], 1)).toMatchObject({
      allowed: false,
      retryAt: at(1),
    });
  });

  it('counts a message id given twice once, the first one, as a ledger does', () => {
    const now = Date.parse('2026-03-02T12:00:00Z');
    // A retried send logged twice: 300 recipients, not 600.
    const history = [
      { at: now - 2 * 3_600_000, recipients: 300, id: 'm1' },
      { at: now - 3_600_000, recipients: 300, id: 'm1' },
      { at: now - 1_800_000, recipients: 100 },
    ];
    const input = { offer: 'ksuite-free', now, message: { recipients: 100 } } as const;
    expect(decideSend({ ...input, history })).toMatchObject({ allowed: true, used: 400 });
    expect(decideSend({ ...input, history: SendLedger.from(history) })).toMatchObject({
      allowed: true,
      used: 400,
    });
    // The first one given stays wherever it falls in time, as in SendLedger.from: an id given
    // again a day later is not counted again (a message id names one message, RFC 5322).
    const old = [
      { at: now - 2 * 86_400_000, recipients: 300, id: 'm1' },
      { at: now - 3_600_000, recipients: 300, id: 'm1' },
    ];
    expect(decideSend({ ...input, history: old })).toMatchObject({ used: 0 });
  });

  it('counts events stamped in the future (clock skew: the safe side)', () => {
    const decision = decide([{ at: at(5 * 60_000), recipients: 500 }], 1);
    expect(decision).toMatchObject({ allowed: false, used: 500, retryAt: at(5 * 60_000 + DAY) });
  });

  it('waits only as long as needed: the oldest sends leave the window first', () => {
    const history = [
      { at: at(-20 * H), recipients: 300 },
      { at: at(-4 * H), recipients: 180 },
      { at: at(-1 * H), recipients: 12 },
    ];
    // 492 used: 20 recipients need 12 freed; the 300 of 20 h ago leave at +4 h.
    expect(decide(history, 20)).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "issues": [
          {
            "code": "daily-limit-reached",
            "limit": 500,
            "retryAt": 2026-03-02T16:00:00.000Z,
            "rule": "R-SEND-1",
            "suggestion": {
              "code": "use-newsletter-tool",
              "rule": "R-SEND-5",
            },
            "used": 492,
            "weight": 20,
          },
        ],
        "limit": 500,
        "remaining": 8,
        "retryAt": 2026-03-02T16:00:00.000Z,
        "used": 492,
        "weight": 20,
      }
    `);
  });

  it('frees sends stamped at the same instant together', () => {
    const history = [
      { at: at(-10 * H), recipients: 250 },
      { at: at(-10 * H), recipients: 250 },
    ];
    expect(decide(history, 10)).toMatchObject({ allowed: false, retryAt: at(14 * H) });
  });

  it('is answered null when the message alone is above the daily limit', () => {
    const policy = sendPolicyFor('ksuite-standard', { dailySendLimit: 50 });
    const decision = decideSend({
      offer: policy,
      now: NOW,
      history: [],
      message: { recipients: 60 },
    });
    expect(decision).toMatchObject({ allowed: false, retryAt: null, remaining: 50 });
    expect(decision.allowed || decision.issues.map((issue) => issue.code)).toEqual([
      'daily-limit-reached',
    ]);
  });

  it('ignores sends older than the window however many there are', () => {
    const history = Array.from({ length: 50 }, (_, i) => ({
      at: at(-DAY - i * H),
      recipients: 100,
    }));
    expect(decide(history, 100)).toEqual({
      allowed: true,
      weight: 100,
      used: 0,
      remaining: 400,
      limit: 500,
    });
  });
});

describe('decideSend: recipients and size', () => {
  it('allows 100 recipients and refuses 101 for good (R-RCPT-1), suggesting the Newsletter tool', () => {
    expect(decide([], 100).allowed).toBe(true);
    expect(decide([], 101)).toMatchInlineSnapshot(`
      {
        "allowed": false,
        "issues": [
          {
            "actual": 101,
            "code": "too-many-recipients",
            "limit": 100,
            "rule": "R-RCPT-1",
            "suggestion": {
              "code": "use-newsletter-tool",
              "rule": "R-SEND-5",
            },
          },
        ],
        "limit": 500,
        "remaining": 500,
        "retryAt": null,
        "used": 0,
        "weight": 101,
      }
    `);
  });

  it('counts To, Cc and Bcc together (R-SEND-2)', () => {
    const decision = decideSend({
      offer: 'my-ksuite',
      now: NOW,
      history: [],
      message: { to: ['a@example.com'], cc: Array(60).fill('c@example.com'), bcc: 40 },
    });
    expect(decision).toMatchObject({ allowed: false, weight: 101 });
  });

  it('refuses a message with no recipient', () => {
    expect(decide([], 0)).toEqual({
      allowed: false,
      weight: 0,
      used: 0,
      remaining: 500,
      limit: 500,
      issues: [{ code: 'no-recipients', rule: 'R-SEND-2' }],
      retryAt: null,
    });
  });

  it('allows 210,763,776 bytes and refuses one more (R-SIZE-1)', () => {
    expect(decide([], 1, { sizeBytes: 210_763_776 }).allowed).toBe(true);
    expect(decide([], 1, { sizeBytes: 210_763_777 })).toMatchObject({
      allowed: false,
      retryAt: null,
      issues: [
        { code: 'message-too-large', rule: 'R-SIZE-1', limit: 210_763_776, actual: 210_763_777 },
      ],
    });
  });

  it('lists every reason that applies, and a permanent one makes retryAt null', () => {
    const decision = decide([{ at: at(-H), recipients: 450 }], 120, { sizeBytes: 300_000_000 });
    expect(decision.allowed).toBe(false);
    if (decision.allowed) return;
    expect(decision.issues.map((issue) => issue.code)).toEqual([
      'too-many-recipients',
      'message-too-large',
      'daily-limit-reached',
    ]);
    expect(decision.retryAt).toBeNull();
    expect(decision.issues[2]).toMatchObject({ retryAt: null, used: 450, weight: 120 });
  });
});

describe('decideSend: overrides for one paid address (R-SEND-4)', () => {
  it('applies the limits granted', () => {
    const policy = sendPolicyFor('ksuite-business', {
      dailySendLimit: 10_000,
      maxRecipientsPerMessage: 500,
    });
    expect(policy).toEqual({
      dailySendLimit: 10_000,
      maxRecipientsPerMessage: 500,
      maxMessageBytes: 210_763_776,
    });
    const history = [{ at: at(-H), recipients: 9_000 }];
    expect(decideSend({ offer: policy, now: NOW, history, message: { recipients: 400 } })).toEqual({
      allowed: true,
      weight: 400,
      used: 9_000,
      remaining: 600,
      limit: 10_000,
    });
  });

  it('refuses to override a free offer', () => {
    expect(() => sendPolicyFor('ksuite-free', { dailySendLimit: 1000 })).toThrow(
      /^overrides: expected no override: ksuite-free is a free offer/,
    );
    expect(sendPolicyFor('ksuite-free')).toEqual({
      dailySendLimit: 500,
      maxRecipientsPerMessage: 100,
      maxMessageBytes: 210_763_776,
    });
  });

  it('accepts any object with the three limits, an Offer included', () => {
    const decision = decideSend({
      offer: { dailySendLimit: 2, maxRecipientsPerMessage: 5, maxMessageBytes: 10 },
      now: NOW,
      history: [],
      message: { recipients: 3 },
    });
    expect(decision).toMatchObject({ allowed: false, limit: 2 });
  });
});

describe('decideSend: programmer mistakes throw PolicyInputError naming the parameter', () => {
  const valid = {
    offer: 'ksuite-free' as const,
    now: NOW,
    history: [],
    message: { recipients: 1 },
  };
  it.each([
    [{ offer: 'premium' }, /^offer: expected one of "ksuite-free"/],
    [{ offer: '__proto__' }, /^offer: /],
    [{ offer: 'constructor' }, /^offer: /],
    [
      { offer: { dailySendLimit: -1, maxRecipientsPerMessage: 1, maxMessageBytes: 1 } },
      /^offer\.dailySendLimit: /,
    ],
    [
      { offer: { dailySendLimit: 1, maxRecipientsPerMessage: 0, maxMessageBytes: 1 } },
      /^offer\.maxRecipientsPerMessage: expected an integer ≥ 1/,
    ],
    [{ offer: null }, /^offer: /],
    [
      { now: new Date(Number.NaN) },
      /^now: expected a valid Date or an integer number of epoch milliseconds; received Invalid Date$/,
    ],
    [{ now: Number.NaN }, /^now: .*received NaN$/],
    // Past either end of the range a Date holds: not a Date at all.
    [
      { now: 8.64e15 + 1 },
      /^now: expected a valid Date or an integer number of epoch milliseconds; received 8640000000000001$/,
    ],
    [
      { now: -8.64e15 - 1 },
      /^now: expected a valid Date or an integer number .*; received -8640000000000001$/,
    ],
    [{ now: 1.5 }, /^now: /],
    [{ now: '2026-03-02' }, /^now: /],
    [{ message: { recipients: -1 } }, /^message\.recipients: /],
    [{ message: { recipients: 2.5 } }, /^message\.recipients: /],
    [{ sizeBytes: -1 }, /^sizeBytes: /],
    [{ sizeBytes: Number.NaN }, /^sizeBytes: /],
    [
      {
        history: [
          { at: NOW, recipients: 1 },
          { at: 'yesterday', recipients: 1 },
        ],
      },
      /^history\[1\]\.at: /,
    ],
    [{ history: [{ at: NOW, recipients: -3 }] }, /^history\[0\]\.recipients: /],
    // A send stamped in the last 24 hours a Date holds: its retry time would be an Invalid Date.
    [
      { now: 8.64e15, history: [{ at: 8.64e15, recipients: 500 }] },
      /^history\[0\]\.at: expected an instant at least 24 hours before the end of the Date range/,
    ],
    [{ history: [null] }, /^history\[0\]: /],
    [{ history: 42 }, /^history: /],
    // Half a SendHistory is none: without `used`, the object is no iterable of events either.
    [{ history: { retryAt: () => null } }, /^history: /],
    [{ history: { used: () => 0 } }, /^history: /],
  ])('%j', (patch, pattern) => {
    expect(() => decideSend({ ...valid, ...patch } as never)).toThrow(PolicyInputError);
    expect(() => decideSend({ ...valid, ...patch } as never)).toThrow(pattern);
  });

  it('refuses a non-object input', () => {
    expect(() => decideSend(undefined as never)).toThrow(/^input: /);
  });

  it('accepts Dates and epoch milliseconds alike', () => {
    const history = [{ at: new Date(NOW - H), recipients: 3 }];
    expect(decideSend({ ...valid, now: new Date(NOW), history })).toEqual(
      decideSend({ ...valid, history: [{ at: NOW - H, recipients: 3 }] }),
    );
  });

  it('answers a valid retry time up to the end of the range a Date holds', () => {
    const last = 8.64e15 - 24 * H;
    const history = [{ at: last, recipients: 500 }];
    expect(decideSend({ ...valid, now: last, history })).toMatchObject({
      allowed: false,
      retryAt: new Date(8.64e15),
    });
  });

  it('accepts any iterable history, a generator included', () => {
    function* events() {
      yield { at: NOW - H, recipients: 499 };
    }
    expect(decideSend({ ...valid, history: events() })).toMatchObject({ allowed: true, used: 499 });
  });
});
