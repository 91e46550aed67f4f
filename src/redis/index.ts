/**
 * A shared, exact, atomic send log on Redis for quota decisions across many servers:
 * `import { createRedisSendLog } from 'infomaniak-mail-policy/redis'`. Works with an ioredis
 * or node-redis client you already have (both optional peer dependencies; this subpath imports
 * neither) or any function that sends a raw command. Node.js only (it uses `node:crypto`).
 *
 * @packageDocumentation
 */
export type { RedisClientLike, RedisCommand } from './client.js';
export type {
  ConsumeAdmitted,
  ConsumeDuplicate,
  ConsumeOptions,
  ConsumeRefused,
  ConsumeResult,
  ConsumeUnavailable,
  LoggedSend,
  RedisSendLog,
  RedisSendLogOptions,
  SendAttempt,
  SendLogErrorReason,
  SendLogKeys,
} from './sendLog.js';
export { createRedisSendLog, SendLogError } from './sendLog.js';
