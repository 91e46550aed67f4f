export type { IssueFormatter } from './createFormatter.js';
export { createFormatter } from './createFormatter.js';
export { formatIssue, LOCALES, MESSAGES } from './formatIssue.js';
export { de } from './locales/de.js';
export { en } from './locales/en.js';
export { es } from './locales/es.js';
export { fr } from './locales/fr.js';
export { it } from './locales/it.js';
export type { FormatOptions, Issue, IssueCode, Locale, MessageContext, Messages } from './types.js';
