import { Cluster, Redis } from 'ioredis';
import { Redis as Redis5 } from 'ioredis-v5';
import { createClient, createCluster } from 'redis';
import { createClient as createClient4 } from 'redis-v4';
import { createClient as createClient5 } from 'redis-v5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServer,
  sharedRedisServer,
  startRedisServer,
} from '../../test/helpers/redisServer.js';
import { PolicyInputError } from '../_lib/errors.js';
import { decideSend } from '../sending/decideSend.js';
import { sendPolicyFor } from '../sending/sendPolicy.js';
import { SEND_WINDOW_MS } from '../sending/window.js';
import { createRedisSendLog, type RedisClientLike, SendLogError } from './index.js';
import { SCRIPT, scriptSha } from './script.js';

const T = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;
let server: Pick<RedisServer, 'port' | 'url' | 'close'>;
let redis: Redis;
let counter = 0;
/** A mailbox of its own for each test. */
const RUN = `${process.pid}.${Date.now()}`;
const mailbox = () => `user${++counter}.${RUN}@exemple.ch`;

beforeAll(async () => {
  server = await sharedRedisServer();
  redis = new Redis(server.port, '127.0.0.1', { maxRetriesPerRequest: 1 });
});
afterAll(async () => {
  redis.disconnect();
  await server.close();
});

