import { PolicyInputError } from '../_lib/errors.js';
import { hasOwn, textsFor } from '../_lib/input.js';
import { messageContext } from '../i18n/context.js';
import type { Locale } from '../i18n/types.js';
import { ATTACHMENT_TIERS, type AttachmentDelivery } from './size.data.js';

/**
 * What a tier says, given the tiers' bounds as the language writes sizes: the attachment's
 * limit, the link's and SwissTransfer's (25 MiB, 3 GiB, 50 GiB).
 */
type DeliverySentence = (bounds: readonly string[]) => string;

/**
 * @internal The sentences of `attachmentDelivery`'s answers in the five languages (a missing one
 * does not compile), from the guide's words (seed lines 363–365), the register that of the
 * other sentences (tu in Italian, usted in Spanish).
 */
export const DELIVERY_TEXTS: {
  readonly [L in Locale]: Readonly<Record<AttachmentDelivery, DeliverySentence>>;
} = {
  en: {
    attachment: ([max]) => `The webmail sends this file as an attachment (up to ${max}).`,
    'swisstransfer-link': ([min, max]) =>
      `The webmail sends this file as a SwissTransfer link put in the message (over ${min}, up to ${max}).`,
    swisstransfer: ([, min, max]) =>
      `This file is too large for the webmail (over ${min}): send it with SwissTransfer itself, up to ${max}.`,
    'too-large': ([, , min]) =>
      `This file is too large for the webmail and for SwissTransfer (over ${min}).`,
  },
  fr: {
    attachment: ([max]) => `Le webmail envoie ce fichier en pièce jointe (jusqu’à ${max}).`,
    'swisstransfer-link': ([min, max]) =>
      `Le webmail envoie ce fichier sous forme de lien SwissTransfer inséré dans le message (au-delà de ${min}, jusqu’à ${max}).`,
    swisstransfer: ([, min, max]) =>
      `Ce fichier est trop gros pour le webmail (au-delà de ${min})\u00a0: envoyez-le directement avec SwissTransfer, jusqu’à ${max}.`,
    'too-large': ([, , min]) =>
      `Ce fichier est trop gros pour le webmail comme pour SwissTransfer (au-delà de ${min}).`,
  },
  de: {
    attachment: ([max]) => `Das Webmail sendet diese Datei als Anhang (bis ${max}).`,
    'swisstransfer-link': ([min, max]) =>
      `Das Webmail sendet diese Datei als SwissTransfer-Link in der Nachricht (über ${min}, bis ${max}).`,
    swisstransfer: ([, min, max]) =>
      `Diese Datei ist zu groß für das Webmail (über ${min}): Senden Sie sie direkt mit SwissTransfer, bis ${max}.`,
    'too-large': ([, , min]) =>
      `Diese Datei ist zu groß für das Webmail und für SwissTransfer (über ${min}).`,
  },
  it: {
    attachment: ([max]) => `La webmail invia questo file come allegato (fino a ${max}).`,
    'swisstransfer-link': ([min, max]) =>
      `La webmail invia questo file come link SwissTransfer inserito nel messaggio (oltre ${min}, fino a ${max}).`,
    swisstransfer: ([, min, max]) =>
      `Questo file è troppo grande per la webmail (oltre ${min}): invialo direttamente con SwissTransfer, fino a ${max}.`,
    'too-large': ([, , min]) =>
      `Questo file è troppo grande per la webmail e per SwissTransfer (oltre ${min}).`,
  },
  es: {
    attachment: ([max]) => `El webmail envía este archivo como adjunto (hasta ${max}).`,
    'swisstransfer-link': ([min, max]) =>
      `El webmail envía este archivo como enlace de SwissTransfer integrado en el mensaje (más de ${min}, hasta ${max}).`,
    swisstransfer: ([, min, max]) =>
      `Este archivo es demasiado grande para el webmail (más de ${min}): envíelo directamente con SwissTransfer, hasta ${max}.`,
    'too-large': ([, , min]) =>
      `Este archivo es demasiado grande para el webmail y para SwissTransfer (más de ${min}).`,
  },
};

/**
 * The sibling of `formatFolderAdvice` for `attachmentDelivery`: what the provider's webmail does
 * with a file of that size, as a sentence in `en`, `fr`, `de`, `it` or `es`, the tiers' bounds
 * written as the language writes sizes (R-SIZE-3), for a file picker or a support tool.
 *
 * @throws {PolicyInputError} for an unknown locale or a value that is not an answer of
 *   `attachmentDelivery`
 * @example
 * ```ts
 * formatAttachmentDelivery(attachmentDelivery(12 * 1024 ** 2)); // 'The webmail sends this file as an attachment (up to 25\u00a0MiB).'
 * formatAttachmentDelivery(attachmentDelivery(4 * 1024 ** 3), 'fr'); // 'Ce fichier est trop gros pour le webmail (au-delà de 3\u00a0Go)\u00a0: envoyez-le directement avec SwissTransfer, jusqu’à 50\u00a0Go.'
 * ```
 * @see R-SIZE-3
 */
export function formatAttachmentDelivery(
  delivery: AttachmentDelivery,
  locale: Locale = 'en',
): string {
  const texts = textsFor(DELIVERY_TEXTS, locale);
  if (!hasOwn(texts, delivery))
    throw new PolicyInputError('delivery', 'an answer of attachmentDelivery', delivery);
  const { bytes } = messageContext(locale);
  return texts[delivery](ATTACHMENT_TIERS.map((tier) => bytes(tier.maxBytes)));
}
