// A real DynamoDB-compatible server on loopback, in this process: tests talk to it over HTTP
// exactly as the Lambda talks to DynamoDB, so no part of the SDK is mocked.
import type { Server } from 'node:http';

export interface RunningDynalite {
  readonly endpoint: string;
  readonly port: number;
  readonly server: Server;
  stop(): Promise<void>;
}

type DynaliteFactory = (options: {
  path?: string;
  createTableMs: number;
  deleteTableMs: number;
  updateTableMs: number;
}) => Server;

// dynalite ships no types; the factory's shape is small and fixed.
const dynalite = require('dynalite') as DynaliteFactory;

/** In memory unless `path` is given; on a free port unless `port` is given. */
export async function startDynalite({ path, port = 0 }: { path?: string; port?: number } = {}): Promise<RunningDynalite> {
  const server = dynalite({ ...(path !== undefined ? { path } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('dynalite is not listening on a TCP port');
  const actual = address.port;
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${actual}`,
    port: actual,
    server,
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep sockets alive; close would otherwise wait for them to time out.
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
