import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AddressIssue,
  deAddress,
  enAddress,
  esAddress,
  formatIssue as formatAny,
  frAddress,
  type Issue,
  itAddress,
  MESSAGES,
  PolicyInputError,
  validateAddress,
  validateLocalPart,
  validateLocalPartPrefix,
} from '../src/index.js';
import * as de from '../src/locales/de.js';
import * as en from '../src/locales/en.js';
import * as es from '../src/locales/es.js';
import * as fr from '../src/locales/fr.js';
import * as it_ from '../src/locales/it.js';
import { EXAMPLES } from './helpers/examples.js';
import { runs } from './helpers/soak.js';

const SUBPATHS = { en, fr, de, it: it_, es } as const;

describe('locales/<lang> subpaths', () => {
  it.each(Object.entries(SUBPATHS))(
    '%s formats every issue like formatIssue(issue, lang)',
    (lang, module) => {
      expect(module.messages).toBe(MESSAGES[lang as keyof typeof MESSAGES]);
      for (const issue of Object.values(EXAMPLES)) {
        expect(module.formatIssue(issue, { timeZone: 'UTC' })).toBe(
          formatAny(issue, lang as never, { timeZone: 'UTC' }),
        );
      }
    },
  );

  it('refuses what is not an issue', () => {
    expect(() => fr.formatIssue({ code: 'constructor' } as never)).toThrow(/^issue: /);
  });

  // The address issues are those of the local-part rules (R-LP-1…6), in the locales' order.
  const addressExamples = (Object.values(EXAMPLES) as Issue[]).filter(
    (issue): issue is AddressIssue => issue.rule.startsWith('R-LP-'),
  );
  const PARTS = { en: enAddress, fr: frAddress, de: deAddress, it: itAddress, es: esAddress };

  it.each(Object.entries(SUBPATHS))(
    '%s: addressMessages are the address part of messages, and formatAddressIssue writes them',
    (lang, module) => {
      expect(module.addressMessages).toBe(PARTS[lang as keyof typeof PARTS]);
      expect(Object.keys(module.addressMessages)).toEqual(
        addressExamples.map((issue) => issue.code),
      );
      for (const [code, message] of Object.entries(module.addressMessages)) {
        expect(message).toBe(module.messages[code as keyof typeof module.messages]);
      }
      for (const issue of addressExamples) {
        expect(module.formatAddressIssue(issue)).toBe(module.formatIssue(issue));
      }
    },
  );

  it('formatAddressIssue refuses the issues it has no message for', () => {
    const send = EXAMPLES['no-recipients'];
    expect(fr.formatIssue(send)).toBe('Veuillez ajouter au moins un destinataire.');
    const refuse = () => fr.formatAddressIssue(send as never);
    expect(refuse).toThrow(PolicyInputError);
    expect(refuse).toThrow(
      'issue: expected an issue whose code these messages cover; received an object',
    );
  });

  it('formatAddressIssue writes every issue the address functions return, as formatIssue does', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      '0',
      '-',
      '_',
      '.',
      '@',
      '"',
      ' ',
      '+',
      '[',
      ']',
      ':',
      'é',
      '\u200b',
      '😀',
      '\t',
    );
    const modules = Object.values(SUBPATHS);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (input) => {
        const results = [
          validateAddress(input),
          validateAddress(input, { mode: 'rfc' }),
          validateLocalPart(input),
          validateLocalPartPrefix(input),
        ];
        for (const result of results) {
          if (result.ok) continue;
          for (const issue of result.issues) {
            for (const module of modules) {
              expect(module.formatAddressIssue(issue)).toBe(module.formatIssue(issue));
            }
          }
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
