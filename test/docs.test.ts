import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
