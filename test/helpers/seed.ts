import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The provider's knowledge base (the seed): the repository's copy in `docs/seed/`, which the
 * docs link to line by line. The project's original sits in `shared/` beside the repository on
 * the project's machines and in CI; the docs test checks that the copy is identical to it.
 */
const COPY_PATH = fileURLToPath(new URL('../../docs/seed/infomaniak-kb-es.txt', import.meta.url));
const ORIGINAL_PATH = fileURLToPath(
  new URL('../../../shared/seeds/infomaniak-kb-es.txt', import.meta.url),
);

export const seedText: string = readFileSync(COPY_PATH, 'utf8');

export const seedLines: readonly string[] = seedText.split('\n');

/** The original in `shared/`, when it is beside the repository. */
export const originalSeedText: string | undefined = existsSync(ORIGINAL_PATH)
  ? readFileSync(ORIGINAL_PATH, 'utf8')
  : undefined;
