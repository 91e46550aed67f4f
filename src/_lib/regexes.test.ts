import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as REGEXES from './regexes.js';

/** Every regular expression literal and `RegExp(…)` in the library's sources, by file. */
function regexesInSources(): string[] {
  const found: string[] = [];
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file),
  );
  for (const file of files) {
    const name = path.join('src', file);
    const source = ts.createSourceFile(name, readFileSync(name, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      const isLiteral = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
      const isCall =
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        node.expression.getText(source) === 'RegExp';
      if (isLiteral || isCall) found.push(`${name.replaceAll('\\', '/')}: ${node.getText(source)}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

// zod's redos.test.ts does the same: every regular expression of the library, checked by a
// ReDoS analyser (recheck) for catastrophic backtracking.
describe('regular expressions', () => {
  const entries = Object.entries(REGEXES).filter(
    (entry): entry is [string, RegExp] => entry[1] instanceof RegExp,
  );

  it('are all in src/_lib/regexes.ts (and there are some to check)', () => {
    expect(entries.length).toBeGreaterThan(3);
    const found = regexesInSources();
    expect(found.length).toBeGreaterThanOrEqual(entries.length); // the scan sees them
    // A regular expression anywhere else in the sources would escape the check below.
    expect(found.filter((where) => !where.startsWith('src/_lib/regexes.ts:'))).toEqual([]);
  });

  it.each(entries)('%s is safe from catastrophic backtracking', (_name, regex) => {
    const diagnostics = checkSync(regex.source, regex.flags);
    expect(diagnostics.status).toBe('safe');
  });

  it('the analyser does catch a vulnerable one', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});
