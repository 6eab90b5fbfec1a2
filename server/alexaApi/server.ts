// A local stand-in for Alexa's Timers and Reminders REST APIs on 127.0.0.1, for the tests and the
// local coach: the skill reaches it through ask-sdk's own service clients, with the apiEndpoint
// and apiAccessToken of the request pointing here. It checks what it receives the way the service
// documents (bearer token, permission scope, body shape, limits) and answers in the documented
// shapes, so a wrong field in what the skill sends fails a test instead of failing on a device.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { isoDuration, type Json } from './check';
import { MAX_TIMERS, readTimerRequest, type Operation, type TimerRequest } from './timers';
import { readReminderRequest, type ReminderRequest } from './reminders';

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
export type Scope = typeof TIMERS_SCOPE | typeof REMINDERS_SCOPE;

const MAX_BODY_BYTES = 64 * 1024;

/** What an access token stands for: one user of one skill, the scopes they granted, their device. */
export interface Grant {
  readonly userId: string;
  readonly skillId: string;
  readonly scopes: readonly Scope[];
  /** A device without timers (some Echo models, the Alexa app on a phone) gets 403 on create. */
  readonly timers?: boolean;
}

export type TimerStatus = 'ON' | 'PAUSED' | 'OFF';

export interface TimerRecord {
  readonly id: string;
  readonly userId: string;
  readonly skillId: string;
  readonly request: TimerRequest;
  status: TimerStatus;
  readonly createdTime: string;
  updatedTime: string;
  /** When it rings (ms), while ON. */
  triggerAt: number;
  remainingWhenPaused?: number;
}

export interface ReminderRecord {
  readonly alertToken: string;
  readonly userId: string;
  readonly skillId: string;
  request: ReminderRequest;
  readonly createdTime: string;
  updatedTime: string;
  version: number;
}

/** One request as the server received it, for tests to check what the skill sent. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body?: Json;
  readonly status: number;
}

export interface AlexaApiOptions {
  /** The service's clock (ms); the local coach passes its own so timers ring in its time. */
  readonly now?: () => number;
}

interface Answer {
  readonly status: number;
  readonly body?: Json;
}

const error = (status: number, code: string, message: string): Answer => ({ status, body: { code, message } });

export class AlexaApi {
  readonly received: Received[] = [];
  private readonly grants = new Map<string, Grant>();
  private readonly timerList: TimerRecord[] = [];
  private readonly reminderList: ReminderRecord[] = [];
  private readonly faults: Answer[] = [];
  private server?: http.Server;
  private readonly now: () => number;

  constructor(options: AlexaApiOptions = {}) {
    this.now = options.now ?? Date.now;
  }

