import type { RuleId, Source } from '../_lib/provenance.js';

/**
 * R-CONN-1: the one server name for IMAP, POP3 and SMTP.
 *
 * @example
 * ```ts
 * MAIL_SERVER; // 'mail.infomaniak.com'
 * ```
 * @see R-CONN-1
 */
export const MAIL_SERVER = 'mail.infomaniak.com';

/** A mail protocol a client uses. */
export type MailProtocol = 'imap' | 'pop3' | 'smtp';

/** `tls`: implicit TLS from the first byte; `starttls`: upgraded by STARTTLS; `none`: cleartext. */
export type Security = 'tls' | 'starttls' | 'none';

/** How the provider ranks an endpoint. */
export type EndpointStatus = 'recommended' | 'alternative' | 'legacy' | 'server-to-server';

/** SASL mechanisms for the password (R-CONN-4: "LOGIN or PLAIN"). */
export type AuthMethod = 'PLAIN' | 'LOGIN';

/** One port of the mail server, as the provider documents it. */
export interface Endpoint {
  /** IMAP, POP3 or SMTP. */
  readonly protocol: MailProtocol;
  /** Whether the port receives (IMAP, POP3) or sends (SMTP). */
  readonly direction: 'incoming' | 'outgoing';
  /** The TCP port. */
  readonly port: number;
  /** The security the port offers at best. */
  readonly security: Security;
  /** Whether the provider recommends the port, accepts it, or refuses it. */
  readonly status: EndpointStatus;
  /** The SASL mechanisms the port accepts. */
  readonly authMethods: readonly AuthMethod[];
  /** The rule that states it. */
  readonly rule: RuleId;
  /** Where the provider says so (seed lines and words). */
  readonly source: Source;
}

const AUTH: readonly AuthMethod[] = ['PLAIN', 'LOGIN'];

/**
 * Every endpoint of `mail.infomaniak.com`, in the provider's order of preference: IMAPS 993
 * (recommended), SMTP submission 587 with STARTTLS ("option 1", the IETF standard), SMTPS 465
 * ("option 2"), then POP3S 995, and the legacy cleartext ports 143 and 110 (STARTTLS
 * possible) and 25 (server to server). Authentication is always by password, with PLAIN or
 * LOGIN (R-CONN-4 names them for SMTP; we apply them to IMAP and POP3 too, as their
 * `AUTHENTICATE PLAIN` / `LOGIN` commands).
 *
 * @example
 * ```ts
 * ENDPOINTS.filter((e) => e.status === 'recommended').map((e) => `${e.protocol}:${e.port}`);
 * // ['imap:993', 'smtp:587']
 * ```
 * @see R-CONN-2, R-CONN-4, R-CONN-6
 */
export const ENDPOINTS = [
  {
    protocol: 'imap',
    direction: 'incoming',
    port: 993,
    security: 'tls',
    status: 'recommended',
    authMethods: AUTH,
    rule: 'R-CONN-2',
    source: { rule: 'R-CONN-2', seedLines: [619, 624], quote: '| Puertos | 993 | 587 | 465 |' },
  },
  {
    protocol: 'smtp',
    direction: 'outgoing',
    port: 587,
    security: 'starttls',
    status: 'recommended',
    authMethods: AUTH,
    rule: 'R-CONN-2',
    source: {
      rule: 'R-CONN-2',
      seedLines: [619, 625],
      quote: 'El puerto 587 con STARTTLS es la práctica estándar IETF',
    },
  },
  {
    protocol: 'smtp',
    direction: 'outgoing',
    port: 465,
    security: 'tls',
    status: 'alternative',
    authMethods: AUTH,
    rule: 'R-CONN-2',
    source: {
      rule: 'R-CONN-2',
      seedLines: [619, 625],
      quote: 'El puerto 465 es una alternativa segura que utiliza cifrado implícito.',
    },
  },
  {
    protocol: 'pop3',
    direction: 'incoming',
    port: 995,
    security: 'tls',
    status: 'alternative',
    authMethods: AUTH,
    rule: 'R-CONN-4',
    source: {
      rule: 'R-CONN-4',
      seedLines: [631, 631],
      quote: 'Puerto seguro para la recepción POP3s',
    },
  },
  {
    protocol: 'imap',
    direction: 'incoming',
    port: 143,
    security: 'starttls',
    status: 'legacy',
    authMethods: AUTH,
    rule: 'R-CONN-4',
    source: {
      rule: 'R-CONN-4',
      seedLines: [629, 629],
      quote: 'Puerto estándar para la recepción IMAP - no cifrado, usar 993',
    },
  },
  {
    protocol: 'pop3',
    direction: 'incoming',
    port: 110,
    security: 'starttls',
    status: 'legacy',
    authMethods: AUTH,
    rule: 'R-CONN-4',
    source: {
      rule: 'R-CONN-4',
      seedLines: [630, 630],
      quote: 'Puerto estándar para la recepción POP3 - no cifrado, usar 995',
    },
  },
  {
    protocol: 'smtp',
    direction: 'outgoing',
    port: 25,
    security: 'starttls',
    status: 'server-to-server',
    authMethods: AUTH,
    rule: 'R-CONN-6',
    source: {
      rule: 'R-CONN-6',
      seedLines: [615, 615],
      quote: 'nunca debe especificar el puerto 25 como puerto SMTP',
    },
  },
] as const satisfies readonly Endpoint[];
