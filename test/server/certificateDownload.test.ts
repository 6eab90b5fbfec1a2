// The certificate download itself (server/certificateDownload.ts), over real TLS on 127.0.0.1: a
// local HTTPS server holds a certificate for s3.amazonaws.com issued by the test CA, and the
// download connects to it (connectTo) while checking TLS against that CA for the URL's host name.
// Outcomes only, no timing: a trickling or oversized answer is cut off, a redirect is not followed.
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { CertificateDownloadError, downloadCertificate, type DownloadOptions } from '../../server/certificateDownload';
import { checkedCertificateUrl } from '../../server/certificateUrl';
import { issue, type Issued } from './certificates';

let root: Issued;
let servers: Server[] = [];
const requested: string[] = [];
/** Server-side sockets, to see the download close them. */
const sockets = new Set<Socket>();
let chain: string;

function serve(cert: Issued): Promise<{ host: string; port: number }> {
  const server = createServer({ key: cert.keys.privatePem, cert: cert.pem }, (request, response) => {
    requested.push(request.url ?? '');
    switch (request.url) {
      case '/echo.api/good.pem':
        response.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(chain);
        return;
      case '/echo.api/trickle.pem': {
        response.writeHead(200, { 'content-type': 'application/x-pem-file' });
        const timer = setInterval(() => response.write('-'), 50);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/echo.api/huge.pem': {
        response.writeHead(200, { 'content-type': 'application/x-pem-file' });
        const block = '-'.repeat(16 * 1024);
        const pump = (): void => {
          while (!response.destroyed && response.write(block));
          if (!response.destroyed) response.once('drain', pump);
        };
        pump();
        return;
      }
      case '/echo.api/declared-huge.pem':
        response.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).write('-');
        return;
      case '/echo.api/moved.pem':
        response.writeHead(302, { location: '/echo.api/good.pem' }).end();
        return;
      default:
        response.writeHead(404).end();
    }
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ host: '127.0.0.1', port: (server.address() as AddressInfo).port })));
}

let s3: { host: string; port: number };
let impostor: { host: string; port: number };

beforeAll(async () => {
  root = issue({ commonName: 'Test Root CA', ca: true });
  const signer = issue({ commonName: 'echo-api.amazon.com', issuer: root, altNames: ['echo-api.amazon.com'] });
  chain = signer.pem + root.pem;
  s3 = await serve(issue({ commonName: 's3.amazonaws.com', issuer: root, altNames: ['s3.amazonaws.com'] }));
  impostor = await serve(issue({ commonName: 'attacker.example.com', issuer: root, altNames: ['attacker.example.com'] }));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

function fetch(path: string, options: DownloadOptions = {}): Promise<string> {
  return downloadCertificate(checkedCertificateUrl(`https://s3.amazonaws.com${path}`), { connectTo: s3, ca: root.pem, timeoutMs: 2_000, ...options });
}

async function allClosed(): Promise<void> {
  // The server sees the client's close a moment after the client makes it.
  for (let i = 0; i < 200 && sockets.size > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(sockets.size).toBe(0);
}

test('downloads the chain over TLS checked for s3.amazonaws.com', async () => {
  await expect(fetch('/echo.api/good.pem')).resolves.toBe(chain);
});

test('a body that trickles is cut off at the deadline, and the connection closed', async () => {
  await expect(fetch('/echo.api/trickle.pem', { timeoutMs: 500 })).rejects.toThrow(/timed out/);
  await allClosed();
});

test('a body bigger than the limit is cut off while streaming, and the connection closed', async () => {
  const error = await fetch('/echo.api/huge.pem', { maxBytes: 64 * 1024, timeoutMs: 20_000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CertificateDownloadError);
  expect(String(error)).toMatch(/too large/);
  await allClosed();
});

test('a declared size over the limit is refused before the body', async () => {
  await expect(fetch('/echo.api/declared-huge.pem')).rejects.toThrow(/too large/);
  await allClosed();
});

test('a redirect is not followed, and a missing file is an error', async () => {
  const before = requested.length;
  await expect(fetch('/echo.api/moved.pem')).rejects.toThrow(/302/);
  await expect(fetch('/echo.api/missing.pem')).rejects.toThrow(/404/);
  expect(requested.slice(before)).toEqual(['/echo.api/moved.pem', '/echo.api/missing.pem']);
});

test('a TLS certificate for another host is refused, even from a trusted CA', async () => {
  await expect(fetch('/echo.api/good.pem', { connectTo: impostor })).rejects.toThrow(/failed/);
});

test('a TLS certificate from a CA the system does not trust is refused', async () => {
  const url = checkedCertificateUrl('https://s3.amazonaws.com/echo.api/good.pem');
  await expect(downloadCertificate(url, { connectTo: s3, timeoutMs: 2_000 })).rejects.toThrow(/failed/);
});
