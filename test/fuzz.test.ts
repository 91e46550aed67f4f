// Every function of the main entry, called with its documented example bent in one place (a
// field replaced by anything, or taken away): it answers, or throws a PolicyInputError that
// names the parameter. Nothing else escapes, and no answer holds an Invalid Date, NaN or a field
// set to undefined (an argument's field passed through unchecked).
// Found this way: dates near the ends of the range a Date holds made `purgeDate` and
// `decideSend` answer Invalid Dates, and `canRecover` and `restoreOptions` loop for ever;
// `backupTimes` over millennia took minutes; `SendLedger.from({})` threw a plain TypeError;
// `toNodemailerOptions` and `toImapFlowOptions` passed a settings' host of NaN through (seed 7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { PolicyInputError } from '../src/index.js';
import { runs } from './helpers/soak.js';

const NOW = Date.parse('2026-03-02T12:00:00Z');
const DAY = 86_400_000;
const END = 8.64e15; // the last instant a Date holds
const EMAIL = 'jean@exemple.ch';
const settings = library.recommendSettings(EMAIL);
if (!settings.ok) throw new Error('recommendSettings refused its own example');
const ledger = () => library.SendLedger.from([{ at: NOW - 1000, recipients: 3, id: 'a' }]);

/** Each function, or method, and arguments it accepts. */
const EXAMPLES: Record<string, [(...args: never[]) => unknown, readonly unknown[]]> = {
  adviseProtocol: [library.adviseProtocol, [{ devices: 2, offline: true }]],
  appleMobileconfig: [
    library.appleMobileconfig,
    [
      EMAIL,
      {
        uuids: {
          profile: '0f6b8a52-1c0e-4c84-9f55-6a4f3b2d9e10',
          payload: '8d2e6c1a-5b3f-4e7d-a9c4-2f1e0b9d8c73',
        },
        identifier: 'ch.exemple.mail',
        incoming: 'pop3',
        submission: 'tls',
      },
    ],
  ],
  attachmentDelivery: [library.attachmentDelivery, [1000]],
  autodiscoverXml: [library.autodiscoverXml, [EMAIL]],
  backupTimes: [
    library.backupTimes,
    [
      { from: NOW - 3 * DAY, to: NOW },
      { hour: 3, timeZone: 'UTC' },
    ],
  ],
  base64EncodedLength: [library.base64EncodedLength, [1000, { lineLength: 76 }]],
  canAddAddress: [library.canAddAddress, [{ offer: 'ksuite-free', existingAddresses: 1 }]],
  canRecover: [
    library.canRecover,
    [
      {
        offer: 'ksuite-standard',
        receivedAt: NOW - 3 * DAY,
        goneAt: NOW - DAY,
        now: NOW,
        protocol: 'imap',
      },
    ],
  ],
  checkClientSettings: [
    library.checkClientSettings,
    [
      {
        email: EMAIL,
        incoming: {
          protocol: 'imap',
          host: 'mail.infomaniak.com',
          port: 993,
          security: 'tls',
          username: EMAIL,
        },
        outgoing: {
          protocol: 'smtp',
          host: 'mail.infomaniak.com',
          port: 465,
          security: 'tls',
          username: EMAIL,
        },
      },
    ],
  ],
  checkMessageSize: [library.checkMessageSize, [1000]],
  checkStorage: [
    library.checkStorage,
    [{ offer: 'ksuite-free', usedBytes: 10, incomingBytes: 10 }],
  ],
  checkStudentEligibility: [
    library.checkStudentEligibility,
    [
      {
        country: 'CH',
        age: 20,
        newOrder: true,
        documents: ['student-card', 'identity-card', 'student-email'],
        now: NOW,
        studentCardValidUntil: NOW + DAY,
      },
    ],
  ],
  classifyFolder: [library.classifyFolder, ['Trash', { specialUse: ['\\Trash'] }]],
  countRecipients: [library.countRecipients, [{ to: ['a@b.ch'], cc: 2 }]],
  createFormatter: [library.createFormatter, [library.fr, 'fr']],
  decideSend: [
    library.decideSend,
    [
      {
        offer: 'ksuite-free',
        now: NOW,
        history: [{ at: NOW - 1000, recipients: 499 }],
        message: { to: ['a@b.ch', 'c@d.ch'] },
        sizeBytes: 100,
      },
    ],
  ],
  decodeImapUtf7: [library.decodeImapUtf7, ['&AOk-t&AOk-']],
  diagnoseClientError: [library.diagnoseClientError, [{ code: 'ECONNREFUSED', message: 'x' }]],
  diagnoseSmtpReply: [library.diagnoseSmtpReply, ['550 5.7.1 Relaying denied']],
  folderAdvice: [library.folderAdvice, [100]],
  formatDiagnosis: [library.formatDiagnosis, [library.diagnoseSmtpReply('535 5.7.0 auth'), 'fr']],
  formatFolderAdvice: [library.formatFolderAdvice, [library.folderAdvice(4500), 'de']],
  formatAttachmentDelivery: [library.formatAttachmentDelivery, ['swisstransfer-link', 'it']],
  formatProtocolAdvice: [
    library.formatProtocolAdvice,
    [library.adviseProtocol({ devices: 1, offline: true }), 'it'],
  ],
  formatIssue: [
    library.formatIssue,
    [{ code: 'empty', rule: 'R-LP-1', index: 0, count: 0 }, 'fr', { timeZone: 'Asia/Tokyo' }],
  ],
  getOffer: [library.getOffer, ['ksuite-free']],
  invitationExpiresAt: [library.invitationExpiresAt, [NOW]],
  isAutoPurgedFolder: [library.isAutoPurgedFolder, ['Trash', { specialUse: '\\Junk' }]],
  isOfferId: [library.isOfferId, ['my-ksuite']],
  isValidAddress: [library.isValidAddress, [EMAIL, { mode: 'rfc' }]],
  isValidLocalPart: [library.isValidLocalPart, ['jean']],
  matchLocale: [library.matchLocale, [['de-CH', 'en'], 'fr']],
  maxAttachmentBytes: [library.maxAttachmentBytes, [{ otherBytes: 10, lineLength: 76 }]],
  parseAddress: [library.parseAddress, [EMAIL]],
  purgeDate: [library.purgeDate, [NOW]],
  recommendSettings: [library.recommendSettings, [EMAIL, { incoming: 'pop3', submission: 'tls' }]],
  restoreOptions: [library.restoreOptions, [{ offer: 'ksuite-standard', now: NOW }]],
  sendPolicyFor: [library.sendPolicyFor, ['ksuite-free']],
  srvRecords: [library.srvRecords, ['exemple.ch']],
  suggestLocalPart: [library.suggestLocalPart, ['José Müller']],
  supportAccessExpiresAt: [library.supportAccessExpiresAt, [NOW]],
  thunderbirdAutoconfig: [library.thunderbirdAutoconfig, ['exemple.ch']],
  toImapFlowOptions: [library.toImapFlowOptions, [settings.incoming, { user: EMAIL, pass: 'x' }]],
  toNodemailerOptions: [
    library.toNodemailerOptions,
    [settings.outgoing, { user: EMAIL, pass: 'x' }],
  ],
  validateAddress: [library.validateAddress, [EMAIL, { mode: 'provider' }]],
  validateLocalPart: [library.validateLocalPart, ['jean']],
  validateLocalPartPrefix: [library.validateLocalPartPrefix, ['jean.']],
  whenPurged: [library.whenPurged, ['Papierkorb', NOW, { specialUse: new Set(['\\Trash']) }]],
  'SendLedger.from': [library.SendLedger.from, [[{ at: NOW, recipients: 1 }]]],
  'SendLedger#record': [(at, recipients, id) => ledger().record(at, recipients, id), [NOW, 2, 'b']],
  'SendLedger#used': [(now) => ledger().used(now), [NOW]],
  'SendLedger#retryAt': [(now, weight, limit) => ledger().retryAt(now, weight, limit), [NOW, 1, 3]],
  'SendLedger#prune': [(now) => ledger().prune(now), [NOW]],
  'SendLedger#release': [(id) => ledger().release(id), ['a']],
};

