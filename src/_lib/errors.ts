/**
 * Thrown for programmer mistakes only: an unknown offer id, an invalid `Date`, `NaN`, a
 * negative or fractional count where a count is due. Never thrown for user data (an address
 * a person typed, an SMTP reply…): those are judged by result objects with stable codes.
 *
 * It extends `TypeError` so that `catch (e) { if (e instanceof TypeError) … }` keeps working,
 * and carries the parameter's name, what was expected and what was received. Every entry of
 * the package (the main one, `/zod`, `/redis`, the locales) throws this one class; but a
 * program that loads the package both with `import` and with `require` holds two copies of
 * it (Node's dual-package hazard), where `e.name === 'PolicyInputError'` tells either.
 *
 * @example
 * ```ts
 * import { getOffer, PolicyInputError } from 'infomaniak-mail-policy';
 * try { getOffer('ksuite-pro'); } catch (e) {
 *   e instanceof PolicyInputError; // true
 *   e.parameter;                   // 'id'
 *   e.message;                     // 'id: expected one of "ksuite-free", …; received "ksuite-pro"'
 * }
 * ```
 */
export class PolicyInputError extends TypeError {
  /** The parameter (or path inside it, such as `history[3].at`) that was wrong. */
  declare readonly parameter: string;
  /** What the parameter should have been, in words. */
  declare readonly expected: string;
  /** A short rendering of the value that was received. */
  declare readonly received: string;

  constructor(parameter: string, expected: string, value: unknown) {
    const received = describeValue(value);
    super(`${parameter}: expected ${expected}; received ${received}`);
    this.name = 'PolicyInputError';
    this.parameter = parameter;
    this.expected = expected;
    this.received = received;
  }
}

/** @internal A short, safe rendering of any value for error messages. */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (type === 'bigint') return `${value}n`;
  if (type === 'function' || type === 'symbol') return `a ${type}`;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (type === 'object' && value !== null) return 'an object';
  // Numbers (-0 named as such), null, undefined, true and false.
  return Object.is(value, -0) ? '-0' : String(value);
}
