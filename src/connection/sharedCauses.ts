import type { RuleId } from '../_lib/provenance.js';
import type { ClientErrorCause } from './diagnoseClientError.js';
import type { Remedy, SmtpCause } from './diagnoseSmtpReply.js';

/** A cause both diagnosers give: its rule and its remedies, in the order to try them. */
interface SharedCause {
  /** A cause of both unions: a new shared cause must be added to each diagnoser's. */
  readonly cause: SmtpCause & ClientErrorCause;
  readonly rule: RuleId;
  readonly remedies: readonly Remedy[];
}

/*
 * The causes `diagnoseSmtpReply` and `diagnoseClientError` both give, defined once: a server's
 * reply and a client's own words about the same failure get the same rule and the same advice.
 */

/** Port 25, blocked by most networks for a mail client (R-CONN-6). @internal */
export const PORT_25_BLOCKED = {
  cause: 'port-25-blocked',
  rule: 'R-CONN-6',
  remedies: ['use-port-587', 'use-port-465', 'try-another-network'],
} as const satisfies SharedCause;

/** No answer in time, which port 25's block often looks like (R-CONN-6). @internal */
export const TIMED_OUT = {
  cause: 'timeout',
  rule: 'R-CONN-6',
  remedies: ['use-port-587', 'try-another-network', 'disable-security-software', 'retry-later'],
} as const satisfies SharedCause;

/** The user name or the password refused (R-CONN-7). @internal */
export const PASSWORD_REFUSED = {
  cause: 'authentication-failed',
  rule: 'R-CONN-7',
  remedies: [
    'check-address-password',
    'use-full-address-as-username',
    'type-password-in-plain-text',
    'check-address-exists',
  ],
} as const satisfies SharedCause;

/**
 * An expired password as servers' replies and clients' messages write it, in the five
 * languages: the password the client holds is refused, which is `PASSWORD_REFUSED` (R-CONN-7),
 * not a time-out for the word "expired" ("a expiré", "è scaduta", "ha expirado"). @internal
 */
export const EXPIRED_PASSWORD_WORDS = [
  'password has expired',
  'password expired',
  'mot de passe a expiré',
  'mot de passe expiré',
  'passwort ist abgelaufen',
  'kennwort ist abgelaufen',
  'password è scaduta',
  'contraseña ha expirado',
  'contraseña ha caducado',
] as const;

/**
 * An authentication method the server does not offer (Secure Password Authentication, NTLM,
 * CRAM-MD5…): it takes LOGIN or PLAIN (R-CONN-4). @internal
 */
export const AUTH_METHOD_REFUSED = {
  cause: 'authentication-method',
  rule: 'R-CONN-4',
  remedies: ['use-password-authentication'],
} as const satisfies SharedCause;

/**
 * No authentication where the server requires it before it relays a message (R-CONN-7: "550
 * 5.7.1 relaying denied" or "Proper authentication required"). @internal
 */
export const AUTHENTICATION_MISSING = {
  cause: 'authentication-required',
  rule: 'R-CONN-7',
  remedies: ['enable-authentication', 'use-full-address-as-username', 'check-address-exists'],
} as const satisfies SharedCause;

/**
 * A server's words for {@link AUTHENTICATION_MISSING}, in lower case: in its reply, or as a
 * client quotes them without the reply's code ("Proper authentication required", the guide's
 * words). @internal
 */
export const AUTHENTICATION_MISSING_WORDS = [
  'relaying denied',
  'relay access denied',
  'relay denied',
  'unable to relay',
  'relay not permitted',
  'relaying not allowed',
  'authentication required',
  'authentication is required',
  'must authenticate',
] as const;
