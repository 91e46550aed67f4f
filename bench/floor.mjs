// node bench/floor.mjs: what the corpus's accepted addresses cost at the least on this machine.
//
// The figures behind the "why the speed goals are out of reach" paragraph of
// docs/performance.md: a loop that only reads each character, valibot's regular expression
// alone, valibot's whole answer, the provider's fast pass alone (an internal function, read
// from the build), and validateAddress. Each row is timed in a fresh process (best of 50
// passes over the accepted addresses, median of 5 processes), as in bench/paired.mjs.
import { fileURLToPath } from 'node:url';
import { bestPass, inChild, median, pinToOneCpu } from './report.mjs';

const self = fileURLToPath(import.meta.url);
const ROWS = {
  read: 'a loop reading each character (charCodeAt and a table), nothing else',
  regex: "valibot's email regular expression alone",
  valibot: 'valibot safeParse(pipe(string(), email()))',
  pass: 'the provider fast pass alone (quickProvider)',
  validate: 'validateAddress (the pass, two slices, the result)',
};

if (process.argv[2] === '--child') {
  const row = process.argv[3];
  const [{ corpus }, v, lib] = await Promise.all([
    import('./address.mjs'),
    import('valibot'),
    import('../dist/esm/address/validateAddress.js'),
  ]);
  const accepted = corpus().filter((address) => lib.isValidAddress(address));
  const EMAIL = v.EMAIL_REGEX; // the one email() runs
  const TABLE = new Uint8Array(128).fill(1);
  const schema = v.pipe(v.string(), v.email());
  const check = {
    read: (text) => {
      let sum = 0;
      for (let index = 0; index < text.length; index++) sum += TABLE[text.charCodeAt(index)];
      return sum > 3;
    },
    regex: (text) => EMAIL.test(text),
    valibot: (text) => v.safeParse(schema, text).success,
    pass: (text) => lib.quickProvider(text) >= 0,
    validate: (text) => lib.validateAddress(text).ok,
  }[row];
  const length = accepted.reduce((sum, address) => sum + address.length, 0) / accepted.length;
  console.log(JSON.stringify({ ...bestPass(accepted, check), length }));
} else {
  pinToOneCpu();
  const runs = 5;
  let length = 0;
  console.log("the corpus's accepted addresses, ns per address (median of 5 processes):");
  for (const [row, label] of Object.entries(ROWS)) {
    const figures = [];
    for (let run = 0; run < runs; run++) {
      const out = inChild(self, ['--child', row]);
      figures.push(out.ns);
      length = out.length;
    }
    console.log(`  ${median(figures).toFixed(1).padStart(6)}  ${label}`);
  }
  console.log(`(average length ${length.toFixed(1)} characters)`);
}