describe('tryConsume', () => {
  it('admits and records a send, then refuses what goes over the limit, as decideSend does', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    const first = await log.tryConsume(
      box,
      { id: 'm1', recipients: 90 },
      { offer: 'ksuite-free', now: T },
    );
    expect(first).toEqual({
      status: 'admitted',
      at: new Date(T),
      allowed: true,
      weight: 90,
      used: 0,
      remaining: 410,
      limit: 500,
    });
    for (const id of ['m2', 'm3', 'm4', 'm5']) {
      await log.tryConsume(box, { id, recipients: 90 }, { offer: 'ksuite-free', now: T + 1 });
    }
    const sixth = await log.tryConsume(
      box,
      { id: 'm6', to: ['a@example.com'], cc: 39 },
      { offer: 'ksuite-free', now: T + HOUR },
    );
    expect(sixth).toMatchObject({ status: 'admitted', weight: 40, used: 450, remaining: 10 });
    const now = T + 2 * HOUR;
    const third = await log.tryConsume(
      box,
      { id: 'm7', recipients: 20 },
      { offer: 'ksuite-free', now },
    );
    const history = await log.read(box, { now });
    expect(history).toEqual([
      { id: 'm1', at: new Date(T), recipients: 90 },
      ...['m2', 'm3', 'm4', 'm5'].map((id) => ({ id, at: new Date(T + 1), recipients: 90 })),
      { id: 'm6', at: new Date(T + HOUR), recipients: 40 },
    ]);
    if (third.status !== 'refused') throw new Error(third.status);
    const { status, at, ...decision } = third;
    expect(status).toBe('refused');
    expect(at).toEqual(new Date(now));
    expect(decision).toEqual(
      decideSend({ offer: 'ksuite-free', now, history, message: { recipients: 20 } }),
    );
    expect(third).toMatchObject({ retryAt: new Date(T + SEND_WINDOW_MS), remaining: 10 });
  });

  it('reads options given as undefined as their defaults (exactOptionalPropertyTypes)', async () => {
    const log = createRedisSendLog(redis, {
      prefix: undefined,
      failMode: undefined,
      timeoutMs: undefined,
    });
    const box = mailbox();
    const options = { offer: 'ksuite-free', policy: undefined, now: T } as const;
    expect(await log.tryConsume(box, { id: 'u1', recipients: 100 }, options)).toMatchObject({
      status: 'admitted',
      remaining: 400,
    });
    // The default prefix: the same mailbox seen through a log created without options.
    const plain = createRedisSendLog(redis);
    expect(
      await plain.tryConsume(box, { id: 'u2', recipients: 1 }, { offer: 'ksuite-free', now: T }),
    ).toMatchObject({ status: 'admitted', used: 100 });
  });

  it('counts an event until exactly 24 h after it was sent (R-SEND-1)', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    const policy = { dailySendLimit: 10, maxRecipientsPerMessage: 100, maxMessageBytes: 1000 };
    await log.tryConsume(box, { id: 'a', recipients: 10 }, { policy, now: T });
    const before = await log.tryConsume(
      box,
      { id: 'b', recipients: 1 },
      { policy, now: T + SEND_WINDOW_MS - 1 },
    );
    expect(before).toMatchObject({
      status: 'refused',
      used: 10,
      retryAt: new Date(T + SEND_WINDOW_MS),
    });
    const after = await log.tryConsume(
      box,
      { id: 'b', recipients: 1 },
      { policy, now: T + SEND_WINDOW_MS },
    );
    expect(after).toMatchObject({ status: 'admitted', used: 0, remaining: 9 });
    expect(await log.read(box, { now: T + SEND_WINDOW_MS })).toHaveLength(1);
  });

  it('answers a repeated id as a duplicate, counted once', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    await log.tryConsume(box, { id: '<x@y>', recipients: 3 }, { offer: 'ksuite-free', now: T });
    const again = await log.tryConsume(
      box,
      { id: '<x@y>', recipients: 3 },
      { offer: 'ksuite-free', now: T + 1000 },
    );
    expect(again).toEqual({
      status: 'duplicate',
      allowed: true,
      weight: 3,
      used: 3,
      remaining: 497,
      limit: 500,
      at: new Date(T + 1000),
      recordedAt: new Date(T),
    });
    expect(await log.read(box, { now: T + 1000 })).toHaveLength(1);
  });

  it('refuses for permanent reasons without recording, with retryAt null', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    const options = { offer: 'ksuite-free', now: T } as const;
    const tooMany = await log.tryConsume(box, { id: 'a', recipients: 101 }, options);
    expect(tooMany).toMatchObject({ status: 'refused', retryAt: null });
    expect(tooMany.status === 'refused' && tooMany.issues.map((i) => i.code)).toEqual([
      'too-many-recipients',
    ]);
    const none = await log.tryConsume(box, { id: 'b', to: [] }, options);
    expect(none.status === 'refused' && none.issues[0]?.code).toBe('no-recipients');
    const large = await log.tryConsume(
      box,
      { id: 'c', recipients: 1, sizeBytes: 210_763_777 },
      options,
    );
    expect(large.status === 'refused' && large.issues[0]?.code).toBe('message-too-large');
    const fits = await log.tryConsume(
      box,
      { id: 'd', recipients: 1, sizeBytes: 210_763_776 },
      options,
    );
    expect(fits.status).toBe('admitted');
    expect(await log.read(box, { now: T })).toEqual([{ id: 'd', at: new Date(T), recipients: 1 }]);
  });

  it('gives retryAt null when volume and a permanent reason refuse together', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    const policy = { dailySendLimit: 5, maxRecipientsPerMessage: 100, maxMessageBytes: 1000 };
    await log.tryConsume(box, { id: 'a', recipients: 5 }, { policy, now: T });
    const refused = await log.tryConsume(
      box,
      { id: 'b', recipients: 1, sizeBytes: 2000 },
      { policy, now: T },
    );
    expect(refused).toMatchObject({ status: 'refused', used: 5, retryAt: null });
    expect(refused.status === 'refused' && refused.issues.map((i) => i.code)).toEqual([
      'message-too-large',
      'daily-limit-reached',
    ]);
  });

  it('applies an R-SEND-4 override given as policy, and walks past many events for retryAt', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    const policy = sendPolicyFor('mail-premium', { dailySendLimit: 1000 });
    for (let i = 0; i < 1000; i++) {
      const result = await log.tryConsume(
        box,
        { id: `m${i}`, recipients: 1 },
        { policy, now: T + i },
      );
      expect(result.status).toBe('admitted');
    }
    const refused = await log.tryConsume(
      box,
      { id: 'late', recipients: 60 },
      { policy, now: T + 2000 },
    );
    // 60 must leave: the 60th oldest send, at T + 59, leaves at T + 59 + 24 h.
    expect(refused).toMatchObject({
      status: 'refused',
      used: 1000,
      retryAt: new Date(T + 59 + SEND_WINDOW_MS),
    });
    expect(await log.read(box, { now: T + 2000 })).toHaveLength(1000);
  });

  it("uses Redis's clock when no time is given", async () => {
    const log = createRedisSendLog(redis);
    const result = await log.tryConsume(
      mailbox(),
      { id: 'a', recipients: 1 },
      { offer: 'mail-premium' },
    );
    expect(result.status).toBe('admitted');
    const at = result.status === 'admitted' ? result.at.getTime() : 0;
    expect(Math.abs(at - Date.now())).toBeLessThan(5000);
  });

  it('expires the keys 24 h after the last send; the keys share the mailbox as hash tag', async () => {
    const log = createRedisSendLog(redis, { prefix: 'app:' });
    const box = mailbox();
    await log.tryConsume(box, { id: 'a', recipients: 1 }, { offer: 'ksuite-free', now: T });
    const keys = log.keys(box);
    expect(keys).toEqual({
      log: `app:{${box}}:log`,
      weights: `app:{${box}}:weights`,
      sum: `app:{${box}}:sum`,
    });
    for (const key of Object.values(keys)) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(SEND_WINDOW_MS - 10_000);
      expect(ttl).toBeLessThanOrEqual(SEND_WINDOW_MS);
    }
    expect(await redis.get(keys.sum)).toBe('1');
  });
});

