import fc from 'fast-check';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../_lib/errors.js';
import { LOCALES } from '../i18n/matchLocale.js';
import { attachmentDelivery } from './attachmentDelivery.js';
import { base64EncodedLength } from './base64EncodedLength.js';
import { checkMessageSize } from './checkMessageSize.js';
import { formatAttachmentDelivery } from './deliveryMessages.js';
import { maxAttachmentBytes } from './maxAttachmentBytes.js';
import { ATTACHMENT_TIERS, MAX_MESSAGE_BYTES } from './size.data.js';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** What a MIME encoder writes: base64, cut into lines joined by CRLF. */
function wrapped(data: Uint8Array, lineLength: number | false): string {
  const text = Buffer.from(data).toString('base64');
  if (lineLength === false || text === '') return text;
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += lineLength) lines.push(text.slice(i, i + lineLength));
  return lines.join('\r\n');
}

describe('base64EncodedLength (R-SIZE-2)', () => {
  it('matches the examples of its TSDoc', () => {
    expect(base64EncodedLength(0)).toBe(0);
    expect(base64EncodedLength(1)).toBe(4);
    expect(base64EncodedLength(57)).toBe(76);
    expect(base64EncodedLength(58)).toBe(82);
    expect(base64EncodedLength(1_000_000)).toBe(1_368_422);
    expect(base64EncodedLength(1_000_000, { lineLength: false })).toBe(1_333_336);
    expect(base64EncodedLength(3, { lineLength: 1 })).toBe(4 + 3 * 2);
  });

  it('equals Buffer’s base64 with RFC 2045 line breaks, for random buffers and line lengths', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 700 }),
        fc.oneof(
          fc.constant(76 as const),
          fc.constant(false as const),
          fc.integer({ min: 1, max: 100 }),
        ),
        (data, lineLength) => {
          expect(base64EncodedLength(data.length, { lineLength })).toBe(
            wrapped(data, lineLength).length,
          );
        },
      ),
    );
  });

  it('equals the base64 block nodemailer writes for an attachment of that size', async () => {
    const transport = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'windows',
    });
    for (const size of [1, 56, 57, 58, 1_000, 123_457]) {
      const { message } = await transport.sendMail({
        from: 'jean@exemple.ch',
        to: 'anna@exemple.ch',
        text: 'x',
        attachments: [{ filename: 'f.bin', content: Buffer.alloc(size, 7) }],
      });
      const text = message.toString('latin1');
      // The part's body: from the blank line after its headers to the CRLF before the boundary.
      const start = text.indexOf('\r\n\r\n', text.indexOf('filename=f.bin')) + 4;
      expect(text.indexOf('\r\n--', start) - start).toBe(base64EncodedLength(size));
    }
  });

  it('throws for a size that is not a byte count, or a bad line length', () => {
    expect(() => base64EncodedLength(-1)).toThrow(
      /^rawBytes: expected a non-negative integer; received -1$/,
    );
    expect(() => base64EncodedLength(1.5)).toThrow(/^rawBytes: /);
    expect(() => base64EncodedLength(10, { lineLength: 0 })).toThrow(
      /^options\.lineLength: expected an integer ≥ 1/,
    );
    expect(() => base64EncodedLength(10, { lineLength: true as never })).toThrow(
      /^options\.lineLength: /,
    );
    expect(() => base64EncodedLength(10, 'wrap' as never)).toThrow(/^options: /);
  });
});

