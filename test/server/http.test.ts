// The web service's own limits (server/http.ts) with real sockets on 127.0.0.1: slow headers, slow
// bodies and idle connections are closed by the server, connections beyond the cap are refused,
// and every refusal is a short JSON body naming nothing inside. Small limits make this quick;
// assertions are on outcomes (closed, status, body), with generous waits, never on durations.
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { skillBuilder } from '../../lambda/src/skill';
import { createApp } from '../../server/app';
import { createSkillServer, type ServerLimits } from '../../server/http';
import { SKILL_ID } from '../support/conversation';

const LIMITS: ServerLimits = {
  headersTimeoutMs: 800,
  requestTimeoutMs: 1_200,
  idleTimeoutMs: 1_500,
  keepAliveTimeoutMs: 500,
  maxConnections: 6,
  checkIntervalMs: 200,
};

let server: Server;
let port: number;
const clients = new Set<Socket>();

beforeAll(async () => {
  const skill = skillBuilder({}, { skillId: SKILL_ID }).create();
  server = createSkillServer(createApp({ skill, skillId: SKILL_ID }), LIMITS);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  clients.clear();
  await until(async () => (await connections()) === 0);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function connections(): Promise<number> {
  return new Promise((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
}

/** Polls `condition` for up to 15 s (the limits above are about a second). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached in 15 s');
}

interface Client {
  readonly socket: Socket;
  /** Everything the server sent, and whether it closed the connection. */
  readonly received: () => string;
  readonly closed: Promise<void>;
}

function client(): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    clients.add(socket);
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('connect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

function headersOf(length: number): string {
  return `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
}

/** Writes `text` a byte at a time until the socket closes (a client that never finishes). */
function trickle(socket: Socket, text: string): void {
  let at = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || !socket.writable) return clearInterval(timer);
    socket.write(text[at % text.length]!);
    at += 1;
  }, 100);
  socket.on('close', () => clearInterval(timer));
}

function expectJsonRefusal(raw: string, status: number): void {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  expect(head.toLowerCase()).toContain('content-type: application/json');
  expect(Object.keys(JSON.parse(body) as object)).toEqual(['error']);
  expect(raw).not.toMatch(/html|Error:|AskSdk|Verifier|stack/i);
}

test('twenty clients trickling their bodies are all answered 408 and closed by the server', async () => {
  const slow = await Promise.all(Array.from({ length: 20 }, () => client()));
  // Over the cap of 6: some are refused outright, the rest are cut off at the request deadline.
  for (const c of slow) {
    c.socket.write(headersOf(10_000));
    trickle(c.socket, '{"version":"1.0"}');
  }
  await Promise.all(slow.map((c) => c.closed));
  const answered = slow.filter((c) => c.received() !== '');
  expect(answered.length).toBeGreaterThan(0);
  for (const c of answered) expectJsonRefusal(c.received(), 408);
});

test('a client sending its headers slowly is answered 408 and closed', async () => {
  const c = await client();
  trickle(c.socket, 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  await c.closed;
  expectJsonRefusal(c.received(), 408);
});

test('a connection that sends nothing is closed', async () => {
  const c = await client();
  await c.closed;
  expect(c.socket.destroyed).toBe(true);
});

test('connections beyond the cap are closed at once; below it they are served', async () => {
  const held = await Promise.all(Array.from({ length: LIMITS.maxConnections }, () => client()));
  await until(async () => (await connections()) === LIMITS.maxConnections);
  const extra = await client();
  await extra.closed;
  expect(extra.received()).toBe('');
  expect(held.every((c) => !c.socket.destroyed)).toBe(true);
  held[0]!.socket.destroy();
  await until(async () => (await connections()) < LIMITS.maxConnections);
  const served = await client();
  served.socket.end(`${headersOf(2)}{}`);
  await served.closed;
  expectJsonRefusal(served.received(), 400);
});

test('refusals are short JSON: unsigned request, unknown path, garbage on the wire', async () => {
  const unsigned = await client();
  unsigned.socket.end(`${headersOf(17)}{"version":"1.0"}`);
  await unsigned.closed;
  expectJsonRefusal(unsigned.received(), 400);
  expect(JSON.parse(unsigned.received().split('\r\n\r\n')[1]!)).toEqual({ error: 'request refused' });

  const elsewhere = await client();
  elsewhere.socket.end('GET /admin HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  await elsewhere.closed;
  expectJsonRefusal(elsewhere.received(), 404);

  const garbage = await client();
  garbage.socket.write('NOT HTTP AT ALL\r\n\r\n');
  await garbage.closed;
  expectJsonRefusal(garbage.received(), 400);
});