describe('release', () => {
  it('gives the quota back once; false for an unknown id', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    const policy = { dailySendLimit: 10, maxRecipientsPerMessage: 100, maxMessageBytes: 1000 };
    await log.tryConsume(box, { id: 'a', recipients: 10 }, { policy, now: T });
    expect((await log.tryConsume(box, { id: 'b', recipients: 1 }, { policy, now: T })).status).toBe(
      'refused',
    );
    expect(await log.release(box, 'a', { now: T })).toBe(true);
    expect(await log.release(box, 'a', { now: T })).toBe(false);
    expect(await log.release(box, 'never', { now: T })).toBe(false);
    expect(await redis.exists(log.keys(box).sum)).toBe(0);
    expect(
      (await log.tryConsume(box, { id: 'b', recipients: 10 }, { policy, now: T })).status,
    ).toBe('admitted');
    // An id whose send no longer counts cannot be released, and is new again.
    const later = T + SEND_WINDOW_MS;
    expect(await log.release(box, 'b', { now: later })).toBe(false);
    expect(
      (await log.tryConsume(box, { id: 'b', recipients: 1 }, { policy, now: later })).status,
    ).toBe('admitted');
  });
});

describe('clients and script', () => {
  it('works with node-redis and with a plain function', async () => {
    const client = createClient({ url: server.url });
    await client.connect();
    try {
      const box = mailbox();
      const viaNodeRedis = createRedisSendLog(client);
      const viaFunction = createRedisSendLog((args) =>
        redis.call(args[0] as string, ...args.slice(1)),
      );
      await viaNodeRedis.tryConsume(
        box,
        { id: 'a', recipients: 2 },
        { offer: 'ksuite-free', now: T },
      );
      expect(
        await viaFunction.tryConsume(
          box,
          { id: 'b', recipients: 3 },
          { offer: 'ksuite-free', now: T },
        ),
      ).toMatchObject({ status: 'admitted', used: 2 });
      expect(await viaNodeRedis.read(box, { now: T })).toHaveLength(2);
      expect(await viaNodeRedis.release(box, 'b', { now: T })).toBe(true);
    } finally {
      await client.quit();
    }
  });

  it('loads the script again after SCRIPT FLUSH (NOSCRIPT)', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    await log.tryConsume(box, { id: 'a', recipients: 1 }, { offer: 'ksuite-free', now: T });
    await redis.script('FLUSH');
    expect(await redis.script('EXISTS', scriptSha())).toEqual([0]);
    const after = await log.tryConsume(
      box,
      { id: 'b', recipients: 1 },
      { offer: 'ksuite-free', now: T },
    );
    expect(after).toMatchObject({ status: 'admitted', used: 1 });
    expect(await redis.script('EXISTS', scriptSha())).toEqual([1]);
    expect(scriptSha()).toMatch(/^[0-9a-f]{40}$/);
    expect(await redis.script('LOAD', SCRIPT)).toBe(scriptSha());
  });

  it('keeps a mailbox in one slot of a Redis Cluster', async () => {
    const clusterServer = await startRedisServer({ cluster: true });
    const cluster = new Cluster([{ host: '127.0.0.1', port: clusterServer.port }]);
    try {
      const log = createRedisSendLog(cluster);
      const box = mailbox();
      const keys = Object.values(log.keys(box));
      const slots = await Promise.all(keys.map((key) => cluster.cluster('KEYSLOT', key)));
      expect(new Set(slots).size).toBe(1);
      expect(
        await log.tryConsume(box, { id: 'a', recipients: 1 }, { offer: 'ksuite-free', now: T }),
      ).toMatchObject({
        status: 'admitted',
      });
      expect(await log.read(box, { now: T })).toHaveLength(1);
      // Without the hash tag, the same script would be refused across slots.
      await expect(
        cluster.eval(SCRIPT, 3, 'a:log', 'b:weights', 'c:sum', 'read', '1', '0'),
      ).rejects.toThrow(/CROSSSLOT/);
      // node-redis's cluster client, through the adapter the docs give.
      const nodeCluster = createCluster({ rootNodes: [{ url: clusterServer.url }] });
      await nodeCluster.connect();
      try {
        const viaNodeRedis = createRedisSendLog((args) =>
          nodeCluster.sendCommand(args[3], false, [...args]),
        );
        expect(
          await viaNodeRedis.tryConsume(
            box,
            { id: 'b', recipients: 2 },
            { offer: 'ksuite-free', now: T },
          ),
        ).toMatchObject({ status: 'admitted', used: 1 });
      } finally {
        await nodeCluster.quit();
      }
    } finally {
      cluster.disconnect();
      await clusterServer.close();
    }
  }, 30_000);
});

