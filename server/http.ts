// The HTTP(S) server around the app, with the limits Node leaves open by default: a client that
// sends its headers or its body slowly, or holds an idle connection, is cut off, and connections
// beyond a cap are refused, so a handful of slow sockets cannot hold the service. Alexa sends a few
// KB at once and waits at most 8 s for the answer, so these bounds never touch a real request.
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';

export interface ServerLimits {
  /** Until the request's headers are complete, ms. */
  readonly headersTimeoutMs: number;
  /** Until the whole request (headers and body) is in, ms. */
  readonly requestTimeoutMs: number;
  /** A connection with no bytes either way is closed after this, ms. */
  readonly idleTimeoutMs: number;
  /** An idle keep-alive connection between requests, ms. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at most; more are closed as they arrive. */
  readonly maxConnections: number;
  /** How often Node checks the header and request deadlines, ms. */
  readonly checkIntervalMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  idleTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  checkIntervalMs: 1_000,
};

export interface TlsFiles {
  readonly cert: Buffer;
  readonly key: Buffer;
}

/** A refusal written straight to the socket: short JSON, no names of anything inside. */
export function rawRefusal(status: number, reason: string, error: string): string {
  const body = JSON.stringify({ error });
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * Node answers a malformed or timed-out request itself (400, 408, 431) unless someone listens for
 * 'clientError'; this listener answers the same statuses as JSON and closes the connection.
 */
function onClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const refusal =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || error.code === 'ERR_HTTP_HEADERS_TIMEOUT'
      ? rawRefusal(408, 'Request Timeout', 'request timeout')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? rawRefusal(431, 'Request Header Fields Too Large', 'headers too large')
        : rawRefusal(400, 'Bad Request', 'bad request');
  socket.end(refusal, () => socket.destroy());
}

export function createSkillServer(app: RequestListener, limits: ServerLimits = DEFAULT_LIMITS, tls?: TlsFiles): Server {
  const options = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
    maxHeaderSize: 16 * 1024,
  };
  const server: Server = tls ? createHttpsServer({ ...options, cert: tls.cert, key: tls.key }, app) : createHttpServer(options, app);
  server.maxConnections = limits.maxConnections;
  // With no 'timeout' listener Node destroys an idle socket itself.
  server.setTimeout(limits.idleTimeoutMs);
  server.on('clientError', onClientError);
  return server;
}
