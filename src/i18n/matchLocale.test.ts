import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LOCALES, matchLocale } from './matchLocale.js';

describe('matchLocale', () => {
  it.each([
    [['de-CH', 'en-GB'], 'de'],
    [['fr-CH'], 'fr'],
    [['it-CH', 'de'], 'it'],
    [['pt-BR', 'es-419', 'en'], 'es'],
    [['zh-Hant-TW', 'en-US'], 'en'],
    [['DE_ch'], 'de'],
    [[' FR '], 'fr'],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'fr'],
    ['pt-BR, fr;q=0.8, en;q=0.5', 'fr'],
    ['en;q=0.5, it;q=0.9', 'it'], // by weight, not by place
    ['de;q=0.5, it;q=0.5', 'de'], // equal weights keep their order
    ['it;q=0, de', 'de'], // q=0: not this one
    ['it;Q=0 , de', 'de'],
    ['it; q=0', 'en'], // not this one, even when nothing else fits
    ['fr; q=0.2, es; q=0.3', 'es'],
    ['it;level=1;q=0.4, es;q=0.6', 'es'],
    ['it;q=x', 'it'], // an unreadable weight is none
    // Weights run from 0 to 1 (RFC 9110): any other is none given.
    ['it;q=, de;q=0.5', 'it'], // empty: not 0
    ['it;q= , de;q=0.5', 'it'],
    ['it, de;q=2', 'it'], // above 1: not ahead of the rest
    ['de;q=-1, it;q=0.5', 'de'],
    ['de;q=NaN, it;q=0.5', 'de'],
    ['it;q=0.000, de', 'de'], // zero all the same
    ['it;q=1.000, de;q=0.999', 'it'],
    ['it;q=0.5, de;q=1', 'de'],
    ['es', 'es'],
    ['*', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [[], 'en'],
    [undefined, 'en'],
    [null, 'en'],
    [42, 'en'],
    [[42, null, 'it'], 'it'],
    [{ 0: 'fr', length: 1 }, 'en'], // not an array
    [['frx', 'f', 'french'], 'en'],
    // Swiss German and Luxembourgish read as German, in their place (CLDR: distance 4).
    [['gsw-CH', 'en'], 'de'],
    ['en;q=0.5, GSW;q=0.9', 'de'],
    [['lb-LU', 'fr'], 'de'],
    // Languages whose speakers read one of the five (CLDR: distance 20), when no tag names one.
    [['rm-CH'], 'de'],
    [['rm', 'en'], 'en'],
    [['rm', 'it'], 'it'],
    ['ca-ES, gl;q=0.8', 'es'],
    ['ca;q=0, oc', 'fr'],
    [['eu', 'co'], 'es'],
    [['br-FR'], 'fr'],
    [['constructor', '__proto__', 'toString', 'hasOwnProperty'], 'en'],
  ])('%j → %j', (preferences, expected) => {
    expect(matchLocale(preferences)).toBe(expected);
  });

  it('pairs each language as CLDR does, alone and with a region', () => {
    const pairs = { gsw: 'de', lb: 'de', rm: 'de', ca: 'es', gl: 'es', eu: 'es' } as const;
    for (const [language, locale] of Object.entries({ ...pairs, oc: 'fr', co: 'fr', br: 'fr' })) {
      expect(matchLocale([language], null), language).toBe(locale);
      expect(matchLocale(`${language.toUpperCase()}-XX`, null), language).toBe(locale);
    }
  });

  it('answers the fallback, or null, when no language matches', () => {
    expect(matchLocale('pt-BR', 'fr')).toBe('fr');
    expect(matchLocale('pt-BR', null)).toBeNull();
    expect(matchLocale('pt-BR, de-AT', null)).toBe('de');
    expect(matchLocale('rm-CH', null)).toBe('de'); // a near language is a match, not the fallback
    expect(() => matchLocale('pt', 'pt' as never)).toThrow(
      'fallback: expected one of en, fr, de, it, es, or null; received "pt"',
    );
    expect(() => matchLocale('de', '__proto__' as never)).toThrow(/^fallback: /);
  });

  test.prop([fc.anything()])('never throws on preferences, and answers a locale', (preferences) => {
    expect(LOCALES).toContain(matchLocale(preferences));
  });

  test.prop([
    fc.array(fc.constantFrom(...LOCALES, 'pt', 'zh', 'nl'), { maxLength: 6 }),
    fc.constantFrom('-CH', '_fr', '', '-Latn-RS'),
  ])('gives the first supported language of a list, whatever its region', (languages, region) => {
    const first = languages.find((language) => (LOCALES as readonly string[]).includes(language));
    expect(
      matchLocale(
        languages.map((language) => `${language}${region}`),
        null,
      ),
    ).toBe(first ?? null);
  });

  test.prop([
    fc.array(fc.tuple(fc.constantFrom(...LOCALES, 'pt', 'nl'), fc.integer({ min: 0, max: 1000 })), {
      maxLength: 6,
    }),
  ])('reads an Accept-Language header by its weights, the first of equals first', (entries) => {
    const header = entries
      .map(([language, weight]) => `${language};q=${(weight / 1000).toFixed(3)}`)
      .join(', ');
    const best = entries
      .map(([language, weight], place) => ({ language, weight, place }))
      .filter((e) => e.weight > 0 && (LOCALES as readonly string[]).includes(e.language))
      .sort((a, b) => b.weight - a.weight || a.place - b.place)[0];
    expect(matchLocale(header, null)).toBe(best?.language ?? null);
  });

  it('lists the five locales, English first', () => {
    expect(LOCALES).toEqual(['en', 'fr', 'de', 'it', 'es']);
    expect(Object.isFrozen(LOCALES)).toBe(true);
  });
});
