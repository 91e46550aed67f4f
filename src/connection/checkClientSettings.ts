import { isObject } from '../_lib/input.js';
import { validateAddress } from '../address/validateAddress.js';
import { ENDPOINTS, MAIL_SERVER, type Security } from './connection.data.js';
import { loginName, preferredEndpoint } from './recommendSettings.js';

/** One server as a person typed it into a mail client (anything may be missing or odd). */
export interface ClientServerInput {
  /**
   * `'imap'`, `'pop3'` or `'smtp'`, in any case (`'POP'` and `'POP3S'` are POP3 too); incoming
   * servers default to IMAP.
   */
  readonly protocol?: string | undefined;
  /** The server name typed, such as `mail.infomaniak.com`. */
  readonly host?: string | undefined;
  /** The port typed, as a number or as the text of the field. */
  readonly port?: number | string | undefined;
  /**
   * `'tls'` (or `'ssl'`, `'SSL / TLS'`…), `'starttls'`, `'none'` (or `false`), in any case; or
   * `true` (or `'auto'`, `'on'`) for a checkbox such as iOS's "Use SSL": encryption on, of the
   * kind the port takes.
   */
  readonly security?: string | boolean | undefined;
  /** The login typed: R-CONN-3 wants the full address. */
  readonly username?: string | undefined;
  /**
   * `true` or `'password'` (`'Normal password'`, `'PLAIN'`, `'LOGIN'`) when the client
   * authenticates with a password; `false` or `'none'` when not; or the method chosen
   * (`'SPA'`, `'NTLM'`, `'CRAM-MD5'`, `'Encrypted password'`, `'Kerberos / GSSAPI'`…), which
   * the server does not offer.
   */
  readonly authentication?: boolean | string | undefined;
  /** POP3's "keep a copy of messages on the server". */
  readonly keepCopyOnServer?: boolean | undefined;
}

/** What `checkClientSettings` reads: the address, its incoming server(s), its outgoing server. */
export interface ClientSettingsInput {
  /** The address the client is set up for. */
  readonly email?: string | undefined;
  /** The incoming server, or several (IMAP and POP3 accounts of one address). */
  readonly incoming?: ClientServerInput | readonly ClientServerInput[] | undefined;
  /** The outgoing (SMTP) server. */
  readonly outgoing?: ClientServerInput | undefined;
}

/** The stable codes of {@link Finding}. */
export type FindingCode =
  | 'not-an-object'
  | 'missing-server'
  | 'wrong-host'
  | 'unknown-port'
  | 'smtp-port-25'
  | 'encryption-off'
  | 'unknown-security'
  | 'security-port-mismatch'
  | 'legacy-port'
  | 'username-not-full-address'
  | 'authentication-off'
  | 'authentication-method'
  | 'pop3-and-imap'
  | 'pop3-keep-copy'
  | 'pop3-instead-of-imap';

/** One change to make, as an RFC 6902 JSON Patch operation on the input. */
export interface PatchOperation {
  /**
   * The RFC 6902 operation: `replace` for a field that is there, `add` for one that is missing
   * (RFC 6902 wants the target of `replace` to exist), the same for a server (`replace` for a
   * `null` in its place, `add` for one that is absent), `remove`.
   */
  readonly op: 'add' | 'replace' | 'remove';
  /** A JSON Pointer (RFC 6901) into the input, such as `/outgoing/port`. */
  readonly path: string;
  /** The value to add or replace with (absent for `remove`). */
  readonly value?: unknown;
}

/** The fields of every finding. */
interface FindingFields<C extends FindingCode> {
  readonly code: C;
  readonly rule:
    | 'R-CONN-1'
    | 'R-CONN-2'
    | 'R-CONN-3'
    | 'R-CONN-4'
    | 'R-CONN-5'
    | 'R-CONN-6'
    | 'R-PROTO-2';
  /** `error`: the client will fail or be refused; `warning`: it works but causes trouble; `info`: advice. */
  readonly severity: 'error' | 'warning' | 'info';
  /** Where, as a JSON Pointer into the input (`''` for the whole input). */
  readonly path: string;
  /** What to change: apply these operations to the input. */
  readonly patch: readonly PatchOperation[];
}

/**
 * Something wrong, or worth changing, in a client's settings: a discriminated union on `code`.
 * `username-not-full-address` also carries `address`, the address to log in with.
 */
export type Finding = {
  readonly [C in FindingCode]: FindingFields<C> &
    (C extends 'username-not-full-address'
      ? {
          /** The address to log in with, as the settings give it (R-CONN-3). */
          readonly address: string;
        }
      : unknown);
}[FindingCode];

