// The self-hosted endpoint (server/app.ts) over real HTTP on 127.0.0.1, with our
// AlexaSignatureVerifier (the adapter's SkillRequestSignatureVerifier behind our URL check and
// cache) and the adapter's TimestampVerifier. Three seams: the certificate download (the
// verifier's `download` option; the real download is tested in certificateDownload.test.ts against
// a local TLS server), the clock a cached certificate is checked against (`now`), and the trust
// store (node's tls.rootCertificates, which the adapter reads at call time, mocked to hold a test
// root). Everything else (URL rules, validity dates, the SAN check, chain verification with
// node-forge, the RSA-SHA256 body signature, the 150 s timestamp window) is real.
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { skillBuilder } from '../../lambda/src/skill';
import { MAX_BODY_BYTES, createApp } from '../../server/app';
import { AlexaSignatureVerifier } from '../../server/signatureVerifier';
import { SKILL_ID } from '../support/conversation';
import { issue, keyPair, sign, type Issued } from './certificates';

const mockTrustedRoots: string[] = [];
jest.mock('tls', () => {
  const actual = jest.requireActual<typeof import('tls')>('tls');
  return {
    ...actual,
    get rootCertificates() {
      return mockTrustedRoots;
    },
  };
});

export const forgedFigures = { tried: 0, refused: 0, reachedSkill: 0 };

const GOOD_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';

let root: Issued;
let signer: Issued;
let server: Server;
let base: string;
let invocations = 0;
const fetched: string[] = [];
const chains = new Map<string, string>();
/** Added to the clock the verifier checks cached certificates against. */
let clockOffset = 0;

beforeAll(async () => {
  root = issue({ commonName: 'Test Root CA', ca: true });
  signer = issue({ commonName: 'echo-api.amazon.com', issuer: root, altNames: ['echo-api.amazon.com'] });
  mockTrustedRoots.push(root.pem);
  chains.set(GOOD_URL, signer.pem + root.pem);

  const verifier = new AlexaSignatureVerifier({
    now: () => Date.now() + clockOffset,
    download: async (url) => {
      fetched.push(url);
      const chain = chains.get(url);
      if (chain === undefined) throw new Error(`no certificate at ${url}`);
      return chain;
    },
  });
  const real = skillBuilder({}, { skillId: SKILL_ID }).create();
  const counting: Skill = {
    invoke: (envelope: RequestEnvelope, context?: unknown) => {
      invocations += 1;
      return real.invoke(envelope, context);
    },
    appendAdditionalUserAgent: (agent: string) => real.appendAdditionalUserAgent(agent),
  } as Skill;
  server = createApp({ skill: counting, skillId: SKILL_ID, signatureVerifier: verifier }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  process.stdout.write(`FORGED_FIGURES ${JSON.stringify(forgedFigures)}\n`);
});

function launchBody(overrides: { timestamp?: string; applicationId?: string } = {}): string {
  const application = { applicationId: overrides.applicationId ?? SKILL_ID };
  const user = { userId: 'amzn1.ask.account.server' };
  const envelope: RequestEnvelope = {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.server', application, user, attributes: {} },
    context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: { type: 'LaunchRequest', requestId: `amzn1.echo-api.request.${Math.random()}`, timestamp: overrides.timestamp ?? new Date().toISOString(), locale: 'en-US' },
  };
  return JSON.stringify(envelope);
}

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly type: string;
}

