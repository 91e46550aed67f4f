import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../_lib/errors.js';
import { countRecipients } from './countRecipients.js';

describe('countRecipients (R-SEND-2)', () => {
  it('counts the seed’s examples: a message to 2, 42 or 99 people counts 2, 42 and 99', () => {
    expect(countRecipients({ cc: ['a@example.com', 'b@example.com'] })).toBe(2);
    expect(countRecipients({ to: ['x@example.com'], cc: 20, bcc: 21 })).toBe(42);
    expect(countRecipients({ bcc: 99 })).toBe(99);
  });

  it('adds To, Cc and Bcc together, lists and counts alike', () => {
    expect(
      countRecipients({ to: ['a@example.com'], cc: ['b@example.com', 'c@example.com'], bcc: 40 }),
    ).toBe(43);
    expect(countRecipients({})).toBe(0);
    expect(countRecipients({ to: [] })).toBe(0);
  });

  it('counts duplicates as given (the safe side)', () => {
    expect(countRecipients({ to: ['a@example.com'], cc: ['a@example.com'] })).toBe(2);
  });

  it('takes an explicit count as is', () => {
    expect(countRecipients({ recipients: 7 })).toBe(7);
    expect(countRecipients({ recipients: 0 })).toBe(0);
  });

  it.each([
    [{ recipients: -1 }, /^message\.recipients: expected a non-negative integer; received -1$/],
    [{ recipients: 1.5 }, /^message\.recipients: /],
    [{ recipients: Number.NaN }, /received NaN$/],
    [{ to: -2 }, /^message\.to: /],
    [{ cc: 'a@example.com' }, /^message\.cc: expected an array of addresses or a count/],
    [
      { recipients: 2, to: ['a@example.com'] },
      /^message: expected either a recipients count or to\/cc\/bcc/,
    ],
    [null, /^message: /],
  ])('throws PolicyInputError for %j', (message, pattern) => {
    expect(() => countRecipients(message as never)).toThrow(PolicyInputError);
    expect(() => countRecipients(message as never)).toThrow(pattern);
  });
});
