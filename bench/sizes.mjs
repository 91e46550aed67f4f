// npm run bench:size [-- --write]: the size-limit budgets as the table of docs/performance.md,
// without the timings (npm run bench writes it too, in its run). `--check` (run by `npm test`)
// fails when that table is stale: a budget changed, an entry came or went, or a size moved by
// more than SLACK bytes (gzip output may differ by a few bytes from one zlib to another).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { table, today, writeBlocks } from './report.mjs';

const SLACK = 20;

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * The size-limit figures, from the same budgets `npm test` checks. size-limit exits with 1 when
 * a budget is exceeded, and still prints every figure: those are read, and the entries over
 * budget named, so that a failure says which budget rather than where in this script.
 */
function measure() {
  let output;
  try {
    output = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
  } catch (error) {
    output = error.stdout;
    if (!output?.trim().startsWith('[')) throw error;
  }
  const sizes = JSON.parse(output);
  for (const entry of sizes.filter((entry) => !entry.passed))
    console.error(`Over budget: ${entry.name}, ${entry.size} B of ${entry.sizeLimit} B.`);
  return sizes;
}

/** The size-limit figures as markdown. */
export function sizeMarkdown(sizes = measure()) {
  return [
    `Measured ${today()} with \`npx size-limit\` (minified and gzipped; budgets in \`package.json\`).`,
    '',
    table(
      ['import', 'budget', 'measured'],
      sizes.map((entry) => [entry.name, kB(entry.sizeLimit), kB(entry.size)]),
    ),
  ].join('\n');
}

/** What differs between the table of docs/performance.md and `sizes`, in words (none: fresh). */
export function staleRows(docs, sizes) {
  const block = /<!-- bench:size -->\n([\s\S]*?)<!-- \/bench:size -->/.exec(docs)?.[1] ?? '';
  const rows = new Map(
    block
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\| (import|---) \|/.test(line))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')))
      .map(([name, budget, measured]) => [name, { budget, measured }]),
  );
  const problems = [];
  for (const entry of sizes) {
    const row = rows.get(entry.name);
    rows.delete(entry.name);
    if (row === undefined) problems.push(`${entry.name}: not in the table`);
    else if (row.budget !== kB(entry.sizeLimit))
      problems.push(`${entry.name}: budget ${row.budget} in the table, ${kB(entry.sizeLimit)} now`);
    else if (Math.abs(Number.parseFloat(row.measured) * 1000 - entry.size) > SLACK)
      problems.push(`${entry.name}: ${row.measured} in the table, ${kB(entry.size)} measured`);
  }
  for (const name of rows.keys()) problems.push(`${name}: in the table, not in the budgets`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = measure();
  if (process.argv.includes('--check')) {
    const docs = readFileSync(new URL('../docs/performance.md', import.meta.url), 'utf8');
    const problems = staleRows(docs, sizes);
    if (problems.length > 0) {
      console.error(
        `The size table of docs/performance.md is stale; run \`npm run bench:size -- --write\`:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
      );
      process.exit(1);
    }
    console.log(`The size table of docs/performance.md is fresh (${sizes.length} entries).`);
    if (sizes.some((entry) => !entry.passed)) process.exit(1);
  } else {
    const markdown = sizeMarkdown(sizes);
    console.log(markdown);
    if (process.argv.includes('--write')) writeBlocks([['size', markdown]]);
  }
}
