// node bench/paired.mjs <build A> <build B> [--task validate] [--set all] [--runs 7]
//
// Tells two builds of the library apart on the address corpus, where one tinybench run cannot:
// on a small VM the same build measures up to 1.5x apart from one process to the next (the
// JIT's choices differ). Each build is timed in fresh processes, A and B alternating; a
// process times the task over the corpus 60 times and keeps its best pass; the median of the
// processes is reported, with every figure. A build is a `dist` folder (for example the one of
// a previous commit, copied aside before rebuilding).
//
//   --task  validate (validateAddress), isValid (isValidAddress), validateRfc and isValidRfc
//           (the same in rfc mode), localPart (validateLocalPart on the part before the last @),
//           valibot (its safeParse)
//   --set   all (the 10,000 addresses), ok (those the provider accepts), bad (the others),
//           idn (those whose domain goes through IDNA: non-ASCII, or an xn-- label), fresh
//           (2,000 internationalised domains, each seen once a pass: more than the IDNA memo
//           keeps, so that each is converted afresh; half typed in Unicode, half in xn-- form)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bestPass, inChild, median, pinToOneCpu } from './report.mjs';

const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, build, task, set] = args;
  const [{ corpus }, valibot] = await Promise.all([import('./address.mjs'), import('valibot')]);
  const lib = await import(pathToFileURL(path.join(build, 'esm/index.js')).href);
  const all = corpus();
  const sets = {
    all: () => all,
    ok: () => all.filter((a) => lib.isValidAddress(a)),
    bad: () => all.filter((a) => !lib.isValidAddress(a)),
    idn: () => all.filter((a) => /[^\0-\x7f]|xn--/i.test(a.slice(a.lastIndexOf('@') + 1))),
    fresh: () =>
      Array.from({ length: 2000 }, (_, index) =>
        index % 2 === 0 ? `anna@bücher${index}.de` : `anna@xn--bcher-kva.x${index}.ch`,
      ),
  };
  if (!Object.hasOwn(sets, set)) throw new Error(`unknown set ${set}`);
  const list = sets[set]();
  const email = valibot.pipe(valibot.string(), valibot.email());
  const rfc = { mode: 'rfc' };
  const check = {
    validate: (a) => lib.validateAddress(a).ok,
    isValid: (a) => lib.isValidAddress(a),
    isValidRfc: (a) => lib.isValidAddress(a, rfc),
    validateRfc: (a) => lib.validateAddress(a, rfc).ok,
    // The part before the last @, as validateLocalPart would be given it in a form.
    localPart: (a) => lib.validateLocalPart(a.slice(0, a.lastIndexOf('@'))).ok,
    valibot: (a) => valibot.safeParse(email, a).success,
  }[task];
  if (check === undefined) throw new Error(`unknown task ${task}`);
  console.log(JSON.stringify(bestPass(list, check)));
} else {
  pinToOneCpu();
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at < 0 ? fallback : args[at + 1];
  };
  const builds = args.filter(
    (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
  );
  if (builds.length !== 2) {
    console.error(
      'usage: node bench/paired.mjs <build A> <build B> [--task validate] [--set all] [--runs 7]',
    );
    process.exit(2);
  }
  const task = option('task', 'validate');
  const set = option('set', 'all');
  const runs = Number(option('runs', '7'));
  const figures = builds.map(() => []);
  for (let run = 0; run < runs; run++) {
    builds.forEach((build, which) => {
      figures[which].push(inChild(self, ['--child', path.resolve(build), task, set]).ns);
    });
  }
  console.log(`${task} on the ${set} addresses, ns per address (median of ${runs} processes):`);
  builds.forEach((build, which) => {
    const all = figures[which].map((ns) => ns.toFixed(1)).join(' ');
    console.log(`  ${build}: ${median(figures[which]).toFixed(1)}  [${all}]`);
  });
  console.log(`  B / A: ${(median(figures[1]) / median(figures[0])).toFixed(3)}`);
}
