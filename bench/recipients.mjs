// node bench/recipients.mjs [build]: what a message's recipients cost a send decision.
//
// `decideSend` weighs a message by its recipients (R-SEND-2): a count is read as it is; a list
// or a header's string is read address by address (countRecipients separates them as RFC 5322
// does, so that a list entry holding several addresses is not counted as one). Each row is the
// best of 10 passes of 2,000 decisions over a SendLedger of 1,000 sends, in 7 fresh processes
// (median). `build` is a `dist` folder (default: this package's).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pinToOneCpu, printChildRows } from './report.mjs';

const self = fileURLToPath(import.meta.url);
const ADDRESSES = Array.from({ length: 100 }, (_, i) => `person.number${i}@example.com`);
const ROWS = {
  count: 'decideSend, { recipients: 100 }',
  one: "decideSend, { to: ['anna@example.com'] }",
  list: 'decideSend, { to: [100 addresses] }',
  header: 'decideSend, { to: \'"Name, 0" <person.number0@example.com>, …\' } (100 addresses)',
};

if (process.argv[2] === '--child') {
  const [, , , build, row] = process.argv;
  const { decideSend, SendLedger } = await import(
    pathToFileURL(path.join(build, 'esm', 'index.js')).href
  );
  const now = Date.parse('2026-03-02T12:00:00Z');
  const history = SendLedger.from(
    Array.from({ length: 1000 }, (_, i) => ({
      at: now - 1000 * 3_600_000 + i * 3_600_000,
      recipients: 1,
    })),
  );
  const message = {
    count: { recipients: 100 },
    one: { to: ['anna@example.com'] },
    list: { to: ADDRESSES },
    header: { to: ADDRESSES.map((address, i) => `"Name, ${i}" <${address}>`).join(', ') },
  }[row];
  const calls = 2000;
  let best = Number.POSITIVE_INFINITY;
  let weight = 0;
  for (let pass = 0; pass < 10; pass++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) {
      weight += decideSend({ offer: 'mail-premium', now: now + i, history, message }).weight;
    }
    best = Math.min(best, Number(process.hrtime.bigint() - start) / calls);
  }
  if (weight === 0) throw new Error('no weight');
  console.log(JSON.stringify(best)); // ns
} else {
  pinToOneCpu();
  const build = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  printChildRows(self, build, ROWS, 7, 2);
}
