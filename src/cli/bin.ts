#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { wantsColor } from './common.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFile(path, 'utf8'),
  now: () => new Date(),
  color: wantsColor(process.stdout.isTTY, process.env),
});
