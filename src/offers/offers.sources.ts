import type { Source } from '../_lib/provenance.js';
import type { COMMON_LIMITS, OFFER_ROWS } from './offers.data.js';

type RowId = (typeof OFFER_ROWS)[number]['id'];

/** The fields of an offer row that carry a figure of the policy, each with its source. */
export type RowSources = {
  readonly [K in
    | 'paid'
    | 'dailySendLimit'
    | 'storageBytes'
    | 'backupRetentionDays'
    | 'addresses']: Source;
};

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

const NO_ADDRESS_BOUND =
  'The seed names no address count for this offer; the library imposes no bound.';
const FREE_BY_TABLES =
  'Free: the seed lists it as "gratuito"/without a paid tier and gives it the free figures.';
const PAID_BY_TABLES = 'Paid: a paid tier of its family in every table of the seed.';
const NO_BACKUP =
  '"*" = no self-service backup: 0 days; after upgrading a free offer, backups up to 30 days back become restorable (seed line 214).';

/**
 * Where every figure of `OFFER_ROWS` comes from: rule id, seed lines, the seed's own words, and
 * the interpretation we made where the seed is open.
 *
 * @see `SPEC.md` §1
 */
export const OFFER_SOURCES = {
  'ksuite-free': {
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
    backupRetentionDays: {
      rule: 'R-BKP-2',
      seedLines: [206, 206],
      quote: '| kSuite | * | |',
      interpretation: NO_BACKUP,
    },
    addresses: { rule: 'R-ADDR-COUNT', seedLines: [261, 261], interpretation: NO_ADDRESS_BOUND },
  },
  'ksuite-standard': {
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
  'ksuite-business': {
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
  'ksuite-enterprise': {
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
  'my-ksuite': {
    paid: {
      rule: 'R-SEND-1',
      seedLines: [265, 265],
      quote: '| my kSuite | 500 | |',
      interpretation: FREE_BY_TABLES,
    },
    dailySendLimit: { rule: 'R-SEND-1', seedLines: [265, 265], quote: '| my kSuite | 500 | |' },
    storageBytes: { rule: 'R-STOR-1', seedLines: [354, 354], quote: '| mi kSuite | 20 | |' },
    backupRetentionDays: {
      rule: 'R-BKP-2',
      seedLines: [210, 210],
      quote: '| * | ||',
      interpretation:
        'The row\'s name is missing in the seed; by its position between Enterprise and my kSuite+ it is my kSuite. "*" = no self-service backup: 0 days; after upgrading a free offer, backups up to 30 days back become restorable (seed line 214).',
    },
    addresses: { rule: 'R-ADDR-COUNT', seedLines: [265, 265], interpretation: NO_ADDRESS_BOUND },
  },
  'my-ksuite-plus': {
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
  'mail-starter': {
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
      rule: 'R-BKP-2',
      seedLines: [212, 212],
      quote: '| Servicio de Correo | * | |',
      interpretation: NO_BACKUP,
    },
    addresses: {
      rule: 'R-ADDR-COUNT',
      seedLines: [267, 267],
      quote: 'Inicial 1 dirección máxima',
      interpretation: 'At most 1 address; the seed names no minimum.',
    },
  },
  'mail-premium': {
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
} as const satisfies { readonly [K in RowId]: RowSources };

/** Provenance of {@link PHP_MAIL_DAILY_LIMIT}. */
export const PHP_MAIL_SOURCE = {
  rule: 'R-SEND-3',
  seedLines: [269, 271],
  quote: '| Alojamiento web | envío no autenticado (PHP Mail()) | 50 |',
} as const satisfies Source;
