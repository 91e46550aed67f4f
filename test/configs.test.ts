import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as plist from 'plist';
import { describe, expect, it } from 'vitest';
import {
  appleMobileconfig,
  autodiscoverXml,
  type ConfigResult,
  srvRecords,
  thunderbirdAutoconfig,
} from '../src/index.js';
import { expectGolden } from './helpers/golden.js';
import { runs } from './helpers/soak.js';

const UUIDS = {
  profile: '9F1E0C2A-4B7D-4E55-9C1A-2B3C4D5E6F70',
  payload: '2C43A1B0-5D6E-4F70-8A9B-0C1D2E3F4A5B',
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** The value of an ok result; the golden file of the same name must hold it (UPDATE_GOLDEN=1 rewrites). */
function golden(name: string, result: ConfigResult | { ok: true; value: string }): string {
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
  return expectGolden(name, result.value);
}

describe('thunderbirdAutoconfig', () => {
  it('writes clientConfig 1.1 with the provider’s order', () => {
    const xml = golden('thunderbird-exemple.ch.xml', thunderbirdAutoconfig('exemple.ch'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const config = parser.parse(xml).clientConfig;
    expect(config['@version']).toBe('1.1');
    expect(config.emailProvider['@id']).toBe('exemple.ch');
    expect(
      config.emailProvider.incomingServer.map((s: Record<string, unknown>) => [
        s['@type'],
        s.port,
        s.socketType,
      ]),
    ).toEqual([
      ['imap', 993, 'SSL'],
      ['pop3', 995, 'SSL'],
    ]);
    // POP3 without "leave messages on the server" (R-PROTO-2): Thunderbird's default keeps them.
    const [imap, pop3] = config.emailProvider.incomingServer;
    expect(pop3.pop3).toEqual({ leaveMessagesOnServer: false });
    expect(imap).not.toHaveProperty('pop3');
    expect(
      config.emailProvider.outgoingServer.map((s: Record<string, unknown>) => [
        s['@type'],
        s.port,
        s.socketType,
      ]),
    ).toEqual([
      ['smtp', 587, 'STARTTLS'],
      ['smtp', 465, 'SSL'],
    ]);
    for (const server of [
      ...config.emailProvider.incomingServer,
      ...config.emailProvider.outgoingServer,
    ]) {
      expect(server).toMatchObject({
        hostname: 'mail.infomaniak.com',
        username: '%EMAILADDRESS%',
        authentication: 'password-cleartext',
      });
    }
  });

  it('writes internationalised domains in xn-- form, and refuses unsound ones', () => {
    const result = thunderbirdAutoconfig('bücher.de');
    expect(result.ok && parser.parse(result.value).clientConfig.emailProvider.domain).toBe(
      'xn--bcher-kva.de',
    );
    expect(thunderbirdAutoconfig('exemple')).toMatchObject({
      ok: false,
      issues: [{ code: 'domain-single-label' }],
    });
    expect(thunderbirdAutoconfig('<script>.ch')).toMatchObject({
      ok: false,
      issues: [{ code: 'domain-invalid-character', char: '<' }],
    });
    expect(thunderbirdAutoconfig('exemple.ch.')).toEqual(thunderbirdAutoconfig('exemple.ch'));
    expect(thunderbirdAutoconfig(42 as never)).toMatchObject({
      ok: false,
      issues: [{ code: 'domain-empty' }],
    });
  });
});

describe('appleMobileconfig', () => {
  it('writes a profile with one com.apple.mail.managed payload', () => {
    const xml = golden(
      'apple-jean@exemple.ch.mobileconfig',
      appleMobileconfig('jean@exemple.ch', { uuids: UUIDS }),
    );
    const profile = plist.parse(xml) as Record<string, unknown>;
    expect(profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadUUID: UUIDS.profile,
      PayloadIdentifier: `ch.exemple.profile.${UUIDS.profile}`,
    });
    const [mail] = profile.PayloadContent as Record<string, unknown>[];
    expect(mail).toEqual({
      PayloadType: 'com.apple.mail.managed',
      PayloadVersion: 1,
      PayloadIdentifier: `ch.exemple.mail.${UUIDS.payload}`,
      PayloadUUID: UUIDS.payload,
      PayloadDisplayName: 'jean@exemple.ch',
      EmailAccountDescription: 'jean@exemple.ch',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAddress: 'jean@exemple.ch',
      IncomingMailServerHostName: 'mail.infomaniak.com',
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
      IncomingMailServerUsername: 'jean@exemple.ch',
      OutgoingMailServerHostName: 'mail.infomaniak.com',
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerUsername: 'jean@exemple.ch',
      OutgoingPasswordSameAsIncomingPassword: true,
    });
  });

  it('names its UUIDs by the prefix and the address, so that a new download replaces the profile', () => {
    const uuidsOf = (email: string, options?: Parameters<typeof appleMobileconfig>[1]) => {
      const result = appleMobileconfig(email, options);
      if (!result.ok) throw new Error('refused');
      const profile = plist.parse(result.value) as Record<string, unknown>;
      const [mail] = profile.PayloadContent as Record<string, unknown>[];
      return { profile, mail, ids: [profile.PayloadIdentifier, mail?.PayloadIdentifier] };
    };
    const jean = uuidsOf('jean@exemple.ch');
    // Version 8 (RFC 9562 §5.8), variant 10: named, not drawn.
    expect(jean.profile.PayloadUUID).toBe('4882bd79-5b7f-8070-961f-c199b471de2d');
    expect(jean.mail?.PayloadUUID).toBe('e1763e5c-0852-8bca-b103-d72444cf6917');
    expect(jean.ids).toEqual([
      'ch.exemple.profile.4882bd79-5b7f-8070-961f-c199b471de2d',
      'ch.exemple.mail.e1763e5c-0852-8bca-b103-d72444cf6917',
    ]);
    // The same account in another spelling, or read with POP3: the same profile, updated.
    expect(uuidsOf('Jean@EXEMPLE.ch').ids).toEqual(jean.ids);
    expect(uuidsOf('jean@exemple.ch', { incoming: 'pop3', submission: 'tls' }).ids).toEqual(
      jean.ids,
    );
    // Another address, or another prefix: another profile.
    expect(uuidsOf('jeanne@exemple.ch').ids).not.toContain(jean.ids[0]);
    const prefixed = uuidsOf('jean@exemple.ch', { identifier: 'com.example' });
    expect(String(prefixed.ids[0]).split('.').at(-1)).not.toBe(
      String(jean.ids[0]).split('.').at(-1),
    );
    const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 2, maxLength: 20 }),
        (locals) => {
          const seen = new Set<unknown>();
          for (const local of locals) {
            const { profile, mail } = uuidsOf(`${local}@exemple.ch`);
            for (const uuid of [profile.PayloadUUID, mail?.PayloadUUID]) {
              expect(uuid).toMatch(shape);
              expect(seen.has(uuid)).toBe(false);
              seen.add(uuid);
            }
          }
        },
      ),
      { numRuns: runs(50) },
    );
  });

  it('writes POP3 or 465 on request', () => {
    const result = appleMobileconfig('anna@bücher.de', {
      incoming: 'pop3',
      submission: 'tls',
      identifier: 'com.example',
    });
    if (!result.ok) throw new Error('refused');
    const profile = plist.parse(result.value) as Record<string, unknown>;
    const [mail] = profile.PayloadContent as Record<string, unknown>[];
    expect(String(profile.PayloadIdentifier)).toMatch(/^com\.example\.profile\./);
    expect(mail).toMatchObject({
      EmailAccountType: 'EmailTypePOP',
      IncomingMailServerPortNumber: 995,
      OutgoingMailServerPortNumber: 465,
      EmailAddress: 'anna@xn--bcher-kva.de',
    });
  });

  it('escapes what the caller gives it for XML', () => {
    const identifier = `com.a&b<c>"d'e`;
    const result = appleMobileconfig('jean@exemple.ch', { uuids: UUIDS, identifier });
    if (!result.ok) throw new Error('refused');
    expect(XMLValidator.validate(result.value)).toBe(true);
    expect(result.value).toContain('com.a&amp;b&lt;c&gt;&quot;d&apos;e.profile.');
    const parsed = plist.parse(result.value) as Record<string, unknown>;
    expect(parsed.PayloadIdentifier).toBe(`${identifier}.profile.${UUIDS.profile}`);
  });

  it('refuses unusable addresses and throws for malformed options', () => {
    expect(appleMobileconfig('jean..x@exemple.ch')).toMatchObject({
      ok: false,
      issues: [{ code: 'consecutive-dots' }],
    });
    const profile = (value: unknown) => () =>
      appleMobileconfig('jean@exemple.ch', {
        uuids: { profile: value as string, payload: UUIDS.payload },
      });
    expect(profile('x')).toThrow(
      'options.uuids: expected { profile, payload } as RFC 4122 UUID strings; received an object',
    );
    for (const bad of [
      42,
      UUIDS.profile.slice(0, 35), // one digit short
      `G${UUIDS.profile.slice(1)}`, // not hexadecimal
      `${UUIDS.profile.slice(0, 8)}0${UUIDS.profile.slice(9)}`, // a digit where a hyphen goes
      `${UUIDS.profile.slice(0, 7)}-0${UUIDS.profile.slice(9)}`, // a hyphen one place early
    ]) {
      expect(profile(bad), String(bad)).toThrow(/^options\.uuids: /);
    }
    expect(profile(UUIDS.profile.toLowerCase())()).toMatchObject({ ok: true });
    expect(() => appleMobileconfig('jean@exemple.ch', { identifier: '' })).toThrow(
      'options.identifier: expected a non-empty reverse-DNS string; received ""',
    );
    expect(() => appleMobileconfig('jean@exemple.ch', { identifier: 5 as never })).toThrow(
      /^options\.identifier: /,
    );
    expect(() => appleMobileconfig('jean@exemple.ch', { incoming: 'mapi' as never })).toThrow(
      /^options\.incoming: /,
    );
    expect(() => appleMobileconfig('jean@exemple.ch', { submission: 'ssl' as never })).toThrow(
      /^options\.submission: /,
    );
    expect(() => appleMobileconfig('jean@exemple.ch', null as never)).toThrow(/^options: /);
  });
});

