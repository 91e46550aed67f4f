import { describe, expect, it } from 'vitest';
import { seedLines } from '../../test/helpers/seed.js';
import { PolicyInputError } from '../_lib/errors.js';
import { canAddAddress } from './canAddAddress.js';
import { getOffer, isOfferId, OFFER_IDS, OFFERS, type OfferDataField } from './offer.js';
import { PHP_MAIL_DAILY_LIMIT } from './offers.data.js';
import { OFFER_SOURCES, PHP_MAIL_SOURCE } from './offers.sources.js';

const GiB = 1024 ** 3;

// SPEC.md §1, transcribed by hand: id, paid, sends per 24 h, storage, backup days, addresses.
const SPEC_TABLE = [
  ['ksuite-free', false, 500, 20 * GiB, 0, 0, 'unlimited'],
  ['ksuite-standard', true, 1440, 'unlimited', 30, 0, 'unlimited'],
  ['ksuite-business', true, 1440, 'unlimited', 30, 0, 'unlimited'],
  ['ksuite-enterprise', true, 1440, 'unlimited', 30, 0, 'unlimited'],
  ['my-ksuite', false, 500, 20 * GiB, 0, 0, 'unlimited'],
  ['my-ksuite-plus', true, 1440, 'unlimited', 30, 0, 'unlimited'],
  ['mail-starter', false, 500, 20 * GiB, 0, 0, 1],
  ['mail-premium', true, 1440, 'unlimited', 30, 5, 'unlimited'],
] as const;

const DATA_FIELDS: readonly OfferDataField[] = [
  'paid',
  'dailySendLimit',
  'maxRecipientsPerMessage',
  'maxMessageBytes',
  'storageBytes',
  'trashRetentionDays',
  'backupRetentionDays',
  'addresses',
];

describe('the offer matrix (R-SEND-1, R-RCPT-1, R-SIZE-1, R-STOR-1, R-BKP-2, R-ADDR-COUNT)', () => {
  it('holds exactly the offers of the spec, in its order', () => {
    expect(OFFER_IDS).toEqual(SPEC_TABLE.map((row) => row[0]));
    expect(Object.keys(OFFERS)).toEqual(OFFER_IDS);
  });

  it.each(SPEC_TABLE)(
    '%s has the figures of the spec',
    (id, paid, sends, storage, backups, min, max) => {
      const offer = OFFERS[id];
      expect(offer).toMatchObject({
        id,
        paid,
        dailySendLimit: sends,
        maxRecipientsPerMessage: 100,
        maxMessageBytes: 210_763_776,
        storageBytes: storage,
        trashRetentionDays: 30,
        backupRetentionDays: backups,
        addresses: { min, max },
      });
    },
  );

  it('ties the sending limit to payment: free offers 500, paid 1440; paid offers keep backups', () => {
    for (const id of OFFER_IDS) {
      const offer = OFFERS[id];
      expect(offer.dailySendLimit).toBe(offer.paid ? 1440 : 500);
      expect(offer.storageBytes).toBe(offer.paid ? 'unlimited' : 20 * GiB);
      expect(offer.backupRetentionDays).toBe(offer.paid ? 30 : 0);
    }
  });

  it('gives every field of every offer a source with a rule id and seed lines', () => {
    for (const id of OFFER_IDS) {
      const { sources } = OFFERS[id];
      expect(Object.keys(sources).sort()).toEqual([...DATA_FIELDS].sort());
      for (const field of DATA_FIELDS) {
        const source = sources[field];
        expect(source.rule, `${id}.${field}`).toMatch(/^R-[A-Z]+(-[A-Z0-9]+)*$/);
        const [from, to] = source.seedLines;
        expect(from, `${id}.${field}`).toBeGreaterThan(0);
        expect(to, `${id}.${field}`).toBeGreaterThanOrEqual(from);
        expect(source.quote ?? source.interpretation, `${id}.${field}`).toBeTruthy();
      }
    }
  });

  it('quotes the seed verbatim, within the lines it cites', () => {
    const lines = seedLines;
    const sources = [
      PHP_MAIL_SOURCE,
      ...OFFER_IDS.flatMap((id) => Object.values(OFFERS[id].sources)),
    ];
    for (const source of sources) {
      if (source.quote === undefined) continue;
      const [from, to] = source.seedLines;
      const cited = lines.slice(from - 1, to).join('\n');
      expect(cited, `${source.rule} lines ${from}-${to}`).toContain(source.quote);
    }
  });

  it('keeps the sources of every offer and of no other', () => {
    expect(Object.keys(OFFER_SOURCES)).toEqual(OFFER_IDS);
  });

  it('is deeply frozen and null-prototyped', () => {
    expect(Object.isFrozen(OFFERS)).toBe(true);
    expect(Object.isFrozen(OFFERS['mail-premium'].addresses)).toBe(true);
    expect(Object.isFrozen(OFFERS['mail-premium'].sources.addresses.seedLines)).toBe(true);
    expect(Object.getPrototypeOf(OFFERS)).toBeNull();
    expect(Object.isFrozen(OFFER_IDS)).toBe(true);
  });

  it('survives JSON: unlimited is a string', () => {
    const copy = JSON.parse(JSON.stringify(OFFERS['ksuite-standard']));
    expect(copy.storageBytes).toBe('unlimited');
    expect(copy).toEqual(OFFERS['ksuite-standard']);
  });

  it('has the PHP mail() limit of web hosting (R-SEND-3)', () => {
    expect(PHP_MAIL_DAILY_LIMIT).toBe(50);
    expect(PHP_MAIL_SOURCE.rule).toBe('R-SEND-3');
  });
});

