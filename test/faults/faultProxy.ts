// A fault-injecting HTTP proxy in front of dynalite on loopback. The store client talks to it
// as to DynamoDB, so the SDK's own timeouts, retries and error parsing all run for real; the
// proxy only decides, per request, whether the store answers, answers late, or fails.
import { Agent, type IncomingMessage, type Server, type ServerResponse, createServer, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { DynamoTrainingStore, createDynamoClient, storeConfigFromEnv } from '../../lambda/src/store/dynamo';
import { loadExportedSkill, type LoadedSkill } from '../support/skill';

export type FaultMode =
  | { readonly kind: 'pass' }
  /** The connection is cut as soon as a request arrives (ECONNRESET): a crashing server. */
  | { readonly kind: 'reset' }
  /** Answers after `ms`, then normally: a slow store. */
  | { readonly kind: 'slow'; readonly ms: number }
  /** Accepts the request and never answers: a hung store. */
  | { readonly kind: 'hang' }
  /** DynamoDB's throttling answer (HTTP 400, retried by the SDK with backoff). */
  | { readonly kind: 'throttle' }
  /** An error the SDK does not retry (the table is gone), so a failed turn costs no backoff. */
  | { readonly kind: 'reject' }
  /**
   * PutItem answered with a failed condition (nothing written), everything else passed through;
   * with `sparing`, a PutItem whose body holds that text passes too (one item's writes go through).
   */
  | { readonly kind: 'conditionFail'; readonly sparing?: string }
  /** The store's real answer: its headers at once, then its body one byte every `everyMs`. */
  | { readonly kind: 'trickle'; readonly everyMs: number };

/** A request as the proxy received it, to check what the client really sent (its signature). */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface FaultProxy {
  readonly endpoint: string;
  readonly port: number;
  setMode(mode: FaultMode): void;
  /**
   * Requests that reached the proxy, those it failed (or delayed) on purpose, and trickled
   * answers whose client hung up before the last byte of the body.
   */
  readonly stats: () => { requests: number; faults: number; cutMidBody: number };
  /** Every request so far, headers and body as received. */
  readonly requests: () => SeenRequest[];
  /** The DynamoDB operation of every request so far (PutItem, Query…), in order. */
  readonly operations: () => string[];
  /** Stops listening: the port refuses connections, as a stopped server's does. */
  stopListening(): Promise<void>;
  /** Listens again on the same port. */
  startListening(): Promise<void>;
  close(): Promise<void>;
}

const ERROR_TYPES = {
  throttle: 'ThrottlingException',
  reject: 'ResourceNotFoundException',
} as const;

function answerError(response: ServerResponse, type: string): void {
  response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault-proxy' });
  response.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: `injected ${type}` }));
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  let mode: FaultMode = { kind: 'pass' };
  const stats = { requests: 0, faults: 0, cutMidBody: 0 };
  const operations: string[] = [];
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });

  const forward = (request: IncomingMessage, response: ServerResponse, body: Buffer): void => {
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    outgoing.on('error', () => request.socket.destroy());
    outgoing.end(body);
  };

  // The upstream answer is read whole, then its headers go out at once (with the true length)
  // and the body a byte at a time, for as long as the client keeps listening.
  const trickle = (request: IncomingMessage, response: ServerResponse, body: Buffer, everyMs: number): void => {
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: request.headers, agent },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const payload = Buffer.concat(chunks);
          response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(payload.length) });
          response.flushHeaders();
          let sent = 0;
          const timer = setInterval(() => {
            if (sent >= payload.length) return;
            response.write(payload.subarray(sent, sent + 1));
            sent += 1;
            if (sent === payload.length) {
              clearInterval(timer);
              response.end();
            }
          }, everyMs);
          response.on('close', () => {
            clearInterval(timer);
            if (sent < payload.length) stats.cutMidBody += 1;
          });
        });
      },
    );
    outgoing.on('error', () => request.socket.destroy());
    outgoing.end(body);
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    stats.requests += 1;
    const operation = String(request.headers['x-amz-target'] ?? '?').split('.').pop() ?? '?';
    operations.push(operation);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (let i = 0; i < request.rawHeaders.length; i += 2) headers[request.rawHeaders[i]!.toLowerCase()] = request.rawHeaders[i + 1]!;
      seen.push({ method: request.method ?? '', path: request.url ?? '', headers, body });
      const now = mode;
      switch (now.kind) {
        case 'pass':
          return forward(request, response, body);
        case 'reset':
          stats.faults += 1;
          request.socket.destroy();
          return;
        case 'hang':
          stats.faults += 1;
          return;
        case 'slow': {
          stats.faults += 1;
          const timer = setTimeout(() => forward(request, response, body), now.ms);
          request.socket.once('close', () => clearTimeout(timer));
          return;
        }
        case 'throttle':
        case 'reject':
          stats.faults += 1;
          return answerError(response, ERROR_TYPES[now.kind]);
        case 'trickle':
          stats.faults += 1;
          return trickle(request, response, body, now.everyMs);
        case 'conditionFail':
          if (operation !== 'PutItem' || (now.sparing !== undefined && body.includes(now.sparing))) return forward(request, response, body);
          stats.faults += 1;
          return answerError(response, 'ConditionalCheckFailedException');
      }
    });
  };

  let server: Server | undefined;
  let port = 0;
  const listen = async (): Promise<void> => {
    const next = createServer(handle);
    next.keepAliveTimeout = 60_000;
    next.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    const address = next.address();
    if (address === null || typeof address === 'string') throw new Error('fault proxy is not on a TCP port');
    port = address.port;
    server = next;
  };
  const unlisten = async (): Promise<void> => {
    const current = server;
    server = undefined;
    if (!current) return;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => current.close(() => resolve()));
  };

  await listen();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    setMode(next) {
      mode = next;
    },
    stats: () => ({ ...stats }),
    operations: () => [...operations],
    requests: () => [...seen],
    stopListening: unlisten,
    startListening: listen,
    async close() {
      await unlisten();
      agent.destroy();
    },
  };
}

/**
 * The exported Lambda handler with its store behind a fault proxy, plus a store that reaches the
 * same table directly, to see what really got written.
 */
export interface SkillBehindProxy {
  readonly proxy: FaultProxy;
  readonly skill: LoadedSkill;
  readonly direct: DynamoTrainingStore;
  close(): Promise<void>;
}

export async function exportedSkillBehindProxy(): Promise<SkillBehindProxy> {
  const dynalite = process.env.DYNAMODB_ENDPOINT!;
  const proxy = await startFaultProxy(dynalite);
  // The exported handler reads its endpoint from the environment when it is loaded.
  process.env.DYNAMODB_ENDPOINT = proxy.endpoint;
  let skill: LoadedSkill;
  try {
    skill = await loadExportedSkill();
  } finally {
    process.env.DYNAMODB_ENDPOINT = dynalite;
  }
  const tableName = skill.table!.tableName;
  const direct = new DynamoTrainingStore(createDynamoClient(storeConfigFromEnv({ ...process.env, DEADLIFT_TABLE: tableName })), tableName);
  return {
    proxy,
    skill,
    direct,
    async close() {
      skill.table?.close();
      direct.close();
      await proxy.close();
    },
  };
}
