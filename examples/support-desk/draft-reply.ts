// A support desk's first draft: from what a customer sent (their client's settings, the error
// they saw, the languages their browser asked for), the sentences of a reply in their language
// and a configuration file for their client, ready for an agent to read over and send.
// R-CONN-1…7, R-PROTO-2, R-TROUBLE-1.
import {
  appleMobileconfig,
  autodiscoverXml,
  checkClientSettings,
  diagnoseClientError,
  diagnoseSmtpReply,
  formatDiagnosis,
  formatIssue,
  type Locale,
  matchLocale,
  parseAddress,
  thunderbirdAutoconfig,
} from 'infomaniak-mail-policy';

export interface Ticket {
  /** The customer's address. */
  readonly email: string;
  /** Their client's settings as a form or a ticket field gave them (any shape: never trusted). */
  readonly settings?: unknown;
  /** The error their client showed, or the server's reply, pasted as it came. */
  readonly error?: string;
  /** Their browser's `Accept-Language` header (or `navigator.languages`). */
  readonly languages?: string | readonly string[];
  /** The client they use, for a configuration file. */
  readonly client?: 'thunderbird' | 'apple' | 'outlook';
}

export interface Draft {
  readonly locale: Locale;
  /** What went wrong, in a sentence; `null` when the error was not recognised (or none given). */
  readonly cause: string | null;
  /** What to do, in order, each sentence once: the settings to fix, then the error's remedies. */
  readonly steps: readonly string[];
  /** A file that sets the client up, when the address is one a client can use. */
  readonly attachment: {
    readonly name: string;
    readonly type: string;
    readonly content: string;
  } | null;
}

/** The draft of a reply to `ticket`. Never throws on what the customer sent. */
export function draftReply(ticket: Ticket): Draft {
  const locale = matchLocale(ticket.languages ?? []);
  const steps = new Set<string>();
  if (ticket.settings !== undefined) {
    // The ticket's address stands for the settings' own when a form did not repeat it.
    const { settings } = ticket;
    const withEmail =
      typeof settings === 'object' && settings !== null && !Array.isArray(settings)
        ? { email: ticket.email, ...settings }
        : settings;
    const { findings } = checkClientSettings(withEmail);
    // Errors before warnings; the same sentence (a user name wrong twice) once.
    for (const severity of ['error', 'warning'] as const) {
      for (const finding of findings) {
        if (finding.severity === severity) steps.add(formatIssue(finding, locale));
      }
    }
  }
  const text = ticket.error ?? '';
  const diagnosis = diagnoseSmtpReply(text) ?? diagnoseClientError(text);
  const written = diagnosis === null ? null : formatDiagnosis(diagnosis, locale);
  for (const remedy of written?.remedies ?? []) steps.add(remedy);
  return {
    locale,
    cause: written?.cause ?? null,
    steps: [...steps],
    attachment: attachmentFor(ticket),
  };
}

const FILES = {
  thunderbird: (email: string) => ({
    name: 'config-v1.1.xml',
    type: 'application/xml',
    // The file Thunderbird fetches for the address's domain.
    result: thunderbirdAutoconfig(parseAddress(email)?.domain ?? ''),
  }),
  apple: (email: string) => ({
    name: 'mail.mobileconfig',
    type: 'application/x-apple-aspen-config',
    result: appleMobileconfig(email),
  }),
  outlook: (email: string) => ({
    name: 'autodiscover.xml',
    type: 'text/xml',
    result: autodiscoverXml(email),
  }),
};

/** The client's file, or `null` when no client was named or the address cannot be used. */
function attachmentFor(ticket: Ticket): Draft['attachment'] {
  if (ticket.client === undefined || !Object.hasOwn(FILES, ticket.client)) return null;
  const { name, type, result } = FILES[ticket.client](String(ticket.email));
  return result.ok ? { name, type, content: result.value } : null;
}
