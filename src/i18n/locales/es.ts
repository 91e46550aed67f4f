import type { Messages } from '../types.js';

const NEWSLETTER = 'Para envíos masivos, utilice la herramienta Newsletter.';

/** Mensajes en español para cada código. */
export const es: Messages = {
  'no-recipients': () => 'Añada al menos un destinatario.',
  'too-many-recipients': (issue, f) =>
    `Este mensaje tiene ${f.count(issue.actual)} destinatarios; el límite es de ${f.count(issue.limit)} por mensaje (Para, CC y CCO juntos). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Este mensaje ocupa ${f.bytes(issue.actual)}; el tamaño máximo es de ${f.bytes(issue.limit)} (${f.count(issue.limit)} bytes).`,
  'daily-limit-reached': (issue, f) =>
    `Este envío superaría el límite de ${f.count(issue.limit)} mensajes cada 24 horas (${f.count(issue.used)} ya contabilizados; este cuenta por ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `Podrá enviarlo a partir del ${f.date(issue.retryAt)}.`
        : 'Esperar no servirá de nada: este mensaje supera el límite por sí solo.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    `El buzón está lleno: ${f.bytes(issue.used)} ocupados de ${f.bytes(issue.limit)}, y ${f.bytes(issue.incoming)} más no cabrían. Libere espacio, por favor.`,
  'address-limit-reached': (issue, f) =>
    `Esta oferta incluye como máximo ${f.count(issue.limit)} ${issue.limit === 1 ? 'dirección' : 'direcciones'}. Elimine una o pase a una oferta superior para crear otra.`,
};
