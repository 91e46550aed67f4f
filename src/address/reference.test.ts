import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidAddress, validateAddress } from './validateAddress.js';

// Independent models of both modes, written from the rules as regular expressions (ASCII
// addresses; internationalised domains have their own example tests).
const LOCAL = /^(?!-)(?!.*-$)(?!\.)(?!.*\.$)(?!.*\.\.)[A-Za-z0-9_.-]{1,64}$/;
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_STRING = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`);
const QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;
const IPV4 = /^\[(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\]$/;

function domainOk(domain: string, strict: boolean): boolean {
  const labels = domain.split('.');
  if (domain.length > 253 || !labels.every((label) => LABEL.test(label))) return false;
  return !strict || (labels.length >= 2 && !/^\d+$/.test(labels[labels.length - 1] as string));
}

function providerModel(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.length > 254) return false;
  return LOCAL.test(address.slice(0, at)) && domainOk(address.slice(at + 1), true);
}

function rfcModel(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !(DOT_STRING.test(local) || QUOTED.test(local))) return false;
  const literal = IPV4.exec(domain);
  if (literal) return literal.slice(1).every((part) => Number(part) <= 255);
  return domainOk(domain, false);
}

const letter = fc.constantFrom('a', 'b', 'Z', '7', '0', '-', '_', 'x');
const label = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(letter, { minLength: 1, maxLength: 12 }).map((c) => c.join('')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 66 }).map((n) => 'l'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '123', 'ch', 'co-uk', '-x', 'x-', 'a_b', 'a!b', 'a b'),
  },
);
const domain = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.')),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => `${`${'d'.repeat(62)}.`.repeat(n)}ch`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '[192.0.2.1]',
      '[256.1.1.1]',
      '[1.2.3]',
      '[1.2.3.4.5]',
      '[01.002.3.4]',
    ),
  },
);
const localChar = fc.constantFrom(
  'a',
  'B',
  '9',
  '.',
  '-',
  '_',
  '+',
  '!',
  '"',
  '\\',
  ' ',
  '(',
  '@',
  '#',
  '~',
);
const local = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(localChar, { minLength: 0, maxLength: 14 }).map((c) => c.join('')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 62, max: 66 }).map((n) => 'q'.repeat(n)) },
  { weight: 1, arbitrary: fc.array(localChar, { maxLength: 8 }).map((c) => `"${c.join('')}"`) },
);
const address = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);

describe('validateAddress agrees with independent models of both modes', () => {
  it('provider mode', () => {
    fc.assert(
      fc.property(address, (input) => {
        const expected = providerModel(input);
        expect(validateAddress(input).ok).toBe(expected);
        expect(isValidAddress(input)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('rfc mode, and rfcValid of provider refusals', () => {
    fc.assert(
      fc.property(address, (input) => {
        const expected = rfcModel(input);
        expect(validateAddress(input, { mode: 'rfc' }).ok).toBe(expected);
        expect(isValidAddress(input, { mode: 'rfc' })).toBe(expected);
        const provider = validateAddress(input);
        if (!provider.ok) expect(provider.rfcValid).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('every refusal has issues that point inside the input', () => {
    fc.assert(
      fc.property(address, fc.constantFrom('provider' as const, 'rfc' as const), (input, mode) => {
        const result = validateAddress(input, { mode });
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.index).toBeGreaterThanOrEqual(0);
          expect(issue.index).toBeLessThanOrEqual(input.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
