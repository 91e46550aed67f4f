#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { wantsColor } from './common.js';
import { run } from './run.js';

/**
 * Bytes as UTF-8 text, without the byte-order mark that Windows editors and Excel's "CSV UTF-8"
 * put first (`TextDecoder` drops it; `Buffer#toString` kept it, and a history file saved so
 * read as "not valid JSON" on its first line).
 */
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Standard input, whole: what `-` names in place of a file or a reply. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return utf8(Buffer.concat(chunks));
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: async (path) => (path === '-' ? readStdin() : utf8(await readFile(path))),
  now: () => new Date(),
  color: wantsColor(process.stdout.isTTY, process.env),
});
