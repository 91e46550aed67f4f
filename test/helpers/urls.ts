/**
 * A URL parser without IDNA, as `whatwg-url-without-unicode` (Expo's, and
 * `react-native-url-polyfill`'s) is: the host of `http://<host>/` comes back as typed, only
 * lower-cased, never converted to `xn--` labels.
 */
export class TypedHostUrl {
  readonly hostname: string;
  constructor(input: string) {
    this.hostname = input.slice(7, -1).toLowerCase();
  }
}
