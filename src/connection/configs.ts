import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toOptions } from '../_lib/input.js';
import { type DomainIssue, domainIssues } from '../address/domain.js';
import { type AddressIssue, validateAddress } from '../address/validateAddress.js';
import { type ENDPOINTS, MAIL_SERVER } from './connection.data.js';
import { loginName, preferredEndpoint, readClientOptions } from './recommendSettings.js';

/** A generated configuration file, or why none could be made (an unusable domain or address). */
export type ConfigResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly issues: readonly (AddressIssue | DomainIssue)[] };

/** Escapes text for XML content and attribute values. */
function xml(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * The ASCII form of a sound domain, or its issues. One final dot names the same domain, as a
 * zone file writes it (`exemple.ch.`, the absolute name); a second is an empty label.
 */
function readDomain(domain: unknown): { ascii: string } | { issues: readonly DomainIssue[] } {
  const text = typeof domain === 'string' ? domain : '';
  const end = text.length > 1 && text.endsWith('.') ? text.length - 1 : text.length;
  const { issues, ascii } = domainIssues(text, 0, end, true);
  return issues.length > 0 || ascii === null ? { issues } : { ascii };
}

/** A usable address: the provider's rules (`validateAddress`), its domain in ASCII. */
function readAddress(email: unknown) {
  const result = validateAddress(email);
  return result.ok ? { email: loginName(result), domain: result.asciiDomain } : result;
}

const SOCKET = { tls: 'SSL', starttls: 'STARTTLS', none: 'plain' } as const;

/**
 * A Thunderbird autoconfig file (`clientConfig` version 1.1) for the addresses of `domain`,
 * to serve at `https://autoconfig.<domain>/mail/config-v1.1.xml` or
 * `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml`. Servers come in the
 * provider's order (the first of a type is preferred): IMAPS 993, POP3S 995; submission 587
 * with STARTTLS, then 465 with implicit TLS. POP3 is set up without "leave messages on the
 * server" (`leaveMessagesOnServer` false; Thunderbird's own default keeps them 14 days), as
 * R-PROTO-2 asks. Internationalised domains are written in their `xn--` form; all text is
 * escaped. An absolute name (`exemple.ch.`, with its final dot) is the same domain.
 *
 * @param domain - the domain of the addresses
 * @returns `{ ok: true, value }` with the XML, or `{ ok: false, issues }` for an unsound domain
 * @example
 * ```ts
 * thunderbirdAutoconfig('exemple.ch').ok; // true
 * thunderbirdAutoconfig('exemple').ok;    // false: domain-single-label
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-3, R-PROTO-2
 */
export function thunderbirdAutoconfig(domain: string): ConfigResult {
  const read = readDomain(domain);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const server = (
    type: 'incomingServer' | 'outgoingServer',
    endpoint: (typeof ENDPOINTS)[number],
  ) =>
    [
      `    <${type} type="${endpoint.protocol}">`,
      `      <hostname>${MAIL_SERVER}</hostname>`,
      `      <port>${endpoint.port}</port>`,
      `      <socketType>${SOCKET[endpoint.security]}</socketType>`,
      '      <username>%EMAILADDRESS%</username>',
      '      <authentication>password-cleartext</authentication>',
      // Thunderbird keeps a copy on a POP3 server for 14 days unless told otherwise, which
      // R-PROTO-2 advises against (mail downloaded again): POP3 takes the mail off the server.
      ...(endpoint.protocol === 'pop3'
        ? [
            '      <pop3>',
            '        <leaveMessagesOnServer>false</leaveMessagesOnServer>',
            '      </pop3>',
          ]
        : []),
      `    </${type}>`,
    ].join('\n');
  const domainXml = xml(read.ascii);
  return {
    ok: true,
    value: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<clientConfig version="1.1">',
      `  <emailProvider id="${domainXml}">`,
      `    <domain>${domainXml}</domain>`,
      `    <displayName>${domainXml} (Infomaniak)</displayName>`,
      '    <displayShortName>Infomaniak</displayShortName>',
      server('incomingServer', preferredEndpoint('imap')),
      server('incomingServer', preferredEndpoint('pop3')),
      server('outgoingServer', preferredEndpoint('smtp', 'starttls')),
      server('outgoingServer', preferredEndpoint('smtp', 'tls')),
      '  </emailProvider>',
      '</clientConfig>',
      '',
    ].join('\n'),
  };
}

