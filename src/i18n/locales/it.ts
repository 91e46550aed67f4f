import type { Messages } from '../types.js';

const NEWSLETTER = 'Per gli invii di massa, usa lo strumento Newsletter.';

/** Messaggi in italiano per ogni codice. */
export const it: Messages = {
  'no-recipients': () => 'Aggiungi almeno un destinatario.',
  'too-many-recipients': (issue, f) =>
    `Questo messaggio ha ${f.count(issue.actual)} destinatari; il limite è di ${f.count(issue.limit)} per messaggio (A, Cc e Ccn insieme). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Questo messaggio pesa ${f.bytes(issue.actual)}; la dimensione massima è di ${f.bytes(issue.limit)} (${f.count(issue.limit)} byte).`,
  'daily-limit-reached': (issue, f) =>
    `Con questo invio supereresti il limite di ${f.count(issue.limit)} messaggi nelle 24 ore (${f.count(issue.used)} già conteggiati; questo vale ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `Potrai inviarlo a partire dal ${f.date(issue.retryAt)}.`
        : 'Attendere non basta: questo messaggio da solo supera il limite.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    `La casella di posta è piena: ${f.bytes(issue.used)} occupati su ${f.bytes(issue.limit)}, e altri ${f.bytes(issue.incoming)} non ci starebbero. Libera un po’ di spazio.`,
  'address-limit-reached': (issue, f) =>
    `Questa offerta comprende al massimo ${f.count(issue.limit)} ${issue.limit === 1 ? 'indirizzo' : 'indirizzi'}. Eliminane uno o passa a un’offerta superiore per crearne un altro.`,
};
