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
