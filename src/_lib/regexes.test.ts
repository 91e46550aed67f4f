import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import * as REGEXES from './regexes.js';

// zod's redos.test.ts does the same: every regular expression of the library, checked by a
// ReDoS analyser (recheck) for catastrophic backtracking.
describe('regular expressions', () => {
  const entries = Object.entries(REGEXES).filter(
    (entry): entry is [string, RegExp] => entry[1] instanceof RegExp,
  );

  it('are all in src/_lib/regexes.ts (and there are some to check)', () => {
    expect(entries.length).toBeGreaterThan(3);
  });

  it.each(entries)('%s is safe from catastrophic backtracking', (_name, regex) => {
    const diagnostics = checkSync(regex.source, regex.flags);
    expect(diagnostics.status).toBe('safe');
  });

  it('the analyser does catch a vulnerable one', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});
