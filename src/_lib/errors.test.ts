import { describe, expect, it } from 'vitest';
import { describeValue, PolicyInputError } from './errors.js';
import { toCount, toEpochMs, toObject } from './input.js';

describe('PolicyInputError', () => {
  it('is a TypeError naming the parameter, what was expected and what was received', () => {
    const error = new PolicyInputError('history[3].at', 'a valid Date', 'yesterday');
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toBeInstanceOf(PolicyInputError);
    expect(error.name).toBe('PolicyInputError');
    expect(error.message).toBe('history[3].at: expected a valid Date; received "yesterday"');
    expect({ ...error }).toEqual({
      parameter: 'history[3].at',
      expected: 'a valid Date',
      received: '"yesterday"',
      name: 'PolicyInputError',
    });
  });

  it.each([
    ['short', '"short"'],
    ['x'.repeat(60), JSON.stringify('x'.repeat(60))],
    ['y'.repeat(61), JSON.stringify(`${'y'.repeat(57)}...`)],
    [42, '42'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [10n, '10n'],
    [new Date(0), 'Date(1970-01-01T00:00:00.000Z)'],
    [new Date(Number.NaN), 'Invalid Date'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
    [[1, 2, 3], 'an array of 3'],
    [{ a: 1 }, 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('describes %s as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('input readers', () => {
  it('accept every instant a Date can hold, and no other', () => {
    expect(toEpochMs(8.64e15, 'now')).toBe(8.64e15);
    expect(toEpochMs(-8.64e15, 'now')).toBe(-8.64e15);
    expect(toEpochMs(new Date(0), 'now')).toBe(0);
    expect(() => toEpochMs(8.64e15 + 1, 'now')).toThrow(
      'now: expected a valid Date or an integer number of epoch milliseconds; received 8640000000000001',
    );
    expect(() => toEpochMs(-8.64e15 - 1, 'now')).toThrow(PolicyInputError);
    expect(() => toEpochMs(Number.POSITIVE_INFINITY, () => 'lazy.name')).toThrow(/^lazy\.name: /);
  });

  it('read counts from a minimum', () => {
    expect(toCount(0, 'n')).toBe(0);
    expect(toCount(1, 'n', 1)).toBe(1);
    expect(toCount(Number.MAX_SAFE_INTEGER, 'n')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toCount(0, 'n', 1)).toThrow('n: expected an integer ≥ 1; received 0');
    expect(() => toCount(-1, 'n')).toThrow('n: expected a non-negative integer; received -1');
    expect(() => toCount(2 ** 53, 'n')).toThrow(/^n: /);
    expect(() => toCount('3', 'n')).toThrow('n: expected a non-negative integer; received "3"');
  });

  it('read input objects', () => {
    const input = { a: 1 };
    expect(toObject(input, 'input')).toBe(input);
    expect(() => toObject(7, 'input')).toThrow('input: expected an object; received 7');
    expect(() => toObject(null, 'options', 'an options object')).toThrow(
      'options: expected an options object; received null',
    );
  });
});
