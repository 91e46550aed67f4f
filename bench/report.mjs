// Shared by the benchmarks: formatting, and pasting figures into docs/performance.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export function formatNs(ns) {
  return ns >= 1e6
    ? `${(ns / 1e6).toFixed(2)} ms`
    : ns >= 1e3
      ? `${(ns / 1e3).toFixed(2)} µs`
      : `${ns.toFixed(0)} ns`;
}

export function table(header, body) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

const pinnedTo = process.env.BENCH_PINNED;

export const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores${
  pinnedTo === undefined ? '' : `, pinned to CPU ${pinnedTo}`
}, Node ${process.version}`;

/**
 * On Linux, runs the calling script again on one CPU (`taskset`), and exits with its code; it
 * returns at once elsewhere, when `taskset` is missing, in the process it started, or when
 * `BENCH_CPU=any`. The child processes a benchmark starts inherit the CPU.
 *
 * Why: on the 2-core VM these figures come from, one CPU runs everything about 1.5 times
 * slower than the other at any given time, and which one changes (measured with `taskset -c 0`
 * and `-c 1`, minutes apart: valibot on the refused addresses took 125–131 ns on CPU 0 and
 * 83–85 on CPU 1, then 79–82 on CPU 0 and 122–127 on CPU 1). A process the scheduler moves from
 * one to the other during a run gives ratios between tasks timed at different speeds: the same
 * build measured 10.3× and 17.8× against validator.js unpinned, 13.6–15.9× pinned. `BENCH_CPU`
 * chooses the CPU (default: the last one).
 */
export function pinToOneCpu() {
  const cpu = process.env.BENCH_CPU ?? String(os.cpus().length - 1);
  if (process.platform !== 'linux' || pinnedTo !== undefined || cpu === 'any') return;
  const args = ['-c', cpu, process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const run = spawnSync('taskset', args, {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PINNED: cpu },
  });
  if (run.error !== undefined) return; // no taskset: run where the scheduler puts it
  process.exit(run.status ?? 1);
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Rewrites the `<!-- bench:NAME -->` blocks of docs/performance.md: `[[name, markdown], …]`. */
export function writeBlocks(blocks) {
  const path = new URL('../docs/performance.md', import.meta.url);
  let text = readFileSync(path, 'utf8');
  for (const [name, content] of blocks) {
    const block = new RegExp(`<!-- bench:${name} -->\\n[\\s\\S]*?<!-- /bench:${name} -->`);
    if (!block.test(text))
      throw new Error(`docs/performance.md has no <!-- bench:${name} --> block`);
    text = text.replace(block, () => `<!-- bench:${name} -->\n${content}\n<!-- /bench:${name} -->`);
  }
  writeFileSync(path, text);
  console.log('\ndocs/performance.md updated');
}

/**
 * The best of 50 passes of `check` over `list`, in nanoseconds per item, after 10 passes that
 * warm the JIT up; `accepted` counts what `check` accepted (so that no pass is optimised away).
 * A list of fewer than 10,000 items is repeated up to that many in a pass, so that a small set
 * (the corpus's internationalised domains: 175 addresses) gets as many calls to warm up and to
 * time as the corpus does. For bench/paired.mjs and bench/floor.mjs, which run it in fresh
 * processes.
 */
export function bestPass(list, check) {
  const items =
    list.length >= 10_000
      ? list
      : Array.from({ length: Math.ceil(10_000 / list.length) }, () => list).flat();
  let best = Number.POSITIVE_INFINITY;
  let accepted = 0;
  for (let pass = 0; pass < 60; pass++) {
    const start = process.hrtime.bigint();
    for (const item of items) if (check(item)) accepted++;
    const ns = Number(process.hrtime.bigint() - start) / items.length;
    if (pass >= 10 && ns < best) best = ns;
  }
  return { ns: best, accepted };
}

/** Runs the script `self` again in a fresh Node.js process with `args`, and parses its JSON. */
export function inChild(self, args) {
  return JSON.parse(execFileSync(process.execPath, [self, ...args]).toString());
}

/** The middle figure of `list` (the upper of the two for an even count). */
export function median(list) {
  return [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
}

/**
 * Times each of `rows` (`{ key: label }`) in `processes` fresh runs of the script `self`
 * (`--child <build> <key>`, which prints nanoseconds) and prints the medians, in ms or µs, beside
 * the labels: the main part of the benchmarks that compare a build with another.
 */
export function printChildRows(self, build, rows, processes, digits = 2) {
  for (const [row, label] of Object.entries(rows)) {
    const ns = median(
      Array.from({ length: processes }, () => inChild(self, ['--child', build, row])),
    );
    const shown = ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(digits)} µs`;
    console.log(`${shown.padStart(10)}  ${label}`);
  }
}
