import type { Source } from '../_lib/provenance.js';
import { GIB } from '../_lib/units.js';

/** The offer-independent figures: every offer, free or paid, has the same. */
export const COMMON_LIMITS = {
  /** R-RCPT-1: 100 recipients per message, To, Cc and Bcc together. */
  maxRecipientsPerMessage: 100,
  /** R-SIZE-1: 210,763,776 bytes ("201 Mo exactos") per message, headers and body. */
  maxMessageBytes: 210_763_776,
  /** R-RET-2: a message in the trash or spam folder is deleted after 30 days. */
  trashRetentionDays: 30,
} as const;

/** Provenance of {@link COMMON_LIMITS}, field by field. */
export const COMMON_SOURCES = {
  maxRecipientsPerMessage: {
    rule: 'R-RCPT-1',
    seedLines: [277, 278],
    quote: 'el número total de destinatarios por mensaje está limitado a 100',
  },
  maxMessageBytes: {
    rule: 'R-SIZE-1',
    seedLines: [360, 361],
    quote: 'es de 210763776 bytes, es decir, 201 Mo exactos',
  },
  trashRetentionDays: {
    rule: 'R-RET-2',
    seedLines: [370, 370],
    quote: 'se elimina automáticamente después de 30 días sin posibilidad de recuperación',
  },
} as const satisfies { readonly [K in keyof typeof COMMON_LIMITS]: Source };

/** How many addresses an offer holds (R-ADDR-COUNT). */
export interface AddressRange {
  /** Fewest addresses the offer is sold with (0 where the seed names no minimum). */
  readonly min: number;
  /** Most addresses the offer holds, or `'unlimited'` where the seed names no maximum. */
  readonly max: number | 'unlimited';
}

/** The fields that differ from offer to offer, each with its {@link Source}. */
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
  readonly sources: {
    readonly paid: Source;
    readonly dailySendLimit: Source;
    readonly storageBytes: Source;
    readonly backupRetentionDays: Source;
    readonly addresses: Source;
  };
}

const NO_ADDRESS_BOUND =
  'The seed names no address count for this offer; the library imposes no bound.';
const FREE_BY_TABLES =
  'Free: the seed lists it as "gratuito"/without a paid tier and gives it the free figures.';
const PAID_BY_TABLES = 'Paid: a paid tier of its family in every table of the seed.';
const NO_BACKUP: Omit<Source, 'seedLines'> = {
  rule: 'R-BKP-2',
  quote: '*',
  interpretation:
    '"*" = no self-service backup: 0 days; after upgrading a free offer, backups up to 30 days back become restorable (seed line 214).',
};

