import { describe, expect, it } from 'vitest';
import { formatIssue as formatAny, MESSAGES } from '../src/index.js';
import * as de from '../src/locales/de.js';
import * as en from '../src/locales/en.js';
import * as es from '../src/locales/es.js';
import * as fr from '../src/locales/fr.js';
import * as it_ from '../src/locales/it.js';
import { EXAMPLES } from './helpers/examples.js';

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
});
