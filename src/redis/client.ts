import { PolicyInputError } from '../_lib/errors.js';

/**
 * Sends one raw command (`['EVALSHA', sha, '3', key, …]`) and resolves with Redis's reply.
 * The smallest adapter: write one for any client the two shapes below do not cover, such as
 * node-redis's cluster client: `(args) => cluster.sendCommand(args[3], false, [...args])` (the
 * fourth argument is the first key).
 */
export type RedisCommand = (args: readonly string[]) => Promise<unknown>;

/**
 * A Redis client the send log can use: an ioredis `Redis` or `Cluster` (it has `call`), a
 * node-redis client from `createClient` (it has `sendCommand`), or a {@link RedisCommand}
 * function. The library imports neither client: both are optional peer dependencies.
 */
export type RedisClientLike =
  | {
      /** ioredis: sends any command, `call('EVALSHA', sha, …)`. */
      call(command: string, ...args: string[]): Promise<unknown>;
    }
  | {
      /** node-redis: sends any command, `sendCommand(['EVALSHA', sha, …])`. */
      sendCommand(args: string[]): Promise<unknown>;
    }
  | RedisCommand;

/** @internal One function for whichever client was given. */
export function toRedisCommand(client: unknown): RedisCommand {
  if (typeof client === 'function') return client as RedisCommand;
  if (typeof client === 'object' && client !== null) {
    const { call, sendCommand } = client as Record<string, unknown>;
    if (typeof call === 'function') {
      return (args) => call.apply(client, args as string[]) as Promise<unknown>;
    }
    if (typeof sendCommand === 'function') {
      return (args) => sendCommand.call(client, [...args]) as Promise<unknown>;
    }
  }
  throw new PolicyInputError(
    'client',
    'an ioredis client (with call), a node-redis client (with sendCommand) or a function (args) => Promise',
    client,
  );
}