/** Values a caller may pass by mistake; instants near the ends of the range a Date holds. */
const ODD: readonly unknown[] = [
  Number.NaN,
  -1,
  0,
  1.5,
  2 ** 53,
  -0,
  Number.POSITIVE_INFINITY,
  1e300,
  2 ** 32,
  END,
  -END,
  END - DAY,
  END - 30 * DAY,
  -END + DAY,
  END - 2 * DAY + 1,
  -END + 33 * DAY,
  new Date(Number.NaN),
  new Date(END),
  new Date(-END),
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  '\uD800',
  'a@b',
  '@',
  '-',
  'xn--',
  '[1.2.3.4]',
  [],
  {},
  Object.create(null),
  null,
  undefined,
  true,
  Symbol('s'),
  () => 1,
  10n,
];
const anything = fc.oneof(
  fc.integer({ min: 0, max: ODD.length - 1 }).map((index) => ODD[index]), // each one as likely
  fc.anything({ maxDepth: 2, withDate: true, withNullPrototype: true, withBoxedValues: true }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** `value` with the leaf that `path` leads to (or the whole value) replaced, or deleted. */
function bend(value: unknown, path: readonly number[], by: unknown, remove: boolean): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object' || value instanceof Date)
    return by;
  const keys = Object.keys(value);
  if (keys.length === 0) return by;
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  if (remove && path.length === 1) delete copy[key];
  else copy[key] = bend((value as Record<string, unknown>)[key], path.slice(1), by, remove);
  return copy;
}

/** Where an answer holds an Invalid Date, NaN or a field set to undefined, or null. */
function broken(value: unknown, where = 'answer', seen = new Set<unknown>()): string | null {
  if (value === undefined && where !== 'answer') return `${where} (undefined)`;
  if (typeof value === 'number') return Number.isNaN(value) ? where : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? where : null;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const found = broken(inner, `${where}.${key}`, seen);
    if (found !== null) return found;
  }
  return null;
}

