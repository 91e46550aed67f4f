// npm run playground: builds docs/playground into one file with esbuild (the bundler under
// tsup) and serves the page on http://127.0.0.1:4173 (PORT=… to change). The end-to-end test
// imports buildPlayground and servePlayground from here.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGE = `${ROOT}docs/playground/`;

/** Bundles docs/playground/playground.ts and the library (from src) into playground.js. */
export async function buildPlayground() {
  const result = await build({
    entryPoints: [`${PAGE}playground.ts`],
    outfile: `${PAGE}playground.js`,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    alias: { 'infomaniak-mail-policy': `${ROOT}src/index.ts` },
    logLevel: 'warning',
    metafile: true,
  });
  return result.metafile.outputs[`docs/playground/playground.js`]?.bytes ?? 0;
}

const FILES = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/playground.js': ['playground.js', 'text/javascript; charset=utf-8'],
  '/playground.js.map': ['playground.js.map', 'application/json'],
};

/** Serves the page on 127.0.0.1 (port 0: any free port); resolves with its URL and close(). */
export function servePlayground(port = 0) {
  const server = createServer(async (request, response) => {
    const file = FILES[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (request.method !== 'GET' || file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(`${PAGE}${file[0]}`);
      response.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(500, { 'content-type': 'text/plain' }).end('run npm run playground');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await buildPlayground();
  const { url } = await servePlayground(Number(process.env.PORT ?? 4173));
  console.log(`playground.js: ${(bytes / 1024).toFixed(1)} KiB`);
  console.log(`The playground is at ${url} (Ctrl+C to stop)`);
}
