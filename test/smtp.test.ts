import { type AddressInfo, createServer } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  diagnoseClientError,
  diagnoseSmtpReply,
  recommendSettings,
  toNodemailerOptions,
} from '../src/index.js';

// A real SMTP exchange on 127.0.0.1: smtp-server (with its built-in self-signed certificate)
// stands in for mail.infomaniak.com, nodemailer is configured from toNodemailerOptions.
const EMAIL = 'jean.dupont@exemple.ch';
const PASSWORD = 'the $ecret of the address';

interface Seen {
  methods: string[];
  secureAtAuth: boolean[];
  messages: string[];
}

let server: SMTPServer;
let port = 0;
const seen: Seen = { methods: [], secureAtAuth: [], messages: [] };

beforeAll(async () => {
  server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: false,
    logger: false,
    onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession, callback) {
      seen.methods.push(auth.method);
      seen.secureAtAuth.push(session.secure);
      if (auth.username === EMAIL && auth.password === PASSWORD)
        return callback(null, { user: auth.username });
      const error = Object.assign(new Error('5.7.0 authentication failed'), { responseCode: 535 });
      return callback(error);
    },
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        seen.messages.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** nodemailer options from the library, pointed at the local server and its test certificate. */
function transport(pass: string, authMethod: 'PLAIN' | 'LOGIN') {
  const settings = recommendSettings(EMAIL);
  if (!settings.ok) throw new Error('no settings');
  // The user name is the settings' own, the full address (R-CONN-3).
  const options = toNodemailerOptions(settings.outgoing, { pass });
  return nodemailer.createTransport({
    ...options,
    host: '127.0.0.1',
    port,
    authMethod,
    tls: { ...options.tls, servername: 'localhost', rejectUnauthorized: false },
  });
}

describe.sequential('sending through a real SMTP server', () => {
  it.each(['PLAIN', 'LOGIN'] as const)(
    'upgrades with STARTTLS, authenticates with %s and sends',
    async (method) => {
      const info = await transport(PASSWORD, method).sendMail({
        from: EMAIL,
        to: 'ana@example.com',
        subject: `hello over ${method}`,
        text: 'sent with the options of toNodemailerOptions',
      });
      expect(info.accepted).toEqual(['ana@example.com']);
      expect(seen.methods.at(-1)).toBe(method);
      expect(seen.secureAtAuth.at(-1)).toBe(true); // authenticated inside TLS: STARTTLS happened first
      expect(seen.messages.at(-1)).toContain(`hello over ${method}`);
    },
  );

  it('explains a refused login as R-CONN-7', async () => {
    const error = await transport('wrong', 'PLAIN')
      .sendMail({ from: EMAIL, to: 'ana@example.com', text: 'x' })
      .then(
        () => null,
        (reason: Error & { response?: string }) => reason,
      );
    expect(error?.response).toBe('535 5.7.0 authentication failed');
    expect(diagnoseSmtpReply(error?.message ?? '')).toMatchObject({
      code: 535,
      enhanced: '5.7.0',
      cause: 'authentication-failed',
      rule: 'R-CONN-7',
    });
  });
});

describe.sequential("a client's own errors, from real connections (diagnoseClientError)", () => {
  let secureServer: SMTPServer;
  let securePort = 0;
  let closedPort = 0;

  beforeAll(async () => {
    // An SMTPS server (implicit TLS, as on port 465), with smtp-server's own certificate.
    secureServer = new SMTPServer({ secure: true, logger: false, authOptional: true });
    secureServer.on('error', () => {}); // a client that never starts TLS closes the socket
    await new Promise<void>((resolve) => secureServer.listen(0, '127.0.0.1', resolve));
    securePort = (secureServer.server.address() as AddressInfo).port;
    // A port nothing listens on.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => secureServer.close(() => resolve()));
  });

  /** What nodemailer throws when it verifies a connection with these options. */
  async function failure(options: Record<string, unknown>) {
    const transporter = nodemailer.createTransport({
      host: '127.0.0.1',
      auth: { user: EMAIL, pass: 'wrong' },
      connectionTimeout: 2000,
      greetingTimeout: 500,
      ...options,
    });
    return transporter.verify().then(
      () => expect.unreachable('the connection should fail'),
      (reason: Error) => reason,
    );
  }

  it('a port nothing listens on: cannot connect (R-TROUBLE-1)', async () => {
    const error = await failure({ port: closedPort });
    expect(diagnoseClientError(error)).toMatchObject({
      code: 'ECONNREFUSED',
      cause: 'cannot-connect',
      rule: 'R-TROUBLE-1',
    });
  });

  it('SSL/TLS on a port that starts in clear text, and the reverse: encryption-mismatch (R-CONN-2)', async () => {
    const tlsOnPlain = await failure({ port, secure: true });
    expect(tlsOnPlain.message).toContain('wrong version number');
    expect(diagnoseClientError(tlsOnPlain)).toMatchObject({
      cause: 'encryption-mismatch',
      rule: 'R-CONN-2',
      remedies: ['use-recommended-ports'],
    });
    const plainOnTls = await failure({ port: securePort, secure: false });
    expect(plainOnTls.message).toBe('Greeting never received');
    expect(diagnoseClientError(plainOnTls)?.cause).toBe('encryption-mismatch');
  });

  it('a certificate the client cannot verify: certificate-error (R-CONN-7)', async () => {
    const error = await failure({
      port: securePort,
      secure: true,
      tls: { servername: 'localhost' },
    });
    expect(diagnoseClientError(error)).toMatchObject({
      cause: 'certificate-error',
      rule: 'R-CONN-7',
    });
  });

  it('a refused login: authentication-failed, from the error object as thrown', async () => {
    const error = await failure({ port, tls: { rejectUnauthorized: false } });
    expect(diagnoseClientError(error)).toMatchObject({
      code: 'EAUTH',
      cause: 'authentication-failed',
      rule: 'R-CONN-7',
    });
  });
});