describe('every function, called with a mistake anywhere in its arguments', () => {
  it('has an example here (a new export joins the run)', () => {
    const functions = Object.entries(library)
      .filter(([name, value]) => typeof value === 'function' && name !== 'PolicyInputError')
      .map(([name]) => name);
    const covered = new Set(Object.keys(EXAMPLES).map((name) => name.split(/[.#]/)[0]));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(Object.entries(EXAMPLES))('%s answers its example', (_name, [run, args]) => {
    expect(broken(run(...(args as never[])))).toBeNull();
  });

  it.each(Object.entries(EXAMPLES))(
    '%s answers, or throws a PolicyInputError naming the parameter',
    (_name, [run, args]) => {
      fc.assert(
        fc.property(
          fc.nat(args.length), // one past the end: an extra argument
          fc.array(fc.nat(20), { maxLength: 3 }),
          anything,
          fc.boolean(),
          (which, path, by, remove) => {
            const bent = [...args];
            bent[which] = bend(args[which], path, by, remove);
            let answer: unknown;
            try {
              answer = run(...(bent as never[]));
            } catch (error) {
              expect(error).toBeInstanceOf(PolicyInputError);
              const { parameter, message } = error as PolicyInputError;
              expect(message.startsWith(`${parameter}: expected `)).toBe(true);
              return;
            }
            expect(broken(answer)).toBeNull();
          },
        ),
        { numRuns: runs(300) },
      );
    },
  );
});