// The peer ranges promise ioredis 5 and 6 and node-redis 4, 5 and 6 (the tests above use the
// newest of each, installed under their own names; these the older majors, as
// `ioredis-v5`, `redis-v4` and `redis-v5`). Their replies and their error classes differ.
describe('every major version of the clients the peer ranges name', () => {
  interface Connected {
    readonly client: RedisClientLike;
    /** Sends a raw command (SCRIPT FLUSH, SET) through the same client. */
    readonly raw: (args: string[]) => Promise<unknown>;
    readonly close: () => Promise<unknown>;
  }
  interface NodeRedisLike {
    connect(): Promise<unknown>;
    sendCommand(args: string[]): Promise<unknown>;
    quit(): Promise<unknown>;
  }
  const nodeRedis = async (client: NodeRedisLike): Promise<Connected> => {
    await client.connect();
    return { client, raw: (args) => client.sendCommand(args), close: () => client.quit() };
  };
  const ioRedis = async (client: Redis | Redis5): Promise<Connected> => ({
    client,
    raw: ([command, ...args]) => client.call(command as string, ...args),
    close: async () => client.disconnect(),
  });
  const clients: [string, () => Promise<Connected>][] = [
    ['node-redis 4', () => nodeRedis(createClient4({ url: server.url }))],
    ['node-redis 5', () => nodeRedis(createClient5({ url: server.url }))],
    ['node-redis 5, RESP3', () => nodeRedis(createClient5({ url: server.url, RESP: 3 }))],
    ['node-redis 6', () => nodeRedis(createClient({ url: server.url }))],
    ['ioredis 5', () => ioRedis(new Redis5(server.port, '127.0.0.1', { maxRetriesPerRequest: 1 }))],
    ['ioredis 6', () => ioRedis(new Redis(server.port, '127.0.0.1', { maxRetriesPerRequest: 1 }))],
  ];

  it.each(clients)('%s', async (_name, connect) => {
    const { client, raw, close } = await connect();
    try {
      const log = createRedisSendLog(client);
      const box = mailbox();
      const at = { offer: 'ksuite-free', now: T } as const;
      expect(await log.tryConsume(box, { id: 'a', to: ['x@y.ch', 'z@y.ch'] }, at)).toMatchObject({
        status: 'admitted',
        used: 0,
        remaining: 498,
      });
      expect(await log.tryConsume(box, { id: 'a', recipients: 1 }, at)).toMatchObject({
        status: 'duplicate',
        at: new Date(T),
      });
      for (const id of ['b', 'c', 'd', 'e']) await log.tryConsume(box, { id, recipients: 100 }, at);
      expect(await log.tryConsume(box, { id: 'f', recipients: 99 }, at)).toMatchObject({
        status: 'refused',
        used: 402,
        retryAt: new Date(T + SEND_WINDOW_MS),
      });
      expect(await log.read(box, { now: T })).toHaveLength(5);
      expect(await log.release(box, 'a', { now: T })).toBe(true);
      // Redis's own clock, and the script sent again after SCRIPT FLUSH.
      await raw(['SCRIPT', 'FLUSH']);
      expect(
        await log.tryConsume(mailbox(), { id: 'g', recipients: 1 }, { offer: 'ksuite-free' }),
      ).toMatchObject({ status: 'admitted' });
      // An error reply of Redis (WRONGTYPE) is a reply, not an unreachable server.
      await raw(['SET', log.keys(box).log, 'not a sorted set']);
      await expect(log.read(box)).rejects.toMatchObject({ reason: 'reply' });
    } finally {
      await close();
    }
  });
});

