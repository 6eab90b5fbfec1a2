// Alexa's part of timers and reminders on this machine: the local Timers and Reminders API the
// skill calls (server/alexaApi), the voice consent Alexa asks for when the skill sends
// Connections.SendRequest AskFor, and a rest timer that rings and offers to continue the workout.
import type { Directive } from 'ask-sdk-model';
import { startAlexaApi, type AlexaApi, type Scope, type TimerRecord } from '../../server/alexaApi';
import type { Clock } from './clock';

/** What a request tells the skill about the APIs: where, the token, what the runner allowed. */
export interface ApiIdentity {
  readonly endpoint: string;
  readonly token: string;
  readonly scopes: Record<string, 'GRANTED' | 'DENIED'>;
}

export interface Consent {
  readonly scope: string;
  readonly token: string;
}

export interface Rung {
  readonly confirm: string;
  readonly task: { readonly name: string; readonly version: string; readonly input?: Record<string, unknown> };
}

export class LocalAlerts {
  private constructor(
    private readonly api: AlexaApi,
    readonly identity: ApiIdentity,
  ) {}

  static async start(clock: Clock, userId: string, skillId: string): Promise<LocalAlerts> {
    const api = await startAlexaApi({ now: () => clock.now() });
    const token = api.token({ userId, skillId, scopes: [] });
    return new LocalAlerts(api, { endpoint: api.endpoint, token, scopes: {} });
  }

  close(): Promise<void> {
    return this.api.close();
  }

  /** The AskFor request in a response, if the skill sent one. */
  consentAsked(directives: readonly Directive[] | undefined): Consent | undefined {
    const found = (directives ?? []).find((d) => d.type === 'Connections.SendRequest' && (d as { name?: string }).name === 'AskFor') as
      | { payload?: { permissionScope?: unknown }; token?: unknown }
      | undefined;
    const scope = found?.payload?.permissionScope;
    return typeof scope === 'string' ? { scope, token: typeof found?.token === 'string' ? found.token : '' } : undefined;
  }

  /** The runner's answer to Alexa's permission question; what the skill is told. */
  answer(consent: Consent, yes: boolean | undefined): 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' {
    if (yes === undefined) return 'NOT_ANSWERED';
    this.identity.scopes[consent.scope] = yes ? 'GRANTED' : 'DENIED';
    if (yes) this.api.grant(this.identity.token, consent.scope as Scope);
    return yes ? 'ACCEPTED' : 'DENIED';
  }

  /** Timers running now. */
  running(): TimerRecord[] {
    return this.api.timers().filter((timer) => timer.status === 'ON');
  }

  /** The first timer whose time has come by `at` rings: it stops, and its task is offered. */
  ringBy(at: number): Rung | undefined {
    const due = this.running().filter((timer) => timer.triggerAt <= at).sort((a, b) => a.triggerAt - b.triggerAt)[0];
    if (!due) return undefined;
    const rung = this.api.ring(due.id);
    if (rung?.operation.type !== 'LAUNCH_TASK') return undefined;
    return { confirm: rung.operation.textToConfirm[0]?.text ?? '', task: rung.operation.task };
  }
}

/** "2:00" for a timer's length. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
