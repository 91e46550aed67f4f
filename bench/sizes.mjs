// npm run bench:size [-- --write]: the size-limit budgets as the table of docs/performance.md,
// without the timings (npm run bench writes it too, in its run).
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { table, today, writeBlocks } from './report.mjs';

/** The size-limit figures, from the same budgets `npm test` checks, as markdown. */
export function sizeMarkdown() {
  const sizes = JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' }));
  return [
    `Measured ${today()} with \`npx size-limit\` (minified and gzipped; budgets in \`package.json\`).`,
    '',
    table(
      ['import', 'budget', 'measured'],
      sizes.map((entry) => [
        entry.name,
        `${(entry.sizeLimit / 1000).toFixed(2)} kB`,
        `${(entry.size / 1000).toFixed(2)} kB`,
      ]),
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const markdown = sizeMarkdown();
  console.log(markdown);
  if (process.argv.includes('--write')) writeBlocks([['size', markdown]]);
}
