export { countRecipients } from './countRecipients.js';
export type { DecideSendInput } from './decideSend.js';
export { decideSend } from './decideSend.js';
export type { RecordedSend } from './SendLedger.js';
export { SendLedger } from './SendLedger.js';
export { sendPolicyFor } from './sendPolicy.js';
export type {
  AddressObject,
  DailyLimitReachedIssue,
  MessageRecipients,
  MessageTooLargeIssue,
  NewsletterSuggestion,
  NoRecipientsIssue,
  RecipientField,
  RecipientFields,
  SendAllowed,
  SendDecision,
  SendEvent,
  SendHistory,
  SendIssue,
  SendIssueCode,
  SendPolicy,
  SendRefused,
  TooManyRecipientsIssue,
} from './types.js';
export { SEND_WINDOW_MS } from './window.js';
