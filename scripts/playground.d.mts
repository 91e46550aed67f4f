/** Bundles the playground into docs/playground/playground.js; resolves with its size in bytes. */
export function buildPlayground(): Promise<number>;
/** Serves the playground on 127.0.0.1 (port 0: any free port). */
export function servePlayground(
  port?: number,
): Promise<{ readonly url: string; close(): Promise<unknown> }>;
