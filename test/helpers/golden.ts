import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Expects `text` to be the content of `test/golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file
 * instead (then review the diff). Returns `text`.
 */
export function expectGolden(name: string, text: string): string {
  const path = fileURLToPath(new URL(`../golden/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(
    existsSync(path),
    `test/golden/${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/`,
  ).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
  return text;
}
