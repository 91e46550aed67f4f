// Under `exactOptionalPropertyTypes` a caller forwards options it may not have
// (`{ protocol: props.protocol }`): every optional input property is typed `T | undefined`,
// or this file would not compile (`tsc` in `npm test`), and here `undefined` is shown to mean
// the default at run time.
import { describe, expect, it } from 'vitest';
import {
  adviseProtocol,
  appleMobileconfig,
  base64EncodedLength,
  type ClientSettingsInput,
  canRecover,
  checkClientSettings,
  checkStorage,
  checkStudentEligibility,
  classifyFolder,
  maxAttachmentBytes,
  recommendSettings,
} from '../src/index.js';

const EMAIL = 'jean@exemple.ch';
const NOW = new Date('2026-09-01T00:00:00Z');

describe('an option given as undefined means its default', () => {
  it('sizes and storage', () => {
    expect(base64EncodedLength(1000, { lineLength: undefined })).toBe(base64EncodedLength(1000));
    expect(maxAttachmentBytes({ otherBytes: undefined, lineLength: undefined })).toBe(
      maxAttachmentBytes(),
    );
    const storage = { offer: 'ksuite-free', usedBytes: 20 * 1024 ** 3 - 10 } as const;
    expect(checkStorage({ ...storage, incomingBytes: undefined })).toEqual(checkStorage(storage));
  });

  it('retention and accounts', () => {
    expect(classifyFolder('Papierkorb', { specialUse: undefined })).toBe('trash');
    const recovery = {
      offer: 'ksuite-standard',
      receivedAt: new Date('2026-08-01T08:00:00Z'),
      goneAt: new Date('2026-08-20T09:00:00Z'),
      now: NOW,
    } as const;
    expect(canRecover({ ...recovery, protocol: undefined })).toEqual(canRecover(recovery));
    const student = {
      country: 'CH',
      age: 20,
      newOrder: true,
      documents: ['student-card', 'identity-card', 'student-email'],
      now: NOW,
    } as const;
    expect(
      checkStudentEligibility({
        ...student,
        parentalConsent: undefined,
        studentCardValidUntil: undefined,
        startedAt: undefined,
      }),
    ).toEqual(checkStudentEligibility(student));
  });

  it('connection', () => {
    expect(recommendSettings(EMAIL, { incoming: undefined, submission: undefined })).toEqual(
      recommendSettings(EMAIL),
    );
    const uuids = {
      profile: '9F1E2D3C-4B5A-4978-8665-5A4B3C2D1E0F',
      payload: '2C4356A7-B8C9-4DEF-8012-3456789ABCDE',
    };
    expect(
      appleMobileconfig(EMAIL, {
        uuids,
        identifier: undefined,
        incoming: undefined,
        submission: undefined,
      }),
    ).toEqual(appleMobileconfig(EMAIL, { uuids }));
    const needs = { devices: 2 };
    expect(
      adviseProtocol({
        ...needs,
        offline: undefined,
        sharedMailbox: undefined,
        webmailOrApp: undefined,
      }),
    ).toEqual(adviseProtocol(needs));
    const server = { host: 'mail.infomaniak.com', port: 993, security: 'tls', username: EMAIL };
    const settings: ClientSettingsInput = {
      email: undefined,
      incoming: {
        ...server,
        protocol: undefined,
        authentication: undefined,
        keepCopyOnServer: undefined,
      },
      outgoing: { ...server, port: 587, security: 'starttls' },
    };
    expect(checkClientSettings(settings)).toEqual({ ok: true, findings: [] });
  });
});
