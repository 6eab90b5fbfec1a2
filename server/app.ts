// The skill as a web service, for hosting outside Lambda. Alexa requires such an endpoint to check
// every request's signature (the certificate chain Amazon names, up to a trusted root) and its
// timestamp (at most 150 s old). A request that fails either, whose body is malformed or too big,
// or that is for another skill gets 400 with a short JSON body and never reaches the skill; which
// check failed goes to the log, not to the client.
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import type { Skill } from 'ask-sdk-core';
import { TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import { checkEnvelope } from '../lambda/src/edge';
import { writeLog } from '../lambda/src/log';
import { AlexaSignatureVerifier } from './signatureVerifier';

/** Alexa's requests are a few kilobytes; anything near this is not from Alexa. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface AppOptions {
  readonly skill: Skill;
  /** The skill id requests must carry (SKILL_ID); without one any id is accepted. */
  readonly skillId?: string;
  /** Production: AlexaSignatureVerifier. Tests pass one with its I/O seams set. */
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

/** Why a request was refused: a fixed word for the log; the client only hears "request refused". */
type RefusalReason = 'timestamp' | 'signature' | 'json' | 'envelope' | 'skillId' | 'tooLarge' | 'body' | 'parsedBefore';

function refuse(response: Response, reason: RefusalReason): void {
  writeLog({ level: 'warn', message: 'refused', reason });
  response.status(400).json({ error: 'request refused' });
}

/** Refuses a declared oversized body before reading a byte of it. */
const sizeGuard: RequestHandler = (request, response, next) => {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return refuse(response, 'tooLarge');
  next();
};

/** The signature is over the exact bytes sent: nothing may have parsed the body before us. */
const unparsed: RequestHandler = (request, response, next) => {
  if (request.body !== undefined) return refuse(response, 'parsedBefore');
  next();
};

/** body-parser's own errors (too large while streaming, aborted, bad encoding) are the client's fault: 400. */
const bodyErrors: ErrorRequestHandler = (error: { type?: unknown; status?: unknown }, _request, response, next) => {
  if (response.headersSent) return next(error);
  if (typeof error.type === 'string' || (typeof error.status === 'number' && error.status < 500)) return refuse(response, 'body');
  writeLog({ level: 'error', message: 'server error' });
  response.status(500).json({ error: 'internal error' });
};

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function dispatch(options: AppOptions): RequestHandler {
  // Cheap checks first: a stale request is refused before any certificate is downloaded.
  const timestamps = [new StrictTimestampVerifier(), options.timestampVerifier ?? new TimestampVerifier()];
  const signature = options.signatureVerifier ?? new AlexaSignatureVerifier();
  return async (request, response) => {
    const body = typeof request.body === 'string' ? request.body : '';
    try {
      for (const verifier of timestamps) await verifier.verify(body, request.headers);
    } catch {
      return refuse(response, 'timestamp');
    }
    try {
      await signature.verify(body, request.headers);
    } catch {
      return refuse(response, 'signature');
    }
    const envelope = parse(body);
    if (envelope === undefined) return refuse(response, 'json');
    const check = checkEnvelope(envelope, options.skillId === undefined ? {} : { skillId: options.skillId });
    if (!check.ok) return refuse(response, 'envelope');
    if (options.skillId !== undefined && check.envelope.context?.System?.application?.applicationId !== options.skillId) return refuse(response, 'skillId');
    try {
      response.json(await options.skill.invoke(check.envelope));
    } catch {
      writeLog({ level: 'error', message: 'server error' });
      response.status(500).json({ error: 'internal error' });
    }
  };
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.post(options.path ?? '/', sizeGuard, unparsed, express.text({ type: '*/*', limit: MAX_BODY_BYTES }), dispatch(options));
  app.use((_request, response) => void response.status(404).json({ error: 'not found' }));
  app.use(bodyErrors);
  return app;
}