/**
 * The offer matrix as the seed states it, one row per offer. Figures come from three tables
 * of the seed: sends per 24 h (lines 260–268), storage in Go = GiB (lines 349–358) and
 * backup retention in days (lines 205–214).
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
    storageBytes: 20 * GIB,
    backupRetentionDays: 0,
    addresses: { min: 0, max: 'unlimited' },
    sources: {
      paid: { rule: 'R-SEND-1', seedLines: [261, 261], quote: '| kSuite | gratuito | 500 |' },
      dailySendLimit: {
        rule: 'R-SEND-1',
        seedLines: [261, 261],
        quote: '| kSuite | gratuito | 500 |',
      },
      storageBytes: {
        rule: 'R-STOR-1',
        seedLines: [350, 350],
        quote: '| kSuite | gratuito | 20 |',
      },
      backupRetentionDays: { ...NO_BACKUP, seedLines: [206, 206], quote: '| kSuite | * | |' },
      addresses: { rule: 'R-ADDR-COUNT', seedLines: [261, 261], interpretation: NO_ADDRESS_BOUND },
    },
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
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [262, 262],
        quote: '| Estándar | 1440 | |',
        interpretation: PAID_BY_TABLES,
      },
      dailySendLimit: { rule: 'R-SEND-1', seedLines: [262, 262], quote: '| Estándar | 1440 | |' },
      storageBytes: { rule: 'R-STOR-1', seedLines: [351, 358], quote: '| Estándar | * | |' },
      backupRetentionDays: { rule: 'R-BKP-2', seedLines: [207, 207], quote: '| Estándar | 30 | |' },
      addresses: { rule: 'R-ADDR-COUNT', seedLines: [262, 262], interpretation: NO_ADDRESS_BOUND },
    },
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
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [263, 263],
        quote: '| Negocio | 1440 | |',
        interpretation: PAID_BY_TABLES,
      },
      dailySendLimit: { rule: 'R-SEND-1', seedLines: [263, 263], quote: '| Negocio | 1440 | |' },
      storageBytes: { rule: 'R-STOR-1', seedLines: [352, 358], quote: '| Negocio | * | |' },
      backupRetentionDays: { rule: 'R-BKP-2', seedLines: [208, 208], quote: '| Negocio | 30 | |' },
      addresses: { rule: 'R-ADDR-COUNT', seedLines: [263, 263], interpretation: NO_ADDRESS_BOUND },
    },
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
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [264, 264],
        quote: '| Empresa | 1440 | |',
        interpretation: PAID_BY_TABLES,
      },
      dailySendLimit: { rule: 'R-SEND-1', seedLines: [264, 264], quote: '| Empresa | 1440 | |' },
      storageBytes: { rule: 'R-STOR-1', seedLines: [353, 358], quote: '| Empresa | * | |' },
      backupRetentionDays: { rule: 'R-BKP-2', seedLines: [209, 209], quote: '| Empresa | 30 | |' },
      addresses: { rule: 'R-ADDR-COUNT', seedLines: [264, 264], interpretation: NO_ADDRESS_BOUND },
    },
  },
  {
    id: 'my-ksuite',
    name: 'my kSuite',
    seedName: 'my kSuite',
    family: 'my-ksuite',
    paid: false,
    dailySendLimit: 500,
    storageBytes: 20 * GIB,
    backupRetentionDays: 0,
    addresses: { min: 0, max: 'unlimited' },
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [265, 265],
        quote: '| my kSuite | 500 | |',
        interpretation: FREE_BY_TABLES,
      },
      dailySendLimit: { rule: 'R-SEND-1', seedLines: [265, 265], quote: '| my kSuite | 500 | |' },
      storageBytes: { rule: 'R-STOR-1', seedLines: [354, 354], quote: '| mi kSuite | 20 | |' },
      backupRetentionDays: {
        ...NO_BACKUP,
        seedLines: [210, 210],
        quote: '| * | ||',
        interpretation: `The row's name is missing in the seed; by its position between Enterprise and my kSuite+ it is my kSuite. ${NO_BACKUP.interpretation}`,
      },
      addresses: { rule: 'R-ADDR-COUNT', seedLines: [265, 265], interpretation: NO_ADDRESS_BOUND },
    },
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
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [266, 266],
        quote: '| my kSuite+ | 1440 | |',
        interpretation: PAID_BY_TABLES,
      },
      dailySendLimit: { rule: 'R-SEND-1', seedLines: [266, 266], quote: '| my kSuite+ | 1440 | |' },
      storageBytes: { rule: 'R-STOR-1', seedLines: [355, 358], quote: '| mi kSuite+ | * | |' },
      backupRetentionDays: {
        rule: 'R-BKP-2',
        seedLines: [211, 211],
        quote: '| mi kSuite+ | 30 | |',
      },
      addresses: { rule: 'R-ADDR-COUNT', seedLines: [266, 266], interpretation: NO_ADDRESS_BOUND },
    },
  },
  {
    id: 'mail-starter',
    name: 'Mail Service Starter',
    seedName: 'Servicio de Correo, Inicial',
    family: 'mail-service',
    paid: false,
    dailySendLimit: 500,
    storageBytes: 20 * GIB,
    backupRetentionDays: 0,
    addresses: { min: 0, max: 1 },
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [267, 267],
        quote: '| Servicio de Correo | Inicial 1 dirección máxima | 500 |',
        interpretation:
          'The seed never says whether Starter is paid; it has the free figures everywhere and the "*" of the backup table (whose footnote speaks of upgrading a free offer), so it is treated as free.',
      },
      dailySendLimit: {
        rule: 'R-SEND-1',
        seedLines: [267, 267],
        quote: '| Servicio de Correo | Inicial 1 dirección máxima | 500 |',
      },
      storageBytes: {
        rule: 'R-STOR-1',
        seedLines: [356, 356],
        quote: '| Servicio de Correo | Inicio 1 dirección máxima | 20 |',
      },
      backupRetentionDays: {
        ...NO_BACKUP,
        seedLines: [212, 212],
        quote: '| Servicio de Correo | * | |',
      },
      addresses: {
        rule: 'R-ADDR-COUNT',
        seedLines: [267, 267],
        quote: 'Inicial 1 dirección máxima',
        interpretation: 'At most 1 address; the seed names no minimum.',
      },
    },
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
    sources: {
      paid: {
        rule: 'R-SEND-1',
        seedLines: [268, 268],
        quote: '| Premium 5 direcciones mínimas | 1440 | |',
        interpretation: PAID_BY_TABLES,
      },
      dailySendLimit: {
        rule: 'R-SEND-1',
        seedLines: [268, 268],
        quote: '| Premium 5 direcciones mínimas | 1440 | |',
      },
      storageBytes: {
        rule: 'R-STOR-1',
        seedLines: [357, 358],
        quote: '| Premium 5 direcciones mínimas | * |',
      },
      backupRetentionDays: {
        rule: 'R-BKP-2',
        seedLines: [213, 213],
        quote: '| Premium 5 direcciones mín. | 30 |',
      },
      addresses: {
        rule: 'R-ADDR-COUNT',
        seedLines: [268, 268],
        quote: 'Premium 5 direcciones mínimas',
        interpretation: 'At least 5 addresses; the seed names no maximum.',
      },
    },
  },
] as const satisfies readonly OfferRow[];

/** R-SEND-3: unauthenticated sending through PHP `mail()` from a web hosting, per 24 h. */
export const PHP_MAIL_DAILY_LIMIT = 50;

/** Provenance of {@link PHP_MAIL_DAILY_LIMIT}. */
export const PHP_MAIL_SOURCE = {
  rule: 'R-SEND-3',
  seedLines: [269, 271],
  quote: '| Alojamiento web | envío no autenticado (PHP Mail()) | 50 |',
} as const satisfies Source;