describe('failures', () => {
  it('fails closed (default) or open on a timeout, and never records', async () => {
    const hanging: RedisClientLike = () => new Promise(() => undefined);
    const closed = createRedisSendLog(hanging, { timeoutMs: 20 });
    const result = await closed.tryConsume(
      mailbox(),
      { id: 'a', recipients: 1 },
      { offer: 'ksuite-free' },
    );
    expect(result).toMatchObject({ status: 'unavailable', allowed: false });
    expect(result.status === 'unavailable' && result.error.reason).toBe('timeout');
    const open = createRedisSendLog(hanging, { timeoutMs: 20, failMode: 'open' });
    expect(
      await open.tryConsume(mailbox(), { id: 'a', recipients: 1 }, { offer: 'ksuite-free' }),
    ).toMatchObject({
      status: 'unavailable',
      allowed: true,
    });
    await expect(closed.read('x@y.ch')).rejects.toThrow(SendLogError);
    await expect(closed.release('x@y.ch', 'a')).rejects.toMatchObject({ reason: 'timeout' });
  });

  it('reports an error reply (a key of the wrong type) as reason "reply"', async () => {
    const log = createRedisSendLog(redis);
    const box = mailbox();
    await redis.set(log.keys(box).log, 'not a sorted set');
    const result = await log.tryConsume(
      box,
      { id: 'a', recipients: 1 },
      { offer: 'ksuite-free', now: T },
    );
    expect(result).toMatchObject({ status: 'unavailable', allowed: false });
    expect(result.status === 'unavailable' && result.error).toMatchObject({
      name: 'SendLogError',
      reason: 'reply',
      message: expect.stringMatching(/WRONGTYPE/),
    });
    await expect(log.read(box)).rejects.toMatchObject({ reason: 'reply' });
  });

  it('reports a function that throws, or a reply that is not a list', async () => {
    const throwing = createRedisSendLog(() => {
      throw new Error('socket closed');
    });
    await expect(throwing.read('x@y.ch')).rejects.toMatchObject({
      reason: 'unreachable',
      message: 'Redis could not be reached: socket closed',
    });
    const odd = createRedisSendLog(async () => 'OK');
    await expect(odd.read('x@y.ch')).rejects.toMatchObject({ reason: 'reply' });
  });

  it('refuses while Redis is down, and answers rightly once it is back', async () => {
    const own = await startRedisServer();
    const client = new Redis(own.port, '127.0.0.1', {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => 50,
    });
    client.on('error', () => undefined); // reconnection attempts while the server is down
    try {
      const log = createRedisSendLog(client, { timeoutMs: 500 });
      const box = mailbox();
      const policy = { dailySendLimit: 3, maxRecipientsPerMessage: 100, maxMessageBytes: 1000 };
      await log.tryConsume(box, { id: 'a', recipients: 2 }, { policy, now: T });
      await own.stop();
      for (let i = 0; i < 3; i++) {
        const down = await log.tryConsume(box, { id: `d${i}`, recipients: 1 }, { policy, now: T });
        expect(down).toMatchObject({ status: 'unavailable', allowed: false });
        expect(down.status === 'unavailable' && down.error.reason).toMatch(/unreachable|timeout/);
      }
      await expect(log.read(box)).rejects.toBeInstanceOf(SendLogError);
      await own.start(); // empty: a restarted Redis without persistence forgot the log
      let back = await log.tryConsume(box, { id: 'b', recipients: 3 }, { policy, now: T });
      for (let i = 0; back.status === 'unavailable' && i < 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50)); // the client reconnects
        back = await log.tryConsume(box, { id: 'b', recipients: 3 }, { policy, now: T });
      }
      expect(back).toMatchObject({ status: 'admitted', used: 0 });
      expect(
        await log.tryConsume(box, { id: 'c', recipients: 1 }, { policy, now: T }),
      ).toMatchObject({
        status: 'refused',
        used: 3,
      });
    } finally {
      client.disconnect();
      await own.close();
    }
  }, 30_000);
});

