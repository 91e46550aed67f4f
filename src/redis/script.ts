import { createHash } from 'node:crypto';

/**
 * @internal The one Lua script of the Redis send log: every operation is one atomic call.
 *
 * Keys (one hash tag per mailbox, so that all three live in one Redis Cluster slot):
 * - `KEYS[1]`, the log: a sorted set of message ids scored by their send time (epoch ms);
 * - `KEYS[2]`, the weights: a hash from message id to its recipients (R-SEND-2);
 * - `KEYS[3]`, the running sum of the weights in the log.
 *
 * Arguments: `ARGV[1]` the operation (`consume`, `release`, `read`), `ARGV[2]` the window in
 * ms, `ARGV[3]` the time in epoch ms or `''` for Redis's own clock (`TIME`), then per
 * operation: `consume` id, weight, limit, admissible (1 or 0), expiry in ms; `release` id.
 *
 * An event at `e` counts at `now` when `e > now − window` (as in `SendLedger`). `consume` and
 * `release` first drop the events that no longer count (so a released id must still count),
 * then `consume` admits when `used + weight ≤ limit`.
 *
 * Replies (integers only): `consume` → `{1, used, now}` admitted, `{0, used, now, hasRetry,
 * retryAt}` refused, `{2, used, now, weight, at}` a repeated id; `release` → `{released, now,
 * weight}`; `read` → `{now, id, at, weight, id, at, weight, …}`.
 */
export const SCRIPT = `
local window = tonumber(ARGV[2])
local now
if ARGV[3] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[3])
end
local CHUNK = 256
local op = ARGV[1]
-- Times as integers in decimal (Lua's own tostring would switch to exponents past 14 digits).
local function int(x) return string.format('%.0f', x) end
if op ~= 'consume' and op ~= 'release' and op ~= 'read' then
  return redis.error_reply('mail-policy: unknown operation ' .. tostring(op))
end
-- The ids of a WITHSCORES page (id, score, id, score…) and their weights, in order.
local function idsAndWeights(page)
  local ids = {}
  for i = 1, #page, 2 do ids[#ids + 1] = page[i] end
  return ids, redis.call('HMGET', KEYS[2], unpack(ids))
end

if op == 'read' then
  local out = { now }
  local offset = 0
  while true do
    local page = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. int(now - window), '+inf',
      'WITHSCORES', 'LIMIT', offset, CHUNK)
    if #page == 0 then break end
    local ids, weights = idsAndWeights(page)
    for i = 1, #ids do
      out[#out + 1] = ids[i]
      out[#out + 1] = tonumber(page[2 * i])
      out[#out + 1] = tonumber(weights[i] or '0')
    end
    offset = offset + CHUNK
  end
  return out
end

-- Writes first drop what has left the window, keeping the running sum exact.
while true do
  local gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', int(now - window), 'LIMIT', 0, CHUNK)
  if #gone == 0 then break end
  local weights = redis.call('HMGET', KEYS[2], unpack(gone))
  local freed = 0
  for i = 1, #weights do freed = freed + tonumber(weights[i] or '0') end
  redis.call('ZREM', KEYS[1], unpack(gone))
  redis.call('HDEL', KEYS[2], unpack(gone))
  if redis.call('DECRBY', KEYS[3], freed) <= 0 then redis.call('DEL', KEYS[3]) end
end

if op == 'release' then
  local id = ARGV[4]
  local weight = redis.call('HGET', KEYS[2], id)
  if not weight then return { 0, now, 0 } end
  redis.call('ZREM', KEYS[1], id)
  redis.call('HDEL', KEYS[2], id)
  if redis.call('DECRBY', KEYS[3], weight) <= 0 then redis.call('DEL', KEYS[3]) end
  return { 1, now, tonumber(weight) }
end

-- consume
local used = tonumber(redis.call('GET', KEYS[3]) or '0')
local id = ARGV[4]
local prior = redis.call('HGET', KEYS[2], id)
if prior then
  return { 2, used, now, tonumber(prior), tonumber(redis.call('ZSCORE', KEYS[1], id)) }
end

local weight = tonumber(ARGV[5])
local limit = tonumber(ARGV[6])
local admissible = ARGV[7] == '1'
if admissible and used + weight <= limit then
  redis.call('ZADD', KEYS[1], int(now), id)
  redis.call('HSET', KEYS[2], id, weight)
  redis.call('INCRBY', KEYS[3], weight)
  local ttl = tonumber(ARGV[8])
  for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ttl) end
  return { 1, used, now }
end

-- Refused. Waiting can help only for volume alone: the oldest events leave the window first.
if admissible and weight <= limit then
  local excess = used + weight - limit
  local freed = 0
  local offset = 0
  while true do
    local page = redis.call('ZRANGE', KEYS[1], offset, offset + CHUNK - 1, 'WITHSCORES')
    if #page == 0 then break end
    local ids, weights = idsAndWeights(page)
    for i = 1, #ids do
      freed = freed + tonumber(weights[i] or '0')
      if freed >= excess then return { 0, used, now, 1, tonumber(page[2 * i]) + window } end
    end
    offset = offset + CHUNK
  end
end
return { 0, used, now, 0, 0 }
`;

let sha: string | undefined;

/** @internal The script's SHA-1, as `EVALSHA` wants it (computed once). */
export function scriptSha(): string {
  sha ??= createHash('sha1').update(SCRIPT).digest('hex');
  return sha;
}
