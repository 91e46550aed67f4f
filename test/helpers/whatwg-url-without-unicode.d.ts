/**
 * The one export the tests use of `whatwg-url-without-unicode` (Expo's URL, and
 * `react-native-url-polyfill`'s), which ships no types: a WHATWG `URL` without IDNA.
 */
declare module 'whatwg-url-without-unicode' {
  export const URL: typeof globalThis.URL;
}
