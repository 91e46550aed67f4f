// Shared by the benchmarks: formatting, and pasting figures into docs/performance.md.
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

export const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;

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
