import type { Instant } from '../_lib/input.js';

/**
 * One admitted send in a mailbox's history: when it was sent and how many recipients it had
 * (its weight towards the daily limit, R-SEND-2).
 */
export interface SendEvent {
  /** When the message was sent. */
  readonly at: Instant;
  /** Recipients, To, Cc and Bcc together: the message counts this many times (R-SEND-2). */
  readonly recipients: number;
  /**
   * Optional message id: the same id twice counts once, the first one given (in a history
   * passed to `decideSend` as in a `SendLedger`).
   */
  readonly id?: string | undefined;
}

/**
 * The limits a send is judged against. Every {@link Offer} is a `SendPolicy`; build one with
 * `sendPolicyFor(offer, overrides)` for an address whose limits the provider changed on
 * request (R-SEND-4, paid offers only).
 */
export interface SendPolicy {
  /** R-SEND-1: messages (weighted by recipients) per rolling 24 h. */
  readonly dailySendLimit: number;
  /** R-RCPT-1: recipients per message. */
  readonly maxRecipientsPerMessage: number;
  /** R-SIZE-1: bytes per message. */
  readonly maxMessageBytes: number;
}

/**
 * A send history that can answer the two questions a decision needs, in O(log n) for
 * `SendLedger`. A shared store (such as a Redis-backed log) implements the same interface.
 */
export interface SendHistory {
  /** Recipients counted at `now`: the weight of the sends stamped after `now − 24 h`. */
  used(now: Instant): number;
  /**
   * The earliest instant `t ≥ now` at which `used(t) + weight ≤ limit` if nothing else were
   * sent, or `null` when `weight > limit` (waiting cannot help).
   */
  retryAt(now: Instant, weight: number, limit: number): Date | null;
}

/** An address as nodemailer takes one: `{ name: 'Jean', address: 'jean@exemple.ch' }`. */
export interface AddressObject {
  /** The display name. */
  readonly name?: string | undefined;
  /** The address; an entry without one is left out. */
  readonly address?: string | undefined;
}

/** One field of a message: addresses as mail libraries take them, or their count. */
export type RecipientField =
  | string
  | AddressObject
  | readonly (string | AddressObject)[]
  | number
  | undefined;

/**
 * Recipients of a message, field by field: a list of addresses, a string as a header holds
 * them (`'"Dupont, Jean" <jean@exemple.ch>, anna@exemple.ch'`: several are counted),
 * nodemailer's address objects, or a count.
 */
export interface RecipientFields {
  /** To: addresses, or their count. */
  readonly to?: RecipientField;
  /** Cc: addresses, or their count. */
  readonly cc?: RecipientField;
  /** Bcc: addresses, or their count. */
  readonly bcc?: RecipientField;
}

/** The message to judge: its recipient count, or its recipient fields. */
export type MessageRecipients = { readonly recipients: number } | RecipientFields;

/** R-SEND-5: a refusal for volume recommends the provider's Newsletter tool. */
export interface NewsletterSuggestion {
  /** Use the provider's Newsletter tool for mass mailings. */
  readonly code: 'use-newsletter-tool';
  /** The rule that recommends it. */
  readonly rule: 'R-SEND-5';
}

/** The message has no recipient at all. */
export interface NoRecipientsIssue {
  /** The stable code of the refusal. */
  readonly code: 'no-recipients';
  /** The rule that weighs a message by its recipients. */
  readonly rule: 'R-SEND-2';
}

/** The message has more recipients than one message may have (R-RCPT-1). Permanent. */
export interface TooManyRecipientsIssue {
  /** The stable code of the refusal. */
  readonly code: 'too-many-recipients';
  /** The rule that limits recipients per message. */
  readonly rule: 'R-RCPT-1';
  /** The most recipients a message may have (100). */
  readonly limit: number;
  /** The recipients this message has. */
  readonly actual: number;
  /** The Newsletter tool (R-SEND-5). */
  readonly suggestion: NewsletterSuggestion;
}

/** Sending now would go over the rolling 24-hour limit (R-SEND-1). */
export interface DailyLimitReachedIssue {
  /** The stable code of the refusal. */
  readonly code: 'daily-limit-reached';
  /** The rule of the rolling 24 h limit. */
  readonly rule: 'R-SEND-1';
  /** The limit per 24 h. */
  readonly limit: number;
  /** Recipients already counted in the window. */
  readonly used: number;
  /** This message's weight (its recipients). */
  readonly weight: number;
  /** When the same message would be allowed if nothing else were sent; `null` if never. */
  readonly retryAt: Date | null;
  /** The Newsletter tool (R-SEND-5). */
  readonly suggestion: NewsletterSuggestion;
}

/** The message is larger than 210,763,776 bytes (R-SIZE-1). Permanent. */
export interface MessageTooLargeIssue {
  /** The stable code of the refusal. */
  readonly code: 'message-too-large';
  /** The rule of the message size. */
  readonly rule: 'R-SIZE-1';
  /** The largest message, in bytes. */
  readonly limit: number;
  /** This message's size, in bytes. */
  readonly actual: number;
}

/** Why a send is refused: a discriminated union on `code`. */
export type SendIssue =
  | NoRecipientsIssue
  | TooManyRecipientsIssue
  | MessageTooLargeIssue
  | DailyLimitReachedIssue;

/** The stable codes of {@link SendIssue}. */
export type SendIssueCode = SendIssue['code'];

/** The numbers every decision carries. */
interface SendFigures {
  /** This message's weight towards the limit: its recipients (R-SEND-2). */
  readonly weight: number;
  /** Recipients already counted in the rolling 24 h window at `now`. */
  readonly used: number;
  /** What is left after this decision: `max(0, limit − used − (allowed ? weight : 0))`. */
  readonly remaining: number;
  /** The limit per rolling 24 h that applied. */
  readonly limit: number;
}

/** The message may be sent now. Record it (weight = recipients) once it is sent. */
export interface SendAllowed extends SendFigures {
  /** The message may be sent now. */
  readonly allowed: true;
}

/** The message may not be sent now; `issues` lists every reason that applies. */
export interface SendRefused extends SendFigures {
  /** The message may not be sent now. */
  readonly allowed: false;
  /** Every reason that applies, permanent ones first. */
  readonly issues: readonly SendIssue[];
  /**
   * The earliest instant at which the same message would be allowed if nothing else were
   * sent, or `null` when waiting cannot help (too many recipients, too large, weight above
   * the limit).
   */
  readonly retryAt: Date | null;
}

/** The answer of `decideSend`. Narrow on `allowed`. */
export type SendDecision = SendAllowed | SendRefused;
