/**
 * @internal One day of absolute time (24 h) in milliseconds. Every duration of N days in the
 * library is N × 24 h: it does not move with a daylight-saving change.
 *
 * Written as a literal: bundlers drop unused top-level constants only when their initialiser
 * cannot run code.
 */
export const DAY_MS = 86_400_000;
