import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../_lib/errors.js';
import { LOCALES } from '../i18n/matchLocale.js';
import { folderAdvice } from './folderAdvice.js';
import { FOLDER_ADVICE_TEXTS, formatFolderAdvice } from './folderAdviceMessages.js';

describe('formatFolderAdvice (R-STOR-2)', () => {
  it('says what the count means, and what to do above 4,000', () => {
    expect(formatFolderAdvice(folderAdvice(12_345))).toEqual({
      level:
        'This folder holds 12,345 messages: more than 5,000 per folder is not recommended, as the indexing of messages slows down.',
      remedies: [
        'Move messages to subfolders, which also makes them easier to find.',
        'Sorting rules can move them there automatically.',
      ],
    });
    expect(formatFolderAdvice(folderAdvice(4001))).toEqual({
      level:
        'This folder holds 4,001 messages: above 4,000 per folder, the indexing of messages slows down.',
      remedies: [
        'Move messages to subfolders, which also makes them easier to find.',
        'Sorting rules can move them there automatically.',
      ],
    });
    expect(formatFolderAdvice(folderAdvice(4000))).toEqual({
      level:
        'This folder holds 4,000 messages: that is fine, as the number of messages is not limited.',
      remedies: [],
    });
  });

  it('writes each language’s sentences, and its numbers as it writes them', () => {
    const texts = (count: number) =>
      LOCALES.map((locale) => formatFolderAdvice(folderAdvice(count), locale));
    expect(texts(6200).map((text) => text.level)).toEqual([
      'This folder holds 6,200 messages: more than 5,000 per folder is not recommended, as the indexing of messages slows down.',
      'Ce dossier contient 6\u202f200 messages\u00a0: il est déconseillé d’en garder plus de 5\u202f000 par dossier, car l’indexation des messages ralentit.',
      'Dieser Ordner enthält 6.200 Nachrichten: Mehr als 5.000 pro Ordner werden nicht empfohlen, da die Indexierung der Nachrichten langsamer wird.',
      // Italian and Spanish group the digits of a number from five digits on (CLDR).
      'Questa cartella contiene 6200 messaggi: si sconsiglia di tenerne più di 5000 per cartella, perché l’indicizzazione dei messaggi rallenta.',
      'Esta carpeta contiene 6200 mensajes: no se recomienda conservar más de 5000 por carpeta, ya que la indexación de los mensajes se vuelve lenta.',
    ]);
    expect(texts(4500).map((text) => text.level)).toEqual([
      'This folder holds 4,500 messages: above 4,000 per folder, the indexing of messages slows down.',
      'Ce dossier contient 4\u202f500 messages\u00a0: au-delà de 4\u202f000 par dossier, l’indexation des messages ralentit.',
      'Dieser Ordner enthält 4.500 Nachrichten: Bei mehr als 4.000 pro Ordner wird die Indexierung der Nachrichten langsamer.',
      'Questa cartella contiene 4500 messaggi: oltre 4000 per cartella, l’indicizzazione dei messaggi rallenta.',
      'Esta carpeta contiene 4500 mensajes: por encima de 4000 por carpeta, la indexación de los mensajes se vuelve lenta.',
    ]);
    expect(texts(12_000).map((text) => text.remedies)).toEqual([
      [
        'Move messages to subfolders, which also makes them easier to find.',
        'Sorting rules can move them there automatically.',
      ],
      [
        'Déplacez des messages dans des sous-dossiers, ce qui facilite aussi leur consultation.',
        'Des règles de tri peuvent les y déplacer automatiquement.',
      ],
      [
        'Verschieben Sie Nachrichten in Unterordner, dort finden Sie sie auch leichter.',
        'Sortierregeln können sie automatisch dorthin verschieben.',
      ],
      [
        'Sposta i messaggi in sottocartelle: così li trovi anche più facilmente.',
        'Le regole di smistamento possono spostarli automaticamente.',
      ],
      [
        'Mueva los mensajes a subcarpetas, lo que también facilita su consulta.',
        'Las reglas de clasificación pueden moverlos allí automáticamente.',
      ],
    ]);
  });

  it('writes one message in the singular, and in French none too', () => {
    const start = (count: number) =>
      LOCALES.map((locale) => formatFolderAdvice(folderAdvice(count), locale).level.split(':')[0]);
    expect(start(1)).toEqual([
      'This folder holds 1 message',
      'Ce dossier contient 1 message\u00a0',
      'Dieser Ordner enthält 1 Nachricht',
      'Questa cartella contiene 1 messaggio',
      'Esta carpeta contiene 1 mensaje',
    ]);
    expect(start(0)).toEqual([
      'This folder holds 0 messages',
      'Ce dossier contient 0 message\u00a0',
      'Dieser Ordner enthält 0 Nachrichten',
      'Questa cartella contiene 0 messaggi',
      'Esta carpeta contiene 0 mensajes',
    ]);
    expect(start(2)).toEqual([
      'This folder holds 2 messages',
      'Ce dossier contient 2 messages\u00a0',
      'Dieser Ordner enthält 2 Nachrichten',
      'Questa cartella contiene 2 messaggi',
      'Esta carpeta contiene 2 mensajes',
    ]);
  });

  test.prop([fc.nat({ max: 10_000_000 }), fc.constantFrom(...LOCALES)])(
    'gives a sentence with the count for any folder, and one sentence per remedy',
    (count, locale) => {
      const advice = folderAdvice(count);
      const text = formatFolderAdvice(advice, locale);
      const written = new Intl.NumberFormat(locale).format(count);
      expect(text.level).toContain(` ${written} `);
      expect(text.level).toMatch(/^\S.*\.$/);
      expect(text.remedies).toHaveLength(advice.remedies.length);
      for (const remedy of text.remedies) expect(remedy).toMatch(/^\S.*\.$/);
    },
  );

  it('has distinct sentences in each language, each one some answer gives', () => {
    const answers = [0, 4001, 5001].map((count) => folderAdvice(count));
    for (const locale of LOCALES) {
      const texts = answers.map((advice) => formatFolderAdvice(advice, locale));
      const all = texts.flatMap((text) => [text.level, ...text.remedies]);
      expect(new Set(all).size, locale).toBe(3 + 2);
      expect(texts[2]?.remedies).toEqual(Object.values(FOLDER_ADVICE_TEXTS[locale].remedies));
    }
    for (const count of [0, 4001, 5001]) {
      const levels = LOCALES.map((locale) => formatFolderAdvice(folderAdvice(count), locale).level);
      expect(new Set(levels).size).toBe(LOCALES.length);
    }
  });

  it('leaves out a remedy it does not know, and refuses what is not an answer or a language', () => {
    const advice = { ...folderAdvice(6000), remedies: ['use-sorting-rules', 'nope'] };
    expect(formatFolderAdvice(advice as never).remedies).toEqual([
      'Sorting rules can move them there automatically.',
    ]);
    expect(() => formatFolderAdvice(folderAdvice(1), 'pt' as never)).toThrow(
      /^locale: expected one of en, fr, de, it, es; received "pt"$/,
    );
    expect(() => formatFolderAdvice(folderAdvice(1), '__proto__' as never)).toThrow(
      PolicyInputError,
    );
    for (const bad of [
      null,
      'ok',
      {},
      { ...folderAdvice(1), level: 'fine' },
      { ...folderAdvice(1), level: 'toString' },
      { ...folderAdvice(1), messageCount: -1 },
      { ...folderAdvice(1), messageCount: 1.5 },
      { ...folderAdvice(1), messageCount: '1' },
      { ...folderAdvice(1), remedies: 'none' },
    ]) {
      expect(() => formatFolderAdvice(bad as never), JSON.stringify(bad)).toThrow(
        /^advice: expected an answer of folderAdvice; received /,
      );
    }
  });
});
