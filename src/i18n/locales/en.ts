import type { Messages } from '../types.js';

const NEWSLETTER = 'For mass mailings, please use the Newsletter tool.';

/** English messages for every issue code. */
export const en: Messages = {
  'no-recipients': () => 'Please add at least one recipient.',
  'too-many-recipients': (issue, f) =>
    `This message has ${f.count(issue.actual)} recipients; the limit is ${f.count(issue.limit)} per message (To, Cc and Bcc together). ${NEWSLETTER}`,
  'message-too-large': (issue, f) =>
    `This message is ${f.bytes(issue.actual)}; messages are limited to ${f.bytes(issue.limit)} (${f.count(issue.limit)} bytes).`,
  'daily-limit-reached': (issue, f) =>
    `Sending this message would exceed the limit of ${f.count(issue.limit)} messages per 24 hours (${f.count(issue.used)} already counted; this one counts as ${f.count(issue.weight)}). ${
      issue.retryAt
        ? `You can send it from ${f.date(issue.retryAt)}.`
        : 'Waiting will not help: this message alone exceeds the limit.'
    } ${NEWSLETTER}`,
  'storage-full': (issue, f) =>
    `The mailbox is full: ${f.bytes(issue.used)} of ${f.bytes(issue.limit)} used, and ${f.bytes(issue.incoming)} more would not fit. Please free some space.`,
  'address-limit-reached': (issue, f) =>
    `This offer includes at most ${f.count(issue.limit)} ${issue.limit === 1 ? 'address' : 'addresses'}. Delete one or upgrade to create another.`,
};
