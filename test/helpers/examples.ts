import type { Issue, IssueCode } from '../../src/index.js';

const NEWSLETTER = { code: 'use-newsletter-tool', rule: 'R-SEND-5' } as const;

/** One example of every issue code: the docs show the same. */
export const EXAMPLES: { readonly [C in IssueCode]: Extract<Issue, { code: C }> } = {
  'no-recipients': { code: 'no-recipients', rule: 'R-SEND-2' },
  'too-many-recipients': {
    code: 'too-many-recipients',
    rule: 'R-RCPT-1',
    limit: 100,
    actual: 150,
    suggestion: NEWSLETTER,
  },
  'message-too-large': {
    code: 'message-too-large',
    rule: 'R-SIZE-1',
    limit: 210_763_776,
    actual: 262_144_000,
  },
  'daily-limit-reached': {
    code: 'daily-limit-reached',
    rule: 'R-SEND-1',
    limit: 500,
    used: 492,
    weight: 20,
    retryAt: new Date('2026-03-02T15:00:00Z'),
    suggestion: NEWSLETTER,
  },
  'storage-full': {
    code: 'storage-full',
    rule: 'R-STOR-1',
    limit: 21_474_836_480,
    used: 21_474_000_000,
    incoming: 5_242_880,
  },
  'address-limit-reached': {
    code: 'address-limit-reached',
    rule: 'R-ADDR-COUNT',
    limit: 1,
    actual: 1,
  },
};