  /** http://127.0.0.1:<port>, the value to put in context.System.apiEndpoint. */
  get endpoint(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('the Alexa API server is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async listen(port = 0): Promise<this> {
    const server = http.createServer((request, response) => void this.serve(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Issues an access token for this grant (what Alexa puts in apiAccessToken). */
  token(grant: Grant): string {
    const token = `local-${randomUUID()}`;
    this.grants.set(token, grant);
    return token;
  }

  /** Changes what a token's user has granted, as a yes to a consent prompt would. */
  grant(token: string, scope: Scope): void {
    const current = this.grants.get(token);
    if (!current) throw new Error('unknown token');
    if (!current.scopes.includes(scope)) this.grants.set(token, { ...current, scopes: [...current.scopes, scope] });
  }

  /** The next request (any route) is answered with this status and error code instead. */
  failNext(status: number, code = 'INTERNAL_SERVER_ERROR'): void {
    this.faults.push(error(status, code, 'injected fault'));
  }

  /** Every timer this server holds (any state), or one user's, oldest first. */
  timers(userId?: string): TimerRecord[] {
    return this.timerList.filter((t) => userId === undefined || t.userId === userId);
  }

  /** Every reminder this server holds, or one user's, oldest first. */
  reminders(userId?: string): ReminderRecord[] {
    return this.reminderList.filter((r) => userId === undefined || r.userId === userId);
  }

  /** Timers that are ON and whose time has come, soonest first. */
  due(): TimerRecord[] {
    const now = this.now();
    return this.timerList.filter((t) => t.status === 'ON' && t.triggerAt <= now).sort((a, b) => a.triggerAt - b.triggerAt);
  }

  /** The timer rings and is stopped: what a device does with its operation is the caller's. */
  ring(id: string): { timer: TimerRecord; operation: Operation } | undefined {
    const timer = this.timerList.find((t) => t.id === id && t.status === 'ON');
    if (!timer) return undefined;
    timer.status = 'OFF';
    timer.updatedTime = new Date(this.now()).toISOString();
    return { timer, operation: timer.request.operation };
  }

  private async serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const authorization = request.headers.authorization;
    let body: Json;
    let answer: Answer;
    try {
      const raw = await readBody(request);
      if (raw === 'tooLarge') {
        answer = error(400, 'INVALID_REQUEST', 'body too large');
      } else {
        if (raw.length > 0) {
          try {
            body = JSON.parse(raw) as Json;
          } catch {
            body = raw;
            answer = error(400, 'INVALID_REQUEST', 'body is not JSON');
          }
        }
        answer ??= this.faults.shift() ?? this.route(method, url.pathname, authorization, body, raw.length > 0);
      }
    } catch {
      answer = error(400, 'INVALID_REQUEST', 'could not read the body');
    }
    this.received.push({ method, path: url.pathname, ...(authorization && { authorization }), ...(body !== undefined && { body }), status: answer.status });
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  }

  private route(method: string, path: string, authorization: string | undefined, body: Json, hasBody: boolean): Answer {
    const timers = /^\/v1\/alerts\/timers(?:\/([^/]+)(?:\/(pause|resume))?)?$/.exec(path);
    const reminders = /^\/v1\/alerts\/reminders(?:\/([^/]+))?$/.exec(path);
    if (!timers && !reminders) return error(404, 'NOT_FOUND', `no such resource: ${path}`);
    const scope: Scope = timers ? TIMERS_SCOPE : REMINDERS_SCOPE;
    const grant = this.authorize(authorization);
    if (!grant) return error(401, 'UNAUTHORIZED', 'missing or invalid bearer token');
    if (!grant.scopes.includes(scope)) return error(401, 'UNAUTHORIZED', `the user has not granted ${scope}`);
    if (timers) return this.timerRoute(method, timers[1], timers[2], grant, body, hasBody);
    return this.reminderRoute(method, reminders![1], grant, body, hasBody);
  }

  private authorize(authorization: string | undefined): Grant | undefined {
    const match = /^Bearer (\S+)$/.exec(authorization ?? '');
    return match ? this.grants.get(match[1]!) : undefined;
  }

  private timerRoute(method: string, id: string | undefined, action: string | undefined, grant: Grant, body: Json, hasBody: boolean): Answer {
    // A skill sees only the timers it set for this user.
    const mine = this.timerList.filter((t) => t.userId === grant.userId && t.skillId === grant.skillId && t.status !== 'OFF');
    if (id === undefined) {
      if (method === 'GET') return { status: 200, body: { totalCount: mine.length, timers: mine.map((t) => this.timerResponse(t)) } };
      if (method === 'DELETE') {
        for (const t of mine) this.stop(t);
        return { status: 200 };
      }
      if (method !== 'POST') return error(405, 'METHOD_NOT_ALLOWED', method);
      if (!hasBody) return error(400, 'INVALID_REQUEST', 'a timer request body is required');
      const read = readTimerRequest(body);
      if (!read.ok) return error(400, 'INVALID_REQUEST', read.problems.join('; '));
      const task = read.request.operation.type === 'LAUNCH_TASK' ? read.request.operation.task : undefined;
      if (task && !task.name.startsWith(`${grant.skillId}.`)) return error(400, 'INVALID_REQUEST', `task.name must be <skillId>.<TaskName> of this skill (${grant.skillId})`);
      if (read.request.operation.type === 'LAUNCH_TASK' && read.request.visibility !== 'VISIBLE') return error(400, 'INVALID_REQUEST', 'a LAUNCH_TASK timer must be VISIBLE');
      if (grant.timers === false) return error(403, 'DEVICE_NOT_SUPPORTED', 'this device does not support timers');
      if (read.request.timerLabel !== undefined && mine.some((t) => t.request.timerLabel === read.request.timerLabel)) return error(400, 'INVALID_REQUEST', 'timerLabel must be unique');
      if (this.timerList.filter((t) => t.userId === grant.userId && t.status !== 'OFF').length >= MAX_TIMERS) return error(400, 'TIMER_LIMIT_EXCEEDED', `at most ${MAX_TIMERS} timers`);
      const now = this.now();
      const stamp = new Date(now).toISOString();
      const timer: TimerRecord = { id: randomUUID(), userId: grant.userId, skillId: grant.skillId, request: read.request, status: 'ON', createdTime: stamp, updatedTime: stamp, triggerAt: now + read.request.seconds * 1000 };
      this.timerList.push(timer);
      return { status: 200, body: this.timerResponse(timer) };
    }
    const timer = mine.find((t) => t.id === id);
    if (!timer) return error(404, 'TIMER_NOT_FOUND', `no timer ${id}`);
    if (action === undefined) {
      if (method === 'GET') return { status: 200, body: this.timerResponse(timer) };
      if (method === 'DELETE') {
        this.stop(timer);
        return { status: 200 };
      }
      return error(405, 'METHOD_NOT_ALLOWED', method);
    }
    if (method !== 'POST') return error(405, 'METHOD_NOT_ALLOWED', method);
    const now = this.now();
    if (action === 'pause') {
      if (timer.status !== 'ON') return error(400, 'INVALID_REQUEST', 'only a running timer can be paused');
      timer.status = 'PAUSED';
      timer.remainingWhenPaused = Math.max(0, timer.triggerAt - now);
    } else {
      if (timer.status !== 'PAUSED') return error(400, 'INVALID_REQUEST', 'only a paused timer can be resumed');
      timer.status = 'ON';
      timer.triggerAt = now + (timer.remainingWhenPaused ?? 0);
      delete timer.remainingWhenPaused;
    }
    timer.updatedTime = new Date(now).toISOString();
    return { status: 200 };
  }

  private stop(timer: TimerRecord): void {
    timer.status = 'OFF';
    timer.updatedTime = new Date(this.now()).toISOString();
  }

  private timerResponse(timer: TimerRecord): Json {
    return {
      id: timer.id,
      status: timer.status,
      duration: timer.request.duration,
      ...(timer.status === 'ON' && { triggerTime: new Date(timer.triggerAt).toISOString() }),
      ...(timer.request.timerLabel && { timerLabel: timer.request.timerLabel }),
      createdTime: timer.createdTime,
      updatedTime: timer.updatedTime,
      ...(timer.remainingWhenPaused !== undefined && { remainingTimeWhenPaused: isoDuration(timer.remainingWhenPaused / 1000) }),
    };
  }

  private reminderRoute(method: string, token: string | undefined, grant: Grant, body: Json, hasBody: boolean): Answer {
    // "can only modify, edit, and delete reminders that the skill itself has created for that customer"
    const mine = this.reminderList.filter((r) => r.userId === grant.userId && r.skillId === grant.skillId);
    if (token === undefined) {
      if (method === 'GET') return { status: 200, body: { totalCount: String(mine.length), alerts: mine.map((r) => this.reminder(r)), links: null } };
      if (method !== 'POST') return error(405, 'METHOD_NOT_ALLOWED', method);
      if (!hasBody) return error(400, 'INVALID_REQUEST', 'a reminder request body is required');
      const read = readReminderRequest(body);
      if (!read.ok) return error(400, 'INVALID_REQUEST', read.problems.join('; '));
      const stamp = new Date(this.now()).toISOString();
      const record: ReminderRecord = { alertToken: randomUUID(), userId: grant.userId, skillId: grant.skillId, request: read.request, createdTime: stamp, updatedTime: stamp, version: 1 };
      this.reminderList.push(record);
      return { status: 200, body: { alertToken: record.alertToken, createdTime: stamp, updatedTime: stamp, status: 'ON', version: '1', href: `/v1/alerts/reminders/${record.alertToken}` } };
    }
    const record = mine.find((r) => r.alertToken === token);
    if (!record) return error(404, 'NOT_FOUND', `no reminder ${token}`);
    if (method === 'GET') return { status: 200, body: this.reminder(record) };
    if (method === 'DELETE') {
      this.reminderList.splice(this.reminderList.indexOf(record), 1);
      return { status: 200 };
    }
    if (method === 'PUT') {
      const read = readReminderRequest(body);
      if (!read.ok) return error(400, 'INVALID_REQUEST', read.problems.join('; '));
      record.request = read.request;
      record.updatedTime = new Date(this.now()).toISOString();
      record.version += 1;
      return { status: 200, body: { alertToken: record.alertToken, createdTime: record.createdTime, updatedTime: record.updatedTime, status: 'ON', version: String(record.version) } };
    }
    return error(405, 'METHOD_NOT_ALLOWED', method);
  }

  private reminder(record: ReminderRecord): Json {
    return {
      alertToken: record.alertToken,
      createdTime: record.createdTime,
      updatedTime: record.updatedTime,
      status: 'ON',
      trigger: record.request.trigger,
      alertInfo: record.request.alertInfo,
      ...(record.request.pushNotification && { pushNotification: record.request.pushNotification }),
      version: String(record.version),
    };
  }
}

function readBody(request: http.IncomingMessage): Promise<string | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'tooLarge' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Starts a server on 127.0.0.1 (a free port unless one is given). */
export function startAlexaApi(options: AlexaApiOptions & { port?: number } = {}): Promise<AlexaApi> {
  return new AlexaApi(options).listen(options.port ?? 0);
}
