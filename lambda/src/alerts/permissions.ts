// Voice consent for Alexa's timers and reminders: what the request says the runner granted, and
// the Connections.SendRequest AskFor directive that lets Alexa ask them.
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';

export type ScopeStatus = 'GRANTED' | 'DENIED' | 'unknown';

/** The scope's status as the request's context reports it; 'unknown' when it says nothing. */
export function scopeStatus(envelope: RequestEnvelope, scope: string): ScopeStatus {
  const status = envelope.context?.System?.user?.permissions?.scopes?.[scope]?.status;
  return status === 'GRANTED' || status === 'DENIED' ? status : 'unknown';
}

/** Alexa's APIs can be called only with the token each request carries (absent in tests without APIs). */
export function canCallAlexaApis(envelope: RequestEnvelope): boolean {
  const system = envelope.context?.System;
  return typeof system?.apiAccessToken === 'string' && system.apiAccessToken.length > 0 && typeof system.apiEndpoint === 'string';
}

/**
 * "Set Up Voice Permissions for Timers / for Reminders": Alexa asks the runner, then sends a
 * Connections.Response named AskFor with the same token and a status ACCEPTED, DENIED or
 * NOT_ANSWERED.
 */
export function askForDirective(scope: string, token: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: scope },
    token,
  };
}

export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/** The answer in a Connections.Response to AskFor; anything unreadable counts as not answered. */
export function consentAnswer(payload: unknown): ConsentAnswer {
  const status = typeof payload === 'object' && payload !== null ? (payload as { status?: unknown }).status : undefined;
  return status === 'ACCEPTED' || status === 'DENIED' ? status : 'NOT_ANSWERED';
}
