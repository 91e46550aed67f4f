import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAddresses } from '../examples/bulk-csv/check-addresses.js';
import { createServer } from '../examples/send-decision-server/server.js';
import { draftReply } from '../examples/support-desk/draft-reply.js';

describe('examples/send-decision-server', () => {
  const server = createServer();
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const post = (body: string, path = '/send-decision') =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });

  it('answers with decideSend for a valid body, messages in the asked language', async () => {
    const body = JSON.stringify({
      offer: 'ksuite-free',
      now: '2026-03-02T12:00:00Z',
      history: [{ at: '2026-03-02T08:00:00Z', recipients: 495 }],
      message: { to: ['a@example.ch'], bcc: 9 },
    });
    const response = await post(body, '/send-decision?lang=fr');
    expect(response.status).toBe(200);
    const decision = (await response.json()) as { messages: string[] };
    expect(decision).toMatchObject({
      allowed: false,
      weight: 10,
      used: 495,
      retryAt: '2026-03-03T08:00:00.000Z',
    });
    expect(decision.messages[0]).toContain('Cet envoi dépasserait la limite de 500 messages');
    const allowed = await post(
      JSON.stringify({ offer: 'mail-premium', now: 0, history: [], message: { recipients: 3 } }),
    );
    expect(await allowed.json()).toMatchObject({ allowed: true, remaining: 1437, messages: [] });
  });

  it('answers 4xx with a readable message for bad input', async () => {
    expect((await post('{nope')).status).toBe(400);
    const invalid = await post(
      JSON.stringify({
        offer: 'premium',
        now: 'yesterday',
        history: [],
        message: { recipients: -1 },
      }),
    );
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as { error: string; problems: string[] };
    expect(body.error).toBe('invalid send request');
    expect(body.problems.some((problem: string) => problem.startsWith('offer:'))).toBe(true);
    expect(body.problems).toContain(
      'now: Expected an ISO 8601 date-time with an offset, or epoch milliseconds',
    );
    // An instant past the range of a Date: decideSend would throw, and the handler's promise
    // reject with no one to catch it (Node 20 ends the process). The schema refuses it first.
    const late = { offer: 'ksuite-free', history: [], message: { recipients: 1 } };
    for (const now of [9e15, -9e15]) {
      const refused = await post(JSON.stringify({ ...late, now }));
      expect(refused.status).toBe(422);
      expect(((await refused.json()) as { problems: string[] }).problems[0]).toMatch(/^now: /);
    }
    const history = [{ at: 8.64e15, recipients: 1 }];
    expect((await post(JSON.stringify({ ...late, now: 0, history }))).status).toBe(422);
    expect((await fetch(`${base}/send-decision`)).status).toBe(405);
    expect((await post('{}', '/elsewhere')).status).toBe(404);
  });
});

describe('examples/bulk-csv', () => {
  it('reports every row’s issues, duplicates included', () => {
    const csv = readFileSync(
      new URL('../examples/bulk-csv/addresses.csv', import.meta.url),
      'utf8',
    );
    expect(checkAddresses(csv).map((row) => [row.line, row.ok, row.problems])).toEqual([
      [2, true, []],
      [3, false, ['Two dots (..) in a row are not allowed.']],
      [4, false, ['The name cannot start with a hyphen (-).']],
      [
        5,
        false,
        ['Only the letters a to z are allowed, without accents: “é” (U+00E9) is not one of them.'],
      ],
      [6, true, []],
      [7, false, ['duplicate of line 2']],
      [8, true, []],
      [9, false, ['The domain needs at least one dot, as in example.com.']],
    ]);
    expect(checkAddresses('a@b.ch\n\na@b.ch', 'de')[1]?.problems).toEqual(['duplicate of line 1']);
  });
});

