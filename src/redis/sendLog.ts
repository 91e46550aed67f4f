import { describeValue, PolicyInputError } from '../_lib/errors.js';
import { type Instant, toCount, toEpochMs, toObject, toOptions } from '../_lib/input.js';
import type { OfferId } from '../offers/ids.js';
import { countRecipients } from '../sending/countRecipients.js';
import { judgeSend } from '../sending/decideSend.js';
import { resolvePolicy } from '../sending/sendPolicy.js';
import type { MessageRecipients, SendAllowed, SendPolicy, SendRefused } from '../sending/types.js';
import { SEND_WINDOW_MS } from '../sending/window.js';
import { type RedisClientLike, type RedisCommand, toRedisCommand } from './client.js';
import { SCRIPT, scriptSha } from './script.js';

/** Options of {@link createRedisSendLog}. */
export interface RedisSendLogOptions {
  /**
   * Prepended to every key, default `'mail-policy:send:'`. It may not contain `{` or `}`:
   * the mailbox is the key's hash tag.
   */
  readonly prefix?: string | undefined;
  /**
   * What `tryConsume` answers when Redis cannot be reached or answers an error: `'closed'`
   * (the default) refuses, `'open'` admits without recording. Either way the answer has
   * `status: 'unavailable'` and the error.
   */
  readonly failMode?: 'closed' | 'open' | undefined;
  /**
   * How long to wait for Redis, in ms, default 2000. A command that times out may still run
   * later on the server; under `failMode: 'closed'` that send is then counted though it was
   * refused here (the safe side: the quota is never exceeded).
   */
  readonly timeoutMs?: number | undefined;
}

/** The message to consume quota for: an id (for idempotence), its recipients, its size. */
export type SendAttempt = MessageRecipients & {
  /** A unique id for the message, such as its Message-ID: a repeated id counts once. */
  readonly id: string;
  /** The message's size in bytes, if known (R-SIZE-1). */
  readonly sizeBytes?: number | undefined;
};

/** The limits to apply: an offer id, or a `SendPolicy` (see `sendPolicyFor`). */
export interface ConsumeOptions {
  /** The sender's offer, or explicit limits. Give `offer` or `policy`. */
  readonly offer?: OfferId | SendPolicy | undefined;
  /** Explicit limits (`sendPolicyFor(offer, overrides)`): an alias of `offer`. */
  readonly policy?: SendPolicy | undefined;
  /**
   * The time of the decision. Default: Redis's own clock (`TIME`), one clock for every
   * server. Give it to reproduce decisions in tests; keep it non-decreasing per mailbox (the
   * log forgets events older than 24 h before the latest time it was asked about).
   */
  readonly now?: Instant | undefined;
}

/** The send was admitted and recorded: send it now; `release` it if delivery fails. */
export interface ConsumeAdmitted extends SendAllowed {
  /** Admitted and recorded. */
  readonly status: 'admitted';
  /** The time of the decision, which is the send's recorded time. */
  readonly at: Date;
}

/** The send was refused and nothing was recorded; the fields are `decideSend`'s. */
export interface ConsumeRefused extends SendRefused {
  /** Refused; nothing recorded. */
  readonly status: 'refused';
  /** The time of the decision. */
  readonly at: Date;
}

/**
 * The id was admitted before and still counts: it is not counted again. The message may be
 * sent (if it was not sent already); `used` already includes it.
 */
export interface ConsumeDuplicate {
  /** The id was admitted before and still counts. */
  readonly status: 'duplicate';
  /** The message may be sent, if it was not sent already. */
  readonly allowed: true;
  /** The weight recorded for the id the first time. */
  readonly weight: number;
  /** Recipients counted in the window, this message included. */
  readonly used: number;
  /** `max(0, limit − used)`. */
  readonly remaining: number;
  /** The limit per rolling 24 h that applied. */
  readonly limit: number;
  /** The time of the decision. */
  readonly at: Date;
  /** When the id was recorded. */
  readonly recordedAt: Date;
}

/**
 * Redis could not be reached, timed out or answered an error. `allowed` is `false` under
 * `failMode: 'closed'` (the default) and `true` under `'open'`; nothing was recorded.
 */
export interface ConsumeUnavailable {
  /** Redis could not answer; nothing recorded. */
  readonly status: 'unavailable';
  /** `false` under `failMode: 'closed'` (the default), `true` under `'open'`. */
  readonly allowed: boolean;
  /** What went wrong, with the client's error as `cause`. */
  readonly error: SendLogError;
}

