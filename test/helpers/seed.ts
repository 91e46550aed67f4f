import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The provider's knowledge base (the seed) sits in `shared/` beside the repository on the
 * project's machines and in CI; a clone elsewhere does not have it, and the tests that read it
 * say so by being skipped.
 */
const SEED_PATH = fileURLToPath(
  new URL('../../../shared/seeds/infomaniak-kb-es.txt', import.meta.url),
);

export const seedLines: readonly string[] | undefined = existsSync(SEED_PATH)
  ? readFileSync(SEED_PATH, 'utf8').split('\n')
  : undefined;
