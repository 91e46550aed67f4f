// npm run bench:redis [-- --write]: the Redis send log against a plain PING round trip, in one
// run, on a redis-server this script starts on 127.0.0.1 (Debian's package) and stops after.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { createRedisSendLog } from '../dist/esm/redis/index.js';
import { formatNs, machine, table, today, writeBlocks } from './report.mjs';

const write = process.argv.includes('--write');
const COUNT = Number(process.env.BENCH_REDIS_COUNT ?? 20_000);

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const child = spawn(
  process.env.REDIS_SERVER ?? 'redis-server',
  ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
  { stdio: 'ignore' },
);
const redis = new Redis(port, '127.0.0.1', { retryStrategy: () => 20 });
redis.on('error', () => undefined); // refused connections until the server listens
await redis.ping(); // queued until the server listens
const version = (await redis.info('server')).match(/redis_version:(\S+)/)?.[1];

/** Runs `op(i)` COUNT times with `depth` calls in flight; latency of each call, in ns. */
async function measure(depth, op) {
  const latencies = new Float64Array(COUNT);
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: depth }, async () => {
      for (let i = next++; i < COUNT; i = next++) {
        const t = process.hrtime.bigint();
        await op(i);
        latencies[i] = Number(process.hrtime.bigint() - t);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort();
  const at = (q) => latencies[Math.min(COUNT - 1, Math.floor(q * COUNT))];
  return { perSecond: COUNT / seconds, p50: at(0.5), p99: at(0.99) };
}

const log = createRedisSendLog(redis, { prefix: 'bench:' });
const MAILBOXES = 200;
let run = 0;
/** A decision on one of 200 mailboxes (mail-premium: 1,440 a day), 1 to 5 recipients. */
const consume = (i) =>
  log.tryConsume(
    `box${i % MAILBOXES}@exemple.ch`,
    { id: `<${run}.${i}@exemple.ch>`, recipients: 1 + (i % 5) },
    { offer: 'mail-premium' },
  );

const rows = [];
const results = {};
for (const depth of [1, 50]) {
  for (const [name, op] of [
    ['PING (the floor)', () => redis.ping()],
    ['tryConsume', consume],
  ]) {
    await redis.flushall();
    run++;
    await measure(depth, op); // warm-up
    await redis.flushall();
    run++;
    const r = await measure(depth, op);
    results[`${name}@${depth}`] = r;
    rows.push([
      name,
      String(depth),
      Math.round(r.perSecond).toLocaleString('en'),
      formatNs(r.p50),
      formatNs(r.p99),
    ]);
  }
}
const ratio = (depth) =>
  results[`tryConsume@${depth}`].perSecond / results[`PING (the floor)@${depth}`].perSecond;

/** Memory per mailbox: one mailbox at its limit, ids like Message-IDs. */
async function memory(sends) {
  await redis.flushall();
  const box = 'memory@exemple.ch';
  for (let i = 0; i < sends; i++) {
    await log.tryConsume(
      box,
      { id: `<${String(i).padStart(8, '0')}.a1b2c3d4@exemple.ch>`, recipients: 1 },
      { policy: { dailySendLimit: sends, maxRecipientsPerMessage: 100, maxMessageBytes: 1e9 } },
    );
  }
  let bytes = 0;
  for (const key of Object.values(log.keys(box))) bytes += Number(await redis.memory('USAGE', key));
  const label = sends === 1 ? '1 send' : `${sends.toLocaleString('en')} sends`;
  return [
    `${label} (ids of 30 characters)`,
    `${bytes.toLocaleString('en')} B`,
    `${(bytes / sends).toFixed(0)} B`,
  ];
}
const memoryRows = [await memory(1), await memory(100), await memory(500), await memory(1440)];

const markdown = [
  `Measured ${today()} on ${machine}, Redis ${version} on 127.0.0.1, ioredis, with \`npm run bench:redis\` (${COUNT.toLocaleString('en')} calls per row, 200 mailboxes on mail-premium).`,
  '',
  table(['operation', 'in flight', 'per second', 'p50', 'p99'], rows),
  '',
  `tryConsume reaches ${(ratio(1) * 100).toFixed(0)}% of the PING rate one call at a time and ${(ratio(50) * 100).toFixed(0)}% with 50 in flight.`,
  '',
  table(['one mailbox holding', 'memory (3 keys)', 'per send'], memoryRows),
].join('\n');
console.log(markdown);
if (write) writeBlocks([['redis', markdown]]);

redis.disconnect();
child.kill('SIGKILL');
