import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../_lib/errors.js';
import { LOCALES } from '../i18n/matchLocale.js';
import { adviseProtocol, type ProtocolNeeds } from './adviseProtocol.js';
import { formatProtocolAdvice, PROTOCOL_TEXTS } from './protocolMessages.js';

/** Every answer adviseProtocol can give: each combination of the needs. */
const EVERY_NEED: readonly ProtocolNeeds[] = [1, 2].flatMap((devices) =>
  [false, true].flatMap((offline) =>
    [false, true].flatMap((sharedMailbox) =>
      [false, true].map((webmailOrApp) => ({ devices, offline, sharedMailbox, webmailOrApp })),
    ),
  ),
);

describe('formatProtocolAdvice (R-PROTO-1, R-PROTO-2, R-BKP-7)', () => {
  it('writes POP3 for one device offline, and everything to mind with it', () => {
    const advice = adviseProtocol({ devices: 1, offline: true });
    expect(formatProtocolAdvice(advice)).toEqual({
      protocol: 'Use POP3, on this one device only.',
      reasons: [
        'POP3 moves messages from the server to your device, where you can read them without an Internet connection.',
      ],
      warnings: [
        'Once downloaded by POP3, messages no longer appear in the web app, the Infomaniak Mail app or on other devices.',
        'Leave the mail client’s “keep a copy of messages on the server” option off: with it, messages can end up downloaded again.',
        'The daily backup holds only what is on the server: messages already downloaded, and the mail client’s own folders, cannot be restored.',
        'Never read this address by POP3 on one device and by IMAP on another: the two protocols do not work together.',
      ],
    });
    expect(formatProtocolAdvice(advice, 'fr').warnings[1]).toBe(
      'Laissez désactivée l’option «\u00a0conserver une copie des messages sur le serveur\u00a0» du logiciel de messagerie\u00a0: avec elle, les messages risquent d’être téléchargés à nouveau.',
    );
  });

  it('writes IMAP with each reason given, in the answer’s order', () => {
    const advice = adviseProtocol({ devices: 2, offline: true, sharedMailbox: true });
    expect(formatProtocolAdvice(advice, 'de')).toEqual({
      protocol: 'Verwenden Sie IMAP.',
      reasons: [
        'Mit IMAP bleiben die Nachrichten auf dem Server: Jedes Gerät, die Web-App unter mail.infomaniak.com und die App Infomaniak Mail zeigen dieselben Nachrichten in denselben Ordnern.',
        'Sie lesen diese Adresse auf mehreren Geräten.',
        'Mehrere Personen teilen sich dieses Postfach: Mit IMAP sieht jede, was die anderen löschen oder verschieben.',
      ],
      warnings: [
        'IMAP braucht eine Internetverbindung, um Ihre Nachrichten anzuzeigen; manche Mailprogramme zeigen den Posteingang aber auch offline an.',
        'Lesen Sie diese Adresse nie auf einem Gerät per POP3 und auf einem anderen per IMAP: Die beiden Protokolle funktionieren nicht zusammen.',
      ],
    });
    expect(formatProtocolAdvice(adviseProtocol({ devices: 1, webmailOrApp: true }), 'es')).toEqual({
      protocol: 'Use IMAP.',
      reasons: [
        'Con IMAP, los mensajes permanecen en el servidor: cada dispositivo, la aplicación web de mail.infomaniak.com y la aplicación Infomaniak Mail muestran los mismos mensajes en las mismas carpetas.',
        'Esta dirección también se consulta en la aplicación web o en la aplicación Infomaniak Mail.',
      ],
      warnings: [
        'Nunca consulte esta dirección por POP3 en un dispositivo y por IMAP en otro: los dos protocolos no funcionan juntos.',
      ],
    });
    expect(formatProtocolAdvice(adviseProtocol({ devices: 3 }), 'it').reasons[1]).toBe(
      'Questo indirizzo viene letto su più dispositivi.',
    );
  });

  it('has a sentence for every code any answer holds, distinct in each language', () => {
    const seen = { reasons: new Set<string>(), warnings: new Set<string>() };
    for (const needs of EVERY_NEED) {
      const advice = adviseProtocol(needs);
      for (const code of advice.reasons) seen.reasons.add(code);
      for (const code of advice.warnings) seen.warnings.add(code);
      for (const locale of LOCALES) {
        const text = formatProtocolAdvice(advice, locale);
        expect(text.reasons).toHaveLength(advice.reasons.length);
        expect(text.warnings).toHaveLength(advice.warnings.length);
      }
    }
    // Every sentence of the tables is one some answer gives.
    for (const locale of LOCALES) {
      const texts = PROTOCOL_TEXTS[locale];
      expect(Object.keys(texts.reasons).sort()).toEqual([...seen.reasons].sort());
      expect(Object.keys(texts.warnings).sort()).toEqual([...seen.warnings].sort());
      const all = [
        ...Object.values(texts.protocols),
        ...Object.values(texts.reasons),
        ...Object.values(texts.warnings),
      ];
      expect(new Set(all).size, locale).toBe(all.length);
    }
    for (const group of ['reasons', 'warnings'] as const) {
      for (const code of seen[group]) {
        const sentences = LOCALES.map((locale) => (PROTOCOL_TEXTS[locale][group] as never)[code]);
        expect(new Set(sentences).size, code).toBe(LOCALES.length);
      }
    }
  });

  test.prop([
    fc.record({
      devices: fc.integer({ min: 1, max: 50 }),
      offline: fc.boolean(),
      sharedMailbox: fc.boolean(),
      webmailOrApp: fc.boolean(),
    }),
    fc.constantFrom(...LOCALES),
  ])('gives one sentence per code, the protocol’s name in its sentence', (needs, locale) => {
    const advice = adviseProtocol(needs);
    const text = formatProtocolAdvice(advice, locale);
    expect(text.protocol).toContain(advice.protocol.toUpperCase());
    expect(text.reasons).toHaveLength(advice.reasons.length);
    expect(text.warnings).toHaveLength(advice.warnings.length);
    for (const sentence of [text.protocol, ...text.reasons, ...text.warnings])
      expect(sentence).toMatch(/^\S.*\.$/);
  });

  it('leaves out a code it does not know, and refuses what is not an answer or a language', () => {
    const advice = { ...adviseProtocol({ devices: 2 }), reasons: ['several-devices', 'nope'] };
    expect(formatProtocolAdvice(advice as never).reasons).toEqual([
      'This address is read on several devices.',
    ]);
    const imap = adviseProtocol({ devices: 2 });
    for (const bad of [null, 'imap', {}, { ...imap, protocol: 'smtp' }, { ...imap, warnings: 1 }])
      expect(() => formatProtocolAdvice(bad as never), String(bad)).toThrow(PolicyInputError);
    expect(() => formatProtocolAdvice({ ...imap, reasons: null } as never)).toThrow(
      'advice: expected an answer of adviseProtocol; received an object',
    );
    expect(() => formatProtocolAdvice(imap, 'pt' as never)).toThrow(
      'locale: expected one of en, fr, de, it, es; received "pt"',
    );
    expect(() => formatProtocolAdvice(imap, 'toString' as never)).toThrow(PolicyInputError);
  });
});
