// node bench/first-message.mjs [build]: what the first message of a fresh process costs.
//
// A form shows a message on the first key that breaks a rule: the first `Intl` object a process
// makes costs milliseconds (the platform loads its locale data), so the formatters make theirs
// only when a message needs one. Each row is timed in 9 fresh processes (median), with `performance.now()`
// around one call; `build` is a `dist` folder (default: this package's).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inChild, median } from './report.mjs';

const self = fileURLToPath(import.meta.url);
const ROWS = {
  plain: "formatAddressIssue of locales/fr, first call: 'consecutive-dots' (no number)",
  count: "formatAddressIssue of locales/fr, first call: 'too-long' (a number)",
  intl: 'new Intl.NumberFormat, the first Intl object of the process (reference)',
};

if (process.argv[2] === '--child') {
  const [, , , build, row] = process.argv;
  const load = (entry) => import(pathToFileURL(path.join(build, 'esm', entry)).href);
  const fr = await load('locales/fr.js');
  const issues = {
    plain: { code: 'consecutive-dots', rule: 'R-LP-4', index: 4, char: '.', count: 1 },
    count: { code: 'too-long', rule: 'R-LP-1', index: 64, count: 6, limit: 64, actual: 70 },
  };
  const start = performance.now();
  if (row === 'intl') new Intl.NumberFormat('fr');
  else fr.formatAddressIssue(issues[row]);
  console.log(JSON.stringify(performance.now() - start));
} else {
  const build = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  for (const [row, label] of Object.entries(ROWS)) {
    const times = Array.from({ length: 9 }, () => inChild(self, ['--child', build, row]));
    console.log(`${median(times).toFixed(2).padStart(7)} ms  ${label}`);
  }
}
