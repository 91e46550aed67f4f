// A back end that answers "may this mailbox send this message now?" over HTTP:
// POST /send-decision with the JSON form of decideSend's input, validated by sendRequestSchema.
// Plain node:http, no framework. The tests start createServer() on an ephemeral port of
// 127.0.0.1 and call it with valid and invalid bodies.
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { decideSend, formatIssue, LOCALES, type Locale } from 'infomaniak-mail-policy';
import { sendRequestSchema } from 'infomaniak-mail-policy/zod';

const MAX_BODY_BYTES = 2_000_000;

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The language of the messages, from `?lang=fr` (default English). */
function localeOf(url: URL): Locale {
  const lang = url.searchParams.get('lang');
  return LOCALES.find((locale) => locale === lang) ?? 'en';
}

export function createServer(): Server {
  return createHttpServer((request, response) => {
    // An async handler's rejection reaches no one, and Node ends the process: answer 500.
    answer(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  if (url.pathname !== '/send-decision') return reply(404, { error: 'not found' });
  if (request.method !== 'POST') return reply(405, { error: 'use POST' });
  let json: unknown;
  try {
    json = JSON.parse(await readBody(request));
  } catch {
    return reply(400, { error: 'the body must be JSON (2 MB at most)' });
  }
  const parsed = sendRequestSchema.safeParse(json);
  if (!parsed.success) {
    return reply(422, {
      error: 'invalid send request',
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`,
      ),
    });
  }
  const decision = decideSend(parsed.data);
  const locale = localeOf(url);
  return reply(200, {
    ...decision,
    messages: decision.allowed
      ? []
      : decision.issues.map((issue) => formatIssue(issue, locale, { timeZone: 'UTC' })),
  });
}
