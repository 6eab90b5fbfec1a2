// The real Lambda bundle (dist/index.js), loaded as Lambda would load it, and a device-side
// session around it: session id, `new`, attributes carried from each response into the next
// request, and whether the session is still open.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import type { Request, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { CoachError } from './errors';
import { envelope, type Identity } from './envelopes';

export type SkillHandler = (event: RequestEnvelope, context: LambdaContext) => Promise<ResponseEnvelope>;

export interface LambdaContext {
  readonly functionName: string;
  readonly awsRequestId: string;
  getRemainingTimeInMillis(): number;
}

/** The Lambda timeout (docs/design.md, "Platform limits"): a slower answer is one Alexa would have dropped. */
export const LAMBDA_TIMEOUT_MS = 7000;

export function bundlePath(root: string): string {
  return path.join(root, 'dist', 'index.js');
}

export function loadSkill(root: string): SkillHandler {
  const file = bundlePath(root);
  if (!fs.existsSync(file)) {
    throw new CoachError(`${path.relative(root, file)} not found: run npm run build first (npm start builds it for you)`, 1);
  }
  let exported: unknown;
  try {
    exported = createRequire(path.join(root, 'package.json'))(file);
  } catch (error) {
    throw new CoachError(`${path.relative(root, file)} failed to load: ${(error as Error).message} (run npm run build again)`, 1);
  }
  const handler = (exported as { handler?: unknown } | undefined)?.handler;
  if (typeof handler !== 'function') {
    throw new CoachError(`${path.relative(root, file)} does not export handler(event, context): check lambda/src/index.ts, then npm run build`, 1);
  }
  // ask-sdk's lambda() handler answers through a callback and returns nothing; an async handler
  // returns a promise. Take whichever comes.
  return (event, context) =>
    new Promise<ResponseEnvelope>((resolve, reject) => {
      const done = (error: unknown, result?: ResponseEnvelope): void => (error ? reject(error) : resolve(result as ResponseEnvelope));
      try {
        const returned: unknown = (handler as (...args: unknown[]) => unknown)(event, context, done);
        if (returned && typeof (returned as Promise<unknown>).then === 'function') {
          (returned as Promise<ResponseEnvelope>).then(resolve, reject);
        }
      } catch (error) {
        reject(error);
      }
    });
}

export interface Exchange {
  readonly request: RequestEnvelope;
  /** Undefined when the skill threw: Alexa would say there was a problem with the skill. */
  readonly response?: ResponseEnvelope;
  readonly error?: Error;
  readonly elapsedMs: number;
}

/** One device talking to the skill: opens sessions, carries attributes, knows when it is open. */
export class DeviceSession {
  private sessionId = '';
  private isNew = true;
  private attributes: Record<string, unknown> = {};
  private openNow = false;

  constructor(
    private readonly handler: SkillHandler,
    private readonly identity: Identity,
  ) {}

  get open(): boolean {
    return this.openNow;
  }

  /** The attributes the skill returned last: the coach reads hold settings from them. */
  get lastAttributes(): Readonly<Record<string, unknown>> {
    return this.attributes;
  }

  async send(request: Request): Promise<Exchange> {
    if (!this.openNow && request.type !== 'SessionEndedRequest') {
      this.sessionId = `amzn1.echo-api.session.${randomUUID()}`;
      this.isNew = true;
      this.attributes = {};
      this.openNow = true;
    }
    const event = envelope(request, { sessionId: this.sessionId, isNew: this.isNew, attributes: this.attributes }, this.identity);
    const started = performance.now();
    const context: LambdaContext = {
      functionName: 'runner-deadlift-local',
      awsRequestId: randomUUID(),
      getRemainingTimeInMillis: () => Math.max(0, LAMBDA_TIMEOUT_MS - (performance.now() - started)),
    };
    this.isNew = false;
    try {
      const response = await this.handler(event, context);
      const elapsedMs = performance.now() - started;
      if (request.type === 'SessionEndedRequest') {
        this.openNow = false;
      } else {
        this.attributes = { ...(response?.sessionAttributes ?? {}) };
        const r = response?.response;
        // No shouldEndSession and no reprompt ends the session on a voice-only device; on a screen
        // showing the skill's document it stays open without listening (docs/design.md, "Screens").
        const screenKeeps =
          this.identity.screen === true &&
          r?.shouldEndSession === undefined &&
          (request.type === 'Alexa.Presentation.APL.UserEvent' || (r?.directives ?? []).some((d) => d.type.startsWith('Alexa.Presentation.APL.')));
        this.openNow = r?.shouldEndSession === false || (r?.shouldEndSession === undefined && r?.reprompt !== undefined) || screenKeeps;
      }
      return { request: event, response, elapsedMs };
    } catch (error) {
      this.openNow = false;
      return { request: event, error: error instanceof Error ? error : new Error(String(error)), elapsedMs: performance.now() - started };
    }
  }

  /** The session is over on the device side (it was ended or timed out). */
  close(): void {
    this.openNow = false;
  }
}