/** The answer of {@link checkClientSettings}: `ok` when no finding is an error. */
export interface ClientSettingsResult {
  /** `true` when no finding is an error (warnings may remain). */
  readonly ok: boolean;
  /**
   * Every problem found, each with its fix as a JSON Patch: server by server (the incoming ones,
   * then the outgoing one), and `pop3-and-imap` last. Applied one after another in this order,
   * no patch moves the path of another.
   */
  readonly findings: readonly Finding[];
}

/**
 * The same address in any of its spellings: any case, the domain in Unicode or in ASCII
 * (`jean@bücher.de` and `Jean@xn--bcher-kva.de` log in alike). Text that is no address is
 * compared as it is, in lower case.
 */
function loginKey(text: string): string {
  const address = validateAddress(text, { mode: 'rfc' });
  return (address.ok ? loginName(address) : text).toLowerCase();
}

/**
 * The security typed: `'on'` is encryption turned on without saying which kind (a checkbox),
 * which the port then decides, as clients do.
 */
function readSecurity(value: unknown): Security | 'on' | 'unknown' | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'on' : 'none';
  if (typeof value !== 'string') return 'unknown';
  // Spaces go: the provider's guide writes `SSL / TLS`.
  const text = value.trim().toLowerCase().replaceAll(' ', '');
  if (['tls', 'ssl', 'ssl/tls', 'tls/ssl', 'implicit'].includes(text)) return 'tls';
  if (['starttls', 'explicit'].includes(text)) return 'starttls';
  if (['none', 'off', 'plain', 'no', 'false'].includes(text)) return 'none';
  if (['on', 'yes', 'true', 'auto'].includes(text)) return 'on';
  return 'unknown';
}

/** The incoming protocol typed: POP3 by any of its names, IMAP otherwise (the default). */
function readProtocol(server: unknown): 'imap' | 'pop3' {
  const text =
    isObject(server) && typeof server.protocol === 'string'
      ? server.protocol.trim().toLowerCase()
      : '';
  return text.startsWith('pop') ? 'pop3' : 'imap'; // POP, POP3, POP3S…
}

function readPort(value: unknown): number | undefined {
  // `''` and white space are 0 to Number: no port either.
  const port = typeof value === 'string' ? Number(value) : value;
  return Number.isInteger(port) ? (port as number) : undefined;
}

/** "No authentication" in clients' words, as letters and digits only (`No authentication`). */
const AUTH_OFF = ['none', 'off', 'no', 'false', 'noauthentication'];

/**
 * How the methods the server does not offer begin, as letters and digits only: it takes a
 * password with PLAIN or LOGIN (R-CONN-4). Outlook's SPA (`Secure Password Authentication`,
 * NTLM), Thunderbird's "Encrypted password" (CRAM-MD5), "Kerberos / GSSAPI", "NTLM" and "TLS
 * Certificate", DIGEST-MD5, Apple Mail's "MD5 Challenge-Response" and HTTP MD5 digest, POP3's
 * APOP. OAuth is not judged: the provider's guides say nothing of it.
 */
const AUTH_NOT_OFFERED = [
  'spa',
  'securepassword',
  'ntlm',
  'crammd5',
  'digestmd5',
  'md5',
  'httpmd5',
  'encryptedpassword',
  'kerberos',
  'gssapi',
  'tlscertificate',
  'apop',
];

/**
 * The authentication typed: `'off'`, `'not-offered'` for a method the server does not offer, or
 * `'password'` (`true`, `'password'`, Thunderbird's "Normal password", `'PLAIN'`, `'LOGIN'`, and
 * whatever is not recognised). Case, spaces and punctuation do not count (`CRAM-MD5`, `cram
 * md5`), nor the `EmailAuth` of an Apple profile's values (`EmailAuthNone`, `EmailAuthNTLM`).
 */
function readAuthentication(value: unknown): 'off' | 'not-offered' | 'password' {
  if (value === false) return 'off';
  if (typeof value !== 'string') return 'password';
  let key = '';
  for (const char of value.toLowerCase()) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) key += char;
  }
  if (key.startsWith('emailauth')) key = key.slice(9);
  if (AUTH_OFF.includes(key)) return 'off';
  return AUTH_NOT_OFFERED.some((method) => key.startsWith(method)) ? 'not-offered' : 'password';
}

