import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, sharedRedisServer } from '../../test/helpers/redisServer.js';
import { runs, timeout } from '../../test/helpers/soak.js';
import { decideSend } from '../sending/decideSend.js';
import { SendLedger } from '../sending/SendLedger.js';
import type { SendPolicy } from '../sending/types.js';
import { SEND_WINDOW_MS } from '../sending/window.js';
import { createRedisSendLog } from './index.js';

let server: Pick<RedisServer, 'port' | 'url' | 'close'>;
let clients: Redis[];
beforeAll(async () => {
  server = await sharedRedisServer();
  clients = Array.from({ length: 8 }, () => new Redis(server.port, '127.0.0.1'));
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await server.close();
});

const T = Date.parse('2026-03-01T12:00:00Z');
/** Keys of this run only, should the server be shared (REDIS_URL). */
const RUN = `${process.pid}.${Date.now()}`;

/** One step of a mailbox's life: time passes, then a send, a retry of an old id, or a release. */
const step = fc.record({
  advance: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 3 * 3_600_000 }),
    fc.constant(SEND_WINDOW_MS),
  ),
  action: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('send' as const),
        recipients: fc.integer({ min: 0, max: 110 }),
        sizeBytes: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('retry' as const), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }) },
  ),
});

describe('the Redis log decides exactly as decideSend over a SendLedger', () => {
  it('on random sequences of sends, retries and releases (clock passed in)', {
    timeout: timeout(60_000),
  }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 400 }),
        async (steps, dailySendLimit) => {
          const policy: SendPolicy = {
            dailySendLimit,
            maxRecipientsPerMessage: 100,
            maxMessageBytes: 1500,
          };
          const log = createRedisSendLog(clients[0] as Redis, { prefix: `eq.${RUN}.${run++}:` });
          const ledger = new SendLedger();
          const ids: string[] = [];
          /** The ids recorded and not released, with their time. */
          const held = new Map<string, number>();
          let now = T;
          for (const [index, { advance, action }] of steps.entries()) {
            now += advance;
            ledger.prune(now); // the log forgets what no longer counts, so does the model
            if (action.kind === 'release') {
              const id = ids[action.pick % Math.max(1, ids.length)] ?? 'none';
              expect(await log.release('box', id, { now })).toBe(ledger.release(id));
              held.delete(id);
              continue;
            }
            const retried =
              action.kind === 'retry' ? ids[action.pick % Math.max(1, ids.length)] : undefined;
            const id = retried ?? `m${index}`;
            const recipients = action.kind === 'send' ? action.recipients : 1;
            const sizeBytes = action.kind === 'send' ? action.sizeBytes : undefined;
            const result = await log.tryConsume(
              'box',
              { id, recipients, sizeBytes },
              { policy, now },
            );
            const recordedAt = held.get(id);
            if (recordedAt !== undefined && recordedAt > now - SEND_WINDOW_MS) {
              expect(result).toMatchObject({ status: 'duplicate', used: ledger.used(now) });
              continue;
            }
            const expected = decideSend({
              offer: policy,
              now,
              history: ledger,
              message: { recipients },
              sizeBytes,
            });
            if (result.status !== 'admitted' && result.status !== 'refused')
              throw new Error(result.status);
            const { status, at, ...decision } = result;
            expect(at).toEqual(new Date(now));
            expect(decision).toEqual(expected);
            expect(status).toBe(expected.allowed ? 'admitted' : 'refused');
            if (expected.allowed) {
              expect(ledger.record(now, recipients, id)).toBe(true);
              held.set(id, now);
              ids.push(id);
            }
          }
          // The same sends with the same ids (equal times may come in another order: Redis
          // orders them by id).
          const byTime = (
            a: { at: Date; recipients: number; id?: string },
            b: { at: Date; recipients: number; id?: string },
          ) =>
            a.at.getTime() - b.at.getTime() ||
            a.recipients - b.recipients ||
            (a.id ?? '').localeCompare(b.id ?? '');
          const events = await log.read('box', { now });
          expect([...events].sort(byTime)).toEqual(
            [...ledger].filter((send) => send.at.getTime() > now - SEND_WINDOW_MS).sort(byTime),
          );
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('a race of 8 clients on 20 mailboxes', () => {
  it('never lets a mailbox go over its limit, and keeps the running sum equal to the log', async () => {
    const limit = 500;
    const prefix = `race.${RUN}:`;
    const logs = clients.map((client) => createRedisSendLog(client, { prefix }));
    const mailboxes = Array.from({ length: 20 }, (_, i) => `box${i}@exemple.ch`);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const attempts = logs.map((log, c) =>
      (async () => {
        const outcomes = { admitted: 0, refused: 0 };
        for (let i = 0; i < 300; i++) {
          const mailbox = mailboxes[Math.floor(random() * mailboxes.length)] as string;
          const recipients = 1 + Math.floor(random() * 40);
          const result = await log.tryConsume(
            mailbox,
            { id: `c${c}-${i}`, recipients },
            { offer: 'ksuite-free' },
          );
          if (result.status === 'admitted') outcomes.admitted++;
          else if (result.status === 'refused') outcomes.refused++;
          else throw new Error(`unexpected ${result.status}`);
        }
        return outcomes;
      })(),
    );
    const outcomes = await Promise.all(attempts);
    const refused = outcomes.reduce((sum, o) => sum + o.refused, 0);
    expect(refused).toBeGreaterThan(0); // the race did reach the limits
    const reader = logs[0] as (typeof logs)[number];
    const redis = clients[0] as Redis;
    let full = 0;
    for (const mailbox of mailboxes) {
      const events = await reader.read(mailbox);
      const total = events.reduce((sum, event) => sum + event.recipients, 0);
      expect(total).toBeLessThanOrEqual(limit);
      if (total > limit - 40) full++;
      const keys = reader.keys(mailbox);
      expect(Number((await redis.get(keys.sum)) ?? 0)).toBe(total);
      expect(await redis.zcard(keys.log)).toBe(events.length);
      expect(await redis.hlen(keys.weights)).toBe(events.length);
    }
    expect(full).toBeGreaterThan(0);
  }, 60_000);
});