function post(body: string | Buffer, headers: Record<string, string> = {}, options: { chunked?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(base, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), type: String(res.headers['content-type'] ?? '') }));
    });
    req.on('error', reject);
    if (options.chunked) {
      const data = Buffer.isBuffer(body) ? body : Buffer.from(body);
      for (let i = 0; i < data.length; i += 16 * 1024) req.write(data.subarray(i, i + 16 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

function signedHeaders(body: string, keys = signer.keys, url = GOOD_URL): Record<string, string> {
  return { 'Signature-256': sign(body, keys), SignatureCertChainUrl: url };
}

/** A request that must be refused with 400 and must not reach the skill. */
async function expectRefused(body: string | Buffer, headers: Record<string, string>, options: { chunked?: boolean } = {}): Promise<Reply> {
  forgedFigures.tried += 1;
  const before = invocations;
  const reply = await post(body, headers, options);
  expect(reply.status).toBe(400);
  expect(invocations).toBe(before);
  // The same short JSON for every refusal: which check failed goes to the log, not the client.
  expect(reply.type).toMatch(/^application\/json/);
  expect(JSON.parse(reply.body)).toEqual({ error: 'request refused' });
  forgedFigures.refused += 1;
  forgedFigures.reachedSkill += invocations - before;
  return reply;
}

test('a request signed with a certificate that chains to a trusted root, fresh, reaches the skill', async () => {
  const body = launchBody();
  const before = invocations;
  const reply = await post(body, signedHeaders(body));
  expect(reply.status).toBe(200);
  expect(invocations).toBe(before + 1);
  const envelope = JSON.parse(reply.body) as ResponseEnvelope;
  expect(envelope.response.outputSpeech).toBeDefined();
  expect(fetched).toContain(GOOD_URL);
});

describe('forged signatures', () => {
  test('signed with a key that is not the certificate’s', async () => {
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, keyPair()));
  });
  test('body changed after signing', async () => {
    const body = launchBody();
    const headers = signedHeaders(body);
    await expectRefused(body.replace('LaunchRequest', 'IntentRequest'), headers);
  });
  test('signature of another request', async () => {
    await expectRefused(launchBody(), signedHeaders(launchBody()));
  });
  test.each([
    ['no signature header', (h: Record<string, string>) => ({ SignatureCertChainUrl: h.SignatureCertChainUrl! })],
    ['no certificate URL header', (h: Record<string, string>) => ({ 'Signature-256': h['Signature-256']! })],
    ['garbage signature', (h: Record<string, string>) => ({ ...h, 'Signature-256': 'bm90IGEgc2lnbmF0dXJl' })],
    ['empty signature', (h: Record<string, string>) => ({ ...h, 'Signature-256': '' })],
  ])('%s', async (_name, change) => {
    const body = launchBody();
    await expectRefused(body, change(signedHeaders(body)));
  });
});

describe('certificate URLs that are not Amazon’s are refused before anything is downloaded', () => {
  test.each([
    'http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem',
    'https://evil.example.com/echo.api/echo-api-cert-test.pem',
    'https://s3.amazonaws.com.evil.example.com/echo.api/echo-api-cert-test.pem',
    'https://s3.amazonaws.com/not-echo.api/echo-api-cert-test.pem',
    'https://s3.amazonaws.com:8443/echo.api/echo-api-cert-test.pem',
    'https://S3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem',
    'file:///etc/passwd',
    // Outside /echo.api/ once normalized: the adapter alone let these through (issue 11, item 11).
    'https://s3.amazonaws.com/echo.api/../../attacker-bucket/cert.pem',
    'https://s3.amazonaws.com/echo.api/../attacker-bucket/echo.api/cert.pem',
    'https://s3.amazonaws.com/echo.api/%2e%2e/%2E%2E/attacker-bucket/cert.pem',
    'https://s3.amazonaws.com/echo.api/.%2e/attacker-bucket/cert.pem',
    'https://s3.amazonaws.com\\attacker-bucket/echo.api/cert.pem',
    // Escapes left in the path, user info, a query, a trailing dot on the host, an empty port.
    'https://s3.amazonaws.com/echo.api/..%2fattacker-bucket/cert.pem',
    'https://s3.amazonaws.com/echo.api%2f../cert.pem',
    'https://attacker@s3.amazonaws.com/echo.api/echo-api-cert-test.pem',
    'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem?x-id=attacker',
    'https://s3.amazonaws.com./echo.api/echo-api-cert-test.pem',
    'https://s3.amazonaws.com:80/echo.api/echo-api-cert-test.pem',
    'not a url',
  ])('%s', async (url) => {
    const body = launchBody();
    const before = fetched.length;
    await expectRefused(body, signedHeaders(body, signer.keys, url));
    expect(fetched.length).toBe(before);
  });
});

describe('certificate URLs Amazon allows are fetched in their normalized form', () => {
  test.each([
    ['host in capitals', 'https://S3.AMAZONAWS.COM/echo.api/normalized-1.pem', 'https://s3.amazonaws.com/echo.api/normalized-1.pem'],
    ['explicit port 443', 'https://s3.amazonaws.com:443/echo.api/normalized-2.pem', 'https://s3.amazonaws.com/echo.api/normalized-2.pem'],
    ['dot segments that stay inside /echo.api/', 'https://s3.amazonaws.com/echo.api/../echo.api/./x/../normalized-3.pem', 'https://s3.amazonaws.com/echo.api/normalized-3.pem'],
  ])('%s', async (_name, sent, normalized) => {
    chains.set(normalized, signer.pem + root.pem);
    const body = launchBody();
    const before = invocations;
    const reply = await post(body, signedHeaders(body, signer.keys, sent));
    expect(reply.status).toBe(200);
    expect(invocations).toBe(before + 1);
    expect(fetched).toContain(normalized);
    expect(fetched).not.toContain(sent);
  });
});

describe('a cached certificate is checked against the clock on every use', () => {
  afterEach(() => {
    clockOffset = 0;
  });
  test('past its notAfter it is refused (and fetched again, in case Amazon replaced it), then accepted again in its dates', async () => {
    const url = 'https://s3.amazonaws.com/echo.api/cached.pem';
    const short = issue({ commonName: 'echo-api.amazon.com', issuer: root, altNames: ['echo-api.amazon.com'], notAfter: new Date(Date.now() + 3600_000) });
    chains.set(url, short.pem + root.pem);
    const first = launchBody();
    expect((await post(first, signedHeaders(first, short.keys, url))).status).toBe(200);
    const cachedUse = launchBody();
    const fetchesBefore = fetched.length;
    expect((await post(cachedUse, signedHeaders(cachedUse, short.keys, url))).status).toBe(200);
    expect(fetched.length).toBe(fetchesBefore);
    clockOffset = 2 * 3600_000;
    const late = launchBody();
    await expectRefused(late, signedHeaders(late, short.keys, url));
    clockOffset = 0;
    const again = launchBody();
    expect((await post(again, signedHeaders(again, short.keys, url))).status).toBe(200);
  });
});

describe('certificates that must not be trusted', () => {
  function served(name: string, chain: string): string {
    const url = `https://s3.amazonaws.com/echo.api/${name}.pem`;
    chains.set(url, chain);
    return url;
  }
  test('issued by a root nobody trusts', async () => {
    const rogueRoot = issue({ commonName: 'Rogue Root', ca: true });
    const rogue = issue({ commonName: 'echo-api.amazon.com', issuer: rogueRoot, altNames: ['echo-api.amazon.com'] });
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, rogue.keys, served('rogue', rogue.pem + rogueRoot.pem)));
  });
  test('self-signed with the right name', async () => {
    const self = issue({ commonName: 'echo-api.amazon.com', altNames: ['echo-api.amazon.com'] });
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, self.keys, served('self', self.pem)));
  });
  test('expired', async () => {
    const old = issue({ commonName: 'echo-api.amazon.com', issuer: root, altNames: ['echo-api.amazon.com'], notBefore: new Date(Date.now() - 10 * 86400_000), notAfter: new Date(Date.now() - 86400_000) });
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, old.keys, served('expired', old.pem + root.pem)));
  });
  test('not yet valid', async () => {
    const early = issue({ commonName: 'echo-api.amazon.com', issuer: root, altNames: ['echo-api.amazon.com'], notBefore: new Date(Date.now() + 86400_000), notAfter: new Date(Date.now() + 10 * 86400_000) });
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, early.keys, served('early', early.pem + root.pem)));
  });
  test('trusted chain, but not for echo-api.amazon.com', async () => {
    const other = issue({ commonName: 'shop.example.com', issuer: root, altNames: ['shop.example.com'] });
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, other.keys, served('othername', other.pem + root.pem)));
  });
  test('the download fails', async () => {
    const body = launchBody();
    await expectRefused(body, signedHeaders(body, signer.keys, 'https://s3.amazonaws.com/echo.api/missing.pem'));
  });
});

