/** @internal One mebibyte: the seed's "Mo" (201 Mo = 210,763,776 bytes = 201 × 1024²). */
export const MIB = 1024 * 1024;
/** @internal One gibibyte: the seed's "Go". */
export const GIB = 1024 * MIB;
/** @internal One hour in milliseconds. */
export const HOUR_MS = 60 * 60 * 1000;
/** @internal One day of absolute time (24 h); the library never follows wall-clock days. */
export const DAY_MS = 24 * HOUR_MS;