describe('autodiscoverXml', () => {
  it('writes the Outlook POX response with SPA off', () => {
    const xml = golden('autodiscover-jean@exemple.ch.xml', autodiscoverXml('jean@exemple.ch'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml).Autodiscover;
    expect(parsed['@xmlns']).toBe(
      'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
    );
    expect(parsed.Response['@xmlns']).toBe(
      'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a',
    );
    const account = parsed.Response.Account;
    expect(account).toMatchObject({ AccountType: 'email', Action: 'settings' });
    expect(account.Protocol).toEqual([
      {
        Type: 'IMAP',
        Server: 'mail.infomaniak.com',
        Port: 993,
        LoginName: 'jean@exemple.ch',
        DomainRequired: 'off',
        SPA: 'off',
        SSL: 'on',
        Encryption: 'SSL',
        AuthRequired: 'on',
      },
      {
        Type: 'SMTP',
        Server: 'mail.infomaniak.com',
        Port: 587,
        LoginName: 'jean@exemple.ch',
        DomainRequired: 'off',
        SPA: 'off',
        SSL: 'on',
        Encryption: 'TLS',
        AuthRequired: 'on',
      },
    ]);
    expect(autodiscoverXml('jean@')).toMatchObject({
      ok: false,
      issues: [{ code: 'domain-empty' }],
    });
  });
});

describe('srvRecords (RFC 6186, RFC 8314)', () => {
  it('gives the records as data and as zone-file lines', () => {
    const result = srvRecords('exemple.ch');
    if (!result.ok) throw new Error('refused');
    golden('srv-exemple.ch.zone', { ok: true, value: `${result.zone}\n` });
    expect(result.records[0]).toEqual({
      name: '_imaps._tcp.exemple.ch.',
      priority: 0,
      weight: 1,
      port: 993,
      target: 'mail.infomaniak.com.',
    });
    expect(result.records.find((r) => r.name.startsWith('_imap._tcp'))).toEqual({
      name: '_imap._tcp.exemple.ch.',
      priority: 0,
      weight: 0,
      port: 0,
      target: '.',
    });
    expect(srvRecords('exemple..ch')).toMatchObject({ ok: false });
  });

  it('ranks IMAP before POP3 by priority, and both submission ports alike (R-PROTO-2, R-CONN-2)', () => {
    const result = srvRecords('exemple.ch');
    if (!result.ok) throw new Error('refused');
    const priority = (service: string) =>
      result.records.find((r) => r.name.startsWith(`_${service}._tcp.`))?.priority;
    // A client that finds both takes the lowest priority (RFC 6186 §3.4): IMAP, as the
    // configuration files set it up.
    expect(priority('imaps')).toBe(0);
    expect(priority('pop3s')).toBe(10);
    expect(priority('submission')).toBe(0);
    expect(priority('submissions')).toBe(0);
  });

  it('reads an absolute name (a final dot, as in a zone file) as the same domain', () => {
    expect(srvRecords('exemple.ch.')).toEqual(srvRecords('exemple.ch'));
    expect(srvRecords('Bücher.DE.')).toEqual(srvRecords('bücher.de'));
    // A second final dot is an empty label; the root alone, or a single label, is no domain.
    expect(srvRecords('exemple.ch..')).toEqual({
      ok: false,
      issues: [{ code: 'domain-label-empty', rule: 'R-LP-6', index: 11 }],
    });
    expect(srvRecords('.')).toMatchObject({ ok: false, issues: [{ code: 'domain-label-empty' }] });
    expect(srvRecords('ch.')).toMatchObject({
      ok: false,
      issues: [{ code: 'domain-single-label' }],
    });
  });
});
