import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BLOCKS, blockNames, regenerate } from './docs/generate.js';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md'));

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
});