describe('replies and errors, with a client of our own', () => {
  const replyError = (message: string) => Object.assign(new Error(message), { name: 'ReplyError' });

  it('sends the script once more after NOSCRIPT, and reports the second failure', async () => {
    const calls: string[] = [];
    const log = createRedisSendLog(async (args) => {
      calls.push(args[0] as string);
      throw replyError(args[0] === 'EVALSHA' ? 'NOSCRIPT No matching script.' : 'ERR boom');
    });
    await expect(log.read('x@y.ch')).rejects.toMatchObject({
      name: 'SendLogError',
      reason: 'reply',
      message: 'Redis answered an error: ERR boom',
    });
    expect(calls).toEqual(['EVALSHA', 'EVAL']);
  });

  it('does not resend the script for any other error, and keeps the cause', async () => {
    const calls: string[] = [];
    const cause = new Error('LOADING Redis is loading the dataset in memory');
    const log = createRedisSendLog(async (args) => {
      calls.push(args[0] as string);
      throw cause;
    });
    const error = await log.read('x@y.ch').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendLogError);
    expect(error).toMatchObject({ reason: 'unreachable', cause });
    expect(calls).toEqual(['EVALSHA']);
  });

  it('tells a reply error from a connection error of a class of its own, or a thrown value', async () => {
    // node-redis throws connection errors of classes of their own, reply errors of subclasses
    // of ErrorReply: only the class chain tells them apart.
    class SocketClosedUnexpectedlyError extends Error {}
    class ErrorReply extends Error {}
    class WrongTypeError extends ErrorReply {}
    const failing = (thrown: unknown) => createRedisSendLog(() => Promise.reject(thrown));
    for (const [thrown, reason] of [
      [new SocketClosedUnexpectedlyError('Socket closed unexpectedly'), 'unreachable'],
      [new WrongTypeError('WRONGTYPE Operation against a key'), 'reply'],
      ['a string', 'unreachable'],
      [null, 'unreachable'],
    ] as const) {
      await expect(failing(thrown).read('x@y.ch'), String(thrown)).rejects.toMatchObject({
        name: 'SendLogError',
        reason,
      });
    }
  });

  it('says how long it waited, with no cause', async () => {
    const log = createRedisSendLog(() => new Promise(() => undefined), { timeoutMs: 20 });
    const error = (await log.read('x@y.ch').catch((e: unknown) => e)) as SendLogError;
    expect(error.message).toBe('Redis did not answer within 20 ms');
    expect('cause' in error).toBe(false);
  });

  it('refuses a reply that contradicts the rules (a foreign script under the same name)', async () => {
    const forged = createRedisSendLog(async () => [1, 600, T]); // "admitted" over the limit
    await expect(
      forged.tryConsume('x@y.ch', { id: 'a', recipients: 1 }, { offer: 'ksuite-free' }),
    ).rejects.toMatchObject({
      reason: 'reply',
      message: `unexpected reply from Redis: [1,600,${T}]`,
    });
    const odd = createRedisSendLog(async () => 'OK');
    await expect(odd.read('x@y.ch')).rejects.toThrow('unexpected reply from Redis: "OK"');
  });

  it('names an error reply of node-redis as a reply', async () => {
    const client = createClient({ url: server.url });
    await client.connect();
    try {
      const log = createRedisSendLog(client);
      const box = mailbox();
      await redis.set(log.keys(box).log, 'not a sorted set');
      await expect(log.read(box)).rejects.toMatchObject({ reason: 'reply' });
    } finally {
      await client.quit();
    }
  });

  it('runs only the operations it knows', async () => {
    await expect(
      redis.eval(SCRIPT, 3, 'k{a}1', 'k{a}2', 'k{a}3', 'drop', '1', '0'),
    ).rejects.toThrow('mail-policy: unknown operation drop');
  });
});

