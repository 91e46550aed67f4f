import { describe, expect, it } from 'vitest';
import { countsAt, excessWeight, retryFromCounted, SEND_WINDOW_MS } from './window.js';

const DAY = 86_400_000;

describe('the rolling window (R-SEND-1)', () => {
  it('is 24 hours of absolute time, exclusive at its old end', () => {
    expect(SEND_WINDOW_MS).toBe(DAY);
    expect(countsAt(1000, 1000 + DAY)).toBe(false);
    expect(countsAt(1001, 1000 + DAY)).toBe(true);
    expect(countsAt(5000, 1000)).toBe(true); // stamped in the future
  });

  it('needs to free what goes over the limit, and nothing when it fits', () => {
    expect(excessWeight(490, 20, 500)).toBe(10);
    expect(excessWeight(480, 20, 500)).toBe(0);
    expect(excessWeight(0, 5, 500)).toBe(0);
  });

  it('retryFromCounted frees the oldest first, stops as soon as enough is free', () => {
    // 500 used; 10 more need 10 freed: the first send frees exactly 10.
    expect(retryFromCounted([200, 100, 300], [480, 10, 10], 1000, 500, 10, 500)).toBe(100 + DAY);
    expect(retryFromCounted([200, 100, 300], [480, 10, 10], 1000, 500, 11, 500)).toBe(200 + DAY);
    expect(retryFromCounted([100], [5], 1000, 5, 10, 500)).toBe(1000); // it fits now
    expect(retryFromCounted([100], [5], 1000, 5, 501, 500)).toBeNull(); // never fits
    expect(retryFromCounted([100], [500], 1000, 500, 500, 500)).toBe(100 + DAY); // weight = limit
  });
});