/** Options of {@link appleMobileconfig}. */
export interface AppleProfileOptions {
  /**
   * UUIDs of the profile and of the mail payload. Default: UUIDs named by the identifier prefix
   * and the address (in lower case), so that a profile downloaded again replaces the one
   * installed instead of adding a second account.
   */
  readonly uuids?: { readonly profile: string; readonly payload: string } | undefined;
  /** Reverse-DNS prefix of the payload identifiers (default: the domain reversed). */
  readonly identifier?: string | undefined;
  /** `'imap'` (default) or `'pop3'`. */
  readonly incoming?: 'imap' | 'pop3' | undefined;
  /** `'starttls'` (587, default) or `'tls'` (465). */
  readonly submission?: 'starttls' | 'tls' | undefined;
}

/**
 * A UUID named by `text` (RFC 9562 §5.8, version 8: the same text gives the same UUID): four
 * FNV-1a lanes with their own seeds, each finished by a multiply-xorshift, make its free bits.
 * Not a cryptographic hash: it tells a handful of profiles apart, nothing more.
 */
function nameUuid(text: string): string {
  const hex = [1, 2, 3, 4]
    .map((lane) => {
      let hash = Math.imul(lane, 0x9e3779b9);
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
      return ((hash ^ (hash >>> 13)) >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${'89ab'[hex.charCodeAt(16) & 3]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const UUID_SHAPE = (value: unknown) =>
  typeof value === 'string' &&
  value.length === 36 &&
  [...value].every((c, i) =>
    [8, 13, 18, 23].includes(i) ? c === '-' : '0123456789abcdefABCDEF'.includes(c),
  );

/**
 * An Apple configuration profile (`.mobileconfig`, served as
 * `application/x-apple-aspen-config`) with one `com.apple.mail.managed` payload for the
 * address: IMAP over TLS on 993 (or POP3 on 995), SMTP on 587 with STARTTLS (or 465), the full
 * address as user name, password authentication, the outgoing password the same as the
 * incoming one. The password itself is not written: the device asks for it.
 *
 * The output depends on its input only. A device takes a profile whose `PayloadIdentifier` it
 * has installed already as a new version of it, and replaces it. So the UUIDs in the
 * identifiers are named by the identifier prefix and the address, not drawn at random:
 * downloading the profile again, or with POP3 instead of IMAP, updates the account instead of
 * adding a second one; two addresses, or two prefixes, give two profiles. `uuids` sets them.
 *
 * @returns `{ ok: true, value }` with the plist XML, or `{ ok: false, issues }` for an unusable address
 * @throws {PolicyInputError} for malformed options (UUIDs, identifier, protocol values)
 * @example
 * ```ts
 * appleMobileconfig('jean@exemple.ch', {
 *   uuids: {
 *     profile: '9f1e6c52-3b7a-4c1d-8e2f-5a6b7c8d9e0f',
 *     payload: '2c43a1b9-7d5e-4f60-9a1b-2c3d4e5f6a7b',
 *   },
 * }).ok; // true
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-3
 */
export function appleMobileconfig(email: string, options?: AppleProfileOptions): ConfigResult {
  const read = toOptions(options);
  const { uuids, identifier } = read;
  const { incoming, submission } = readClientOptions(read);
  if (
    uuids !== undefined &&
    !(isObject(uuids) && UUID_SHAPE(uuids.profile) && UUID_SHAPE(uuids.payload))
  ) {
    throw new PolicyInputError(
      'options.uuids',
      '{ profile, payload } as RFC 4122 UUID strings',
      uuids,
    );
  }
  if (identifier !== undefined && (typeof identifier !== 'string' || identifier === '')) {
    throw new PolicyInputError('options.identifier', 'a non-empty reverse-DNS string', identifier);
  }
  const address = readAddress(email);
  if (!('email' in address)) return { ok: false, issues: address.issues };
  const given = uuids as AppleProfileOptions['uuids'];
  const prefix =
    (identifier as string | undefined) ?? address.domain.split('.').reverse().join('.');
  const name = `${prefix}\n${address.email.toLowerCase()}\n`;
  const profileUuid = given?.profile ?? nameUuid(`${name}profile`);
  const payloadUuid = given?.payload ?? nameUuid(`${name}mail`);
  const inbound = preferredEndpoint(incoming);
  const outbound = preferredEndpoint('smtp', submission);
  const entry = (key: string, value: string | number | boolean, indent = '      ') =>
    `${indent}<key>${key}</key>\n${indent}${
      typeof value === 'boolean'
        ? `<${value}/>`
        : typeof value === 'number'
          ? `<integer>${value}</integer>`
          : `<string>${xml(value)}</string>`
    }`;
  const mail = [
    entry('PayloadType', 'com.apple.mail.managed'),
    entry('PayloadVersion', 1),
    entry('PayloadIdentifier', `${prefix}.mail.${payloadUuid}`),
    entry('PayloadUUID', payloadUuid),
    entry('PayloadDisplayName', address.email),
    entry('EmailAccountDescription', address.email),
    entry('EmailAccountType', incoming === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP'),
    entry('EmailAddress', address.email),
    entry('IncomingMailServerHostName', MAIL_SERVER),
    entry('IncomingMailServerPortNumber', inbound.port),
    entry('IncomingMailServerUseSSL', true),
    entry('IncomingMailServerAuthentication', 'EmailAuthPassword'),
    entry('IncomingMailServerUsername', address.email),
    entry('OutgoingMailServerHostName', MAIL_SERVER),
    entry('OutgoingMailServerPortNumber', outbound.port),
    entry('OutgoingMailServerUseSSL', true),
    entry('OutgoingMailServerAuthentication', 'EmailAuthPassword'),
    entry('OutgoingMailServerUsername', address.email),
    entry('OutgoingPasswordSameAsIncomingPassword', true),
  ].join('\n');
  return {
    ok: true,
    value: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
      '<plist version="1.0">',
      '<dict>',
      '  <key>PayloadContent</key>',
      '  <array>',
      '    <dict>',
      mail,
      '    </dict>',
      '  </array>',
      entry('PayloadDisplayName', `${address.email} (Infomaniak Mail)`, '  '),
      entry('PayloadIdentifier', `${prefix}.profile.${profileUuid}`, '  '),
      entry('PayloadType', 'Configuration', '  '),
      entry('PayloadUUID', profileUuid, '  '),
      entry('PayloadVersion', 1, '  '),
      '</dict>',
      '</plist>',
      '',
    ].join('\n'),
  };
}

/**
 * The Outlook Autodiscover "POX" response for an address (the XML served at
 * `/autodiscover/autodiscover.xml`): IMAP on 993 and SMTP on 587, the full address as login
 * name, `SPA` written `off` (it defaults to on when absent), authentication required.
 *
 * @returns `{ ok: true, value }` with the XML, or `{ ok: false, issues }` for an unusable address
 * @example
 * ```ts
 * autodiscoverXml('jean@exemple.ch').ok; // true
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-3
 */
export function autodiscoverXml(email: string): ConfigResult {
  const address = readAddress(email);
  if (!('email' in address)) return { ok: false, issues: address.issues };
  const protocol = (type: 'IMAP' | 'SMTP', endpoint: (typeof ENDPOINTS)[number]) =>
    [
      '      <Protocol>',
      `        <Type>${type}</Type>`,
      `        <Server>${MAIL_SERVER}</Server>`,
      `        <Port>${endpoint.port}</Port>`,
      `        <LoginName>${xml(address.email)}</LoginName>`,
      '        <DomainRequired>off</DomainRequired>',
      '        <SPA>off</SPA>',
      '        <SSL>on</SSL>',
      `        <Encryption>${endpoint.security === 'tls' ? 'SSL' : 'TLS'}</Encryption>`,
      '        <AuthRequired>on</AuthRequired>',
      '      </Protocol>',
    ].join('\n');
  return {
    ok: true,
    value: [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">',
      '  <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">',
      '    <Account>',
      '      <AccountType>email</AccountType>',
      '      <Action>settings</Action>',
      protocol('IMAP', preferredEndpoint('imap')),
      protocol('SMTP', preferredEndpoint('smtp', 'starttls')),
      '    </Account>',
      '  </Response>',
      '</Autodiscover>',
      '',
    ].join('\n'),
  };
}

/** One SRV record of RFC 6186 / RFC 8314. */
export interface SrvRecord {
  /** `_submission._tcp.example.ch.` and the like. */
  readonly name: string;
  /** RFC 2782 priority: lower is tried first. */
  readonly priority: number;
  /** RFC 2782 weight among records of equal priority. */
  readonly weight: number;
  /** The service's port, or 0 with target `.` for a service not offered. */
  readonly port: number;
  /** `mail.infomaniak.com.`, or `.` for a service not offered. */
  readonly target: string;
}

/** The answer of {@link srvRecords}: the records, and the same as zone-file lines. */
export type SrvResult =
  | { readonly ok: true; readonly records: readonly SrvRecord[]; readonly zone: string }
  | { readonly ok: false; readonly issues: readonly DomainIssue[] };

/**
 * The SRV records that let mail clients find the server for the addresses of `domain`
 * (RFC 6186, RFC 8314): `_imaps._tcp` 993, `_pop3s._tcp` 995, `_submissions._tcp` 465 and
 * `_submission._tcp` 587, all on `mail.infomaniak.com`. The cleartext `_imap._tcp` and
 * `_pop3._tcp` are published with target `.` (not offered): RFC 8314 §5.1 advises against
 * cleartext access, and the provider itself says to use 993 and 995 instead. `_pop3s` has
 * priority 10 and `_imaps` 0: a client that finds both takes the lower priority (RFC 6186
 * §3.4), so it sets up IMAP, which the provider recommends (R-PROTO-2), as the configuration
 * files do. The two submission ports, both recommended (R-CONN-2), share priority 0. `domain`
 * may be written as an absolute name, as in a zone file (`exemple.ch.`): the records are the
 * same.
 *
 * @param domain - the domain of the addresses, relative or absolute
 * @returns the records and their zone-file lines, or `{ ok: false, issues }` for an unsound domain
 * @example
 * ```ts
 * const srv = srvRecords('exemple.ch');
 * if (srv.ok) srv.zone.split('\n')[0];
 * // '_imaps._tcp.exemple.ch. 3600 IN SRV 0 1 993 mail.infomaniak.com.'
 * ```
 * @see R-CONN-1, R-CONN-2, R-CONN-4, R-PROTO-2
 */
export function srvRecords(domain: string): SrvResult {
  const read = readDomain(domain);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const record = (service: string, port: number, offered = true, priority = 0): SrvRecord => ({
    name: `_${service}._tcp.${read.ascii}.`,
    priority,
    weight: offered ? 1 : 0,
    port: offered ? port : 0,
    target: offered ? `${MAIL_SERVER}.` : '.',
  });
  const records = [
    record('imaps', 993),
    record('pop3s', 995, true, 10),
    record('submissions', 465),
    record('submission', 587),
    record('imap', 143, false),
    record('pop3', 110, false),
  ];
  const zone = records
    .map((r) => `${r.name} 3600 IN SRV ${r.priority} ${r.weight} ${r.port} ${r.target}`)
    .join('\n');
  return { ok: true, records, zone };
}
