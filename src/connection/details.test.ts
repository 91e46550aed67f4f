import { describe, expect, it } from 'vitest';
import { checkClientSettings } from './checkClientSettings.js';
import { diagnoseClientError } from './diagnoseClientError.js';
import { diagnoseSmtpReply } from './diagnoseSmtpReply.js';

const EMAIL = 'jean@exemple.ch';
const HOST = 'mail.infomaniak.com';
const imap = { protocol: 'imap', host: HOST, port: 993, security: 'tls', username: EMAIL };
const smtp = { host: HOST, port: 587, security: 'starttls', username: EMAIL };
const check = (incoming: unknown, outgoing: unknown = smtp, email: unknown = EMAIL) =>
  checkClientSettings({ email, incoming, outgoing }).findings;
const replace = (path: string, value: unknown) => ({ op: 'replace', path, value });

describe('checkClientSettings reads settings loosely', () => {
  it.each([
    ['tls', []],
    ['SSL', []],
    ['ssl/tls', []],
    ['Implicit', []],
    [' tls ', []],
    ['starttls', ['security-port-mismatch']],
    ['explicit', ['security-port-mismatch']],
    ['none', ['encryption-off']],
    ['off', ['encryption-off']],
    ['plain', ['encryption-off']],
    ['no', ['encryption-off']],
    [false, ['encryption-off']],
    ['SSL / TLS', []], // as the provider's guide writes it
    ['\tSSL/TLS\n', []],
    ['TLS/SSL', []],
    ['False', ['encryption-off']],
    // A checkbox (iOS's "Use SSL", Outlook's "Auto"): on, of the kind the port takes.
    [true, []],
    ['auto', []],
    ['On', []],
    ['yes', []],
    ['true', []],
    ['quantum', ['unknown-security']],
    [1, ['unknown-security']],
  ])('security %j on 993', (security, codes) => {
    expect(check({ ...imap, security }).map((f) => f.code)).toEqual(codes);
  });

  it('takes encryption turned on for the kind each port uses', () => {
    expect(check(imap, { ...smtp, security: true })).toEqual([]);
    expect(check(imap, { ...smtp, port: 465, security: 'auto' })).toEqual([]);
    expect(check({ ...imap, port: 143, security: true }).map((f) => f.code)).toEqual([
      'legacy-port',
    ]);
    expect(check(imap, { ...smtp, port: 2525, security: true }).map((f) => f.code)).toEqual([
      'unknown-port',
    ]);
  });

  it.each([
    ['pop3', 995],
    ['POP3', 995],
    [' Pop ', 995],
    ['POP3S', 995],
    ['pops', 110],
  ])('reads protocol %j as POP3 (port %d)', (protocol, port) => {
    const findings = check({
      ...imap,
      protocol,
      port,
      security: port === 995 ? 'tls' : 'starttls',
    });
    expect(findings.map((f) => f.code)).toEqual(
      port === 995 ? ['pop3-instead-of-imap'] : ['legacy-port', 'pop3-instead-of-imap'],
    );
    // With an IMAP account of the same address beside it: both at once.
    expect(check([imap, { ...imap, protocol, port: 995 }]).map((f) => f.code)).toContain(
      'pop3-and-imap',
    );
  });

  it.each(['IMAP', 'imaps', 'exchange', undefined])('reads protocol %j as IMAP', (protocol) => {
    expect(check({ ...imap, protocol })).toEqual([]);
  });

  it.each([
    [993, []],
    ['993', []],
    [' 993 ', []],
    ['', ['unknown-port']],
    ['99x', ['unknown-port']],
    [993.5, ['unknown-port']],
    [null, ['unknown-port']],
  ])('port %j', (port, codes) => {
    expect(check({ ...imap, port }).map((f) => f.code)).toEqual(codes);
  });

  it.each([
    [true, []],
    ['password', []],
    [undefined, []],
    [false, ['authentication-off']],
    ['none', ['authentication-off']],
    [' OFF ', ['authentication-off']],
    ['no', ['authentication-off']],
  ])('authentication %j', (authentication, codes) => {
    expect(check({ ...imap, authentication }).map((f) => f.code)).toEqual(codes);
  });

  it('compares user names by RFC 5321 syntax, so an address made elsewhere matches in any spelling', () => {
    // `+` is not allowed in an address created here, but an account may be set up for one.
    expect(
      check(
        { ...imap, username: 'JEAN+news@xn--bcher-kva.de' },
        { ...smtp, username: 'jean+news@bücher.de' },
        'jean+news@bücher.de',
      ),
    ).toEqual([]);
  });

  it('takes the address from the first user name holding an @ when email is absent', () => {
    const withoutEmail = (incoming: unknown, outgoing: unknown) =>
      checkClientSettings({ incoming, outgoing }).findings;
    expect(
      withoutEmail({ ...imap, username: 'jean' }, { ...smtp, username: ' JEAN@exemple.ch ' }),
    ).toEqual([
      {
        code: 'username-not-full-address',
        rule: 'R-CONN-3',
        severity: 'error',
        path: '/incoming/username',
        patch: [replace('/incoming/username', 'JEAN@exemple.ch')],
        address: 'JEAN@exemple.ch',
      },
    ]);
    expect(
      check({ ...imap, username: 'jean' }, { ...smtp, username: 'jean' }, 'no-at-sign'),
    ).toEqual([]);
    expect(withoutEmail({ ...imap, username: 42 }, { ...smtp, username: 'jean' })).toEqual([]);
    // The email field is trimmed as well.
    expect(check({ ...imap, username: 'jean' }, smtp, ' jean@exemple.ch ')).toEqual([
      expect.objectContaining({ patch: [replace('/incoming/username', EMAIL)] }),
    ]);
  });

  it('gives full patches for every finding', () => {
    expect(check({ ...imap, port: 143, security: 'starttls' })).toEqual([
      {
        code: 'legacy-port',
        rule: 'R-CONN-4',
        severity: 'warning',
        path: '/incoming/port',
        patch: [replace('/incoming/port', 993), replace('/incoming/security', 'tls')],
      },
    ]);
    expect(check({ ...imap, port: 143, security: 'none' })).toEqual([
      {
        code: 'encryption-off',
        rule: 'R-CONN-5',
        severity: 'error',
        path: '/incoming/security',
        patch: [replace('/incoming/port', 993), replace('/incoming/security', 'tls')],
      },
    ]);
    expect(check(imap, { ...smtp, port: 465, security: 'none' })).toEqual([
      {
        code: 'encryption-off',
        rule: 'R-CONN-5',
        severity: 'error',
        path: '/outgoing/security',
        patch: [replace('/outgoing/security', 'tls')],
      },
    ]);
    expect(check(imap, { ...smtp, security: 'weird' })).toEqual([
      {
        code: 'unknown-security',
        rule: 'R-CONN-5',
        severity: 'error',
        path: '/outgoing/security',
        patch: [replace('/outgoing/security', 'starttls')],
      },
    ]);
    expect(check({ ...imap, port: 2525 })).toEqual([
      {
        code: 'unknown-port',
        rule: 'R-CONN-2',
        severity: 'error',
        path: '/incoming/port',
        patch: [replace('/incoming/port', 993), replace('/incoming/security', 'tls')],
      },
    ]);
    expect(check({ ...imap, host: 42 })).toEqual([
      {
        code: 'wrong-host',
        rule: 'R-CONN-1',
        severity: 'error',
        path: '/incoming/host',
        patch: [replace('/incoming/host', HOST)],
      },
    ]);
    expect(check({ ...imap, protocol: 'pop3', port: 995, keepCopyOnServer: false })).toEqual([
      {
        code: 'pop3-instead-of-imap',
        rule: 'R-PROTO-2',
        severity: 'info',
        path: '/incoming/protocol',
        patch: [
          replace('/incoming/protocol', 'imap'),
          replace('/incoming/port', 993),
          replace('/incoming/security', 'tls'),
        ],
      },
    ]);
    expect(check({ ...imap, protocol: 'pop3', port: 995, keepCopyOnServer: true })[0]).toEqual({
      code: 'pop3-keep-copy',
      rule: 'R-PROTO-2',
      severity: 'warning',
      path: '/incoming/keepCopyOnServer',
      patch: [replace('/incoming/keepCopyOnServer', false)],
    });
  });

  // The servers a `missing-server` patch puts in place, for EMAIL.
  const RECOMMENDED_IMAP = {
    protocol: 'imap',
    host: HOST,
    port: 993,
    security: 'tls',
    username: EMAIL,
    authentication: true,
  };
  const RECOMMENDED_SMTP = {
    ...RECOMMENDED_IMAP,
    protocol: 'smtp',
    port: 587,
    security: 'starttls',
  };

  it('adds the missing servers, with the address when known', () => {
    expect(checkClientSettings({ email: EMAIL })).toEqual({
      ok: false,
      findings: [
        {
          code: 'missing-server',
          rule: 'R-CONN-2',
          severity: 'error',
          path: '/incoming',
          patch: [
            {
              op: 'add',
              path: '/incoming',
              value: RECOMMENDED_IMAP,
            },
          ],
        },
        {
          code: 'missing-server',
          rule: 'R-CONN-2',
          severity: 'error',
          path: '/outgoing',
          patch: [
            {
              op: 'add',
              path: '/outgoing',
              value: RECOMMENDED_SMTP,
            },
          ],
        },
      ],
    });
    expect(checkClientSettings({}).findings[1]?.patch[0]?.value).toStrictEqual({
      protocol: 'smtp',
      host: HOST,
      port: 587,
      security: 'starttls',
      authentication: true,
    });
    // Something in a server's place is replaced (RFC 6902's `add` would insert before it).
    const patches = (settings: unknown) =>
      checkClientSettings(settings).findings.map((f) => [f.code, f.path, f.patch[0]?.op]);
    expect(patches({ email: EMAIL, incoming: [imap, 7], outgoing: smtp })).toEqual([
      ['missing-server', '/incoming/1', 'replace'],
    ]);
    expect(patches({ email: EMAIL, incoming: [imap, undefined], outgoing: smtp })).toEqual([
      ['missing-server', '/incoming/1', 'replace'],
    ]);
    expect(patches({ email: EMAIL, incoming: null, outgoing: 'smtp' })).toEqual([
      ['missing-server', '/incoming', 'replace'],
      ['missing-server', '/outgoing', 'replace'],
    ]);
    expect(patches({ email: EMAIL, incoming: undefined, outgoing: undefined })).toEqual([
      ['missing-server', '/incoming', 'add'],
      ['missing-server', '/outgoing', 'add'],
    ]);
    // An empty list has no server either: one is added at its end.
    expect(checkClientSettings({ email: EMAIL, incoming: [], outgoing: smtp })).toEqual({
      ok: false,
      findings: [
        {
          code: 'missing-server',
          rule: 'R-CONN-2',
          severity: 'error',
          path: '/incoming/0',
          patch: [
            {
              op: 'add',
              path: '/incoming/0',
              value: RECOMMENDED_IMAP,
            },
          ],
        },
      ],
    });
  });

  it('removes every POP3 server beside IMAP, last first', () => {
    const pop = { ...imap, protocol: 'pop3', port: 995 };
    const findings = check([pop, imap, pop]);
    expect(findings.find((f) => f.code === 'pop3-and-imap')).toEqual({
      code: 'pop3-and-imap',
      rule: 'R-PROTO-2',
      severity: 'warning',
      path: '/incoming',
      patch: [
        { op: 'remove', path: '/incoming/2' },
        { op: 'remove', path: '/incoming/0' },
      ],
    });
    expect(check([pop, pop]).some((f) => f.code === 'pop3-and-imap')).toBe(false);
  });
});

