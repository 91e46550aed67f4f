import { vi } from 'vitest';
import { CONVERTED } from '../../src/address/domain.js';

/**
 * A URL parser without IDNA, as `whatwg-url-without-unicode` (Expo's, and
 * `react-native-url-polyfill`'s) is: the host of `http://<host>/` comes back as typed, never
 * converted to `xn--` labels. This one lower-cases it; the polyfill itself keeps capitals
 * (`src/address/details.test.ts` runs both).
 */
export class TypedHostUrl {
  readonly hostname: string;
  constructor(input: string) {
    this.hostname = input.slice(7, -1).toLowerCase();
  }
}

/** The platform's own URL parser, taken before a test stubs the global. */
const PlatformUrl = globalThis.URL;

/**
 * A URL parser as Chromium's (156) and those of Node.js 24 and 26 (ada 4.0) are: a host
 * in ASCII comes back lower-cased, with no check of its `xn--` labels (`xn--zz.de`, which does
 * not decode, and `xn--1ug.ch`, a joiner alone, pass); any other host goes through the
 * platform's IDNA (UTS 46), as there.
 */
export class AsciiAsItIsUrl {
  readonly hostname: string;
  constructor(input: string) {
    const host = input.slice(7, -1);
    this.hostname = /^[\x21-\x7e]*$/.test(host)
      ? host.toLowerCase()
      : new PlatformUrl(input).hostname;
  }
}

/**
 * `check()` run with `Url` as the global URL parser, the memo of converted domains emptied
 * before and after: it keeps the answers of the parser it was filled under.
 */
export function underUrl<T>(Url: unknown, check: () => T): T {
  vi.stubGlobal('URL', Url);
  CONVERTED.clear();
  try {
    return check();
  } finally {
    vi.unstubAllGlobals();
    CONVERTED.clear();
  }
}
