import { PolicyInputError } from '../_lib/errors.js';
import { hasOwn, isObject, sentences, textsFor } from '../_lib/input.js';
import { isSingular, messageContext } from '../i18n/context.js';
import type { Locale } from '../i18n/types.js';
import type { FolderAdvice, FolderRemedy } from './folderAdvice.js';
import { FOLDER_MESSAGE_ADVICE } from './storage.data.js';

/**
 * What a level says: `count` the folder's messages as the language writes numbers, `one`
 * whether that count takes the singular, `comfortable` and `max` R-STOR-2's bounds.
 */
type LevelSentence = (count: string, one: boolean, comfortable: string, max: string) => string;

type FolderAdviceTexts = {
  readonly [L in Locale]: {
    readonly levels: Readonly<Record<FolderAdvice['level'], LevelSentence>>;
    readonly remedies: Readonly<Record<FolderRemedy, string>>;
  };
};

/**
 * @internal The sentences of `folderAdvice`'s answer in the five languages (a missing one does
 * not compile), from the guide's own words (seed lines 366–368: slow indexing; subfolders,
 * which also make messages easier to consult; sorting rules), the register that of the other
 * sentences (tu in Italian, usted in Spanish).
 */
export const FOLDER_ADVICE_TEXTS: FolderAdviceTexts = {
  en: {
    levels: {
      ok: (count, one) =>
        `This folder holds ${count} message${one ? '' : 's'}: that is fine, as the number of messages is not limited.`,
      warning: (count, _, comfortable) =>
        `This folder holds ${count} messages: above ${comfortable} per folder, the indexing of messages slows down.`,
      'too-many': (count, _, __, max) =>
        `This folder holds ${count} messages: more than ${max} per folder is not recommended, as the indexing of messages slows down.`,
    },
    remedies: {
      'move-to-subfolders': 'Move messages to subfolders, which also makes them easier to find.',
      'use-sorting-rules': 'Sorting rules can move them there automatically.',
    },
  },
  fr: {
    levels: {
      ok: (count, one) =>
        `Ce dossier contient ${count} message${one ? '' : 's'}\u00a0: c’est sans problème, le nombre de messages n’étant pas limité.`,
      warning: (count, _, comfortable) =>
        `Ce dossier contient ${count} messages\u00a0: au-delà de ${comfortable} par dossier, l’indexation des messages ralentit.`,
      'too-many': (count, _, __, max) =>
        `Ce dossier contient ${count} messages\u00a0: il est déconseillé d’en garder plus de ${max} par dossier, car l’indexation des messages ralentit.`,
    },
    remedies: {
      'move-to-subfolders':
        'Déplacez des messages dans des sous-dossiers, ce qui facilite aussi leur consultation.',
      'use-sorting-rules': 'Des règles de tri peuvent les y déplacer automatiquement.',
    },
  },
  de: {
    levels: {
      ok: (count, one) =>
        `Dieser Ordner enthält ${count} ${one ? 'Nachricht' : 'Nachrichten'}: Das ist kein Problem, die Anzahl der Nachrichten ist nicht begrenzt.`,
      warning: (count, _, comfortable) =>
        `Dieser Ordner enthält ${count} Nachrichten: Bei mehr als ${comfortable} pro Ordner wird die Indexierung der Nachrichten langsamer.`,
      'too-many': (count, _, __, max) =>
        `Dieser Ordner enthält ${count} Nachrichten: Mehr als ${max} pro Ordner werden nicht empfohlen, da die Indexierung der Nachrichten langsamer wird.`,
    },
    remedies: {
      'move-to-subfolders':
        'Verschieben Sie Nachrichten in Unterordner, dort finden Sie sie auch leichter.',
      'use-sorting-rules': 'Sortierregeln können sie automatisch dorthin verschieben.',
    },
  },
  it: {
    levels: {
      ok: (count, one) =>
        `Questa cartella contiene ${count} ${one ? 'messaggio' : 'messaggi'}: va bene così, il numero di messaggi non è limitato.`,
      warning: (count, _, comfortable) =>
        `Questa cartella contiene ${count} messaggi: oltre ${comfortable} per cartella, l’indicizzazione dei messaggi rallenta.`,
      'too-many': (count, _, __, max) =>
        `Questa cartella contiene ${count} messaggi: si sconsiglia di tenerne più di ${max} per cartella, perché l’indicizzazione dei messaggi rallenta.`,
    },
    remedies: {
      'move-to-subfolders':
        'Sposta i messaggi in sottocartelle: così li trovi anche più facilmente.',
      'use-sorting-rules': 'Le regole di smistamento possono spostarli automaticamente.',
    },
  },
  es: {
    levels: {
      ok: (count, one) =>
        `Esta carpeta contiene ${count} ${one ? 'mensaje' : 'mensajes'}: no hay problema, el número de mensajes no está limitado.`,
      warning: (count, _, comfortable) =>
        `Esta carpeta contiene ${count} mensajes: por encima de ${comfortable} por carpeta, la indexación de los mensajes se vuelve lenta.`,
      'too-many': (count, _, __, max) =>
        `Esta carpeta contiene ${count} mensajes: no se recomienda conservar más de ${max} por carpeta, ya que la indexación de los mensajes se vuelve lenta.`,
    },
    remedies: {
      'move-to-subfolders':
        'Mueva los mensajes a subcarpetas, lo que también facilita su consulta.',
      'use-sorting-rules': 'Las reglas de clasificación pueden moverlos allí automáticamente.',
    },
  },
};

