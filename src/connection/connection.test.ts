import fc from 'fast-check';
import { applyPatch as applyJsonPatch, type Operation } from 'rfc6902';
import { describe, expect, it } from 'vitest';
import { seedLines } from '../../test/helpers/seed.js';
import { runs } from '../../test/helpers/soak.js';
import { PolicyInputError } from '../_lib/errors.js';
import { formatIssue } from '../i18n/formatIssue.js';
import { adviseProtocol } from './adviseProtocol.js';
import { checkClientSettings, type Finding, type PatchOperation } from './checkClientSettings.js';
import { toImapFlowOptions, toNodemailerOptions } from './clientOptions.js';
import { ENDPOINTS, MAIL_SERVER } from './connection.data.js';
import { diagnoseSmtpReply } from './diagnoseSmtpReply.js';
import { formatDiagnosis } from './messages.js';
import { recommendSettings } from './recommendSettings.js';

const EMAIL = 'jean.dupont@exemple.ch';

describe('ENDPOINTS (R-CONN-1…6)', () => {
  it('lists the seven ports with their security and status, in the provider’s order', () => {
    expect(MAIL_SERVER).toBe('mail.infomaniak.com');
    expect(ENDPOINTS.map((e) => [e.protocol, e.port, e.security, e.status])).toEqual([
      ['imap', 993, 'tls', 'recommended'],
      ['smtp', 587, 'starttls', 'recommended'],
      ['smtp', 465, 'tls', 'alternative'],
      ['pop3', 995, 'tls', 'alternative'],
      ['imap', 143, 'starttls', 'legacy'],
      ['pop3', 110, 'starttls', 'legacy'],
      ['smtp', 25, 'starttls', 'server-to-server'],
    ]);
    for (const endpoint of ENDPOINTS) expect(endpoint.authMethods).toEqual(['PLAIN', 'LOGIN']);
  });

  it('quotes the seed within the lines it cites', () => {
    for (const { source } of ENDPOINTS) {
      const cited = seedLines.slice(source.seedLines[0] - 1, source.seedLines[1]).join('\n');
      expect(cited, source.quote).toContain(source.quote);
    }
  });
});

describe('recommendSettings (R-CONN-1…4)', () => {
  it('recommends IMAPS 993 and submission on 587 with STARTTLS, the full address as user name', () => {
    expect(recommendSettings(EMAIL)).toMatchInlineSnapshot(`
      {
        "incoming": {
          "authMethods": [
            "PLAIN",
            "LOGIN",
          ],
          "authentication": "password",
          "host": "mail.infomaniak.com",
          "port": 993,
          "protocol": "imap",
          "security": "tls",
          "username": "jean.dupont@exemple.ch",
        },
        "ok": true,
        "outgoing": {
          "authMethods": [
            "PLAIN",
            "LOGIN",
          ],
          "authentication": "password",
          "host": "mail.infomaniak.com",
          "port": 587,
          "protocol": "smtp",
          "security": "starttls",
          "username": "jean.dupont@exemple.ch",
        },
      }
    `);
  });

  it('offers POP3S 995 and SMTPS 465 on request', () => {
    const pop3 = recommendSettings(EMAIL, { incoming: 'pop3', submission: 'tls' });
    expect(pop3).toMatchObject({
      incoming: { protocol: 'pop3', port: 995, security: 'tls', keepCopyOnServer: false },
      outgoing: { protocol: 'smtp', port: 465, security: 'tls' },
    });
    // POP3 without a copy left on the server (R-PROTO-2); nothing of the kind elsewhere.
    if (!pop3.ok) throw new Error('refused');
    expect(pop3.outgoing).not.toHaveProperty('keepCopyOnServer');
    expect(recommendSettings(EMAIL)).not.toHaveProperty('incoming.keepCopyOnServer');
    // What is recommended passes the checks without a warning: only IMAP is advised instead.
    expect(
      checkClientSettings({ email: EMAIL, incoming: pop3.incoming, outgoing: pop3.outgoing }),
    ).toMatchObject({ ok: true, findings: [{ code: 'pop3-instead-of-imap', severity: 'info' }] });
  });

  it('gives issues for an address that cannot exist here, and throws for bad options', () => {
    expect(recommendSettings('jean..dupont@exemple.ch')).toMatchObject({
      ok: false,
      issues: [{ code: 'consecutive-dots' }],
    });
    expect(recommendSettings(42 as never)).toMatchObject({
      ok: false,
      issues: [{ code: 'not-a-string' }],
    });
    expect(() => recommendSettings(EMAIL, { incoming: 'mapi' as never })).toThrow(
      "options.incoming: expected 'imap' or 'pop3'",
    );
    expect(() => recommendSettings(EMAIL, { submission: 'ssl' as never })).toThrow(
      "options.submission: expected 'starttls' or 'tls'",
    );
    expect(() => recommendSettings(EMAIL, 3 as never)).toThrow(PolicyInputError);
  });
});

