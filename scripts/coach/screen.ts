// The Echo Show's part, for --screen: reads the skill's APL directives into the steps the device
// runs (the document's own commands R, P, B and H, SpeakItem of a chunk, SendEvent), and draws the
// screen's state as a line in the terminal. Only what the skill's document uses is understood.
import type { Directive, ResponseEnvelope } from 'ask-sdk-model';

export type ScreenStep =
  | { readonly kind: 'rep'; readonly rep: string; readonly percent: number }
  | { readonly kind: 'speak'; readonly phase: string; readonly ssml: string; readonly left?: string }
  | { readonly kind: 'hold'; readonly phase: string; readonly left: string; readonly ms: number }
  | { readonly kind: 'event'; readonly args: readonly unknown[] };

export interface ScreenPlay {
  readonly token: string;
  readonly weight: string;
  readonly steps: readonly ScreenStep[];
}

type Command = { type: string; [key: string]: unknown };

/** The sequence a response asks the screen to play, or undefined when it plays none. */
export function screenPlay(response: ResponseEnvelope): ScreenPlay | undefined {
  const directives: readonly Directive[] = response.response.directives ?? [];
  const execute = directives.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as unknown as { token: string; commands: Command[] } | undefined;
  const render = directives.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as unknown as { datasources?: { s?: { properties?: { c?: { ssml: string }[]; weight?: string } } } } | undefined;
  if (!execute) return undefined;
  const properties = render?.datasources?.s?.properties ?? {};
  const chunks = properties.c ?? [];
  const steps: ScreenStep[] = [];
  for (const command of execute.commands) {
    if (command.type === 'R') steps.push({ kind: 'rep', rep: String(command.n), percent: Number(command.p) });
    else if (command.type === 'P') steps.push({ kind: 'speak', phase: String(command.t), ssml: chunks[Number(String(command.k).slice(1))]?.ssml ?? '<speak></speak>' });
    else if (command.type === 'B') steps.push({ kind: 'speak', phase: String(command.t), left: String(command.b), ssml: chunks[Number(String(command.k).slice(1))]?.ssml ?? '<speak></speak>' });
    else if (command.type === 'H') steps.push({ kind: 'hold', phase: String(command.t), left: String(command.b), ms: Number(command.ms) });
    else if (command.type === 'SendEvent') steps.push({ kind: 'event', args: (command.arguments as unknown[]) ?? [] });
    else throw new Error(`the local Echo Show does not know the command ${command.type}`);
  }
  return { token: execute.token, weight: properties.weight ?? '', steps };
}

export interface ScreenState {
  rep: string;
  phase: string;
  left: string;
  percent: number;
}

const BAR = 20;

/** One line of the screen: rep, phase, what is left of the hold, the set's progress. */
export function drawScreen(state: ScreenState, weight: string, label = 'screen'): string {
  const filled = Math.round((state.percent / 100) * BAR);
  const parts = [state.rep, state.phase, state.left, weight].filter((part) => part !== '');
  return `[${label}] ${parts.join(' | ')} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${state.percent}%`;
}
