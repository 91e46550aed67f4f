/**
 * Thrown for programmer mistakes only: an unknown offer id, an invalid `Date`, `NaN`, a
 * negative or fractional count where a count is due. Never thrown for user data (an address
 * a person typed, an SMTP reply…): those are judged by result objects with stable codes.
 *
 * It extends `TypeError` so that `catch (e) { if (e instanceof TypeError) … }` keeps working,
 * and carries the parameter's name, what was expected and what was received.
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
  readonly parameter: string;
  /** What the parameter should have been, in words. */
  readonly expected: string;
  /** A short rendering of the value that was received. */
  readonly received: string;

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
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'number') {
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return String(value); // undefined, true, false
}
