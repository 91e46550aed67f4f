// node bench/messages.mjs [build]: what writing a message costs, the first time and after.
//
// A form shows a message on the first key that breaks a rule: the first `Intl` object a process
// makes costs milliseconds (the platform loads its locale data), so the formatters make theirs
// only when a message needs one, and keep them (the number formats for the process, one per
// language, shared by every formatter and sentence writer). Each row is timed in 9 fresh processes
// (median): the first call with `performance.now()` around it; the calls after it as the best
// of 20 passes of 500 calls. `build` is a `dist` folder (default: this package's).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printChildRows } from './report.mjs';

const self = fileURLToPath(import.meta.url);
const ISSUES = {
  dots: { code: 'consecutive-dots', rule: 'R-LP-4', index: 4, char: '.', count: 1 },
  long: { code: 'too-long', rule: 'R-LP-1', index: 64, count: 6, limit: 64, actual: 70 },
  daily: {
    code: 'daily-limit-reached',
    rule: 'R-SEND-1',
    limit: 500,
    used: 500,
    weight: 1,
    retryAt: new Date(0),
    suggestion: { code: 'use-newsletter-tool', rule: 'R-SEND-5' },
  },
};
const ROWS = {
  'first:dots': "first call: formatAddressIssue of locales/fr, 'consecutive-dots' (no number)",
  'first:long': "first call: formatAddressIssue of locales/fr, 'too-long' (a number)",
  'first:intl': 'first call: new Intl.NumberFormat alone (reference)',
  'each:dots': "each call after: formatIssue(issue, 'fr'), 'consecutive-dots'",
  'each:long': "each call after: formatIssue(issue, 'fr'), 'too-long'",
  'each:daily': "each call after: formatIssue(issue, 'fr'), 'daily-limit-reached' (a date)",
  'each:zone': "each call after: formatIssue(issue, 'fr', { timeZone: 'UTC' }), the date one",
  'each:folder': "each call after: formatFolderAdvice(folderAdvice(4500), 'fr') (a number)",
  'each:delivery': "each call after: formatAttachmentDelivery('swisstransfer-link', 'fr') (a size)",
  'each:fresh': "each call after: createFormatter(fr, 'fr') made anew, then 'too-long'",
};

/** What one call of an `each` row does, given the main entry's exports. */
const CALLS = {
  folder: (lib) => () => lib.formatFolderAdvice(lib.folderAdvice(4500), 'fr'),
  delivery: (lib) => () => lib.formatAttachmentDelivery('swisstransfer-link', 'fr'),
  // A form that makes its schema (and so its formatter) at each render.
  fresh: (lib) => () => lib.createFormatter(lib.fr, 'fr')(ISSUES.long),
};

if (process.argv[2] === '--child') {
  const [, , , build, row] = process.argv;
  const load = (entry) => import(pathToFileURL(path.join(build, 'esm', entry)).href);
  const [kind, name] = row.split(':');
  if (kind === 'first') {
    const fr = await load('locales/fr.js');
    const start = performance.now();
    if (name === 'intl') new Intl.NumberFormat('fr');
    else fr.formatAddressIssue(ISSUES[name]);
    console.log(JSON.stringify((performance.now() - start) * 1e6)); // ns
  } else {
    const lib = await load('index.js');
    const issue = ISSUES[name === 'zone' ? 'daily' : name];
    const options = name === 'zone' ? { timeZone: 'UTC' } : undefined;
    const once = CALLS[name]?.(lib) ?? (() => lib.formatIssue(issue, 'fr', options));
    let best = Number.POSITIVE_INFINITY;
    for (let pass = 0; pass < 20; pass++) {
      const start = process.hrtime.bigint();
      for (let call = 0; call < 500; call++) once();
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 500);
    }
    console.log(JSON.stringify(best)); // ns
  }
} else {
  const build = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  printChildRows(self, build, ROWS, 9);
}