/** The answer of `tryConsume`: narrow on `status` (or on `allowed`). */
export type ConsumeResult =
  | ConsumeAdmitted
  | ConsumeRefused
  | ConsumeDuplicate
  | ConsumeUnavailable;

/** One send held in the log, as `read` gives it back (a `SendEvent` with its id). */
export interface LoggedSend {
  /** The message id given to `tryConsume`. */
  readonly id: string;
  /** When the send was admitted. */
  readonly at: Date;
  /** Its weight: recipients, To, Cc and Bcc together (R-SEND-2). */
  readonly recipients: number;
}

/** The three keys that hold one mailbox's log (all in one Redis Cluster slot). */
export interface SendLogKeys {
  /** Sorted set: message id → send time (epoch ms). */
  readonly log: string;
  /** Hash: message id → recipients. */
  readonly weights: string;
  /** String: the sum of the weights in the log. */
  readonly sum: string;
}

/** A shared, atomic send log for many mailboxes on Redis: see {@link createRedisSendLog}. */
export interface RedisSendLog {
  /**
   * Decides, and records the send when admitted, in one atomic step: `decideSend`'s rules,
   * codes and figures, shared by every server that uses the same Redis. Resolves to
   * `status: 'unavailable'` when Redis cannot answer; rejects with `PolicyInputError` for a bad
   * argument, and with `SendLogError('reply')` for a reply that contradicts the rules (another
   * script under the same keys).
   */
  tryConsume(
    mailbox: string,
    message: SendAttempt,
    options: ConsumeOptions,
  ): Promise<ConsumeResult>;
  /** Gives back the quota of a recorded send (delivery failed). `false` if the id is not held. */
  release(mailbox: string, id: string, options?: { readonly now?: Instant }): Promise<boolean>;
  /** The sends that count now (or at `now`), oldest first: feed them to `decideSend`. */
  read(mailbox: string, options?: { readonly now?: Instant }): Promise<readonly LoggedSend[]>;
  /** The keys of a mailbox, for inspection or deletion. */
  keys(mailbox: string): SendLogKeys;
}

/** Why Redis could not answer. */
export type SendLogErrorReason = 'unreachable' | 'timeout' | 'reply';

/**
 * Redis could not answer: `reason` is `'unreachable'` (the connection failed or closed),
 * `'timeout'` (no answer within `timeoutMs`) or `'reply'` (Redis answered an error, such as
 * a key of the wrong type); `cause` is the client's error.
 *
 * @example
 * ```ts
 * try { await log.read('jean@exemple.ch'); } catch (e) {
 *   if (e instanceof SendLogError) console.error(e.reason, e.cause);
 * }
 * ```
 */
export class SendLogError extends Error {
  /** Why Redis could not answer: unreachable, timeout, or an error reply. */
  readonly reason: SendLogErrorReason;

  constructor(reason: SendLogErrorReason, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SendLogError';
    this.reason = reason;
  }
}

const DEFAULT_PREFIX = 'mail-policy:send:';
const DEFAULT_TIMEOUT_MS = 2000;
/** The longest delay `setTimeout` keeps (a longer one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** The window, and the keys' expiry after the last send, as the script's argument. */
const WINDOW = String(SEND_WINDOW_MS);
const KIND_ADMITTED = 1;
const KIND_DUPLICATE = 2;

function readLogOptions(options: unknown) {
  const {
    prefix = DEFAULT_PREFIX,
    failMode = 'closed',
    timeoutMs = DEFAULT_TIMEOUT_MS,
  } = toOptions(options);
  if (typeof prefix !== 'string' || prefix.includes('{') || prefix.includes('}')) {
    throw new PolicyInputError('options.prefix', 'a string without { or }', prefix);
  }
  if (failMode !== 'closed' && failMode !== 'open') {
    throw new PolicyInputError('options.failMode', '"closed" or "open"', failMode);
  }
  const ms = toCount(timeoutMs, 'options.timeoutMs', 1);
  if (ms > MAX_TIMER_MS) {
    throw new PolicyInputError(
      'options.timeoutMs',
      `at most ${MAX_TIMER_MS} (a timer's range)`,
      ms,
    );
  }
  return { prefix, failMode, timeoutMs: ms };
}

/** A mailbox or a message id: a non-empty string, or a {@link PolicyInputError}. */
function toName(value: unknown, parameter: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new PolicyInputError(parameter, 'a non-empty string', value);
  }
  return value;
}