describe('diagnoseSmtpReply: every way each cause is recognised', () => {
  const cause = (reply: string) => diagnoseSmtpReply(reply)?.cause ?? null;
  it.each([
    ['573 blocked', 'port-25-blocked'],
    ['550 Use port 587 instead of port 25.', 'port-25-blocked'],
    ['550 Utilice el puerto 587 en lugar del puerto 25.', 'port-25-blocked'],
    ['421 Connection timed out', 'timeout'],
    ['421 Timeout waiting for data', 'timeout'],
    ['421 El tiempo asignado ha expirado', 'timeout'],
    ['421 Service closing', null],
    ['451 Connection timed out', null],
    // The guides quote the client's words, then the number (R-CONN-6): those words count here.
    ['El tiempo asignado ha expirado. Error 421', 'timeout'],
    ['Una operación en el servidor ha expirado. 421', 'timeout'],
    ['The operation timed out waiting for the server. Error 421', 'timeout'],
    ['421 closing', null],
    ['timed out: 451 4.3.0 x', null],
    // An expired password is the password, not a time-out, even in a 421.
    ['421 4.7.0 Your password has expired', 'authentication-failed'],
    ['421 4.7.0 Su contraseña ha expirado', 'authentication-failed'],
    ['Votre mot de passe a expiré. 421', null],
    // …but a time-out waiting for a password is a time-out.
    ['421 4.4.2 Timeout waiting for password', 'timeout'],
    ['535 5.7.8 Password expired', 'authentication-failed'],
    ['550 Password has expired', 'authentication-failed'],
    ['421 Password', null],
    // A method the server does not offer (R-CONN-4): RFC 4954's words and Exchange's.
    ['504 5.5.4 Unsupported authentication mechanism', 'authentication-method'],
    ['504 5.7.4 Unrecognized authentication type', 'authentication-method'],
    ['504 Mechanism not supported', 'authentication-method'],
    ['504 5.5.2 <x>: Helo command rejected: need fully-qualified hostname', null],
    ['550 Unsupported authentication mechanism', null],
    // Only there: before another reply the client's words change nothing.
    ['Relay access denied: 550 5.7.0 x', null],
    ['550 5.7.1', 'authentication-required'],
    ['554 5.7.1', null],
    ['550 5.7.0', null],
    ['550 5.7.1 Proper authentication required', 'authentication-required'],
    ['550 5.7.1 Unable to relay', 'authentication-required'],
    ['554 5.7.1 <a@b.ch>: Relay access denied', 'authentication-required'],
    ['550 5.7.54 SMTP; Relay not permitted', 'authentication-required'],
    ['530 5.7.0 Authentication is required', 'authentication-required'],
    ['530 5.7.0 You must authenticate first', 'authentication-required'],
    // The same 550 5.7.1 for a message refused by policy: not a missing authentication.
    [
      "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
      null,
    ],
    ['550 5.7.1 Message rejected due to content restrictions', null],
    ['550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org', null],
    ['550 5.7.1 SPF check failed', null],
    // Encryption off where the server wants it (R-CONN-5): Postfix's words, RFC 5248's X.7.10
    // and RFC 4954's X.7.11.
    ['530 5.7.0 Must issue a STARTTLS command first', 'encryption-required'],
    ['530 Must issue a STARTTLS command first', 'encryption-required'],
    [
      '538 5.7.11 Encryption required for requested authentication mechanism',
      'encryption-required',
    ],
    ['523 5.7.10 x', 'encryption-required'],
    ['538 5.7.11 x', 'encryption-required'],
    ['530 5.7.0 Please run STARTTLS first', 'encryption-required'],
    ['530 STARTTLS required', 'encryption-required'],
    ['550 TLS required for this connection', 'encryption-required'],
    ['550 Encryption needed', 'encryption-required'],
    ['454 4.7.0 TLS not available due to local problem', null],
    ['551 5.7.1 Relaying denied', 'authentication-required'],
    ['554 Relay access denied', 'authentication-required'],
    ['530 Authentication required', 'authentication-required'],
    [
      '553 5.7.1 <anna@exemple.ch>: Sender address rejected: not owned by user jean@exemple.ch',
      'sender-not-allowed',
    ],
    [
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
      'sender-not-allowed',
    ],
    ['535 nope', 'authentication-failed'],
    ['554 5.7.8 Error', 'authentication-failed'],
    ['550 Invalid credentials', 'authentication-failed'],
    ['550 Authentication failed', 'authentication-failed'],
    // The sender's own limit: by its words, before a refused relay's 5.7.1 or a full mailbox.
    ['451 4.7.1 Daily sending quota exceeded', 'sending-limit-reached'],
    ['550 5.4.5 Daily user sending quota exceeded.', 'sending-limit-reached'],
    ['550 5.7.1 Sending limit exceeded for this account', 'sending-limit-reached'],
    ['554 5.7.1 Send limit reached', 'sending-limit-reached'],
    ['450 4.7.1 Rate limit exceeded, try again later', 'sending-limit-reached'],
    ['452 Daily limit reached', 'sending-limit-reached'],
    ['550 Daily quota exceeded', 'sending-limit-reached'],
    ['550 Message limit exceeded', 'sending-limit-reached'],
    ['421 Too many messages per hour', 'sending-limit-reached'],
    ['550 Límite de envío alcanzado', 'sending-limit-reached'],
    ['552 5.2.2 Mailbox has exceeded its daily limit', 'mailbox-full'],
    ['452 4.2.2 Daily quota exceeded for this mailbox', 'mailbox-full'],
    ['552 5.2.2 x', 'mailbox-full'],
    ['452 4.2.2 x', 'mailbox-full'],
    ['550 Mailbox full', 'mailbox-full'],
    ['552 Quota exceeded', 'mailbox-full'],
    ['554 5.0.0 x', 'recipient-refused-message'],
    ['550 5.0.0 x', null],
    ['554 x', null],
    ['554 5.3.4 x', 'message-too-large'],
    ['552 Message size exceeds limit', 'message-too-large'],
    ['552 Too large', 'message-too-large'],
    ['552 too big', 'message-too-large'],
    ['552 Requested action aborted', null],
    ['550 5.5.3 x', 'too-many-recipients'],
    ['452 Too many recipients', 'too-many-recipients'],
    ['451 4.5.3 Too many recipients', 'too-many-recipients'],
    ['550 5.7.1 Too many recipients', null],
    ['452 Insufficient storage', null],
    ['553 5.1.1 x', 'unknown-recipient'],
    ['550 No such user', 'unknown-recipient'],
    ['550 Unknown user here', 'unknown-recipient'],
    ['550 User unknown', 'unknown-recipient'],
    // Microsoft 365's reply for an unknown address; X.1.10 is also RFC 7505's null MX.
    [
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      'unknown-recipient',
    ],
    ['556 5.1.10 x', 'unknown-recipient'],
    ['550 Recipient not found', 'unknown-recipient'],
    // Exim, for a domain mail cannot be routed to.
    [
      'SMTP error from remote mail server after RCPT TO:<jean@exemple.cj>:\n    550 Unrouteable address',
      'unknown-recipient',
    ],
    // Microsoft 365, for an address its directory does not hold.
    ['550 5.4.1 Recipient address rejected: Access denied. AS(201806281)', 'unknown-recipient'],
    ['550 5.4.1 Relay Access Denied', 'authentication-required'],
    ['550 5.4.1 x', null],
    ['554 5.7.1 Recipient address rejected: Access denied', null],
    // The code and the words must go together.
    ['554 5.7.1 Message rejected as spam', null],
    ['451 4.3.0 Temporary failure: message size check unavailable', null],
    ['450 4.2.1 too many recipients this hour, try later', null],
    ['250 port 25 is fine', null],
    ['354 Start mail input', null],
  ])('%j → %s', (reply, expected) => {
    expect(cause(reply)).toBe(expected);
  });

  it('reads a reply as mail clients quote it, and not their port numbers', () => {
    // Outlook: the reply in quotes, then the client's own settings.
    const outlook =
      "Your e-mail server rejected this message. Server: 'mail.infomaniak.com', Protocol: SMTP, Server Response: '550 5.7.1 relaying denied', Port: 587, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79";
    expect(diagnoseSmtpReply(outlook)).toMatchObject({
      code: 550,
      enhanced: '5.7.1',
      text: 'relaying denied',
      cause: 'authentication-required',
    });
    // A quote inside the reply goes on; a closing one ends it.
    expect(
      diagnoseSmtpReply("Server Response: '535 5.7.0 We can't log you in', Port: 587"),
    ).toMatchObject({ text: "We can't log you in" });
    expect(diagnoseSmtpReply('Response: "550 5.1.1 No such user", Port: 587')?.text).toBe(
      'No such user',
    );
    expect(diagnoseSmtpReply('Response: “552 5.2.2 Full”, more')?.text).toBe('Full');
    expect(diagnoseSmtpReply('Response: ‘552 5.2.2 Full’, more')?.text).toBe('Full');
    expect(diagnoseSmtpReply("Response: '552 5.2.2 Full")?.text).toBe('Full');
    expect(diagnoseSmtpReply("Response: '552 5.2.2 Full'")?.text).toBe('Full');
    expect(diagnoseSmtpReply("Response: '552 5.2.2 Full'9 x")?.text).toBe("Full'9 x");
    // A port is no reply code: 587 and 465 would read as a reply and a transient one.
    for (const text of ['Port: 587', 'port 465', 'PORT=465', 'Port:  587', 'e-port 550 x'])
      expect(diagnoseSmtpReply(text), text).toBeNull();
    // Outlook in French: a no-break space (U+00A0, or the narrow U+202F) before the colon.
    for (const text of ['Port\u00A0: 587', 'Port\u202F: 465', 'Port\u00A0:\u00A0587'])
      expect(diagnoseSmtpReply(text), text).toBeNull();
    expect(
      diagnoseSmtpReply("Réponse du serveur\u00A0: '550 5.7.1 relaying denied', Port\u00A0: 587"),
    ).toMatchObject({ code: 550, enhanced: '5.7.1', cause: 'authentication-required' });
    for (const text of ['support 550 x', 'Report 550 x', 'passport 550 x', 'port: x 550 y'])
      expect(diagnoseSmtpReply(text)?.code, text).toBe(550);
    // Nor after a host: nodemailer's connection errors name the address and the port.
    for (const text of [
      'Error: connect ETIMEDOUT 192.0.2.1:587',
      'connect ECONNREFUSED 127.0.0.1:465',
      'mail.infomaniak.com:465',
      '[2001:db8::1]:587',
    ])
      expect(diagnoseSmtpReply(text), text).toBeNull();
    expect(diagnoseSmtpReply('error:550 5.7.1 denied')?.code).toBe(550);
    expect(diagnoseSmtpReply('see x.y/550 z')?.code).toBe(550);
    expect(diagnoseSmtpReply(`port${' '.repeat(10)}550 x`)?.code).toBe(550);
    expect(diagnoseSmtpReply('x: 550 5.1.1 gone')).toMatchObject({
      enhanced: '5.1.1',
      text: 'gone',
    });
    expect(diagnoseSmtpReply('smtp.example.com:587: 535 5.7.8 x')?.code).toBe(535);
    // 64 characters back at most: a dot further back is not read.
    expect(diagnoseSmtpReply(`a.${'x'.repeat(70)}:550 y`)?.code).toBe(550);
    expect(diagnoseSmtpReply(`a.${'x'.repeat(60)}:550 y`)).toBeNull();
    expect(
      diagnoseSmtpReply("Server Response: 'Authentication failed', Port: 465, Secure(SSL): Yes"),
    ).toBeNull();
    // Thunderbird drops the basic code: the enhanced one after a colon or a quote is read.
    const thunderbird =
      'Sending of the message failed. An error occurred while sending mail. The mail server responded: 5.7.1 relaying denied. Please check the message recipient and try again.';
    expect(diagnoseSmtpReply(thunderbird)).toMatchObject({
      code: null,
      enhanced: '5.7.1',
      text: 'relaying denied. Please check the message recipient and try again.',
      cause: 'authentication-required',
    });
    expect(diagnoseSmtpReply('responded:\t5.7.1 x')?.enhanced).toBe('5.7.1');
    expect(diagnoseSmtpReply("Server Response: '5.2.2 Over quota', Port: 587")).toMatchObject({
      code: null,
      enhanced: '5.2.2',
      text: 'Over quota',
      cause: 'mailbox-full',
    });
    expect(diagnoseSmtpReply('said “5.3.4 too big”')?.enhanced).toBe('5.3.4');
    expect(diagnoseSmtpReply('x: y: 5.1.1 gone')?.enhanced).toBe('5.1.1');
    // Inside a sentence, only a subject RFC 3463 defines: a date is no code.
    expect(diagnoseSmtpReply('Note: 4.10.26 to Bob')).toBeNull();
    expect(diagnoseSmtpReply('Note: 4.8.1 to Bob')).toBeNull();
    expect(diagnoseSmtpReply('Note: 4.7.26 to Bob')?.enhanced).toBe('4.7.26');
    expect(diagnoseSmtpReply('4.10.26 at line start')?.subject).toBe('other');
    expect(diagnoseSmtpReply('Sent on 4.7.1 to Bob')).toBeNull();
  });

  it('reads a code a client put in parentheses, and the text after it', () => {
    // Roundcube, the webmail: the code in parentheses, the server's text after a colon.
    expect(diagnoseSmtpReply('SMTP Error (535): Authentication failed.')).toMatchObject({
      code: 535,
      enhanced: null,
      text: 'Authentication failed.',
      cause: 'authentication-failed',
    });
    expect(
      diagnoseSmtpReply(
        'SMTP Error (550): Failed to add recipient "x@exemple.ch" (5.1.1 <x@exemple.ch>: Recipient address rejected: User unknown).\nnext line',
      ),
    ).toMatchObject({
      code: 550,
      text: 'Failed to add recipient "x@exemple.ch" (5.1.1 <x@exemple.ch>: Recipient address rejected: User unknown).',
      cause: 'unknown-recipient',
    });
    // Python's smtplib: a tuple of the code and the reply's bytes (or text), quoted.
    expect(
      diagnoseSmtpReply(
        "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: authentication failure')",
      ),
    ).toMatchObject({
      code: 535,
      enhanced: '5.7.8',
      text: 'Error: authentication failed: authentication failure',
      cause: 'authentication-failed',
    });
    expect(
      diagnoseSmtpReply(
        "smtplib.SMTPSenderRefused: (553, b'5.7.1 <a@exemple.ch>: Sender address rejected: not logged in', 'a@exemple.ch')",
      ),
    ).toMatchObject({
      code: 553,
      enhanced: '5.7.1',
      text: '<a@exemple.ch>: Sender address rejected: not logged in',
      cause: 'authentication-required',
    });
    expect(
      diagnoseSmtpReply('SMTPDataError: (552, "5.3.4 Message size exceeds fixed limit")'),
    ).toMatchObject({ code: 552, enhanced: '5.3.4', cause: 'message-too-large' });
    expect(diagnoseSmtpReply("{'x@exemple.ch': (550, 'No such user')}")).toMatchObject({
      code: 550,
      text: 'No such user',
      cause: 'unknown-recipient',
    });
    // The client's words before it count for a time-out, as they do elsewhere.
    expect(diagnoseSmtpReply('Connection timed out (421)')).toMatchObject({
      code: 421,
      text: '',
      cause: 'timeout',
    });
    expect(diagnoseSmtpReply('(535,')).toMatchObject({ code: 535, text: '' });
    expect(diagnoseSmtpReply('SMTP Error (535):  Authentication failed.  ')?.text).toBe(
      'Authentication failed.',
    );
    expect(diagnoseSmtpReply(`(550, "'quoted'")`)?.text).toBe("'quoted'");
    expect(diagnoseSmtpReply('(550x 5.1.1 gone')).toBeNull();
    expect(diagnoseSmtpReply('x (250) ok')).toMatchObject({ kind: 'success', text: 'ok' });
    expect(diagnoseSmtpReply('(535) b:bad')?.text).toBe('b:bad');
  });

  it('reads the client’s words before a 421 for a time-out, not those after the reply', () => {
    // The guide's "el tiempo asignado ha expirado" comes before the number, and counts.
    expect(diagnoseSmtpReply('El tiempo asignado ha expirado (421)')?.cause).toBe('timeout');
    expect(diagnoseSmtpReply('Timed out: 421 4.3.2 Service not available')?.cause).toBe('timeout');
    // After the reply (a quoted one ends at its quote, one in parentheses at its line), the
    // words are the client's about something else: the reply alone has no cause the guides
    // explain, and diagnoseClientError reads those words.
    for (const text of [
      "Server Response: '421 4.3.2 Service not available', Port: 587, Error: operation timed out",
      'SMTP Error (421): Service not available\nThe connection timed out',
    ]) {
      expect(diagnoseSmtpReply(text), text).toMatchObject({ code: 421, cause: null });
      expect(diagnoseClientError(text)?.cause, text).toBe('timeout');
    }
  });

  it('finds the reply at a word’s start only, followed by a space, a hyphen, a line break or the end', () => {
    expect(diagnoseSmtpReply('x550 5.7.1 y')).toBeNull();
    expect(diagnoseSmtpReply('a550 5.7.1 y')).toBeNull();
    expect(diagnoseSmtpReply('Z550 5.7.1 y')).toBeNull();
    expect(diagnoseSmtpReply('5.550 y')).toBeNull();
    expect(diagnoseSmtpReply('1550 y')).toBeNull();
    expect(diagnoseSmtpReply('550x')).toBeNull();
    expect(diagnoseSmtpReply('error:550 5.7.1 denied')).toMatchObject({ code: 550 });
    expect(diagnoseSmtpReply('(550 5.7.1 denied')).toMatchObject({ code: 550, text: 'denied' });
    expect(diagnoseSmtpReply('550) 5.7.1 denied')).toBeNull(); // ) or , only after a (
    expect(diagnoseSmtpReply('x 550, y')).toBeNull();
    expect(diagnoseSmtpReply('250\r\n')).toMatchObject({ code: 250, text: '' });
    expect(diagnoseSmtpReply('221\n')).toMatchObject({ code: 221 });
    expect(diagnoseSmtpReply('Z550 a 451 later')).toMatchObject({ code: 451 });
    expect(diagnoseSmtpReply('199 x 250 ok')).toMatchObject({ code: 250 });
    expect(diagnoseSmtpReply('600 x 550 5.1.1 gone')).toMatchObject({
      code: 550,
      enhanced: '5.1.1',
    });
  });

  it('reads enhanced codes strictly (RFC 3463), normalising leading zeros', () => {
    const enhanced = (reply: string) => diagnoseSmtpReply(reply)?.enhanced ?? null;
    expect(enhanced('550 5.07.001 x')).toBe('5.7.1');
    expect(enhanced('550 5.1234.1 x')).toBeNull();
    expect(enhanced('550 5.1.1234 x')).toBeNull();
    expect(enhanced('550 5..1 x')).toBeNull();
    expect(enhanced('550 5.1. x')).toBeNull();
    expect(enhanced('550 3.1.1 x')).toBeNull();
    expect(enhanced('550 5.a.1 x')).toBeNull();
    expect(enhanced('550 5.7a.1 x')).toBeNull();
    expect(enhanced('550 5.1.1.1 x')).toBeNull();
    expect(enhanced('250 2.1.5 ok')).toBe('2.1.5');
    expect(enhanced('451 4.4.1 x')).toBe('4.4.1');
    expect(diagnoseSmtpReply('550 5.7.1')).toMatchObject({ enhanced: '5.7.1', text: '' });
  });

  it('stops a multi-line reply at its last line or at another code', () => {
    expect(diagnoseSmtpReply('250-a\n250 b\n250 c')).toMatchObject({ text: 'a b' });
    expect(diagnoseSmtpReply('250-a\n251 b')).toMatchObject({ text: 'a' });
    expect(diagnoseSmtpReply('550-5.7.1 first\n550-5.7.1 second\n550 5.7.1 third')).toMatchObject({
      text: 'first second third',
    });
    expect(diagnoseSmtpReply('550-5.7.1 first\n550 other')).toMatchObject({ text: 'first other' });
  });
});
