// npm run bench [-- --write]: every benchmark in one run, reported as ratios.
// Needs `node --expose-gc` for the memory figures (the npm script passes it).
import { Bench } from 'tinybench';
import { addressSummary, addressTasks } from './address.mjs';
import { ledgerMemory, quotaSummary, quotaTasks } from './quota.mjs';
import { formatNs, machine, median, pinToOneCpu, table, today, writeBlocks } from './report.mjs';
import { sizeMarkdown } from './sizes.mjs';

pinToOneCpu();

const write = process.argv.includes('--write');
// Each task's time (ms) and its minimum iterations, spread over the rounds below.
const time = Number(process.env.BENCH_TIME ?? 1000);
const rounds = Math.max(1, Math.round(Number(process.env.BENCH_ROUNDS ?? 5)) || 1);

const quota = quotaTasks();
const address = addressTasks();
const tasks = [...quota, ...address.tasks];

// Every task is timed in each of `rounds` rounds, the list rotated a little further each round,
// and each figure is the median of the rounds: on the VM of docs/performance.md a CPU's speed
// changes now and then, by up to 1.5 times, even pinned, and one task timed through such a
// change gave the ratios of a whole run against it (validator.js / validateAddress 15.1×,
// 20.9× and 16.2× in three runs of one build). A ratio is taken within each round, between
// tasks timed seconds apart rather than up to a minute apart, and the median of the rounds is
// reported with their range.
/** Nanoseconds per operation, by task key, one figure per round. */
const perRound = new Map(tasks.map((task) => [task.key, []]));
const sampleCounts = new Map(tasks.map((task) => [task.key, 0]));
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({
    time: time / rounds,
    iterations: Math.ceil(64 / rounds),
    warmup: round === 0,
    warmupTime: 200,
  });
  const shift = Math.round((round * tasks.length) / rounds);
  for (const task of [...tasks.slice(shift), ...tasks.slice(0, shift)]) {
    bench.add(task.name, task.fn);
  }
  await bench.run();
  for (const task of tasks) {
    const { latency } = bench.getTask(task.name).result;
    perRound.get(task.key).push((latency.p50 * 1e6) / task.perIteration);
    const count = latency.samplesCount ?? latency.samples?.length ?? 0;
    sampleCounts.set(task.key, sampleCounts.get(task.key) + count);
  }
}
const roundResults = Array.from(
  { length: rounds },
  (_, round) => new Map([...perRound].map(([key, list]) => [key, list[round]])),
);

/** Median nanoseconds per operation, by task key. */
const results = new Map([...perRound].map(([key, list]) => [key, median(list)]));
const rows = [];
const addressRows = [];
for (const task of tasks) {
  (quota.includes(task) ? rows : addressRows).push([
    task.group,
    task.name,
    formatNs(results.get(task.key)),
    String(sampleCounts.get(task.key)),
  ]);
}

/** Each ratio of `summary`, round by round: its median and its range over the rounds. */
function ratioRows(summary, digits) {
  const byRound = roundResults.map((round) => summary(round));
  const shown = (value) => `${value.toFixed(digits(value))}×`;
  return summary(results).map(([label], index) => {
    const values = byRound.map((ratios) => ratios[index][1]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    return [label, shown(median(values)), `${shown(low)} – ${shown(high)}`];
  });
}
const ratios = ratioRows(quotaSummary, (value) => (value < 10 ? 2 : 0));
const addressRatios = ratioRows(addressSummary, () => 2);
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
  `Measured ${today()} on ${machine} with \`npm run bench\` (tinybench, ${rounds === 1 ? '1 round' : `${rounds} rounds; each figure the median of the rounds`}).`,
  '',
  table(['group', 'task', 'median per decision', 'samples'], rows),
  '',
  table(['ratio', 'median of the rounds', 'range'], ratios),
  '',
  table(['memory', 'measured'], memory),
].join('\n');
const addressMarkdown = [
  `Measured ${today()} on ${machine} with \`npm run bench\`, in the same run as the figures above.`,
  '',
  table(['group', 'task', 'median per address', 'samples'], addressRows),
  '',
  table(['ratio', 'median of the rounds', 'range'], addressRatios),
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
