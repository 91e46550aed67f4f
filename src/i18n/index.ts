export { formatIssue, LOCALES, MESSAGES } from './formatIssue.js';
export type { FormatOptions, Issue, IssueCode, Locale, MessageContext, Messages } from './types.js';
