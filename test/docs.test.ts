import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sizeMarkdown, staleRows } from '../bench/sizes.mjs';
import { BLOCKS, blockNames, regenerate } from './docs/generate.js';
import { originalSeedText, seedLines, seedText } from './helpers/seed.js';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md'));
/** One page per area of the policy: each states its rules and links to the seed's lines. */
const AREA_PAGES = [
  'offers-and-quotas.md',
  'sizes-and-storage.md',
  'addresses.md',
  'connection.md',
  'retention.md',
  'account.md',
];

// `npm run docs:gen` runs this file with UPDATE_DOCS=1 to rewrite the generated blocks.
describe('docs/', () => {
  it.each(pages)('%s is current with the data (npm run docs:gen rewrites it)', (page) => {
    const path = `${DOCS}${page}`;
    const text = readFileSync(path, 'utf8');
    const fresh = regenerate(text);
    if (process.env.UPDATE_DOCS === '1' && fresh !== text) writeFileSync(path, fresh);
    else expect(text, `docs/${page} is stale: run npm run docs:gen`).toBe(fresh);
  });

  it('shows every generated block somewhere', () => {
    const shown = pages.flatMap((page) => blockNames(readFileSync(`${DOCS}${page}`, 'utf8')));
    expect(shown.sort()).toEqual(Object.keys(BLOCKS).sort());
  });

  it('copies the seed exactly, so that every page can link to the lines it encodes', () => {
    if (originalSeedText !== undefined) expect(seedText).toBe(originalSeedText);
    const lineCount = seedLines.length;
    for (const page of AREA_PAGES) {
      const text = readFileSync(`${DOCS}${page}`, 'utf8');
      const links = [...text.matchAll(/\(seed\/infomaniak-kb-es\.txt#L(\d+)(?:-L(\d+))?\)/g)];
      expect(links.length, `${page} links to the seed lines it encodes`).toBeGreaterThan(0);
      for (const [, from, to = from] of links) {
        expect(Number(from)).toBeLessThanOrEqual(Number(to));
        expect(Number(to)).toBeLessThanOrEqual(lineCount);
      }
    }
  });
});

describe('the size table of docs/performance.md (checked by npm run size)', () => {
  const sizes = [
    { name: 'a alone', size: 1234, sizeLimit: 1500 },
    { name: 'b alone', size: 3500, sizeLimit: 4000 },
  ];
  const docs = (markdown: string) =>
    `text\n<!-- bench:size -->\n${markdown}\n<!-- /bench:size -->\n`;

  it('is fresh as written, and within 20 bytes (of its rounded figure) of what is measured', () => {
    expect(staleRows(docs(sizeMarkdown(sizes)), sizes)).toEqual([]);
    const moved = [{ ...sizes[0], size: 1249 }, sizes[1]] as typeof sizes; // 1.23 kB written
    expect(staleRows(docs(sizeMarkdown(sizes)), moved)).toEqual([]);
  });

  it('is stale when a size moves further, a budget changes, or an entry comes or goes', () => {
    const written = docs(sizeMarkdown(sizes));
    expect(staleRows(written, [{ ...sizes[0], size: 1264 }, sizes[1]] as typeof sizes)).toEqual([
      'a alone: 1.23 kB in the table, 1.26 kB measured',
    ]);
    expect(
      staleRows(written, [sizes[0], { ...sizes[1], sizeLimit: 3900 }] as typeof sizes),
    ).toEqual(['b alone: budget 4.00 kB in the table, 3.90 kB now']);
    expect(staleRows(written, [sizes[0]] as typeof sizes)).toEqual([
      'b alone: in the table, not in the budgets',
    ]);
    expect(staleRows('no table', sizes)).toEqual([
      'a alone: not in the table',
      'b alone: not in the table',
    ]);
  });
});