describe('getOffer and isOfferId', () => {
  it('finds every offer by id', () => {
    for (const id of OFFER_IDS) {
      expect(isOfferId(id)).toBe(true);
      expect(getOffer(id)).toBe(OFFERS[id]);
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'KSUITE-FREE', 'ksuite'])(
    'refuses %j without reaching Object.prototype',
    (id) => {
      expect(isOfferId(id)).toBe(false);
      expect(() => getOffer(id)).toThrow(PolicyInputError);
    },
  );

  it('names the parameter, the value and the valid ids', () => {
    expect(() => getOffer('ksuite-pro')).toThrowErrorMatchingInlineSnapshot(
      `[PolicyInputError: id: expected one of "ksuite-free", "ksuite-standard", "ksuite-business", "ksuite-enterprise", "my-ksuite", "my-ksuite-plus", "mail-starter", "mail-premium"; received "ksuite-pro"]`,
    );
    try {
      getOffer(42 as never);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ name: 'PolicyInputError', parameter: 'id', received: '42' });
    }
  });

  it.each([null, undefined, 1, {}, [], Symbol('x')])('isOfferId(%s) is false', (value) => {
    expect(isOfferId(value)).toBe(false);
  });
});

describe('canAddAddress (R-ADDR-COUNT)', () => {
  it('lets Mail Service Starter hold one address and no more', () => {
    expect(canAddAddress({ offer: 'mail-starter', existingAddresses: 0 })).toEqual({
      ok: true,
      remaining: 0,
    });
    expect(canAddAddress({ offer: 'mail-starter', existingAddresses: 1 })).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "actual": 1,
            "code": "address-limit-reached",
            "limit": 1,
            "rule": "R-ADDR-COUNT",
          },
        ],
        "ok": false,
      }
    `);
  });

  it('counts what is left under a maximum', () => {
    expect(canAddAddress({ offer: 'mail-starter', existingAddresses: 0 })).toEqual({
      ok: true,
      remaining: 0,
    });
    expect(canAddAddress({ offer: 'mail-starter', existingAddresses: 2 })).toMatchObject({
      ok: false,
      issues: [{ limit: 1, actual: 2 }],
    });
  });

  it('sets no maximum where the seed names none', () => {
    expect(canAddAddress({ offer: 'mail-premium', existingAddresses: 4000 })).toEqual({
      ok: true,
      remaining: 'unlimited',
    });
  });

  it('throws for programmer mistakes', () => {
    expect(() => canAddAddress({ offer: 'x' as never, existingAddresses: 0 })).toThrow(/^offer: /);
    expect(() => canAddAddress({ offer: 'mail-starter', existingAddresses: -1 })).toThrow(
      /^existingAddresses: expected a non-negative integer; received -1$/,
    );
    expect(() => canAddAddress(null as never)).toThrow(PolicyInputError);
  });
});
