import { PolicyInputError } from '../_lib/errors.js';
import { isObject, toCount } from '../_lib/input.js';

/** What a person says about how they read their mail. */
export interface ProtocolNeeds {
  /** How many devices read this address (computer, phone, tablet…). */
  readonly devices: number;
  /** Whether mail must be readable without an Internet connection. */
  readonly offline?: boolean | undefined;
  /** Whether several people share the mailbox (a service mailbox). */
  readonly sharedMailbox?: boolean | undefined;
  /** Whether the webmail or the provider's mobile app is used too. */
  readonly webmailOrApp?: boolean | undefined;
}

/** Why IMAP or POP3, as stable codes. */
export type ProtocolReason =
  | 'same-view-everywhere'
  | 'several-devices'
  | 'shared-mailbox'
  | 'webmail-or-app'
  | 'one-device-offline';

/** What to mind with the protocol chosen. */
export type ProtocolWarning =
  | 'imap-needs-connection'
  | 'pop3-removes-from-server'
  | 'pop3-do-not-keep-copy'
  | 'pop3-backup-incomplete'
  | 'never-mix-pop3-and-imap';

/** The answer of {@link adviseProtocol}. */
export interface ProtocolAdvice {
  /** The protocol to use: IMAP unless only POP3 fits the answers given. */
  readonly protocol: 'imap' | 'pop3';
  /**
   * R-PROTO-2 when IMAP is advised (the rule that recommends it), R-PROTO-1 when POP3 is (the
   * rule that says it works offline, on one device).
   */
  readonly rule: 'R-PROTO-1' | 'R-PROTO-2';
  /** Why this protocol, in order of weight. */
  readonly reasons: readonly ProtocolReason[];
  /**
   * What the person should know about the choice (for example: POP3 removes messages from the
   * server).
   */
  readonly warnings: readonly ProtocolWarning[];
}

/**
 * IMAP or POP3 for a mail client, and why (R-PROTO-1, R-PROTO-2). IMAP keeps mail on the
 * server: the same view on every device, the webmail and the app; it is the provider's
 * recommendation. POP3 downloads and deletes: it suits one device that must work offline, and
 * nothing else. The warnings say what to mind either way; POP3 and IMAP are never to be mixed
 * on one address.
 *
 * @throws {PolicyInputError} for a device count that is not a positive integer
 * @example
 * ```ts
 * adviseProtocol({ devices: 3 });
 * // { protocol: 'imap', rule: 'R-PROTO-2', reasons: ['same-view-everywhere', 'several-devices'],
 * //   warnings: ['never-mix-pop3-and-imap'] }
 * adviseProtocol({ devices: 1, offline: true }).protocol; // 'pop3'
 * ```
 * @see R-PROTO-1, R-PROTO-2, R-BKP-7
 */
export function adviseProtocol(needs: ProtocolNeeds): ProtocolAdvice {
  if (!isObject(needs)) throw new PolicyInputError('needs', 'an object', needs);
  const devices = toCount(needs.devices, 'needs.devices', 1);
  const reasons: ProtocolReason[] = [];
  if (devices > 1) reasons.push('several-devices');
  if (needs.sharedMailbox === true) reasons.push('shared-mailbox');
  if (needs.webmailOrApp === true) reasons.push('webmail-or-app');
  if (needs.offline === true && reasons.length === 0) {
    return {
      protocol: 'pop3',
      rule: 'R-PROTO-1',
      reasons: ['one-device-offline'],
      warnings: [
        'pop3-removes-from-server',
        'pop3-do-not-keep-copy',
        'pop3-backup-incomplete',
        'never-mix-pop3-and-imap',
      ],
    };
  }
  return {
    protocol: 'imap',
    rule: 'R-PROTO-2',
    reasons: ['same-view-everywhere', ...reasons],
    warnings:
      needs.offline === true
        ? ['imap-needs-connection', 'never-mix-pop3-and-imap']
        : ['never-mix-pop3-and-imap'],
  };
}
