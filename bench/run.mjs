// npm run bench [-- --write]: every benchmark in one run, reported as ratios.
// Needs `node --expose-gc` for the memory figures (the npm script passes it).
import { Bench } from 'tinybench';
import { addressSummary, addressTasks } from './address.mjs';
import { ledgerMemory, quotaSummary, quotaTasks } from './quota.mjs';
import { formatNs, machine, pinToOneCpu, table, today, writeBlocks } from './report.mjs';
import { sizeMarkdown } from './sizes.mjs';

pinToOneCpu();

const write = process.argv.includes('--write');
const time = Number(process.env.BENCH_TIME ?? 1000);

const quota = quotaTasks();
const address = addressTasks();
const tasks = [...quota, ...address.tasks];
const bench = new Bench({ time, warmup: true, warmupTime: 200 });
for (const task of tasks) bench.add(task.name, task.fn);
await bench.run();

/** Median nanoseconds per operation, by task key. */
const results = new Map();
const rows = [];
const addressRows = [];
for (const task of tasks) {
  const result = bench.getTask(task.name).result;
  const nsPerOp = (result.latency.p50 * 1e6) / task.perIteration;
  results.set(task.key, nsPerOp);
  (quota.includes(task) ? rows : addressRows).push([
    task.group,
    task.name,
    formatNs(nsPerOp),
    String(result.latency.samplesCount ?? result.latency.samples?.length ?? ''),
  ]);
}
const ratios = quotaSummary(results).map(([label, value]) => [
  label,
  `${value.toFixed(value < 10 ? 2 : 0)}×`,
]);
const addressRatios = addressSummary(results).map(([label, value]) => [
  label,
  `${value.toFixed(2)}×`,
]);
const agreement = address.agreement.map((entry) => [
  entry.name,
  entry.accepted.toLocaleString('en'),
  entry.acceptsRefused.toLocaleString('en'),
]);
const memory = [ledgerMemory(1_000_000, false), ledgerMemory(100_000, true)].map((m) => [
  `SendLedger, ${m.count.toLocaleString('en')} sends${m.withIds ? ' with ids' : ''}`,
  `${m.bytesPerSend.toFixed(1)} B per send`,
]);

const markdown = [
  `Measured ${today()} on ${machine} with \`npm run bench\` (tinybench, median of each task).`,
  '',
  table(['group', 'task', 'median per decision', 'samples'], rows),
  '',
  table(['ratio', 'measured'], ratios),
  '',
  table(['memory', 'measured'], memory),
].join('\n');
const addressMarkdown = [
  `Measured ${today()} on ${machine} with \`npm run bench\`, in the same run as the figures above.`,
  '',
  table(['group', 'task', 'median per address', 'samples'], addressRows),
  '',
  table(['ratio', 'measured'], addressRatios),
  '',
  'What each one accepts on the same 10,000 addresses, and how many of those the provider refuses:',
  '',
  table(['validator', 'accepted', 'of which the provider refuses'], agreement),
].join('\n');
console.log(`\n${addressMarkdown}`);
console.log(markdown);

// Bundle sizes, from the same size-limit budgets `npm test` checks.
const sizes = sizeMarkdown();
console.log(`\n${sizes}`);

if (write) {
  writeBlocks([
    ['quota', markdown],
    ['address', addressMarkdown],
    ['size', sizes],
  ]);
}