/** Checks one server; `direction` tells which endpoints apply. */
function checkServer(
  server: Record<string, unknown>,
  path: string,
  direction: 'incoming' | 'outgoing',
  email: string | undefined,
  findings: Finding[],
): void {
  const add = (
    code: FindingCode,
    rule: Finding['rule'],
    severity: Finding['severity'],
    at: string,
    patch: PatchOperation[],
    details?: object,
  ) => findings.push({ code, rule, severity, path: at, patch, ...details } as Finding);
  // RFC 6902: `replace` needs the member to exist (§4.3); `add` creates it (§4.1). A member
  // whose value is `undefined` does not exist in JSON.
  const set = (key: string, value: unknown): PatchOperation => ({
    op: server[key] === undefined ? 'add' : 'replace',
    path: `${path}/${key}`,
    value,
  });
  const protocol = direction === 'outgoing' ? 'smtp' : readProtocol(server);
  const preferred = preferredEndpoint(protocol);
  const recommended = (): PatchOperation[] => [
    set('port', preferred.port),
    set('security', preferred.security),
  ];

  const host = typeof server.host === 'string' ? server.host.trim().toLowerCase() : undefined;
  if (host !== MAIL_SERVER)
    add('wrong-host', 'R-CONN-1', 'error', `${path}/host`, [set('host', MAIL_SERVER)]);

  const port = readPort(server.port);
  const security = readSecurity(server.security);
  const endpoint = ENDPOINTS.find(
    (candidate) => candidate.protocol === protocol && candidate.port === port,
  );
  if (protocol === 'smtp' && port === 25) {
    add('smtp-port-25', 'R-CONN-6', 'error', `${path}/port`, recommended());
  } else if (endpoint === undefined) {
    add('unknown-port', 'R-CONN-2', 'error', `${path}/port`, recommended());
  } else if (security === 'none') {
    const fix = endpoint.status === 'legacy' ? recommended() : [set('security', endpoint.security)];
    add('encryption-off', 'R-CONN-5', 'error', `${path}/security`, fix);
  } else if (security === 'unknown') {
    add('unknown-security', 'R-CONN-5', 'error', `${path}/security`, [
      set('security', endpoint.security),
    ]);
  } else if (security !== undefined && security !== 'on' && security !== endpoint.security) {
    add('security-port-mismatch', 'R-CONN-2', 'error', `${path}/security`, [
      set('security', endpoint.security),
    ]);
  } else if (endpoint.status === 'legacy') {
    add('legacy-port', 'R-CONN-4', 'warning', `${path}/port`, recommended());
  }

  const username = typeof server.username === 'string' ? server.username.trim() : undefined;
  if (email !== undefined && (username === undefined || loginKey(username) !== loginKey(email))) {
    add(
      'username-not-full-address',
      'R-CONN-3',
      'error',
      `${path}/username`,
      [set('username', email)],
      { address: email },
    );
  }
  const authentication = readAuthentication(server.authentication);
  if (authentication === 'off') {
    add('authentication-off', 'R-CONN-3', 'error', `${path}/authentication`, [
      set('authentication', true),
    ]);
  } else if (authentication === 'not-offered') {
    add('authentication-method', 'R-CONN-4', 'error', `${path}/authentication`, [
      set('authentication', 'password'),
    ]);
  }
  if (protocol === 'pop3') {
    if (server.keepCopyOnServer === true) {
      add('pop3-keep-copy', 'R-PROTO-2', 'warning', `${path}/keepCopyOnServer`, [
        set('keepCopyOnServer', false),
      ]);
    }
    add('pop3-instead-of-imap', 'R-PROTO-2', 'info', `${path}/protocol`, [
      set('protocol', 'imap'),
      set('port', 993),
      set('security', 'tls'),
    ]);
  }
}

/** The address the settings are for: `email`, or a user name that holds an @. */
function findEmail(
  input: Record<string, unknown>,
  servers: readonly unknown[],
): string | undefined {
  if (typeof input.email === 'string' && input.email.includes('@')) return input.email.trim();
  for (const server of servers) {
    if (isObject(server) && typeof server.username === 'string' && server.username.includes('@')) {
      return server.username.trim();
    }
  }
  return undefined;
}