/** `folderAdvice`'s answer in words. */
export interface FolderAdviceText {
  /** What the folder's count means, in one sentence. */
  readonly level: string;
  /** What to do, in the answer's order (none for a folder that is fine). */
  readonly remedies: readonly string[];
}

/**
 * The sibling of `formatProtocolAdvice` for `folderAdvice`: what a folder's message count
 * means and what to do, as sentences in `en`, `fr`, `de`, `it` or `es`, with the numbers
 * written as the language writes them (R-STOR-2).
 *
 * @throws {PolicyInputError} for an unknown locale or an object that is not an answer of
 *   `folderAdvice`
 * @example
 * ```ts
 * formatFolderAdvice(folderAdvice(6200)).level; // 'This folder holds 6,200 messages: more than 5,000 per folder is not recommended, as the indexing of messages slows down.'
 * formatFolderAdvice(folderAdvice(6200), 'de').remedies; // ['Verschieben Sie Nachrichten in Unterordner, dort finden Sie sie auch leichter.', 'Sortierregeln können sie automatisch dorthin verschieben.']
 * formatFolderAdvice(folderAdvice(1), 'fr'); // { level: 'Ce dossier contient 1 message\u00a0: c’est sans problème, le nombre de messages n’étant pas limité.', remedies: [] }
 * ```
 * @see R-STOR-2
 */
export function formatFolderAdvice(advice: FolderAdvice, locale: Locale = 'en'): FolderAdviceText {
  const texts = textsFor(FOLDER_ADVICE_TEXTS, locale);
  if (
    !isObject(advice) ||
    !hasOwn(texts.levels, advice.level) ||
    !Number.isSafeInteger(advice.messageCount) ||
    advice.messageCount < 0 ||
    !Array.isArray(advice.remedies)
  ) {
    throw new PolicyInputError('advice', 'an answer of folderAdvice', advice);
  }
  const { count } = messageContext(locale);
  const n = advice.messageCount;
  return {
    level: texts.levels[advice.level](
      count(n),
      isSingular(n, locale),
      count(FOLDER_MESSAGE_ADVICE.comfortable),
      count(FOLDER_MESSAGE_ADVICE.max),
    ),
    remedies: sentences(texts.remedies, advice.remedies),
  };
}
