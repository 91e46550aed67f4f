import { describe, expect, it } from 'vitest';
import {
  base64EncodedLength,
  canAddAddress,
  checkStorage,
  countRecipients,
  decideSend,
  formatIssue,
  PolicyInputError,
  SendLedger,
  sendPolicyFor,
} from '../src/index.js';

const NOW = Date.parse('2026-03-02T12:00:00Z');
const SEND_ISSUE = { code: 'no-recipients', rule: 'R-SEND-2' } as const;
const ok = { offer: 'ksuite-free', now: NOW, history: [], message: { recipients: 1 } } as const;

// The whole message of every programmer mistake: the parameter, what was expected, what came.
describe('programmer mistakes throw PolicyInputError with a message a developer can act on', () => {
  it.each<[string, () => unknown, string]>([
    [
      'decideSend(undefined)',
      () => decideSend(undefined as never),
      'input: expected an object; received undefined',
    ],
    [
      'offer: null',
      () => decideSend({ ...ok, offer: null as never }),
      'offer: expected an offer id or a SendPolicy object; received null',
    ],
    [
      'offer: "pro"',
      () => decideSend({ ...ok, offer: 'pro' as never }),
      'offer: expected one of "ksuite-free", "ksuite-standard", "ksuite-business", "ksuite-enterprise", "my-ksuite", "my-ksuite-plus", "mail-starter", "mail-premium", or a SendPolicy; received "pro"',
    ],
    [
      'policy limit',
      () =>
        decideSend({
          ...ok,
          offer: { dailySendLimit: 1.5, maxRecipientsPerMessage: 1, maxMessageBytes: 1 },
        }),
      'offer.dailySendLimit: expected a non-negative integer; received 1.5',
    ],
    [
      'policy bytes',
      () =>
        decideSend({
          ...ok,
          offer: { dailySendLimit: 1, maxRecipientsPerMessage: 1, maxMessageBytes: 0 },
        }),
      'offer.maxMessageBytes: expected an integer ≥ 1; received 0',
    ],
    [
      'history: 42',
      () => decideSend({ ...ok, history: 42 as never }),
      'history: expected a SendHistory (such as SendLedger) or an iterable of { at, recipients }; received 42',
    ],
    [
      'history with used only',
      () => decideSend({ ...ok, history: { used: () => 0 } as never }),
      'history: expected a SendHistory (such as SendLedger) or an iterable of { at, recipients }; received an object',
    ],
    [
      'history[1] not an object',
      () => decideSend({ ...ok, history: [{ at: NOW, recipients: 1 }, 'x'] as never }),
      'history[1]: expected a { at, recipients } object; received "x"',
    ],
    [
      'history[0].id',
      () => decideSend({ ...ok, history: [{ at: NOW, recipients: 1, id: 7 }] as never }),
      'history[0].id: expected a string or undefined; received 7',
    ],
    [
      'message: 3',
      () => countRecipients(3 as never),
      'message: expected an object with to/cc/bcc or recipients; received 3',
    ],
    [
      'message: both',
      () => countRecipients({ recipients: 1, bcc: 2 } as never),
      'message: expected either a recipients count or to/cc/bcc fields, not both; received an object',
    ],
    [
      'message.bcc',
      () => countRecipients({ bcc: { to: 'x' } } as never),
      'message.bcc: expected addresses (a list, a string or a { name, address } object) or a count; received an object',
    ],
    [
      'override of a free offer',
      () => sendPolicyFor('my-ksuite', { dailySendLimit: 900 }),
      'overrides: expected no override: my-ksuite is a free offer, and only paid addresses can have their limits changed (R-SEND-4); received an object',
    ],
    [
      'overrides: 5',
      () => sendPolicyFor('ksuite-business', 5 as never),
      'overrides: expected an object of SendPolicy fields; received 5',
    ],
    [
      'override value',
      () => sendPolicyFor('ksuite-business', { maxRecipientsPerMessage: 0 }),
      'overrides.maxRecipientsPerMessage: expected an integer ≥ 1; received 0',
    ],
    [
      'ledger events[0]',
      () => SendLedger.from([7 as never]),
      'events[0]: expected a { at, recipients } object; received 7',
    ],
    [
      'ledger record',
      () => new SendLedger().record(NOW, 1, {} as never),
      'id: expected a string or undefined; received an object',
    ],
    [
      'base64 options',
      () => base64EncodedLength(1, 76 as never),
      'options: expected an object or undefined; received 76',
    ],
    [
      'checkStorage(null)',
      () => checkStorage(null as never),
      'input: expected an object; received null',
    ],
    ['canAddAddress(1)', () => canAddAddress(1 as never), 'input: expected an object; received 1'],
    [
      'formatIssue(locale)',
      () => formatIssue({ code: 'no-recipients', rule: 'R-SEND-2' }, 'pt' as never),
      'locale: expected one of en, fr, de, it, es; received "pt"',
    ],
    [
      'formatIssue(options.timeZone)',
      () => formatIssue(SEND_ISSUE, 'fr', { timeZone: 'Mars/Olympus_Mons' }),
      'options.timeZone: expected an IANA time zone such as "Europe/Zurich", or undefined; received "Mars/Olympus_Mons"',
    ],
    [
      'formatIssue(options) not an object',
      () => formatIssue(SEND_ISSUE, 'fr', 'UTC' as never),
      'options: expected an object or undefined; received "UTC"',
    ],
    [
      'formatIssue(options) null',
      () => formatIssue(SEND_ISSUE, 'fr', null as never),
      'options: expected an object or undefined; received null',
    ],
    [
      'formatIssue(issue)',
      () => formatIssue({ code: 'nope' } as never),
      'issue: expected an issue whose code these messages cover; received an object',
    ],
  ])('%s', (_label, call, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyInputError);
    expect((thrown as Error).message).toBe(message);
  });
});

describe('decideSend reads any SendHistory', () => {
  it('asks used() and, for a refusal, retryAt() of a store of its own', () => {
    const calls: unknown[][] = [];
    const store = {
      used: (now: number) => {
        calls.push(['used', now]);
        return 495;
      },
      retryAt: (now: number, weight: number, limit: number) => {
        calls.push(['retryAt', now, weight, limit]);
        return new Date(now + 1000);
      },
    };
    expect(decideSend({ ...ok, history: store, message: { recipients: 5 } })).toMatchObject({
      allowed: true,
      used: 495,
      remaining: 0,
    });
    expect(decideSend({ ...ok, history: store, message: { recipients: 6 } })).toMatchObject({
      allowed: false,
      retryAt: new Date(NOW + 1000),
    });
    expect(calls).toEqual([
      ['used', NOW],
      ['used', NOW],
      ['retryAt', NOW, 6, 500],
    ]);
  });
});
