import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** Every public export, with its documentation comment and its tags. */
function publicExports() {
  const program = ts.createProgram([ENTRY], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ENTRY);
  if (source === undefined) throw new Error('no entry');
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('no module symbol');
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const isFunction =
      declaration !== undefined &&
      (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration));
    const isValue = declaration !== undefined && ts.isVariableDeclaration(declaration);
    return {
      name: exported.name,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      tags: symbol.getJsDocTags(checker).map((tag) => tag.name),
      needsExample: isFunction || isValue,
    };
  });
}

describe('TSDoc on the public API', () => {
  const exports = publicExports();

  it('finds the public exports', () => {
    expect(exports.map((e) => e.name)).toEqual(
      expect.arrayContaining(['decideSend', 'SendLedger', 'OFFERS', 'PolicyInputError']),
    );
  });

  it('documents every export', () => {
    expect(exports.filter((e) => e.doc.trim() === '').map((e) => e.name)).toEqual([]);
  });

  it('gives every exported function, class and constant an @example', () => {
    expect(
      exports.filter((e) => e.needsExample && !e.tags.includes('example')).map((e) => e.name),
    ).toEqual([]);
  });

  it('exports nothing marked @internal', () => {
    expect(exports.filter((e) => e.tags.includes('internal')).map((e) => e.name)).toEqual([]);
  });
});
