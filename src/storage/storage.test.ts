import { describe, expect, it } from 'vitest';
import { OFFER_IDS, OFFERS } from '../offers/offer.js';
import { checkStorage } from './checkStorage.js';
import { folderAdvice } from './folderAdvice.js';

const GiB = 1024 ** 3;

describe('checkStorage (R-STOR-1, R-STOR-3)', () => {
  it('fills a 20 GiB mailbox exactly, and not one byte more', () => {
    expect(
      checkStorage({ offer: 'ksuite-free', usedBytes: 20 * GiB - 100, incomingBytes: 100 }),
    ).toEqual({
      ok: true,
      limit: 20 * GiB,
      freeBytes: 100,
      usedRatio: (20 * GiB - 100) / (20 * GiB),
    });
    expect(
      checkStorage({ offer: 'my-ksuite', usedBytes: 20 * GiB - 10, incomingBytes: 100 }),
    ).toMatchInlineSnapshot(`
      {
        "freeBytes": 10,
        "issues": [
          {
            "code": "storage-full",
            "incoming": 100,
            "limit": 21474836480,
            "rule": "R-STOR-1",
            "used": 21474836470,
          },
        ],
        "limit": 21474836480,
        "ok": false,
        "usedRatio": 0.9999999995343387,
      }
    `);
  });

  it('reports free space and the share in use', () => {
    expect(checkStorage({ offer: 'mail-starter', usedBytes: 5 * GiB })).toEqual({
      ok: true,
      limit: 20 * GiB,
      freeBytes: 15 * GiB,
      usedRatio: 0.25,
    });
  });

  it('never fills an unlimited mailbox', () => {
    for (const id of OFFER_IDS.filter((offer) => OFFERS[offer].storageBytes === 'unlimited')) {
      expect(checkStorage({ offer: id, usedBytes: 10_000 * GiB, incomingBytes: GiB })).toEqual({
        ok: true,
        limit: 'unlimited',
        freeBytes: 'unlimited',
        usedRatio: null,
      });
    }
  });

  it('refuses a mailbox already over its limit, even with nothing incoming', () => {
    expect(checkStorage({ offer: 'ksuite-free', usedBytes: 30 * GiB })).toMatchObject({
      ok: false,
      freeBytes: 0,
      usedRatio: 1.5,
    });
    expect(checkStorage({ offer: 'ksuite-free', usedBytes: 20 * GiB })).toMatchObject({
      ok: true,
      freeBytes: 0,
      usedRatio: 1,
    });
  });

  it('throws for programmer mistakes', () => {
    expect(() => checkStorage({ offer: 'ksuite' as never, usedBytes: 0 })).toThrow(/^offer: /);
    expect(() => checkStorage({ offer: 'ksuite-free', usedBytes: -1 })).toThrow(/^usedBytes: /);
    expect(() => checkStorage({ offer: 'ksuite-free', usedBytes: 0, incomingBytes: 0.5 })).toThrow(
      /^incomingBytes: /,
    );
    expect(() => checkStorage(null as never)).toThrow(/^input: /);
  });
});

describe('folderAdvice (R-STOR-2)', () => {
  it.each([
    [0, 'ok'],
    [4000, 'ok'],
    [4001, 'warning'],
    [5000, 'warning'],
    [5001, 'too-many'],
    [1_000_000, 'too-many'],
  ])('%d messages → %s', (count, level) => {
    expect(folderAdvice(count).level).toBe(level);
  });

  it('says what to do when the folder is large', () => {
    expect(folderAdvice(100)).toEqual({
      level: 'ok',
      rule: 'R-STOR-2',
      messageCount: 100,
      remedies: [],
    });
    expect(folderAdvice(4500)).toEqual({
      level: 'warning',
      rule: 'R-STOR-2',
      messageCount: 4500,
      remedies: ['move-to-subfolders', 'use-sorting-rules'],
    });
  });

  it('throws for a count that is not a count', () => {
    expect(() => folderAdvice(-1)).toThrow(/^messageCount: /);
  });
});