describe('timestamps', () => {
  test.each([
    ['151 s old', () => new Date(Date.now() - 151_000).toISOString()],
    ['a day old', () => new Date(Date.now() - 86400_000).toISOString()],
    // The adapter's TimestampVerifier alone lets these two through; server/app.ts adds a strict one.
    ['not a time', () => 'yesterday'],
    ['an hour in the future', () => new Date(Date.now() + 3600_000).toISOString()],
  ])('%s, correctly signed', async (_name, stamp) => {
    const body = launchBody({ timestamp: stamp() });
    await expectRefused(body, signedHeaders(body));
  });
  test('missing, correctly signed', async () => {
    const envelope = JSON.parse(launchBody()) as { request: Record<string, unknown> };
    delete envelope.request.timestamp;
    const body = JSON.stringify(envelope);
    await expectRefused(body, signedHeaders(body));
  });
});

describe('malformed and oversized bodies', () => {
  test.each([
    ['not JSON, correctly signed', 'this is not json'],
    ['truncated JSON, correctly signed', launchBody().slice(0, 80)],
    ['JSON without a request, correctly signed', '{"version":"1.0"}'],
    ['a JSON array, correctly signed', '[1,2,3]'],
    ['empty, correctly signed', ''],
  ])('%s', async (_name, body) => {
    await expectRefused(body, signedHeaders(body));
  });
  test('bigger than the limit, with Content-Length', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES + 1) });
    await expectRefused(body, signedHeaders(body));
  });
  test('bigger than the limit, chunked (no Content-Length)', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES * 2) });
    await expectRefused(body, { ...signedHeaders(body), 'transfer-encoding': 'chunked' }, { chunked: true });
  });
  test('not UTF-8 declared charset', async () => {
    const body = launchBody();
    await expectRefused(body, { ...signedHeaders(body), 'content-type': 'application/json; charset=utf-42' });
  });
});

test('a correctly signed request for another skill is refused like any other (400), before the skill', async () => {
  const body = launchBody({ applicationId: 'amzn1.ask.skill.someone-else' });
  await expectRefused(body, signedHeaders(body));
});

test('a correctly signed request the skill cannot read is refused before the skill', async () => {
  const envelope = JSON.parse(launchBody()) as { request: Record<string, unknown> };
  envelope.request.locale = 42;
  const body = JSON.stringify(envelope);
  await expectRefused(body, signedHeaders(body));
});
