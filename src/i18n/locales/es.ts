import type { Messages } from '../types.js';
import { esAddress } from './es-address.js';

const NEWSLETTER = 'Para envíos masivos, utilice la herramienta Newsletter.';

/**
 * Spanish messages for every issue code: one pure function per code. Pass them to
 * `createFormatter(es, 'es')` to ship this language alone.
 *
 * @example
 * ```ts
 * const format = createFormatter(es, 'es');
 * format({ code: 'consecutive-dots', rule: 'R-LP-4', index: 5, char: '.', count: 1 });
 * ```
 */
export const es: Messages = {
  'no-recipients': () => 'Añada al menos un destinatario.',
  'too-many-recipients': (issue, f) =>
    `Este mensaje tiene ${f.count(issue.actual)} destinatarios; el límite es de ${f.count(issue.limit)} por mensaje (Para, CC y CCO juntos). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `Este mensaje ocupa ${f.bytes(issue.actual) === f.bytes(issue.limit) ? `${f.count(issue.actual)}\u00a0bytes` : f.bytes(issue.actual)}; el tamaño máximo es de ${f.bytes(issue.limit)} (${f.count(issue.limit)} bytes).`,
  'daily-limit-reached': (issue, f) =>
    `Este envío superaría el límite de ${f.count(issue.limit)} mensaje${issue.limit === 1 ? '' : 's'} cada 24 horas (${f.count(issue.used)} ya contabilizado${issue.used === 1 ? '' : 's'}; este cuenta por ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `Podrá enviarlo a partir del ${f.date(issue.retryAt)}.`
        : issue.weight > issue.limit
          ? 'Esperar no servirá de nada: este mensaje supera el límite por sí solo.'
          : 'Esperar no bastará: el mensaje se rechaza también por otro motivo.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    issue.incoming === 0
      ? `El buzón supera en ${f.bytes(issue.used - issue.limit)} su límite de ${f.bytes(issue.limit)}. Libere espacio, por favor.`
      : `El buzón está lleno (${f.bytes(issue.used)} de ${f.bytes(issue.limit)}): no hay sitio para ${f.bytes(issue.incoming)} más. Libere espacio, por favor.`,
  'address-limit-reached': (issue, f) =>
    `Esta oferta incluye como máximo ${f.count(issue.limit)} ${issue.limit === 1 ? 'dirección' : 'direcciones'}. Elimine una o pase a una oferta superior para crear otra.`,
  ...esAddress,
  'not-an-object': () => 'Faltan los parámetros.',
  'missing-server': () => 'Falta un servidor: añádalo con los parámetros siguientes.',
  'wrong-host': () => 'Use el nombre de servidor mail.infomaniak.com.',
  'unknown-port': () => 'Este puerto no es del servidor de correo: use el recomendado.',
  'smtp-port-25': () =>
    'La mayoría de los proveedores de Internet bloquean el puerto 25: use el 587 con STARTTLS (o el 465 con SSL/TLS).',
  'encryption-off': () => 'El cifrado está desactivado: active SSL/TLS o STARTTLS.',
  'unknown-security': () => 'Este ajuste de seguridad es desconocido: elija SSL/TLS o STARTTLS.',
  'security-port-mismatch': () =>
    'La seguridad no corresponde al puerto: SSL/TLS en 993, 995 y 465; STARTTLS en 587, 143 y 110.',
  'legacy-port': () =>
    'Este puerto funciona, pero se recomienda el 993 (IMAP) o el 995 (POP3) con SSL/TLS.',
  'username-not-full-address': (issue) =>
    `El nombre de usuario debe ser la dirección de correo completa: ${issue.address}.`,
  'authentication-off': () =>
    'La autenticación es obligatoria: actívela, con la contraseña de la dirección.',
  'authentication-method': () =>
    'El servidor no ofrece este método de autenticación: elija la contraseña normal (PLAIN o LOGIN).',
  'pop3-and-imap': () => 'No use POP3 e IMAP a la vez para la misma dirección: conserve IMAP.',
  'pop3-keep-copy': () =>
    'Con POP3, no conserve una copia de los mensajes en el servidor: acaban descargándose de nuevo.',
  'pop3-instead-of-imap': () =>
    'Se recomienda IMAP: los mismos mensajes en todos los dispositivos, el webmail y la app.',
  'not-gone': () => 'El mensaje todavía existe (solo se movió): búsquelo en las otras carpetas.',
  'no-backups': () =>
    'Esta oferta no conserva copias de seguridad restaurables; tras mejorar la oferta, estarán disponibles las de los últimos 30 días.',
  'never-in-a-backup': () =>
    'No se hizo ninguna copia diaria mientras existía el mensaje: no se puede recuperar.',
  'pop3-deleted-before-backup': () =>
    'El mensaje se descargó por POP3 y salió del servidor antes de cualquier copia: no se puede recuperar.',
  'backups-expired': (issue, f) =>
    `Las copias que contenían el mensaje tienen más de ${f.count(issue.retentionDays)} días: caducaron el ${f.date(issue.expiredAt)}.`,
  'country-not-eligible': (issue) =>
    `El programa para estudiantes no está disponible en este país${issue.country === '' ? '' : ` (${issue.country})`}.`,
  'under-age': (issue, f) =>
    `Los estudiantes menores de ${f.count(issue.limit)} años necesitan la autorización de sus padres.`,
  'not-a-new-order': () => 'El programa para estudiantes solo se aplica a pedidos nuevos.',
  'missing-documents': (issue) => {
    const proofs = issue.missing.map(
      (proof) =>
        ({
          'student-card-or-certificate': 'un carné de estudiante o un certificado escolar vigente',
          'identity-card': 'un documento de identidad (por ambas caras)',
          'student-email': 'su dirección de correo oficial de estudiante',
        })[proof],
    );
    const last = proofs.pop();
    return `Envíe ${proofs.length > 0 ? 'los justificantes que faltan' : 'el justificante que falta'}: ${proofs.length > 0 ? `${proofs.join(', ')} y ` : ''}${last}.`;
  },
  'programme-ended': (issue, f) =>
    `La oferta para estudiantes terminó el ${f.date(issue.endedAt)}.`,
};