/**
 * Checks the settings a person typed into a mail client (Outlook, Thunderbird, Apple Mail…)
 * and says what to change. Anything is accepted (it is user data: never throws). Findings:
 *
 * - `wrong-host` (R-CONN-1): not `mail.infomaniak.com`.
 * - `smtp-port-25` (R-CONN-6): most ISPs block it; use 587. `unknown-port`: not a port of the
 *   protocol (R-CONN-2).
 * - `encryption-off`, `unknown-security` (R-CONN-5); `security-port-mismatch` (R-CONN-2):
 *   implicit TLS on 587, STARTTLS on 993…; `legacy-port` (R-CONN-4, a warning): 143 or 110
 *   with STARTTLS works, 993 or 995 is better.
 * - `username-not-full-address` (the address in any spelling passes: any case, the domain in
 *   Unicode or ASCII; the finding's `address` is the one to type, also when another address was
 *   typed), `authentication-off` (R-CONN-3); `authentication-method` (R-CONN-4): a method the
 *   server does not offer (Outlook's SPA, NTLM, CRAM-MD5 as Thunderbird's "Encrypted password",
 *   Kerberos…), where it takes a password with PLAIN or LOGIN.
 * - `pop3-and-imap`, `pop3-keep-copy` (R-PROTO-2, warnings), `pop3-instead-of-imap` (advice).
 *
 * Each finding has a severity, the rule, a JSON Pointer to the field, and a patch: RFC 6902
 * operations that fix it. The address is `email`, or the first user name holding an `@`.
 *
 * @param settings - `{ email, incoming: server | server[], outgoing: server }`
 * @example
 * ```ts
 * checkClientSettings({
 *   email: 'jean@exemple.ch',
 *   incoming: { protocol: 'imap', host: 'mail.infomaniak.com', port: 993, security: 'ssl', username: 'jean@exemple.ch' },
 *   outgoing: { host: 'mail.infomaniak.com', port: 25, security: 'none', username: 'jean' },
 * });
 * // { ok: false, findings: [
 * //   { code: 'smtp-port-25', rule: 'R-CONN-6', severity: 'error', path: '/outgoing/port',
 * //     patch: [{ op: 'replace', path: '/outgoing/port', value: 587 },
 * //             { op: 'replace', path: '/outgoing/security', value: 'starttls' }] },
 * //   { code: 'username-not-full-address', rule: 'R-CONN-3', … } ] }
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-3, R-CONN-4, R-CONN-5, R-CONN-6, R-PROTO-2
 */
export function checkClientSettings(settings: unknown): ClientSettingsResult {
  const findings: Finding[] = [];
  if (!isObject(settings) || Array.isArray(settings)) {
    findings.push({
      code: 'not-an-object',
      rule: 'R-CONN-2',
      severity: 'error',
      path: '',
      patch: [],
    });
    return { ok: false, findings };
  }
  const incomingList = Array.isArray(settings.incoming) ? settings.incoming : [settings.incoming];
  const email = findEmail(settings, [...incomingList, settings.outgoing]);
  const single = !Array.isArray(settings.incoming);
  incomingList.forEach((server, index) => {
    const path = single ? '/incoming' : `/incoming/${index}`;
    if (isObject(server)) checkServer(server, path, 'incoming', email, findings);
    else findings.push(missing(path, 'imap', email, !single || server !== undefined));
  });
  // An empty list has no server to read mail with: add one (an `add` at the array's end).
  if (incomingList.length === 0) findings.push(missing('/incoming/0', 'imap', email, false));
  if (isObject(settings.outgoing))
    checkServer(settings.outgoing, '/outgoing', 'outgoing', email, findings);
  else findings.push(missing('/outgoing', 'smtp', email, settings.outgoing !== undefined));
  const protocols = incomingList.map(readProtocol);
  if (protocols.includes('pop3') && protocols.includes('imap')) {
    findings.push({
      code: 'pop3-and-imap',
      rule: 'R-PROTO-2',
      severity: 'warning',
      path: '/incoming',
      patch: protocols
        .map((protocol, index) => ({ protocol, index }))
        .filter((entry) => entry.protocol === 'pop3')
        .reverse()
        .map((entry) => ({ op: 'remove' as const, path: `/incoming/${entry.index}` })),
    });
  }
  return { ok: !findings.some((finding) => finding.severity === 'error'), findings };
}

/**
 * A server that is not there: the recommended one, put at `path`. RFC 6902: a `null` or a
 * string in its place `exists`, and must be replaced; an `add` at an array's index would insert
 * before it (§4.1) and leave it there.
 */
function missing(
  path: string,
  protocol: 'imap' | 'smtp',
  email: string | undefined,
  exists: boolean,
): Finding {
  const endpoint = preferredEndpoint(protocol);
  return {
    code: 'missing-server',
    rule: 'R-CONN-2',
    severity: 'error',
    path,
    patch: [
      {
        op: exists ? 'replace' : 'add',
        path,
        value: {
          protocol,
          host: MAIL_SERVER,
          port: endpoint.port,
          security: endpoint.security,
          ...(email === undefined ? {} : { username: email }),
          authentication: true,
        },
      },
    ],
  };
}
