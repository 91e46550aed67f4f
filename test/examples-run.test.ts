import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAddresses } from '../examples/bulk-csv/check-addresses.js';
import { createServer } from '../examples/send-decision-server/server.js';

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
      [3, false, ['Two dots in a row are not allowed.']],
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
