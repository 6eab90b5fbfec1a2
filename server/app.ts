// The skill as a web service, for hosting outside Lambda. Alexa requires such an endpoint to check
// every request's signature (the certificate chain Amazon names, up to a trusted root) and its
// timestamp (at most 150 s old); ask-sdk-express-adapter's verifiers do both. A request that
// fails either, or whose body is malformed or too big, gets 400 and never reaches the skill.
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';

/** Alexa's requests are a few kilobytes; anything near this is not from Alexa. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  readonly skill: Skill;
  /** Production: the adapter's own verifiers. Tests pass the same classes with their I/O seams set. */
  readonly signatureVerifier?: Verifier;
  readonly timestampVerifier?: Verifier;
  readonly path?: string;
}

/** Alexa's tolerance: a request more than 150 s from now (either way) is a replay or forged. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

/**
 * The adapter's TimestampVerifier only refuses timestamps that are too old: an unreadable one
 * ("yesterday", NaN) or one far in the future passes it (NaN compares false). This one refuses
 * both; it runs beside the adapter's, not instead of it.
 */
export class StrictTimestampVerifier implements Verifier {
  constructor(private readonly now: () => number = Date.now) {}

  async verify(requestEnvelope: string): Promise<void> {
    const parsed = JSON.parse(requestEnvelope) as { request?: { timestamp?: unknown } };
    const stamp = parsed?.request?.timestamp;
    const ms = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
    if (!Number.isFinite(ms)) throw new Error('Timestamp is missing or unreadable');
    if (Math.abs(this.now() - ms) > TIMESTAMP_TOLERANCE_MS) throw new Error('Timestamp verification failed');
  }
}

function refuse(response: express.Response, reason: string): void {
  response.status(400).type('text/plain').send(`Request refused: ${reason}`);
}

/** Refuses a declared oversized body before reading a byte of it. */
const sizeGuard: RequestHandler = (request, response, next) => {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return refuse(response, 'body too large');
  next();
};

/** body-parser's own errors (too large while streaming, aborted, bad encoding) are the client's fault: 400. */
const bodyErrors: ErrorRequestHandler = (error: { type?: unknown; status?: unknown }, _request, response, next) => {
  if (response.headersSent) return next(error);
  if (typeof error.type === 'string' || (typeof error.status === 'number' && error.status < 500)) return refuse(response, 'unreadable body');
  response.status(500).type('text/plain').send('Internal error');
};

export function createApp(options: AppOptions): Express {
  const verifiers = [
    options.signatureVerifier ?? new SkillRequestSignatureVerifier(),
    options.timestampVerifier ?? new TimestampVerifier(),
    new StrictTimestampVerifier(),
  ];
  // false, false: the verifiers are given explicitly (the same classes the flags would add).
  const adapter = new ExpressAdapter(options.skill, false, false, verifiers);
  const [noParserCheck, , dispatch] = adapter.getRequestHandlers();
  const app = express();
  app.disable('x-powered-by');
  app.post(
    options.path ?? '/',
    sizeGuard,
    noParserCheck!,
    // The adapter's text parser with our limit: the signature is over the exact bytes sent.
    express.text({ type: '*/*', limit: MAX_BODY_BYTES }),
    dispatch!,
  );
  app.use(bodyErrors);
  return app;
}