describe('examples/support-desk', () => {
  it('drafts the reply in the customer’s language: settings to fix, then the error’s remedies', () => {
    const draft = draftReply({
      email: 'anna@exemple.ch',
      languages: 'fr-CH,fr;q=0.9,en;q=0.8',
      client: 'thunderbird',
      settings: {
        email: 'anna@exemple.ch',
        incoming: { protocol: 'imap', host: 'mail.infomaniak.com', port: 993, security: 'ssl' },
        outgoing: { host: 'smtp.exemple.ch', port: 25, security: 'starttls', username: 'anna' },
      },
      error: 'Temps limite de connexion au serveur mail.infomaniak.com dépassé.',
    });
    expect(draft.locale).toBe('fr');
    expect(draft.cause).toBe('Le serveur n’a pas répondu à temps.');
    expect(draft.steps).toEqual([
      'Le nom d’utilisateur doit être l’adresse e-mail complète\u00a0: anna@exemple.ch.',
      'Utilisez le nom de serveur mail.infomaniak.com.',
      'Le port 25 est bloqué par la plupart des fournisseurs d’accès\u00a0: utilisez 587 avec STARTTLS (ou 465 avec SSL/TLS).',
      'Utilisez le port 587 avec STARTTLS.',
      'Essayez un autre réseau (un autre Wi-Fi, ou la 4G/5G d’un téléphone).',
      'Désactivez un instant l’antivirus, le pare-feu ou le VPN pour tester.',
      'Réessayez plus tard.',
    ]);
    expect(draft.attachment).toMatchObject({ name: 'config-v1.1.xml', type: 'application/xml' });
    expect(draft.attachment?.content).toContain('<hostname>mail.infomaniak.com</hostname>');
    expect(draft.attachment?.content).toContain('<domain>exemple.ch</domain>');
  });

  it('writes each sentence once, and a server reply pasted alone', () => {
    const draft = draftReply({
      email: 'jean@exemple.ch',
      languages: ['de-CH'],
      client: 'apple',
      settings: {
        incoming: { host: 'mail.infomaniak.com', port: 993, security: 'tls', username: 'jean' },
        outgoing: {
          host: 'mail.infomaniak.com',
          port: 587,
          security: 'starttls',
          username: 'jean',
        },
      },
      error: '535 5.7.0 authentication failed',
    });
    expect(draft.locale).toBe('de');
    expect(draft.cause).toBe('Benutzername oder Passwort ist falsch.');
    // The user name is wrong on both servers (the ticket's address tells what it should be):
    // one sentence.
    expect(draft.steps).toEqual([
      'Der Benutzername muss die vollständige E-Mail-Adresse sein: jean@exemple.ch.',
      'Verwenden Sie das Passwort der Adresse, nicht das des Kontos; achten Sie auf das $-Zeichen.',
      'Verwenden Sie die vollständige E-Mail-Adresse als Benutzernamen.',
      'Tippen Sie das Passwort zuerst in einem Texteditor: Die Tastaturbelegung kann abweichen.',
      'Prüfen Sie, ob die Adresse (oder der Alias) wirklich existiert.',
    ]);
    expect(draft.attachment?.type).toBe('application/x-apple-aspen-config');
    expect(draft.attachment?.content).toContain('<string>jean@exemple.ch</string>');
  });

  it('never throws on what a customer sent, and attaches nothing it cannot make', () => {
    const odd = draftReply({
      email: 'not an address',
      client: 'outlook',
      settings: 'port 993',
      error: 'it does not work',
      languages: 42 as never,
    });
    expect(odd).toEqual({
      locale: 'en',
      cause: null,
      steps: ['The settings are missing.'],
      attachment: null,
    });
    const unread = { email: 'anna', client: 'thunderbird', error: 42 as never } as const;
    expect(draftReply(unread)).toMatchObject({ cause: null, steps: [], attachment: null });
    expect(draftReply({ email: 'anna@exemple.ch', client: 'outlook' }).attachment?.name).toBe(
      'autodiscover.xml',
    );
    expect(draftReply({ email: 'anna@exemple.ch' })).toEqual({
      locale: 'en',
      cause: null,
      steps: [],
      attachment: null,
    });
  });
});