/** `now` as the script's argument: epoch ms, or '' for Redis's clock. */
function timeArgument(options: unknown): string {
  const { now } = toOptions(options);
  // The time of a send as well: its 24 hours must end within the range a Date holds.
  return now === undefined ? '' : String(toEpochMs(now, 'options.now', SEND_WINDOW_MS));
}

/** Resolves with the command's reply, or rejects with a timeout after `timeoutMs`. */
function withTimeout(
  command: RedisCommand,
  args: readonly string[],
  timeoutMs: number,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new SendLogError('timeout', `Redis did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    (timer as { unref?: () => void }).unref?.();
    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(command(args));
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (reply) => {
        clearTimeout(timer);
        resolve(reply);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function toSendLogError(error: unknown): SendLogError {
  if (error instanceof SendLogError) return error;
  const text = error instanceof Error ? error.message : String(error);
  return isReplyError(error)
    ? new SendLogError('reply', `Redis answered an error: ${text}`, error)
    : new SendLogError('unreachable', `Redis could not be reached: ${text}`, error);
}

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}

/**
 * A reply error from Redis itself (WRONGTYPE, ERR…), as opposed to a connection failure:
 * ioredis names it `ReplyError`; node-redis throws subclasses of its `ErrorReply` class without
 * a name of their own, so the class chain tells (a bundler that renames classes makes such an
 * error `'unreachable'`: either way nothing is admitted).
 */
function isReplyError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ReplyError') return true;
  for (
    let proto: unknown = Object.getPrototypeOf(error);
    proto !== null && proto !== Error.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if ((proto as { constructor?: { name?: string } }).constructor?.name === 'ErrorReply')
      return true;
  }
  return false;
}

/**
 * Creates a send log on Redis for many mailboxes and many servers: `tryConsume` applies
 * exactly `decideSend`'s rules (R-SEND-1 rolling 24 h, R-SEND-2 weight = recipients,
 * R-RCPT-1, R-SIZE-1, R-SEND-4 overrides through a `SendPolicy`) and records an admitted send
 * in the same atomic Lua script, so that no two servers can both take the last unit of quota.
 *
 * - The log of a mailbox is an exact sliding log (no approximation: a mailbox never goes over
 *   its limit over any 24 h span): a sorted set of message ids by time, a hash of their
 *   weights and a running sum, under the hash tag `{mailbox}` (Redis Cluster ready). The keys
 *   expire 24 h after the mailbox's last admitted send.
 * - The clock is Redis's own (`TIME`): one clock for every server, unless `now` is given.
 *   It needs Redis 5 or later, which replicates a script by its effects: Redis 3.2 and 4
 *   refuse a script that writes after reading `TIME` (the log answers `unavailable`).
 * - Idempotent on the message id while the send counts (24 h): a retried request is answered
 *   `status: 'duplicate'` and counted once. `release` gives the quota back.
 * - Fail-closed by default: when Redis is down, times out or answers an error, `tryConsume`
 *   resolves to `status: 'unavailable'` with `allowed: false` (or `true` if you chose
 *   `failMode: 'open'`) and the error. `release` and `read` reject with a {@link SendLogError}.
 * - The script is sent once per Redis (`EVALSHA`); after a restart or `SCRIPT FLUSH` it is
 *   loaded again on the `NOSCRIPT` reply.
 * - Normalise the mailbox yourself (for example lower-case it): it is used as given.
 *
 * @param client - an ioredis client, a node-redis client or a {@link RedisCommand} function
 * @param options - key prefix, fail mode, timeout
 * @throws {PolicyInputError} for a client that is none of these, or bad options; the
 *   methods reject with it for a bad mailbox, message or policy
 * @example
 * ```ts
 * import Redis from 'ioredis';
 * import { createRedisSendLog } from 'infomaniak-mail-policy/redis';
 *
 * const log = createRedisSendLog(new Redis());
 * const result = await log.tryConsume('jean@exemple.ch',
 *   { id: '<a1@exemple.ch>', to: ['anna@example.com'] }, { offer: 'ksuite-free' });
 * if (result.status === 'admitted') await deliver();  // and on failure: log.release(…)
 * else if (result.status === 'refused') console.log(result.issues[0].code, result.retryAt);
 * ```
 * @see R-SEND-1, R-SEND-2, R-SEND-4, R-RCPT-1, R-SIZE-1
 */
export function createRedisSendLog(
  client: RedisClientLike,
  options?: RedisSendLogOptions,
): RedisSendLog {
  const command = toRedisCommand(client);
  const { prefix, failMode, timeoutMs } = readLogOptions(options);

  const keys = (mailbox: string): SendLogKeys => {
    const base = `${prefix}{${toName(mailbox, 'mailbox')}}:`;
    return { log: `${base}log`, weights: `${base}weights`, sum: `${base}sum` };
  };

  /** One call of the script, bounded by the timeout; reloads it on NOSCRIPT. */
  const run = async (mailbox: string, args: readonly string[]): Promise<unknown[]> => {
    const k = keys(mailbox);
    const tail = ['3', k.log, k.weights, k.sum, ...args];
    let reply: unknown;
    try {
      reply = await withTimeout(command, ['EVALSHA', scriptSha(), ...tail], timeoutMs);
    } catch (error) {
      if (!isNoScript(error)) throw toSendLogError(error);
      try {
        reply = await withTimeout(command, ['EVAL', SCRIPT, ...tail], timeoutMs);
      } catch (retryError) {
        throw toSendLogError(retryError);
      }
    }
    if (!Array.isArray(reply)) {
      throw new SendLogError('reply', `unexpected reply from Redis: ${describeValue(reply)}`);
    }
    return reply;
  };

  return {
    keys,

    async tryConsume(mailbox, message, consumeOptions) {
      toName(mailbox, 'mailbox');
      toObject(message, 'message');
      const id = toName(message.id, 'message.id');
      const weight = countRecipients(message);
      const sizeBytes =
        message.sizeBytes === undefined
          ? undefined
          : toCount(message.sizeBytes, 'message.sizeBytes');
      const { offer, policy: explicit } = toObject(consumeOptions, 'options');
      if ((offer === undefined) === (explicit === undefined)) {
        throw new PolicyInputError('options', 'exactly one of offer or policy', consumeOptions);
      }
      const policy = resolvePolicy(
        offer ?? explicit,
        offer === undefined ? 'options.policy' : 'options.offer',
      );
      const time = timeArgument(consumeOptions);
      // Permanent reasons are known without Redis; the script then only reads the usage.
      const admissible =
        weight > 0 &&
        weight <= policy.maxRecipientsPerMessage &&
        (sizeBytes === undefined || sizeBytes <= policy.maxMessageBytes);
      let reply: number[];
      try {
        reply = (
          await run(mailbox, [
            'consume',
            WINDOW,
            time,
            id,
            String(weight),
            String(policy.dailySendLimit),
            admissible ? '1' : '0',
            WINDOW,
          ])
        ).map(Number);
      } catch (error) {
        return {
          status: 'unavailable',
          allowed: failMode === 'open',
          error: error as SendLogError,
        };
      }
      const [kind, used = 0, nowMs = 0, a = 0, b = 0] = reply;
      const at = new Date(nowMs);
      const limit = policy.dailySendLimit;
      if (kind === KIND_DUPLICATE) {
        return {
          status: 'duplicate',
          allowed: true,
          weight: a,
          used,
          remaining: Math.max(0, limit - used),
          limit,
          at,
          recordedAt: new Date(b),
        };
      }
      const decision = judgeSend(policy, weight, sizeBytes, used, () =>
        a === 1 ? new Date(b) : null,
      );
      if (decision.allowed !== (kind === KIND_ADMITTED)) {
        // The script and judgeSend apply the same rule; a mismatch means a foreign reply.
        throw new SendLogError('reply', `unexpected reply from Redis: ${JSON.stringify(reply)}`);
      }
      return decision.allowed
        ? { ...decision, status: 'admitted', at }
        : { ...decision, status: 'refused', at };
    },

    async release(mailbox, id, releaseOptions) {
      toName(mailbox, 'mailbox');
      const args = ['release', WINDOW, timeArgument(releaseOptions), toName(id, 'id')];
      const [released] = await run(mailbox, args);
      return Number(released) === 1;
    },

    async read(mailbox, readOptions) {
      const reply = await run(mailbox, ['read', WINDOW, timeArgument(readOptions)]);
      const sends: LoggedSend[] = [];
      for (let i = 1; i + 2 < reply.length; i += 3) {
        sends.push({
          id: String(reply[i]),
          at: new Date(Number(reply[i + 1])),
          recipients: Number(reply[i + 2]),
        });
      }
      return sends;
    },
  };
}
