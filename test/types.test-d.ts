import { describe, expectTypeOf, it } from 'vitest';
import {
  type AddressIssue,
  type AddressMessages,
  type AddressMode,
  type AttachmentDelivery,
  adviseProtocol,
  attachmentDelivery,
  type ClientErrorCause,
  type ClientErrorDiagnosis,
  checkClientSettings,
  classifyFolder,
  countRecipients,
  createFormatter,
  decideSend,
  diagnoseClientError,
  diagnoseSmtpReply,
  type Finding,
  type FolderAdviceText,
  type FolderRemedy,
  folderAdvice,
  formatAttachmentDelivery,
  formatDiagnosis,
  formatFolderAdvice,
  formatIssue,
  formatProtocolAdvice,
  fr,
  frAddress,
  getOffer,
  type Issue,
  type IssueFormatter,
  isOfferId,
  isValidAddress,
  type Locale,
  matchLocale,
  OFFERS,
  type Offer,
  type OfferId,
  type PatchOperation,
  PHP_MAIL_DAILY_LIMIT,
  type ProtocolAdviceText,
  type SendDecision,
  type SendIssue,
  SendLedger,
  type SmtpDiagnosis,
  sendPolicyFor,
  validateAddress,
} from '../src/index.js';
import { formatAddressIssue, formatIssue as formatFrench } from '../src/locales/fr.js';
import {
  createLocalPartSchema,
  createProviderAddressSchema,
  emailAddressSchemaFor,
  localPartSchemaFor,
} from '../src/zod/index.js';

