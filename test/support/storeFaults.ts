// Servers that misbehave the way DynamoDB can: silent, or answering with an error. They speak
// HTTP on loopback, so the SDK's real retry and timeout code runs; nothing in it is mocked.
import { type Server, createServer } from 'node:http';
import { type Socket, createServer as createTcpServer, type Server as TcpServer } from 'node:net';

export interface FaultServer {
  readonly endpoint: string;
  /** Requests (or connections, for the silent server) received so far. */
  readonly hits: () => number;
  stop(): Promise<void>;
}

function portOf(server: Server | TcpServer): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a TCP port');
  return address.port;
}

async function listen(server: Server | TcpServer): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}

/** Accepts connections and never answers: a store that hangs. */
export async function startSilentServer(): Promise<FaultServer> {
  const sockets: Socket[] = [];
  const server = createTcpServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
  });
  await listen(server);
  return {
    endpoint: `http://127.0.0.1:${portOf(server)}`,
    hits: () => sockets.length,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Answers every request with a DynamoDB-style JSON error, e.g. throttling. */
export async function startErrorServer(status: number, type: string): Promise<FaultServer> {
  let hits = 0;
  const server = createServer((request, response) => {
    hits += 1;
    request.resume();
    request.on('end', () => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `fault-${hits}` });
      response.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: `injected ${type}` }));
    });
  });
  await listen(server);
  return {
    endpoint: `http://127.0.0.1:${portOf(server)}`,
    hits: () => hits,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
