import { describe, expect, it } from 'vitest';
import { unwrapCopiedAddress } from './copied.js';

describe('unwrapCopiedAddress', () => {
  it.each([
    ['Jean Dupont <jean@exemple.ch>', 'jean@exemple.ch'],
    ['"Dupont, Jean" < jean@exemple.ch >', 'jean@exemple.ch'],
    ['Jean <jean@exemple.ch', 'jean@exemple.ch'], // unclosed
    ['<mailto:jean@exemple.ch>', 'jean@exemple.ch'],
    ['mailto:jean@exemple.ch?subject=Hi&cc=anna@exemple.ch', 'jean@exemple.ch'],
    ['mailto:?to=jean@exemple.ch', ''], // nothing before the query
    ['Jean Dupont [mailto:jean@exemple.ch]', 'jean@exemple.ch'], // Outlook's quoted sender
    ['[mailto:jean@exemple.ch]', 'jean@exemple.ch'],
    ['[MAILTO:jean@exemple.ch', 'jean@exemple.ch'],
    // The wrapper nearest the @ wins.
    ['[mailto:x] Jean <jean@exemple.ch>', 'jean@exemple.ch'],
    ['<x> Jean [mailto:jean@exemple.ch]', 'jean@exemple.ch'],
    // A [ without mailto:, or after the @, wraps nothing.
    ['[HR] jean@exemple.ch', '[HR] jean@exemple.ch'],
    ['jean@[192.0.2.1]', 'jean@[192.0.2.1]'],
    ['jean@exemple.ch>', 'jean@exemple.ch>'],
    // Without an @ there is no address to take out: the text, trimmed.
    [' <jean> ', '<jean>'],
    ['  jean@exemple.ch\t', 'jean@exemple.ch'],
  ])('%j → %j', (text, expected) => {
    expect(unwrapCopiedAddress(text)).toBe(expected);
  });
});
