#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { wantsColor } from './common.js';
import { run } from './run.js';

/** Standard input, whole: what `-` names in place of a file or a reply. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  now: () => new Date(),
  color: wantsColor(process.stdout.isTTY, process.env),
});