describe('checkMessageSize (R-SIZE-1)', () => {
  it('allows exactly 210,763,776 bytes and refuses one byte more', () => {
    expect(MAX_MESSAGE_BYTES).toBe(201 * MiB);
    expect(checkMessageSize(210_763_776)).toEqual({
      ok: true,
      sizeBytes: 210_763_776,
      limit: 210_763_776,
      spareBytes: 0,
    });
    expect(checkMessageSize(210_763_777)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "actual": 210763777,
            "code": "message-too-large",
            "limit": 210763776,
            "rule": "R-SIZE-1",
          },
        ],
        "limit": 210763776,
        "ok": false,
        "sizeBytes": 210763777,
      }
    `);
    expect(checkMessageSize(0)).toMatchObject({ ok: true, spareBytes: 210_763_776 });
  });

  it('throws for a size that is not a byte count', () => {
    expect(() => checkMessageSize(Number.NaN)).toThrow(/^sizeBytes: /);
  });
});

describe('maxAttachmentBytes (R-SIZE-1, R-SIZE-2)', () => {
  it('finds the largest file that fits, with the figures of its TSDoc', () => {
    expect(maxAttachmentBytes()).toBe(154_019_682);
    expect(base64EncodedLength(154_019_682)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(base64EncodedLength(154_019_683)).toBeGreaterThan(MAX_MESSAGE_BYTES);
    expect(maxAttachmentBytes({ otherBytes: 50_000 })).toBe(153_983_145);
    expect(maxAttachmentBytes({ lineLength: false })).toBe(158_072_832);
  });

  it('is 0 when the rest of the message fills it already', () => {
    expect(maxAttachmentBytes({ otherBytes: MAX_MESSAGE_BYTES })).toBe(0);
    expect(maxAttachmentBytes({ otherBytes: MAX_MESSAGE_BYTES + 1 })).toBe(0);
    expect(maxAttachmentBytes({ otherBytes: MAX_MESSAGE_BYTES - 3 })).toBe(0);
    expect(maxAttachmentBytes({ otherBytes: MAX_MESSAGE_BYTES - 4 })).toBe(3);
  });

  it('is tight: what it returns fits, one byte more does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MESSAGE_BYTES + 10 }),
        fc.oneof(
          fc.constant(undefined),
          fc.constant(false as const),
          fc.integer({ min: 1, max: 200 }),
        ),
        (otherBytes, lineLength) => {
          const options = lineLength === undefined ? { otherBytes } : { otherBytes, lineLength };
          const best = maxAttachmentBytes(options);
          const encode = (n: number) =>
            base64EncodedLength(n, lineLength === undefined ? {} : { lineLength });
          if (otherBytes <= MAX_MESSAGE_BYTES)
            expect(otherBytes + encode(best)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
          else expect(best).toBe(0);
          expect(otherBytes + encode(best + 1)).toBeGreaterThan(MAX_MESSAGE_BYTES);
        },
      ),
    );
  });

  it('throws for a bad otherBytes', () => {
    expect(() => maxAttachmentBytes({ otherBytes: -5 })).toThrow(/^options\.otherBytes: /);
  });
});

describe('attachmentDelivery (R-SIZE-3)', () => {
  it.each([
    [0, 'attachment'],
    [25 * MiB, 'attachment'],
    [25 * MiB + 1, 'swisstransfer-link'],
    [3 * GiB, 'swisstransfer-link'],
    [3 * GiB + 1, 'swisstransfer'],
    [50 * GiB, 'swisstransfer'],
    [50 * GiB + 1, 'too-large'],
    [Number.MAX_SAFE_INTEGER, 'too-large'],
  ])('%d bytes → %s', (bytes, delivery) => {
    expect(attachmentDelivery(bytes)).toBe(delivery);
  });

  it('has ascending tiers, each with a source', () => {
    const sizes = ATTACHMENT_TIERS.map((tier) => tier.maxBytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    for (const tier of ATTACHMENT_TIERS) expect(tier.source.rule).toBe('R-SIZE-3');
  });

  it('throws for a size that is not a byte count', () => {
    expect(() => attachmentDelivery(-1)).toThrow(/^rawBytes: /);
  });
});

describe('formatAttachmentDelivery (R-SIZE-3)', () => {
  const tiers = ['attachment', 'swisstransfer-link', 'swisstransfer', 'too-large'] as const;

  it('says what the webmail does with the file in the five languages, the bounds in their units', () => {
    expect(tiers.map((tier) => formatAttachmentDelivery(tier))).toEqual([
      'The webmail sends this file as an attachment (up to 25\u00a0MiB).',
      'The webmail sends this file as a SwissTransfer link put in the message (over 25\u00a0MiB, up to 3\u00a0GiB).',
      'This file is too large for the webmail (over 3\u00a0GiB): send it with SwissTransfer itself, up to 50\u00a0GiB.',
      'This file is too large for the webmail and for SwissTransfer (over 50\u00a0GiB).',
    ]);
    expect(tiers.map((tier) => formatAttachmentDelivery(tier, 'fr'))).toEqual([
      'Le webmail envoie ce fichier en pièce jointe (jusqu’à 25\u00a0Mo).',
      'Le webmail envoie ce fichier sous forme de lien SwissTransfer inséré dans le message (au-delà de 25\u00a0Mo, jusqu’à 3\u00a0Go).',
      'Ce fichier est trop gros pour le webmail (au-delà de 3\u00a0Go)\u00a0: envoyez-le directement avec SwissTransfer, jusqu’à 50\u00a0Go.',
      'Ce fichier est trop gros pour le webmail comme pour SwissTransfer (au-delà de 50\u00a0Go).',
    ]);
    expect(tiers.map((tier) => formatAttachmentDelivery(tier, 'de'))).toEqual([
      'Das Webmail sendet diese Datei als Anhang (bis 25\u00a0MiB).',
      'Das Webmail sendet diese Datei als SwissTransfer-Link in der Nachricht (über 25\u00a0MiB, bis 3\u00a0GiB).',
      'Diese Datei ist zu groß für das Webmail (über 3\u00a0GiB): Senden Sie sie direkt mit SwissTransfer, bis 50\u00a0GiB.',
      'Diese Datei ist zu groß für das Webmail und für SwissTransfer (über 50\u00a0GiB).',
    ]);
    expect(tiers.map((tier) => formatAttachmentDelivery(tier, 'it'))).toEqual([
      'La webmail invia questo file come allegato (fino a 25\u00a0MiB).',
      'La webmail invia questo file come link SwissTransfer inserito nel messaggio (oltre 25\u00a0MiB, fino a 3\u00a0GiB).',
      'Questo file è troppo grande per la webmail (oltre 3\u00a0GiB): invialo direttamente con SwissTransfer, fino a 50\u00a0GiB.',
      'Questo file è troppo grande per la webmail e per SwissTransfer (oltre 50\u00a0GiB).',
    ]);
    expect(tiers.map((tier) => formatAttachmentDelivery(tier, 'es'))).toEqual([
      'El webmail envía este archivo como adjunto (hasta 25\u00a0MiB).',
      'El webmail envía este archivo como enlace de SwissTransfer integrado en el mensaje (más de 25\u00a0MiB, hasta 3\u00a0GiB).',
      'Este archivo es demasiado grande para el webmail (más de 3\u00a0GiB): envíelo directamente con SwissTransfer, hasta 50\u00a0GiB.',
      'Este archivo es demasiado grande para el webmail y para SwissTransfer (más de 50\u00a0GiB).',
    ]);
  });

  it('writes a sentence for every answer of attachmentDelivery, whatever the size', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.constantFrom(...LOCALES), (size, locale) => {
        const text = formatAttachmentDelivery(attachmentDelivery(size), locale);
        // A whole sentence: a capital first, a full stop last, every bound with its unit.
        expect(text).toMatch(/^\p{Lu}.+\.$/u);
        expect(text).toMatch(/\d\u00a0(MiB|GiB|Mo|Go)\b/);
      }),
    );
  });

  it('throws a PolicyInputError for an unknown locale or what attachmentDelivery never answers', () => {
    expect(() => formatAttachmentDelivery('attachment', 'pt' as never)).toThrow(
      'locale: expected one of en, fr, de, it, es; received "pt"',
    );
    // An object whose toString names a tier is no answer of attachmentDelivery either.
    for (const delivery of [
      'x',
      null,
      'toString',
      '__proto__',
      3,
      { toString: () => 'attachment' },
    ]) {
      expect(() => formatAttachmentDelivery(delivery as never)).toThrow(PolicyInputError);
      expect(() => formatAttachmentDelivery(delivery as never)).toThrow(
        /^delivery: expected an answer of attachmentDelivery; received /,
      );
    }
  });
});
