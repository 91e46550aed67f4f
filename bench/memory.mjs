// node --expose-gc bench/memory.mjs COUNT WITH_IDS: prints the bytes per send of a SendLedger.
import { SendLedger } from '../dist/esm/index.js';

const count = Number(process.argv[2]);
const withIds = process.argv[3] === 'true';
const T0 = Date.parse('2024-01-01T00:00:00Z');
const ids = withIds ? Array.from({ length: count }, (_, i) => `message-${i}`) : [];
globalThis.gc();
const before = process.memoryUsage();
const ledger = new SendLedger();
for (let i = 0; i < count; i++)
  ledger.record(T0 + i * 86_400, 1 + (i % 3), withIds ? ids[i] : undefined);
ledger.used(T0 + count * 86_400); // settle the tree
// Array buffers are swept concurrently after a collection: collect, wait a tick, collect again.
globalThis.gc();
await new Promise((resolve) => setTimeout(resolve, 50));
globalThis.gc();
const after = process.memoryUsage();
const bytes = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
process.stdout.write(String(bytes / count));
if (ledger.size !== count) process.exitCode = 1;