const good = {
  email: EMAIL,
  incoming: {
    protocol: 'imap',
    host: MAIL_SERVER,
    port: 993,
    security: 'ssl',
    username: EMAIL,
    authentication: true,
  },
  outgoing: {
    host: 'Mail.Infomaniak.com ',
    port: '587',
    security: 'STARTTLS',
    username: EMAIL,
    authentication: 'password',
  },
};
const codes = (input: unknown) =>
  checkClientSettings(input).findings.map((finding) => finding.code);

/**
 * Applies RFC 6902 operations to a copy of `input` with rfc6902, a JSON Patch library that
 * follows the RFC strictly (a `replace` or `remove` needs its target, an `add` at an array index
 * inserts): any operation it cannot apply fails the test.
 */
function applyPatch(input: unknown, patch: readonly PatchOperation[]): unknown {
  const copy = structuredClone(input);
  const errors = applyJsonPatch(copy, patch as Operation[]);
  expect(
    errors.map(
      (error, index) => error && `${patch[index]?.op} ${patch[index]?.path}: ${error.name}`,
    ),
  ).toEqual(errors.map(() => null));
  return copy;
}

describe('checkClientSettings', () => {
  it('accepts the recommended settings, however they are spelled', () => {
    expect(checkClientSettings(good)).toEqual({ ok: true, findings: [] });
    const recommended = recommendSettings(EMAIL);
    expect(
      recommended.ok &&
        checkClientSettings({
          email: EMAIL,
          incoming: recommended.incoming,
          outgoing: recommended.outgoing,
        }),
    ).toEqual({
      ok: true,
      findings: [],
    });
  });

  it('takes the user name in any spelling of the address: case, Unicode or ASCII domain', () => {
    // The user name the settings and the configuration files give is one spelling; the address
    // the person types may be another.
    const spellings = [
      'jean@bücher.de',
      'Jean@BÜCHER.de',
      'jean@xn--bcher-kva.de',
      'jean@ｂüｃｈｅｒ.de',
    ];
    for (const email of spellings) {
      const recommended = recommendSettings(email);
      expect(recommended, email).toMatchObject({
        ok: true,
        incoming: { username: `${email.slice(0, 4)}@xn--bcher-kva.de` },
      });
      if (!recommended.ok) continue;
      for (const other of spellings) {
        const settings = { incoming: recommended.incoming, outgoing: recommended.outgoing };
        expect(checkClientSettings({ email: other, ...settings }), `${email} / ${other}`).toEqual({
          ok: true,
          findings: [],
        });
      }
    }
    // Another address is still another, and so is a user name that is no address.
    for (const username of ['jean@bucher.de', 'jean', 'jean@bücher.de.', 'jan@bücher.de']) {
      const result = checkClientSettings({
        ...good,
        email: 'jean@bücher.de',
        incoming: { ...good.incoming, username: 'JEAN@bücher.de' },
        outgoing: { ...good.outgoing, username },
      });
      expect(result.findings, username).toEqual([
        expect.objectContaining({
          code: 'username-not-full-address',
          path: '/outgoing/username',
          address: 'jean@bücher.de',
        }),
      ]);
      // The message names the address to type, also when another one was typed.
      expect(formatIssue(result.findings[0] as Finding, 'en')).toBe(
        'The user name must be the full email address: jean@bücher.de.',
      );
    }
  });

  it('finds port 25, encryption off, a wrong host, a short user name, no authentication', () => {
    const result = checkClientSettings({
      ...good,
      incoming: {
        ...good.incoming,
        host: 'imap.infomaniak.ch',
        security: 'none',
        authentication: false,
      },
      outgoing: { ...good.outgoing, port: 25, username: 'jean.dupont' },
    });
    expect(result.ok).toBe(false);
    expect(result.findings).toMatchInlineSnapshot(`
      [
        {
          "code": "wrong-host",
          "patch": [
            {
              "op": "replace",
              "path": "/incoming/host",
              "value": "mail.infomaniak.com",
            },
          ],
          "path": "/incoming/host",
          "rule": "R-CONN-1",
          "severity": "error",
        },
        {
          "code": "encryption-off",
          "patch": [
            {
              "op": "replace",
              "path": "/incoming/security",
              "value": "tls",
            },
          ],
          "path": "/incoming/security",
          "rule": "R-CONN-5",
          "severity": "error",
        },
        {
          "code": "authentication-off",
          "patch": [
            {
              "op": "replace",
              "path": "/incoming/authentication",
              "value": true,
            },
          ],
          "path": "/incoming/authentication",
          "rule": "R-CONN-3",
          "severity": "error",
        },
        {
          "code": "smtp-port-25",
          "patch": [
            {
              "op": "replace",
              "path": "/outgoing/port",
              "value": 587,
            },
            {
              "op": "replace",
              "path": "/outgoing/security",
              "value": "starttls",
            },
          ],
          "path": "/outgoing/port",
          "rule": "R-CONN-6",
          "severity": "error",
        },
        {
          "address": "jean.dupont@exemple.ch",
          "code": "username-not-full-address",
          "patch": [
            {
              "op": "replace",
              "path": "/outgoing/username",
              "value": "jean.dupont@exemple.ch",
            },
          ],
          "path": "/outgoing/username",
          "rule": "R-CONN-3",
          "severity": "error",
        },
      ]
    `);
  });

  it('finds a security that does not match the port, both ways', () => {
    expect(codes({ ...good, outgoing: { ...good.outgoing, security: 'tls' } })).toEqual([
      'security-port-mismatch',
    ]);
    expect(codes({ ...good, incoming: { ...good.incoming, security: 'starttls' } })).toEqual([
      'security-port-mismatch',
    ]);
    expect(
      codes({ ...good, outgoing: { ...good.outgoing, port: 465, security: 'ssl/tls' } }),
    ).toEqual([]);
    expect(codes({ ...good, incoming: { ...good.incoming, security: 'rot13' } })).toEqual([
      'unknown-security',
    ]);
    expect(codes({ ...good, incoming: { ...good.incoming, port: 995 } })).toEqual(['unknown-port']);
    // Port 25 is the SMTP relay's; for IMAP it is just not a port of the server.
    expect(codes({ ...good, incoming: { ...good.incoming, port: 25 } })).toEqual(['unknown-port']);
    expect(
      checkClientSettings({ ...good, outgoing: { ...good.outgoing, security: 'tls' } }).findings,
    ).toEqual([
      {
        code: 'security-port-mismatch',
        rule: 'R-CONN-2',
        severity: 'error',
        path: '/outgoing/security',
        patch: [{ op: 'replace', path: '/outgoing/security', value: 'starttls' }],
      },
    ]);
  });

  it('warns about legacy ports, POP3 next to IMAP, and POP3 keeping copies (R-PROTO-2)', () => {
    expect(
      codes({ ...good, incoming: { ...good.incoming, port: 143, security: 'starttls' } }),
    ).toEqual(['legacy-port']);
    const result = checkClientSettings({
      ...good,
      incoming: [
        good.incoming,
        { ...good.incoming, protocol: 'pop3', port: 995, keepCopyOnServer: true },
      ],
    });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['pop3-keep-copy', 'warning', '/incoming/1/keepCopyOnServer'],
      ['pop3-instead-of-imap', 'info', '/incoming/1/protocol'],
      ['pop3-and-imap', 'warning', '/incoming'],
    ]);
    expect(result.findings[2]?.patch).toEqual([{ op: 'remove', path: '/incoming/1' }]);
  });

  it('adds a missing field and replaces one that is there (RFC 6902 §4.1, §4.3)', () => {
    const result = checkClientSettings({
      email: EMAIL,
      incoming: { ...good.incoming, host: undefined, username: 'jean' },
      outgoing: { host: 'mail.infomaniak.com', port: 587 },
    });
    expect(result.findings.map((finding) => finding.patch)).toEqual([
      [{ op: 'add', path: '/incoming/host', value: 'mail.infomaniak.com' }],
      [{ op: 'replace', path: '/incoming/username', value: EMAIL }],
      [{ op: 'add', path: '/outgoing/username', value: EMAIL }],
    ]);
    const empty = checkClientSettings({ email: EMAIL, incoming: good.incoming, outgoing: {} });
    expect(empty.findings.map((finding) => [finding.code, finding.patch])).toEqual([
      ['wrong-host', [{ op: 'add', path: '/outgoing/host', value: 'mail.infomaniak.com' }]],
      [
        'unknown-port',
        [
          { op: 'add', path: '/outgoing/port', value: 587 },
          { op: 'add', path: '/outgoing/security', value: 'starttls' },
        ],
      ],
      ['username-not-full-address', [{ op: 'add', path: '/outgoing/username', value: EMAIL }]],
    ]);
  });

  it('adds a missing server, and judges anything without throwing', () => {
    expect(checkClientSettings({ email: EMAIL, incoming: good.incoming })).toMatchObject({
      ok: false,
      findings: [
        {
          code: 'missing-server',
          path: '/outgoing',
          patch: [{ op: 'add', path: '/outgoing', value: { port: 587, username: EMAIL } }],
        },
      ],
    });
    expect(checkClientSettings(null)).toEqual({
      ok: false,
      findings: [
        { code: 'not-an-object', rule: 'R-CONN-2', severity: 'error', path: '', patch: [] },
      ],
    });
    expect(codes([good])).toEqual(['not-an-object']);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = checkClientSettings(input);
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('finds an authentication method the server does not offer, however it is written (R-CONN-4)', () => {
    const method = (authentication: unknown) =>
      checkClientSettings({ ...good, incoming: { ...good.incoming, authentication } }).findings;
    for (const refused of [
      'SPA',
      '«SPA»',
      'Secure Password Authentication (SPA)',
      'NTLM',
      'CRAM-MD5',
      'cram md5',
      'Digest_MD5',
      'Encrypted password',
      'Kerberos / GSSAPI',
      'TLS Certificate',
      'APOP',
      'MD5 Challenge-Response',
      'EmailAuthCRAMMD5',
      'EmailAuthNTLM',
      'EmailAuthHTTPMD5',
    ]) {
      expect(method(refused), refused).toEqual([
        {
          code: 'authentication-method',
          rule: 'R-CONN-4',
          severity: 'error',
          path: '/incoming/authentication',
          patch: [{ op: 'replace', path: '/incoming/authentication', value: 'password' }],
        },
      ]);
    }
    // No authentication at all, in the words of clients and of Apple's profiles.
    for (const off of [false, 'none', ' OFF ', 'No authentication', 'EmailAuthNone', 'false']) {
      expect(
        method(off).map((f) => f.code),
        String(off),
      ).toEqual(['authentication-off']);
    }
    // A password, and what is not recognised (OAuth, which the guides do not mention), pass.
    for (const fine of [
      true,
      'password',
      'Normal password',
      'PLAIN',
      'LOGIN',
      'EmailAuthPassword',
      'password-cleartext',
      'OAuth2',
      'md',
      7,
    ]) {
      expect(method(fine), String(fine)).toEqual([]);
    }
    // On the outgoing server too; its message (the five languages: the formatIssue snapshot).
    const [finding] = checkClientSettings({
      ...good,
      outgoing: { ...good.outgoing, authentication: 'NTLM' },
    }).findings;
    expect(finding).toMatchObject({
      code: 'authentication-method',
      path: '/outgoing/authentication',
    });
    if (finding === undefined) throw new Error('no finding');
    expect(formatIssue(finding, 'fr')).toBe(
      'Le serveur ne propose pas cette méthode d’authentification\u00a0: choisissez le mot de passe normal (PLAIN ou LOGIN).',
    );
  });

  it('its patches fix what they are about, applied by an RFC 6902 library: no error is left', () => {
    const security = fc.constantFrom('tls', 'ssl', 'starttls', 'none', 'weird', undefined);
    const server = fc.record(
      {
        protocol: fc.constantFrom('imap', 'pop3'),
        host: fc.constantFrom(MAIL_SERVER, 'imap.example.ch', ''),
        port: fc.constantFrom(993, 995, 143, 110, 587, 465, 25, 1234, '587'),
        security,
        username: fc.constantFrom(EMAIL, 'jean', ''),
        authentication: fc.constantFrom(true, false, 'none', 'password', 'SPA', 'cram-md5'),
        keepCopyOnServer: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    // Servers, and what may stand in a server's place: nothing, null, a string, a number.
    const slot = fc.oneof(
      { weight: 4, arbitrary: server },
      fc.constantFrom(null, 'imap', 7, undefined),
    );
    fc.assert(
      fc.property(fc.oneof(slot, fc.array(slot, { maxLength: 3 })), slot, (incoming, outgoing) => {
        const input = {
          email: EMAIL,
          ...(incoming === undefined ? {} : { incoming }),
          ...(outgoing === undefined ? {} : { outgoing }),
        };
        const { findings } = checkClientSettings(input);
        // Server by server, the incoming ones in their order, then the outgoing one; the
        // removals of pop3-and-imap last.
        const server = (f: Finding) =>
          f.code === 'pop3-and-imap'
            ? Number.POSITIVE_INFINITY
            : f.path.startsWith('/outgoing')
              ? 1e6
              : Number(/^\/incoming\/(\d+)/.exec(f.path)?.[1] ?? 0);
        const order = findings.map(server);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const errors = findings.filter((f) => f.severity === 'error');
        expect(
          checkClientSettings(
            applyPatch(
              input,
              errors.flatMap((f) => f.patch),
            ),
          ).ok,
        ).toBe(true);
        // Every finding's patch at once, in the findings' order: the removals come last.
        const all = checkClientSettings(
          applyPatch(
            input,
            findings.flatMap((f) => f.patch),
          ),
        );
        expect(all.ok).toBe(true);
        expect(all.findings.map((f) => f.code)).not.toContain('pop3-and-imap');
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('diagnoseSmtpReply (R-CONN-6, R-CONN-7, R-STOR-3, R-SEND-1)', () => {
  it('explains the seed’s errors verbatim', () => {
    expect(
      diagnoseSmtpReply(
        '573 Antispam: Conexión autenticada no posible. Utilice el puerto 587 en lugar del puerto 25.',
      ),
    ).toMatchObject({
      code: 573,
      enhanced: null,
      kind: 'permanent',
      cause: 'port-25-blocked',
      rule: 'R-CONN-6',
      remedies: ['use-port-587', 'use-port-465', 'try-another-network'],
    });
    expect(
      diagnoseSmtpReply(
        '573 Antispam: Authenticated connection not possible. Use port 587 instead of port 25.',
      ),
    ).toMatchObject({
      cause: 'port-25-blocked',
    });
    expect(diagnoseSmtpReply('550 5.7.1 relaying denied')).toMatchObject({
      enhanced: '5.7.1',
      subject: 'security',
      cause: 'authentication-required',
      rule: 'R-CONN-7',
      remedies: ['enable-authentication', 'use-full-address-as-username', 'check-address-exists'],
    });
    expect(diagnoseSmtpReply('550 Proper authentication required')).toMatchObject({
      cause: 'authentication-required',
    });
    expect(diagnoseSmtpReply('535 5.7.0 authentication failed')).toEqual({
      code: 535,
      enhanced: '5.7.0',
      kind: 'permanent',
      subject: 'security',
      text: 'authentication failed',
      cause: 'authentication-failed',
      rule: 'R-CONN-7',
      remedies: [
        'check-address-password',
        'use-full-address-as-username',
        'type-password-in-plain-text',
        'check-address-exists',
      ],
    });
    expect(diagnoseSmtpReply('552 5.2.2 Over quota')).toMatchObject({
      cause: 'mailbox-full',
      rule: 'R-STOR-3',
      subject: 'mailbox',
    });
    expect(diagnoseSmtpReply('452 4.2.2 Over quota')).toMatchObject({
      kind: 'transient',
      cause: 'mailbox-full',
    });
    // The guide quotes the enhanced code alone (R-STOR-3): read without a basic code.
    expect(diagnoseSmtpReply('5.2.2 Over quota')).toEqual({
      code: null,
      enhanced: '5.2.2',
      kind: 'permanent',
      subject: 'mailbox',
      text: 'Over quota',
      cause: 'mailbox-full',
      rule: 'R-STOR-3',
      remedies: ['recipient-frees-space', 'retry-later'],
    });
    expect(diagnoseSmtpReply('554 5.0.0 Service unavailable')).toMatchObject({
      cause: 'recipient-refused-message',
      rule: 'R-STOR-3',
    });
    expect(diagnoseSmtpReply('421 4.4.2 Connection timed out')).toMatchObject({
      kind: 'transient',
      subject: 'network',
      cause: 'timeout',
    });
  });

  it('knows the standard codes of the other limits', () => {
    expect(diagnoseSmtpReply('552 5.3.4 Message size exceeds fixed limit')).toMatchObject({
      cause: 'message-too-large',
      rule: 'R-SIZE-1',
    });
    expect(diagnoseSmtpReply('452 5.5.3 Too many recipients')).toMatchObject({
      cause: 'too-many-recipients',
      rule: 'R-RCPT-1',
    });
    expect(
      diagnoseSmtpReply('550 5.1.1 <x@example.ch>: Recipient address rejected: User unknown'),
    ).toMatchObject({
      cause: 'unknown-recipient',
      subject: 'addressing',
    });
    expect(diagnoseSmtpReply('535 5.7.8 Error: authentication failed')).toMatchObject({
      cause: 'authentication-failed',
    });
  });

  it('gives the generic meaning of unknown replies, and nothing to do for a success', () => {
    expect(diagnoseSmtpReply('451 4.3.0 Try again later')).toEqual({
      code: 451,
      enhanced: '4.3.0',
      kind: 'transient',
      subject: 'mail-system',
      text: 'Try again later',
      cause: null,
      rule: null,
      remedies: [],
    });
    expect(diagnoseSmtpReply('250 2.0.0 Ok: queued as 12345')).toMatchObject({
      kind: 'success',
      subject: 'other',
      cause: null,
    });
    expect(diagnoseSmtpReply('354 End data with <CR><LF>.<CR><LF>')).toMatchObject({
      kind: 'intermediate',
      enhanced: null,
    });
    expect(diagnoseSmtpReply('550 5.9.9 Odd')).toMatchObject({ subject: 'other' });
    expect(diagnoseSmtpReply('550 6.1.1 not enhanced')).toMatchObject({
      enhanced: null,
      text: '6.1.1 not enhanced',
    });
  });

  it('reads multi-line replies whole, and finds a reply inside an error message', () => {
    expect(
      diagnoseSmtpReply('250-mail.infomaniak.com\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN'),
    ).toMatchObject({
      code: 250,
      text: 'mail.infomaniak.com PIPELINING AUTH PLAIN LOGIN',
    });
    expect(diagnoseSmtpReply('550-5.7.1 relaying\n550 5.7.1 denied')).toMatchObject({
      text: 'relaying denied',
      cause: 'authentication-required',
    });
    // White space at a line's end, and a last line with nothing but the codes, leave no
    // space in the text.
    expect(
      diagnoseSmtpReply('550-5.7.1 Relaying denied  \r\n550-5.7.1 Proper  \r\n550 5.7.1\r\n'),
    ).toMatchObject({ code: 550, enhanced: '5.7.1', text: 'Relaying denied Proper' });
    expect(diagnoseSmtpReply('250-mail.example.ch  \r\n250 AUTH PLAIN')).toMatchObject({
      enhanced: null,
      text: 'mail.example.ch AUTH PLAIN',
    });
    expect(diagnoseSmtpReply('Invalid login: 535 5.7.0 authentication failed')).toMatchObject({
      code: 535,
      cause: 'authentication-failed',
    });
    expect(diagnoseSmtpReply('421')).toMatchObject({ code: 421, text: '', cause: null });
  });

  it('reads an enhanced code alone when it starts a line and no basic code is there', () => {
    expect(diagnoseSmtpReply('  4.2.2\r\n')).toMatchObject({
      code: null,
      enhanced: '4.2.2',
      kind: 'transient',
      text: '',
      cause: 'mailbox-full',
    });
    expect(diagnoseSmtpReply('Delivery failed:\n5.1.1 User unknown\n5.2.2 x')).toMatchObject({
      code: null,
      enhanced: '5.1.1',
      text: 'User unknown',
      cause: 'unknown-recipient',
    });
    expect(diagnoseSmtpReply('2.0.0 Ok: queued')).toMatchObject({
      kind: 'success',
      cause: null,
      remedies: [],
    });
    expect(diagnoseSmtpReply('5.2.2   Over quota ')).toMatchObject({ text: 'Over quota' });
    // An intermediate reply is never a failure, whatever its text says.
    expect(diagnoseSmtpReply('334 authentication failed?')).toMatchObject({
      kind: 'intermediate',
      cause: null,
    });
    // A basic code anywhere wins over an enhanced code alone.
    expect(diagnoseSmtpReply('5.2.2 Over quota\nsmtp; 552 5.2.2 Over quota')).toMatchObject({
      code: 552,
      enhanced: '5.2.2',
    });
    // No match on what only looks like one: a class RFC 3463 lacks, a code inside a line.
    for (const text of ['3.2.2 Over quota', '5.2 Over quota', '5.2.2: Over quota', 'x 5.2.2']) {
      expect(diagnoseSmtpReply(text), text).toBeNull();
    }
  });

  it('answers null for text that is not a reply', () => {
    for (const text of [
      '',
      'hello',
      '1234 not a code',
      '600 nope',
      '99 bottles',
      'version 5.7.1',
      'abc535 x',
      42 as never,
    ]) {
      expect(diagnoseSmtpReply(text), String(text)).toBeNull();
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => void diagnoseSmtpReply(text)),
      { numRuns: runs(1000) },
    );
  });

  it('writes causes and remedies in five languages', () => {
    const diagnosis = diagnoseSmtpReply('535 5.7.0 authentication failed');
    if (diagnosis === null) throw new Error('no diagnosis');
    expect(formatDiagnosis(diagnosis, 'de').cause).toBe('Benutzername oder Passwort ist falsch.');
    expect(formatDiagnosis(diagnosis).remedies[0]).toBe(
      'Use the address’s own password, not the account’s; mind the $ sign.',
    );
    for (const locale of ['en', 'fr', 'de', 'it', 'es'] as const) {
      const text = formatDiagnosis(diagnosis, locale);
      expect(text.remedies).toHaveLength(4);
      expect(new Set(text.remedies).size).toBe(4);
    }
    expect(formatDiagnosis({ ...diagnosis, cause: null, remedies: [] })).toEqual({
      cause: null,
      remedies: [],
    });
    expect(() => formatDiagnosis(diagnosis, 'pt' as never)).toThrow(
      'locale: expected one of en, fr, de, it, es; received "pt"',
    );
    expect(() => formatDiagnosis(null as never)).toThrow(
      'diagnosis: expected a diagnosis from diagnoseSmtpReply or diagnoseClientError; received null',
    );
  });
});

describe('adviseProtocol (R-PROTO-1, R-PROTO-2)', () => {
  it('says IMAP for several devices, a shared mailbox or the webmail, POP3 for one offline device', () => {
    expect(adviseProtocol({ devices: 3 })).toEqual({
      protocol: 'imap',
      rule: 'R-PROTO-2',
      reasons: ['same-view-everywhere', 'several-devices'],
      warnings: ['never-mix-pop3-and-imap'],
    });
    expect(adviseProtocol({ devices: 1, offline: true })).toEqual({
      protocol: 'pop3',
      rule: 'R-PROTO-1',
      reasons: ['one-device-offline'],
      warnings: [
        'pop3-removes-from-server',
        'pop3-do-not-keep-copy',
        'pop3-backup-incomplete',
        'never-mix-pop3-and-imap',
      ],
    });
    expect(adviseProtocol({ devices: 1, offline: true, sharedMailbox: true })).toMatchObject({
      protocol: 'imap',
      reasons: ['same-view-everywhere', 'shared-mailbox'],
      warnings: ['imap-needs-connection', 'never-mix-pop3-and-imap'],
    });
    expect(adviseProtocol({ devices: 1, offline: true, webmailOrApp: true })).toMatchObject({
      protocol: 'imap',
      reasons: ['same-view-everywhere', 'webmail-or-app'],
    });
    expect(adviseProtocol({ devices: 1 }).protocol).toBe('imap');
  });

  it('throws for a device count that is not a positive integer', () => {
    expect(() => adviseProtocol({ devices: 0 })).toThrow(
      'needs.devices: expected an integer ≥ 1; received 0',
    );
    expect(() => adviseProtocol(null as never)).toThrow('needs: expected an object; received null');
  });
});

describe('client library options', () => {
  const settings = recommendSettings(EMAIL);
  const auth = { user: EMAIL, pass: 'secret' };

  it('give nodemailer STARTTLS on 587 or implicit TLS on 465', () => {
    if (!settings.ok) throw new Error('no settings');
    expect(toNodemailerOptions(settings.outgoing, auth)).toEqual({
      host: MAIL_SERVER,
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { type: 'login', user: EMAIL, pass: 'secret' },
      tls: { servername: MAIL_SERVER, minVersion: 'TLSv1.2' },
    });
    const tls = recommendSettings(EMAIL, { submission: 'tls' });
    expect(tls.ok && toNodemailerOptions(tls.outgoing, auth)).toMatchObject({
      port: 465,
      secure: true,
      requireTLS: false,
    });
  });

  it('give ImapFlow implicit TLS on 993', () => {
    if (!settings.ok) throw new Error('no settings');
    expect(toImapFlowOptions(settings.incoming, auth)).toEqual({
      host: MAIL_SERVER,
      port: 993,
      secure: true,
      auth: { user: EMAIL, pass: 'secret' },
      tls: { servername: MAIL_SERVER, minVersion: 'TLSv1.2' },
    });
    expect(
      toImapFlowOptions({ ...settings.incoming, port: 143, security: 'starttls' }, auth),
    ).toMatchObject({ secure: false, doSTARTTLS: true });
  });

  it('throw for the wrong settings or missing credentials', () => {
    if (!settings.ok) throw new Error('no settings');
    expect(() => toNodemailerOptions(settings.incoming, auth)).toThrow(
      /^settings: expected smtp ServerSettings/,
    );
    expect(() => toImapFlowOptions(settings.outgoing, auth)).toThrow(
      /^settings: expected imap ServerSettings/,
    );
    expect(() => toImapFlowOptions(settings.incoming, { user: EMAIL } as never)).toThrow(/^auth: /);
    expect(() => toNodemailerOptions(settings.outgoing, null as never)).toThrow(
      'auth: expected an object { user?, pass } of strings; received null',
    );
    expect(() => toImapFlowOptions(settings.incoming, { user: 42, pass: 's' } as never)).toThrow(
      'auth.user: expected a string, or settings with a username; received 42',
    );
    // Settings made by hand, without a user name: the user must be given.
    const { username: _, ...anonymous } = settings.incoming;
    expect(() => toImapFlowOptions(anonymous as never, { pass: 's' })).toThrow(/^auth\.user: /);
  });

  it('throw for settings whose host, port or security no client could use (R-CONN-5)', () => {
    if (!settings.ok) throw new Error('no settings');
    const { incoming, outgoing } = settings;
    // Found by the fuzz test (seed 7): a host of NaN came back in the options as it was.
    expect(() => toImapFlowOptions({ ...incoming, host: Number.NaN } as never, auth)).toThrow(
      'settings.host: expected a host name; received NaN',
    );
    expect(() => toNodemailerOptions({ ...outgoing, host: '' } as never, auth)).toThrow(
      'settings.host: expected a host name; received ""',
    );
    for (const port of [0, 65_536, 587.5, Number.NaN, '587']) {
      expect(() => toNodemailerOptions({ ...outgoing, port } as never, auth)).toThrow(
        /^settings\.port: expected a TCP port, an integer from 1 to 65535; received /,
      );
    }
    // No port of the provider's is without TLS: options that would send the password in clear
    // are refused, rather than given nodemailer's `secure: false, requireTLS: false`.
    expect(() => toNodemailerOptions({ ...outgoing, security: 'none' }, auth)).toThrow(
      `settings.security: expected 'tls' or 'starttls'; received "none"`,
    );
    expect(() => toImapFlowOptions({ ...incoming, security: 'ssl' } as never, auth)).toThrow(
      /^settings\.security: /,
    );
    // The edges of the port range, and another host (a test server), pass.
    expect(toNodemailerOptions({ ...outgoing, port: 1 }, auth).port).toBe(1);
    expect(toImapFlowOptions({ ...incoming, port: 65_535 }, auth).port).toBe(65_535);
    expect(
      toNodemailerOptions({ ...outgoing, host: '127.0.0.1' } as never, auth).tls.servername,
    ).toBe('127.0.0.1');
  });

  it('log in with the settings’ user name, the full address, unless told another (R-CONN-3)', () => {
    const unicode = recommendSettings('Jean@bücher.de');
    if (!unicode.ok) throw new Error('no settings');
    expect(toNodemailerOptions(unicode.outgoing, { pass: 's' }).auth).toEqual({
      type: 'login',
      user: 'Jean@xn--bcher-kva.de',
      pass: 's',
    });
    expect(toImapFlowOptions(unicode.incoming, { pass: 's' }).auth).toEqual({
      user: 'Jean@xn--bcher-kva.de',
      pass: 's',
    });
    expect(
      toImapFlowOptions(unicode.incoming, { user: 'jean@bücher.de', pass: 's' }).auth.user,
    ).toBe('jean@bücher.de');
    expect(toImapFlowOptions(unicode.incoming, { user: undefined, pass: 's' }).auth.user).toBe(
      'Jean@xn--bcher-kva.de',
    );
  });
});
