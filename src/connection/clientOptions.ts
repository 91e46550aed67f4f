import { PolicyInputError } from '../_lib/errors.js';
import { isObject } from '../_lib/input.js';
import type { ServerSettings } from './recommendSettings.js';

/** The credentials of an address: its full address and its own (device) password (R-CONN-3). */
export interface MailAuth {
  /**
   * The full e-mail address (R-CONN-3). Default: the settings' `username`, which
   * `recommendSettings` writes as the full address.
   */
  readonly user?: string | undefined;
  /** The address's own password. */
  readonly pass: string;
}

/** The TLS options both clients take (a subset of Node's `tls.connect` options). */
export interface TlsOptions {
  /** The name the certificate must carry (SNI): the provider's server. */
  readonly servername: string;
  /** The lowest TLS version accepted. */
  readonly minVersion: 'TLSv1.2';
}

/** The part of nodemailer's SMTP transport options this library fills (`nodemailer.createTransport(options)`). */
export interface NodemailerSmtpOptions {
  /** The provider's server, `mail.infomaniak.com` (R-CONN-1). */
  readonly host: string;
  /** 587 (STARTTLS, the default) or 465 (implicit TLS) (R-CONN-2). */
  readonly port: number;
  /** `true` for implicit TLS (465); `false` for 587, where `requireTLS` demands STARTTLS. */
  readonly secure: boolean;
  /** `true` on 587: refuse to send if STARTTLS fails. */
  readonly requireTLS: boolean;
  /**
   * The full address and its password (R-CONN-3). `type: 'login'` is nodemailer's password
   * login (as opposed to OAuth2), not a SASL mechanism: nodemailer takes the first mechanism the
   * server offers, PLAIN or LOGIN on the provider's (R-CONN-4), unless the transport's own
   * `authMethod` option names one.
   */
  readonly auth: { readonly type: 'login'; readonly user: string; readonly pass: string };
  /** Certificate name and lowest TLS version. */
  readonly tls: TlsOptions;
}

/** The part of ImapFlow's options this library fills (`new ImapFlow(options)`). */
export interface ImapFlowOptions {
  /** The provider's server, `mail.infomaniak.com` (R-CONN-1). */
  readonly host: string;
  /** 993 (implicit TLS) by default. */
  readonly port: number;
  /** `true` for implicit TLS (993). */
  readonly secure: boolean;
  /** `true` to require STARTTLS on a cleartext port. */
  readonly doSTARTTLS?: boolean;
  /** The full address and its password (R-CONN-3). */
  readonly auth: { readonly user: string; readonly pass: string };
  /** Certificate name and lowest TLS version. */
  readonly tls: TlsOptions;
}

/** The user name and password to log in with: `auth.user`, else the settings' user name. */
function readAuth(auth: unknown, settings: ServerSettings): { user: string; pass: string } {
  if (!isObject(auth) || typeof auth.pass !== 'string') {
    throw new PolicyInputError('auth', 'an object { user?, pass } of strings', auth);
  }
  const { user = settings.username } = auth;
  if (typeof user !== 'string') {
    throw new PolicyInputError('auth.user', 'a string, or settings with a username', user);
  }
  return { user, pass: auth.pass };
}

/**
 * The settings, checked as far as the options read them: the protocol, a host, a port, and TLS
 * (implicit or STARTTLS). Settings a program changed (a port 143 with STARTTLS, a test server's
 * host) pass; a port that is no TCP port, an empty host, or no encryption (`security: 'none'`,
 * which would send the password in clear: R-CONN-5, and no port of the provider's is without
 * TLS) throw.
 */
function readSettings(settings: unknown, protocol: 'smtp' | 'imap'): ServerSettings {
  if (!isObject(settings) || settings.protocol !== protocol) {
    throw new PolicyInputError(
      'settings',
      `${protocol} ServerSettings from recommendSettings`,
      settings,
    );
  }
  const { host, port, security } = settings;
  if (typeof host !== 'string' || host === '') {
    throw new PolicyInputError('settings.host', 'a host name', host);
  }
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new PolicyInputError('settings.port', 'a TCP port, an integer from 1 to 65535', port);
  }
  if (security !== 'tls' && security !== 'starttls') {
    throw new PolicyInputError('settings.security', "'tls' or 'starttls'", security);
  }
  return settings as unknown as ServerSettings;
}

/**
 * nodemailer's SMTP transport options for outgoing settings (typed by nodemailer's public
 * option shape; the library does not depend on nodemailer). Port 465 uses implicit TLS
 * (`secure: true`); 587 requires STARTTLS (`requireTLS: true`). The certificate is checked
 * against the server's name, TLS 1.2 at least. The user name is `auth.user`, or else the
 * settings' own, the full address (R-CONN-3).
 *
 * @throws {PolicyInputError} for settings that are not SMTP settings (or have no host, a port
 *   that is no TCP port, or `security: 'none'`), or missing credentials
 * @example
 * ```ts
 * const settings = recommendSettings('jean@exemple.ch');
 * if (settings.ok) nodemailer.createTransport(toNodemailerOptions(settings.outgoing, { pass }));
 * // { host: 'mail.infomaniak.com', port: 587, secure: false, requireTLS: true,
 * //   auth: { type: 'login', user: 'jean@exemple.ch', pass }, tls: { servername: 'mail.infomaniak.com', minVersion: 'TLSv1.2' } }
 * ```
 * @see R-CONN-2, R-CONN-3, R-CONN-5, R-CONN-8
 */
export function toNodemailerOptions(
  settings: ServerSettings,
  auth: MailAuth,
): NodemailerSmtpOptions {
  const smtp = readSettings(settings, 'smtp');
  const { user, pass } = readAuth(auth, smtp);
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    auth: { type: 'login', user, pass },
    tls: { servername: smtp.host, minVersion: 'TLSv1.2' },
  };
}

/**
 * ImapFlow's options for incoming IMAP settings (typed by ImapFlow's public option shape; no
 * dependency on it). 993 uses implicit TLS; a STARTTLS port gets `doSTARTTLS: true`. The user
 * name is `auth.user`, or else the settings' own, the full address (R-CONN-3).
 *
 * @throws {PolicyInputError} for settings that are not IMAP settings (or have no host, a port
 *   that is no TCP port, or `security: 'none'`), or missing credentials
 * @example
 * ```ts
 * const settings = recommendSettings('jean@exemple.ch');
 * if (settings.ok) new ImapFlow(toImapFlowOptions(settings.incoming, { pass }));
 * // { host: 'mail.infomaniak.com', port: 993, secure: true, auth: { user: 'jean@exemple.ch', pass },
 * //   tls: { servername: 'mail.infomaniak.com', minVersion: 'TLSv1.2' } }
 * ```
 * @see R-CONN-2, R-CONN-3, R-CONN-5, R-CONN-8
 */
export function toImapFlowOptions(settings: ServerSettings, auth: MailAuth): ImapFlowOptions {
  const imap = readSettings(settings, 'imap');
  const { user, pass } = readAuth(auth, imap);
  return {
    host: imap.host,
    port: imap.port,
    secure: imap.security === 'tls',
    ...(imap.security === 'starttls' ? { doSTARTTLS: true } : {}),
    auth: { user, pass },
    tls: { servername: imap.host, minVersion: 'TLSv1.2' },
  };
}
