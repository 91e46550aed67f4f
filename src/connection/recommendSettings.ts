import { PolicyInputError } from '../_lib/errors.js';
import { toOptions } from '../_lib/input.js';
import { type AddressIssue, validateAddress } from '../address/validateAddress.js';
import {
  type AuthMethod,
  ENDPOINTS,
  MAIL_SERVER,
  type MailProtocol,
  type Security,
} from './connection.data.js';

/** The settings of one server in a mail client. */
export interface ServerSettings {
  /** IMAP, POP3 or SMTP. */
  readonly protocol: MailProtocol;
  /** Always the provider's server, `mail.infomaniak.com` (R-CONN-1). */
  readonly host: typeof MAIL_SERVER;
  /** The recommended port (R-CONN-2). */
  readonly port: number;
  /** Implicit TLS or STARTTLS, as the port wants. */
  readonly security: Security;
  /** R-CONN-3: the full address, never the account login. */
  readonly username: string;
  /** R-CONN-3: authentication is mandatory, with the address's own password. */
  readonly authentication: 'password';
  /** The SASL mechanisms to offer (PLAIN, LOGIN). */
  readonly authMethods: readonly AuthMethod[];
  /**
   * POP3 only: the client's "keep a copy of messages on the server", `false` (R-PROTO-2: a copy
   * left there is downloaded again). Many clients keep one unless told (Thunderbird for 14
   * days); `checkClientSettings` warns `pop3-keep-copy` for `true`. Absent for IMAP and SMTP.
   */
  readonly keepCopyOnServer?: false;
}

/** Options of {@link recommendSettings}. */
export interface RecommendOptions {
  /** `'imap'` (default and recommended, R-PROTO-2) or `'pop3'`. */
  readonly incoming?: 'imap' | 'pop3' | undefined;
  /** `'starttls'`: 587, the provider's option 1 (default); `'tls'`: 465, option 2. */
  readonly submission?: 'starttls' | 'tls' | undefined;
}

/** The answer of {@link recommendSettings}. */
export type RecommendResult =
  | { readonly ok: true; readonly incoming: ServerSettings; readonly outgoing: ServerSettings }
  | { readonly ok: false; readonly issues: readonly AddressIssue[] };

/** @internal The endpoint the provider recommends for a protocol (and a submission mode). */
export function preferredEndpoint(
  protocol: MailProtocol,
  submission: 'starttls' | 'tls' = 'starttls',
) {
  const endpoint = ENDPOINTS.find(
    (candidate) =>
      candidate.protocol === protocol &&
      candidate.status !== 'legacy' &&
      candidate.status !== 'server-to-server' &&
      (protocol !== 'smtp' || candidate.security === submission),
  );
  /* c8 ignore next */
  if (endpoint === undefined) throw new Error(`no endpoint for ${protocol}`);
  return endpoint;
}

/** @internal Reads `incoming` and `submission` (with their defaults) from an options object. */
export function readClientOptions(options: Record<string, unknown>): {
  readonly [K in keyof RecommendOptions]-?: NonNullable<RecommendOptions[K]>;
} {
  const { incoming = 'imap', submission = 'starttls' } = options;
  if (incoming !== 'imap' && incoming !== 'pop3') {
    throw new PolicyInputError('options.incoming', "'imap' or 'pop3'", incoming);
  }
  if (submission !== 'starttls' && submission !== 'tls') {
    throw new PolicyInputError('options.submission', "'starttls' or 'tls'", submission);
  }
  return { incoming, submission };
}

/**
 * @internal The user name an address logs in with: the local part as typed, the domain in ASCII
 * and lower case (`Jean@BÜCHER.de` → `Jean@xn--bcher-kva.de`), the form every client can send
 * and the configuration files write.
 */
export function loginName(address: { localPart: string; asciiDomain: string }): string {
  return `${address.localPart}@${address.asciiDomain}`;
}

/** @internal Settings for one endpoint and user name. */
export function settingsFor(
  protocol: MailProtocol,
  username: string,
  submission?: 'starttls' | 'tls',
): ServerSettings {
  const endpoint = preferredEndpoint(protocol, submission);
  return {
    protocol,
    host: MAIL_SERVER,
    port: endpoint.port,
    security: endpoint.security,
    username,
    authentication: 'password',
    authMethods: endpoint.authMethods,
    ...(protocol === 'pop3' && { keepCopyOnServer: false }),
  };
}

/**
 * The settings a mail client should use for an address: one server name for everything
 * (R-CONN-1), IMAPS on 993 (or POP3S on 995), submission on 587 with STARTTLS (or 465 with
 * implicit TLS) (R-CONN-2), the full address as user name (the domain in ASCII and lower case,
 * as the configuration files write it) and mandatory password authentication with PLAIN or
 * LOGIN (R-CONN-3, R-CONN-4). POP3 comes with `keepCopyOnServer: false` (R-PROTO-2).
 *
 * The address is user data: one that could not exist at the provider (by `validateAddress` in
 * `provider` mode) gives `{ ok: false, issues }`, never an exception.
 *
 * @param email - the address to configure
 * @param options - `{ incoming: 'imap' | 'pop3', submission: 'starttls' | 'tls' }`
 * @throws {PolicyInputError} for unknown option values (a programmer mistake)
 * @example
 * ```ts
 * recommendSettings('jean.dupont@exemple.ch');
 * // { ok: true,
 * //   incoming: { protocol: 'imap', host: 'mail.infomaniak.com', port: 993, security: 'tls',
 * //               username: 'jean.dupont@exemple.ch', authentication: 'password', authMethods: ['PLAIN', 'LOGIN'] },
 * //   outgoing: { protocol: 'smtp', host: 'mail.infomaniak.com', port: 587, security: 'starttls', … } }
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-3, R-CONN-4, R-PROTO-2
 */
export function recommendSettings(email: string, options?: RecommendOptions): RecommendResult {
  const { incoming, submission } = readClientOptions(toOptions(options));
  const address = validateAddress(email);
  if (!address.ok) return { ok: false, issues: address.issues };
  const username = loginName(address);
  return {
    ok: true,
    incoming: settingsFor(incoming, username),
    outgoing: settingsFor('smtp', username, submission),
  };
}
