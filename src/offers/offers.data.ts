/** @internal R-SIZE-1, written once: `MAX_MESSAGE_BYTES` re-exports it. */
export const MESSAGE_BYTES_LIMIT = 210_763_776;

/** The offer-independent figures: every offer, free or paid, has the same. */
export const COMMON_LIMITS = {
  /** R-RCPT-1: 100 recipients per message, To, Cc and Bcc together. */
  maxRecipientsPerMessage: 100,
  /** R-SIZE-1: 210,763,776 bytes ("201 Mo exactos") per message, headers and body. */
  maxMessageBytes: MESSAGE_BYTES_LIMIT,
  /** R-RET-2: a message in the trash or spam folder is deleted after 30 days. */
  trashRetentionDays: 30,
} as const;

/** How many addresses an offer holds (R-ADDR-COUNT). */
export interface AddressRange {
  /** Fewest addresses the offer is sold with (0 where the seed names no minimum). */
  readonly min: number;
  /** Most addresses the offer holds, or `'unlimited'` where the seed names no maximum. */
  readonly max: number | 'unlimited';
}

/** The fields that differ from offer to offer (their sources are in `offers.sources.ts`). */
export interface OfferRow {
  readonly id: string;
  /** The offer's English name. */
  readonly name: string;
  /** The offer's name as the seed (the provider's Spanish knowledge base) writes it. */
  readonly seedName: string;
  readonly family: 'ksuite' | 'my-ksuite' | 'mail-service';
  readonly paid: boolean;
  readonly dailySendLimit: number;
  readonly storageBytes: number | 'unlimited';
  readonly backupRetentionDays: number;
  readonly addresses: AddressRange;
}

/**
 * The offer matrix as the seed states it, one row per offer: the figures only, so that a
 * bundle that needs a limit does not carry the provenance. Figures come from three tables of
 * the seed: sends per 24 h (lines 260–268), storage in Go = GiB (lines 349–358) and backup
 * retention in days (lines 205–214); `OFFER_SOURCES` (in `offers.sources.ts`) says where each
 * one comes from, field by field.
 *
 * @see `SPEC.md` §1 — R-SEND-1, R-STOR-1, R-BKP-2, R-ADDR-COUNT
 */
export const OFFER_ROWS = [
  {
    id: 'ksuite-free',
    name: 'kSuite (free)',
    seedName: 'kSuite gratuito',
    family: 'ksuite',
    paid: false,
    dailySendLimit: 500,
    storageBytes: 21_474_836_480, // 20 GiB
    backupRetentionDays: 0,
    addresses: { min: 0, max: 'unlimited' },
  },
  {
    id: 'ksuite-standard',
    name: 'kSuite Standard',
    seedName: 'kSuite Estándar',
    family: 'ksuite',
    paid: true,
    dailySendLimit: 1440,
    storageBytes: 'unlimited',
    backupRetentionDays: 30,
    addresses: { min: 0, max: 'unlimited' },
  },
  {
    id: 'ksuite-business',
    name: 'kSuite Business',
    seedName: 'kSuite Negocio',
    family: 'ksuite',
    paid: true,
    dailySendLimit: 1440,
    storageBytes: 'unlimited',
    backupRetentionDays: 30,
    addresses: { min: 0, max: 'unlimited' },
  },
  {
    id: 'ksuite-enterprise',
    name: 'kSuite Enterprise',
    seedName: 'kSuite Empresa',
    family: 'ksuite',
    paid: true,
    dailySendLimit: 1440,
    storageBytes: 'unlimited',
    backupRetentionDays: 30,
    addresses: { min: 0, max: 'unlimited' },
  },
  {
    id: 'my-ksuite',
    name: 'my kSuite',
    seedName: 'my kSuite',
    family: 'my-ksuite',
    paid: false,
    dailySendLimit: 500,
    storageBytes: 21_474_836_480, // 20 GiB
    backupRetentionDays: 0,
    addresses: { min: 0, max: 'unlimited' },
  },
  {
    id: 'my-ksuite-plus',
    name: 'my kSuite+',
    seedName: 'my kSuite+',
    family: 'my-ksuite',
    paid: true,
    dailySendLimit: 1440,
    storageBytes: 'unlimited',
    backupRetentionDays: 30,
    addresses: { min: 0, max: 'unlimited' },
  },
  {
    id: 'mail-starter',
    name: 'Mail Service Starter',
    seedName: 'Servicio de Correo, Inicial',
    family: 'mail-service',
    paid: false,
    dailySendLimit: 500,
    storageBytes: 21_474_836_480, // 20 GiB
    backupRetentionDays: 0,
    addresses: { min: 0, max: 1 },
  },
  {
    id: 'mail-premium',
    name: 'Mail Service Premium',
    seedName: 'Servicio de Correo, Premium',
    family: 'mail-service',
    paid: true,
    dailySendLimit: 1440,
    storageBytes: 'unlimited',
    backupRetentionDays: 30,
    addresses: { min: 5, max: 'unlimited' },
  },
] as const satisfies readonly OfferRow[];

/**
 * Unauthenticated sending through PHP `mail()` from a web hosting: 50 messages per 24 h.
 * Authenticated sending from a hosting uses the limit of the address's mail offer.
 *
 * @example
 * ```ts
 * PHP_MAIL_DAILY_LIMIT; // 50
 * ```
 * @see R-SEND-3
 */
export const PHP_MAIL_DAILY_LIMIT: 50 = 50;