describe('programmer mistakes', () => {
  const log = () => createRedisSendLog(() => Promise.resolve([]));

  it('throws PolicyInputError for a bad client or bad options', () => {
    expect(() => createRedisSendLog({} as RedisClientLike)).toThrow(/^client: expected an ioredis/);
    expect(() => createRedisSendLog(null as unknown as RedisClientLike)).toThrow(
      /^client: expected an ioredis.*; received null$/,
    );
    expect(() => createRedisSendLog(redis, { prefix: 'a{b' })).toThrow(PolicyInputError);
    expect(() => createRedisSendLog(redis, { prefix: 'a}b' })).toThrow(PolicyInputError);
    expect(() => createRedisSendLog(redis, { prefix: 3 as unknown as string })).toThrow(
      'options.prefix: expected a string without { or }; received 3',
    );
    expect(() => createRedisSendLog(redis, { failMode: 'maybe' as 'open' })).toThrow(
      'options.failMode: expected "closed" or "open"; received "maybe"',
    );
    expect(() => createRedisSendLog(redis, { timeoutMs: 0 })).toThrow(/^options\.timeoutMs/);
    expect(() => createRedisSendLog(redis, { timeoutMs: 2 ** 31 })).toThrow(
      "options.timeoutMs: expected at most 2147483647 (a timer's range); received 2147483648",
    );
    expect(() => createRedisSendLog(redis, { timeoutMs: 2 ** 31 - 1 })).not.toThrow();
    expect(() => createRedisSendLog(redis, null as unknown as undefined)).toThrow(/^options:/);
  });

  it('rejects with PolicyInputError naming the parameter, before any I/O', async () => {
    const ok = { id: 'a', recipients: 1 };
    await expect(log().tryConsume('', ok, { offer: 'ksuite-free' })).rejects.toThrow(
      'mailbox: expected a non-empty string; received ""',
    );
    await expect(log().tryConsume('a@b.ch', ok, null as never)).rejects.toThrow(/^options: /);
    await expect(
      log().tryConsume('a@b.ch', { recipients: 1 } as typeof ok, { offer: 'ksuite-free' }),
    ).rejects.toThrow(/^message\.id:/);
    await expect(
      log().tryConsume('a@b.ch', null as unknown as typeof ok, { offer: 'ksuite-free' }),
    ).rejects.toThrow(/^message:/);
    await expect(log().tryConsume('a@b.ch', ok, {})).rejects.toThrow(
      /^options: expected exactly one of offer or policy/,
    );
    await expect(
      log().tryConsume('a@b.ch', ok, {
        offer: 'ksuite-free',
        policy: sendPolicyFor('mail-premium'),
      }),
    ).rejects.toThrow(/^options: expected exactly one/);
    await expect(
      log().tryConsume('a@b.ch', ok, { offer: 'ksuite-pro' as 'mail-premium' }),
    ).rejects.toThrow(/^options\.offer:/);
    await expect(
      log().tryConsume('a@b.ch', ok, { policy: { dailySendLimit: -1 } as never }),
    ).rejects.toThrow(/^options\.policy\.dailySendLimit:/);
    await expect(
      log().tryConsume('a@b.ch', ok, { offer: 'ksuite-free', now: Number.NaN }),
    ).rejects.toThrow(/^options\.now:/);
    // A send's 24 hours must end within the range a Date holds (its retry time is one).
    await expect(
      log().tryConsume('a@b.ch', ok, { offer: 'ksuite-free', now: 8.64e15 - SEND_WINDOW_MS + 1 }),
    ).rejects.toThrow(/^options\.now: expected an instant at least 24 hours before the end/);
    await expect(
      log().tryConsume('a@b.ch', { ...ok, sizeBytes: -1 }, { offer: 'ksuite-free' }),
    ).rejects.toThrow(/^message\.sizeBytes:/);
    await expect(log().release('a@b.ch', '')).rejects.toThrow(
      'id: expected a non-empty string; received ""',
    );
    await expect(log().release('', 'a')).rejects.toThrow(
      'mailbox: expected a non-empty string; received ""',
    );
    await expect(log().read(42 as unknown as string)).rejects.toThrow(/^mailbox:/);
    expect(() => log().keys('')).toThrow(/^mailbox:/);
  });
});
