export type { IssueFormatter } from './createFormatter.js';
export { createFormatter } from './createFormatter.js';
export { formatIssue, MESSAGES } from './formatIssue.js';
export { de } from './locales/de.js';
export { deAddress } from './locales/de-address.js';
export { en } from './locales/en.js';
export { enAddress } from './locales/en-address.js';
export { es } from './locales/es.js';
export { esAddress } from './locales/es-address.js';
export { fr } from './locales/fr.js';
export { frAddress } from './locales/fr-address.js';
export { it } from './locales/it.js';
export { itAddress } from './locales/it-address.js';
export { LOCALES, matchLocale } from './matchLocale.js';
export type {
  AddressMessages,
  FormatOptions,
  Issue,
  IssueCode,
  Locale,
  MessageContext,
  Messages,
} from './types.js';
