// The device: launches the skill, plays each response, listens, sends what the runner says,
// and keeps the session rules Alexa keeps. The pieces: skillLink.ts (requests, the dialog model,
// what a response plays), understand.ts (the runner's words -> a request), listening.ts (playing,
// barge-in, the listening window, reprompt and session end).
import type { Clock } from './clock';
import type { Input } from './input';
import { listen } from './listening';
import type { Matcher } from './matcher';
import type { InteractionModel } from './model';
import { INDENT, type Output } from './player';
import type { DeviceSession } from './skill';
import { SkillLink } from './skillLink';
import type { Speaker } from './tts';
import { respond } from './understand';

export interface ConversationDeps {
  readonly session: DeviceSession;
  readonly matcher: Matcher;
  readonly model: InteractionModel;
  readonly locale: string;
  readonly applicationId: string;
  readonly clock: Clock;
  readonly out: Output;
  readonly input: Input;
  readonly waitMs: number;
  readonly verbose: boolean;
  readonly speaker?: Speaker;
}

export async function converse(deps: ConversationDeps): Promise<void> {
  const { clock, out, input } = deps;
  const note = (text: string): void => out.write(`${INDENT}(${text})\n`);
  const link = new SkillLink({ ...deps, note });
  const listening = { ...deps, link, note };
  const understanding = { ...deps, link, note };

  if (input.echo) out.write(`U: ${deps.matcher.launchText}\n`);
  let turn = await link.launch(clock.now());
  for (;;) {
    const heard = await listen(turn, listening);
    if (!heard) break;
    if (input.echo) out.write(`U: ${heard.text}\n`);
    turn = await respond(heard, understanding);
  }
  // The runner walked away: end the session the way a closed app would, so the skill can
  // keep a paused set.
  await link.endSession('USER_INITIATED', clock.now());
}