describe('types', () => {
  it('derives OfferId from the data', () => {
    expectTypeOf<OfferId>().toEqualTypeOf<
      | 'ksuite-free'
      | 'ksuite-standard'
      | 'ksuite-business'
      | 'ksuite-enterprise'
      | 'my-ksuite'
      | 'my-ksuite-plus'
      | 'mail-starter'
      | 'mail-premium'
    >();
    expectTypeOf(OFFERS['mail-premium']).toEqualTypeOf<Offer>();
    expectTypeOf(getOffer).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(PHP_MAIL_DAILY_LIMIT).toEqualTypeOf<50>();
    expectTypeOf<Offer['storageBytes']>().toEqualTypeOf<number | 'unlimited'>();
  });

  it('types an SMTP diagnosis: no basic code for an enhanced code alone', () => {
    const diagnosis = diagnoseSmtpReply('5.2.2 Over quota');
    expectTypeOf(diagnosis).toEqualTypeOf<SmtpDiagnosis | null>();
    expectTypeOf<SmtpDiagnosis['code']>().toEqualTypeOf<number | null>();
    expectTypeOf<SmtpDiagnosis['enhanced']>().toEqualTypeOf<string | null>();
  });

  it("types a client's error: a code or null, a cause that is never null, and formatDiagnosis takes it", () => {
    const diagnosis = diagnoseClientError(new Error('connect ECONNREFUSED 192.0.2.7:587'));
    expectTypeOf(diagnosis).toEqualTypeOf<ClientErrorDiagnosis | null>();
    expectTypeOf(diagnoseClientError).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<ClientErrorDiagnosis['code']>().toEqualTypeOf<string | null>();
    expectTypeOf<ClientErrorDiagnosis['cause']>().toEqualTypeOf<ClientErrorCause>();
    expectTypeOf<'certificate-error'>().toExtend<ClientErrorCause>();
    expectTypeOf<'mailbox-full'>().not.toExtend<ClientErrorCause>(); // the recipient's: a reply
    if (diagnosis)
      expectTypeOf(formatDiagnosis(diagnosis, 'fr').cause).toEqualTypeOf<string | null>();
  });

  it('types protocol advice in words: only an answer of adviseProtocol and a known language', () => {
    const advice = adviseProtocol({ devices: 1, offline: true });
    expectTypeOf(formatProtocolAdvice(advice, 'it')).toEqualTypeOf<ProtocolAdviceText>();
    expectTypeOf<ProtocolAdviceText['reasons']>().toEqualTypeOf<readonly string[]>();
    // @ts-expect-error: a language the library does not write
    formatProtocolAdvice(advice, 'pt');
    // @ts-expect-error: a diagnosis is not protocol advice
    formatProtocolAdvice({ cause: 'timeout', remedies: [] });
  });

  it('types folder advice in words: only an answer of folderAdvice and a known language', () => {
    const advice = folderAdvice(4500);
    expectTypeOf(advice.remedies).toEqualTypeOf<readonly FolderRemedy[]>();
    expectTypeOf(formatFolderAdvice(advice, 'de')).toEqualTypeOf<FolderAdviceText>();
    expectTypeOf<FolderAdviceText['level']>().toEqualTypeOf<string>();
    // @ts-expect-error: a language the library does not write
    formatFolderAdvice(advice, 'pt');
    // @ts-expect-error: protocol advice is not folder advice
    formatFolderAdvice(adviseProtocol({ devices: 2 }));
  });

  it('types the webmail’s tier in words: only an answer of attachmentDelivery and a known language', () => {
    expectTypeOf(formatAttachmentDelivery(attachmentDelivery(1), 'it')).toEqualTypeOf<string>();
    expectTypeOf(formatAttachmentDelivery).parameter(0).toEqualTypeOf<AttachmentDelivery>();
    // @ts-expect-error: a language the library does not write
    formatAttachmentDelivery('attachment', 'pt');
    // @ts-expect-error: a size is not a tier
    formatAttachmentDelivery(25 * 1024 ** 2);
  });

  it('narrows a finding on code: only a wrong user name carries the address to type', () => {
    const finding = checkClientSettings({}).findings[0] as Finding;
    expectTypeOf(finding.patch).toEqualTypeOf<readonly PatchOperation[]>();
    if (finding.code === 'username-not-full-address') {
      expectTypeOf(finding.address).toEqualTypeOf<string>();
    } else {
      expectTypeOf(finding).not.toHaveProperty('address');
    }
  });

  it('narrows with isOfferId', () => {
    const value: unknown = 'my-ksuite';
    if (isOfferId(value)) expectTypeOf(value).toEqualTypeOf<OfferId>();
  });

  it('narrows a decision on allowed, and an issue on code', () => {
    const decision = decideSend({
      offer: 'ksuite-free',
      now: 0,
      history: [],
      message: { recipients: 1 },
    });
    expectTypeOf(decision).toEqualTypeOf<SendDecision>();
    if (decision.allowed) {
      expectTypeOf(decision).not.toHaveProperty('issues');
    } else {
      expectTypeOf(decision.retryAt).toEqualTypeOf<Date | null>();
      const issue = decision.issues[0] as SendIssue;
      if (issue.code === 'daily-limit-reached') {
        expectTypeOf(issue.retryAt).toEqualTypeOf<Date | null>();
        expectTypeOf(issue.rule).toEqualTypeOf<'R-SEND-1'>();
      }
      if (issue.code === 'too-many-recipients') expectTypeOf(issue.limit).toEqualTypeOf<number>();
      expectTypeOf(formatIssue).toBeCallableWith(issue, 'fr');
    }
  });

  it('refuses unknown offer ids, locales and mixed messages at compile time', () => {
    // @ts-expect-error not an offer id
    decideSend({ offer: 'ksuite-pro', now: 0, history: [], message: { recipients: 1 } });
    // @ts-expect-error not a locale
    formatIssue({ code: 'no-recipients', rule: 'R-SEND-2' }, 'pt');
    // @ts-expect-error overrides are SendPolicy fields
    sendPolicyFor('ksuite-business', { dailySendLimit: '5000' });
    expectTypeOf<Issue['code']>().toExtend<string>();
    expectTypeOf<
      | 'no-recipients'
      | 'too-many-recipients'
      | 'message-too-large'
      | 'daily-limit-reached'
      | 'storage-full'
      | 'address-limit-reached'
    >().toExtend<Issue['code']>();
  });

  it('takes an option that may be undefined (exactOptionalPropertyTypes), as callers forward them', () => {
    const mode = undefined as AddressMode | undefined;
    expectTypeOf(validateAddress).toBeCallableWith('a@b.ch', { mode });
    expectTypeOf(isValidAddress).toBeCallableWith('a@b.ch', { mode });
    const locale = undefined as Locale | undefined;
    expectTypeOf(createLocalPartSchema).toBeCallableWith({ locale, messages: undefined });
    expectTypeOf(createProviderAddressSchema).toBeCallableWith({ locale });
    const issue = { code: 'no-recipients', rule: 'R-SEND-2' } as const;
    const timeZone = undefined as string | undefined;
    expectTypeOf(formatIssue).toBeCallableWith(issue, 'fr', { timeZone });
  });

  it('accepts a ledger or any iterable as history', () => {
    expectTypeOf(decideSend).toBeCallableWith({
      offer: 'my-ksuite',
      now: new Date(),
      history: new SendLedger(),
      message: { to: ['a@b.ch'] },
    });
    expectTypeOf(decideSend).toBeCallableWith({
      offer: 'my-ksuite',
      now: 1,
      history: new Set([{ at: 1, recipients: 2 }]),
      message: { bcc: 3 },
    });
  });

  it('takes recipients as mail libraries give them, nodemailer address objects included', () => {
    expectTypeOf(countRecipients).toBeCallableWith({
      to: { name: 'Jean', address: 'jean@exemple.ch' },
      cc: ['anna@exemple.ch', { address: 'bob@exemple.ch' }],
      bcc: 2,
    });
    // @ts-expect-error: an object that is no address ({ name, address }) is a mistake
    countRecipients({ to: { email: 'jean@exemple.ch' } });
  });

  it('answers a locale from matchLocale, or null only when asked for', () => {
    expectTypeOf(matchLocale(['de-CH'])).toEqualTypeOf<Locale>();
    expectTypeOf(matchLocale('fr-CH, en;q=0.5', 'fr')).toEqualTypeOf<Locale>();
    expectTypeOf(matchLocale('pt', null)).toEqualTypeOf<Locale | null>();
    // @ts-expect-error: the fallback is one of the five, or null
    matchLocale('pt', 'pt');
  });

  it('takes SPECIAL-USE attributes as a list, one string or a Set', () => {
    expectTypeOf(classifyFolder).toBeCallableWith('Archive', { specialUse: '\\Trash' });
    expectTypeOf(classifyFolder).toBeCallableWith('Archive', {
      specialUse: new Set(['\\Junk']),
    });
  });

  it('types a formatter by the messages it is given', () => {
    expectTypeOf(createFormatter(fr, 'fr')).toEqualTypeOf<IssueFormatter<Issue>>();
    expectTypeOf(createFormatter(frAddress, 'fr')).toEqualTypeOf<IssueFormatter<AddressIssue>>();
    expectTypeOf(formatAddressIssue).toEqualTypeOf<IssueFormatter<AddressIssue>>();
    expectTypeOf(fr).toExtend<AddressMessages>(); // a whole locale holds the address part
    const send = { code: 'no-recipients', rule: 'R-SEND-2' } as const;
    // @ts-expect-error the address messages cannot write a send issue
    formatAddressIssue(send);
    const dots = createFormatter({ 'consecutive-dots': () => 'Two dots.' }, 'en');
    expectTypeOf(dots).parameter(0).toEqualTypeOf<Extract<Issue, { code: 'consecutive-dots' }>>();
    // @ts-expect-error a key that is not an issue code
    createFormatter({ 'consecutive-dot': () => 'Two dots.' }, 'en');
    // @ts-expect-error an address part is not a whole locale
    createLocalPartSchema({ locale: 'fr', messages: { empty: () => '' } });
    expectTypeOf(createLocalPartSchema).toBeCallableWith({ locale: 'fr', messages: frAddress });
    expectTypeOf(localPartSchemaFor).toBeCallableWith(formatAddressIssue);
    expectTypeOf(emailAddressSchemaFor).toBeCallableWith(formatFrench);
    // @ts-expect-error a formatter of send issues cannot write address issues
    localPartSchemaFor(createFormatter({ 'no-recipients': () => '' }, 'en'));
  });
});
