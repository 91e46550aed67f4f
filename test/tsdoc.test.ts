import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['index.ts', 'zod/index.ts', 'redis/index.ts', 'locales/fr.ts'].map((entry) =>
  fileURLToPath(new URL(`../src/${entry}`, import.meta.url)),
);

const CHANGELOG = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8');

/** Every public export, with its documentation comment and its tags. */
function publicExports(entry: string) {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
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
    const hasMembers =
      declaration !== undefined &&
      (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration));
    // Properties of interfaces and classes (inherited ones included), as a reader hovers them.
    const undocumentedMembers = hasMembers
      ? checker
          .getDeclaredTypeOfSymbol(symbol)
          .getProperties()
          .filter((member) => !member.name.startsWith('#') && !member.name.startsWith('__'))
          // Inherited from the platform (Error's name, message…): documented there.
          .filter((member) =>
            member.declarations?.some((d) => !d.getSourceFile().isDeclarationFile),
          )
          .filter(
            (member) => ts.displayPartsToString(member.getDocumentationComment(checker)) === '',
          )
          .map((member) => `${exported.name}.${member.name}`)
      : [];
    return {
      undocumentedMembers,
      name: exported.name,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      tags: symbol.getJsDocTags(checker).map((tag) => tag.name),
      needsExample: isFunction || isValue,
    };
  });
}

describe.each(ENTRIES)('TSDoc on the public API of %s', (entry) => {
  const exports = publicExports(entry);

  it('finds the public exports', () => {
    expect(exports.length).toBeGreaterThan(1);
  });

  it('documents every export', () => {
    expect(exports.filter((e) => e.doc.trim() === '').map((e) => e.name)).toEqual([]);
  });

  it('documents every property of every exported interface and class', () => {
    expect(exports.flatMap((e) => e.undocumentedMembers)).toEqual([]);
  });

  it('gives every exported function, class and constant an @example', () => {
    expect(
      exports.filter((e) => e.needsExample && !e.tags.includes('example')).map((e) => e.name),
    ).toEqual([]);
  });

  it('names every exported function, class and constant in CHANGELOG.md', () => {
    // The changelog is the release notes: an export it does not name was never announced.
    const words = new Set(CHANGELOG.match(/[\w$]+/g));
    expect(exports.filter((e) => e.needsExample && !words.has(e.name)).map((e) => e.name)).toEqual(
      [],
    );
  });

  it('exports nothing marked @internal', () => {
    expect(exports.filter((e) => e.tags.includes('internal')).map((e) => e.name)).toEqual([]);
  });
});
