// A real redis-server for the tests, started on 127.0.0.1 on a free port and stopped after.
// The binary is Debian's `redis-server` (`.ci/run` installs it when missing), or $REDIS_SERVER.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

/** Whether redis-server can run here; the Redis tests fail with a clear message when not. */
export function redisServerVersion(): string | null {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Stops the server (SIGKILL: as abrupt as a crash). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Sends one inline command and resolves with the raw reply, or rejects. */
export function rawCommand(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let data = '';
    socket.setTimeout(1000, () => socket.destroy(new Error('timeout')));
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      if (data.endsWith('\r\n')) {
        socket.end();
        resolve(data);
      }
    });
    socket.write(`${line}\r\n`);
  });
}

/** A child killed by a signal has a signalCode and no exitCode. */
function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function waitForPong(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (hasExited(child))
      throw new Error(`redis-server exited (${child.exitCode ?? child.signalCode})`);
    try {
      if ((await rawCommand(port, 'PING')).startsWith('+PONG')) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Starts redis-server with no persistence. `cluster: true` starts a one-node Redis Cluster
 * holding every slot, so that cross-slot commands are refused as on a real cluster.
 */
export async function startRedisServer(options: { cluster?: boolean } = {}): Promise<RedisServer> {
  if (redisServerVersion() === null) {
    throw new Error(
      `${BINARY} not found: install Debian's redis-server package (.ci/run does) or set REDIS_SERVER`,
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mail-policy-redis-'));
  let child: ChildProcess | undefined;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--loglevel',
    'warning',
  ];
  if (options.cluster) {
    args.push('--cluster-enabled', 'yes', '--cluster-config-file', join(dir, 'nodes.conf'));
    args.push('--cluster-announce-ip', '127.0.0.1');
  }
  const start = async () => {
    child = spawn(BINARY, args, { stdio: 'ignore' });
    await waitForPong(port, child);
    if (options.cluster) {
      await rawCommand(port, 'CLUSTER ADDSLOTSRANGE 0 16383');
      for (let i = 0; !(await rawCommand(port, 'CLUSTER INFO')).includes('cluster_state:ok'); i++) {
        if (i > 200) throw new Error('the one-node cluster did not come up');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  };
  const stop = async () => {
    const running = child;
    if (running === undefined || hasExited(running)) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  process.once('exit', () => child?.kill('SIGKILL'));
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start: async () => {
      await stop();
      rmSync(join(dir, 'nodes.conf'), { force: true });
      await start();
    },
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The server for tests that only need one: the one `.ci/run` started (`REDIS_URL`), or a new
 * one of their own. Tests that stop a server or need a cluster start their own always.
 */
export async function sharedRedisServer(): Promise<Pick<RedisServer, 'port' | 'url' | 'close'>> {
  const url = process.env.REDIS_URL;
  if (url === undefined || url === '') return startRedisServer();
  const { hostname, port } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') {
    throw new Error(`REDIS_URL must point to this machine for the tests, not ${hostname}`);
  }
  return { port: Number(port), url, close: async () => undefined };
}
