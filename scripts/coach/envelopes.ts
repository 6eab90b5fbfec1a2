// Request envelopes as Alexa sends them (ask-sdk-model types), from a match and a session.
import { randomUUID } from 'node:crypto';
import type { DialogState, Intent, Request, RequestEnvelope, SessionEndedReason, Slot } from 'ask-sdk-model';
import type { SlotMatch } from './matcher';
import type { InteractionModel } from './model';

export interface Identity {
  readonly applicationId: string;
  readonly userId: string;
  readonly deviceId: string;
  /** A recognized speaker (several runners share one device); absent when none is. */
  readonly personId?: string;
  /** An Echo Show (a 1280 x 800 hub) that renders APL. */
  readonly screen?: boolean;
  /** The local Alexa API server the coach runs, and the token it issued this device's user. */
  readonly api?: { readonly endpoint: string; readonly token: string; readonly scopes?: Readonly<Record<string, 'GRANTED' | 'DENIED'>> };
}

export interface SessionState {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
}

const requestId = (): string => `amzn1.echo-api.request.${randomUUID()}`;
const iso = (at: number): string => new Date(Math.round(at)).toISOString();

export function launchRequest(at: number, locale: string): Request {
  return { type: 'LaunchRequest', requestId: requestId(), timestamp: iso(at), locale };
}

/** What an APL document sends with SendEvent: the arguments it was given. */
export function userEventRequest(at: number, locale: string, args: readonly unknown[], token: string): Request {
  return { type: 'Alexa.Presentation.APL.UserEvent', requestId: requestId(), timestamp: iso(at), locale, token, arguments: [...args], source: {}, components: {} } as unknown as Request;
}

export function sessionEndedRequest(at: number, locale: string, reason: SessionEndedReason): Request {
  return { type: 'SessionEndedRequest', requestId: requestId(), timestamp: iso(at), locale, reason };
}

/** Intents without a dialog model go as COMPLETED: the type requires a state, and they need no dialog. */
export function intentRequest(at: number, locale: string, intent: Intent, dialogState: DialogState = 'COMPLETED'): Request {
  return { type: 'IntentRequest', requestId: requestId(), timestamp: iso(at), locale, dialogState, intent };
}

/** Every slot of the intent is present, filled or not, the way Alexa sends them. */
export function intentFor(model: InteractionModel, applicationId: string, name: string, filled: Readonly<Record<string, SlotMatch>>): Intent {
  const declared = model.interactionModel.languageModel.intents.find((i) => i.name === name)?.slots ?? [];
  const slots: Record<string, Slot> = {};
  for (const s of declared) {
    const match = filled[s.name];
    slots[s.name] = match ? slotFor(match, applicationId) : { name: s.name, confirmationStatus: 'NONE' };
  }
  return { name, confirmationStatus: 'NONE', ...(declared.length > 0 ? { slots } : {}) };
}

export function slotFor(match: SlotMatch, applicationId: string): Slot {
  const resolutions =
    match.resolution === undefined
      ? undefined
      : {
          resolutionsPerAuthority: [
            {
              authority: `amzn1.er-authority.echo-sdk.${applicationId}.${match.type}`,
              status: { code: match.resolution.status },
              values:
                match.resolution.status === 'ER_SUCCESS_MATCH'
                  ? [{ value: { name: match.resolution.name ?? match.value, id: match.resolution.id ?? '' } }]
                  : [],
            },
          ],
        };
  return {
    name: match.name,
    value: match.value,
    confirmationStatus: 'NONE',
    ...(resolutions ? { resolutions } : {}),
    slotValue: { type: 'Simple', value: match.value, ...(resolutions ? { resolutions } : {}) },
  };
}

export function envelope(request: Request, session: SessionState, identity: Identity): RequestEnvelope {
  const application = { applicationId: identity.applicationId };
  const scopes = identity.api?.scopes ?? {};
  const permissions = Object.keys(scopes).length > 0 ? { permissions: { scopes: Object.fromEntries(Object.entries(scopes).map(([scope, status]) => [scope, { status }])) } } : {};
  const user = { userId: identity.userId, ...permissions };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: session.attributes, user },
    context: {
      System: {
        application,
        user,
        ...(identity.personId !== undefined ? { person: { personId: identity.personId } } : {}),
        device: { deviceId: identity.deviceId, supportedInterfaces: identity.screen ? ({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } as Record<string, unknown>) : {} },
        // Alexa's service APIs (timers, reminders): the local server when the coach runs one; without
        // it no token, so the skill counts rests down itself and says reminders are not available.
        apiEndpoint: identity.api?.endpoint ?? 'https://api.amazonalexa.com',
        ...(identity.api && { apiAccessToken: identity.api.token }),
      },
      ...(identity.screen && { Viewport: { experiences: [], mode: 'HUB', shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 } }),
    } as RequestEnvelope['context'],
    request,
  };
}
