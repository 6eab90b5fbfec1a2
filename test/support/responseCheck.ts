// Checks any response a test produces against what Alexa accepts (docs/design.md, "What every test response is checked against").
// ssml-check-core 0.3.9 validates tags and XML, but misses things Alexa rejects:
//  - a fractional break over the limit ("10.5s" passes: it reads parseInt("10.5") seconds),
//  - http (not https) audio, the 8 000-character limit, the response size.
// Those, and the estimated length, are checked here against the same limits the builder uses.
//
// Session rule (kept simple on purpose): the session is open unless shouldEndSession is
// exactly true. Alexa keeps it open when shouldEndSession is undefined on some devices, and an
// open session with no reprompt leaves the runner in silence, so every open session needs a
// reprompt. Exception: a Dialog.*, AudioPlayer.* or VideoApp.* directive, where Alexa itself
// (dialog management) or the player takes over the turn.

import { check } from 'ssml-check-core';
import type { Directive, ResponseEnvelope, ui } from 'ask-sdk-model';
import { breakMs, estimateSsmlMs, parseBreakTime } from '../../lambda/src/speech/estimate';
import {
  MAX_AUDIO_TAGS,
  MAX_BREAK_MS,
  MAX_RESPONSE_AUDIO_MS,
  MAX_RESPONSE_JSON_BYTES,
  RESPONSE_JSON_BUDGET,
  MAX_SSML_CHARS,
} from '../../lambda/src/speech/limits';

export class ResponseCheckError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Response is not valid for Alexa:\n - ${problems.join('\n - ')}`);
    this.name = 'ResponseCheckError';
  }
}

/** Directive families that take the turn over, so no reprompt is expected. */
const TURN_TAKING_DIRECTIVES = /^(Dialog|AudioPlayer|VideoApp)\./;

/** soundbank:// is Amazon's own sound library, the one non-https source Alexa plays. */
const ALLOWED_AUDIO_SRC = /^(https:\/\/|soundbank:\/\/)/;

async function speechProblems(
  where: string,
  speech: ui.OutputSpeech,
  locale: string,
): Promise<string[]> {
  if (speech.type === 'PlainText') {
    return speech.text.length > MAX_SSML_CHARS
      ? [`${where}: ${speech.text.length} characters, over ${MAX_SSML_CHARS}`]
      : [];
  }
  const ssml = speech.ssml;
  const problems: string[] = [];
  const trimmed = ssml.trim();
  if (!trimmed.startsWith('<speak>') || !trimmed.endsWith('</speak>')) {
    problems.push(`${where}: SSML is not wrapped in <speak>`);
  }
  // Check the inside even when the wrapper is missing, so one run shows every problem.
  const wrapped = trimmed.startsWith('<speak') ? trimmed : `<speak>${trimmed}</speak>`;
  for (const error of (await check(wrapped, { platform: 'amazon', locale })) ?? []) {
    problems.push(`${where}: ssml-check-core: ${JSON.stringify(error)}`);
  }
  if (ssml.length > MAX_SSML_CHARS) {
    problems.push(`${where}: SSML is ${ssml.length} characters, over ${MAX_SSML_CHARS}`);
  }
  for (const tag of ssml.match(/<break\b[^>]*>/g) ?? []) {
    const time = /\btime\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    if (time === undefined) continue;
    const ms = parseBreakTime(time);
    if (ms === undefined) problems.push(`${where}: unreadable break ${tag}`);
    else if (ms > MAX_BREAK_MS) problems.push(`${where}: break ${tag} is over ${MAX_BREAK_MS} ms`);
  }
  const audioTags = ssml.match(/<audio\b[^>]*>/g) ?? [];
  if (audioTags.length > MAX_AUDIO_TAGS) {
    problems.push(`${where}: ${audioTags.length} <audio> tags, over ${MAX_AUDIO_TAGS}`);
  }
  for (const tag of audioTags) {
    const src = /\bsrc\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
    if (!ALLOWED_AUDIO_SRC.test(src)) problems.push(`${where}: audio source is not https: ${tag}`);
  }
  const estimated = estimateSsmlMs(ssml, locale);
  if (estimated > MAX_RESPONSE_AUDIO_MS) {
    problems.push(
      `${where}: estimated ${estimated} ms (breaks ${breakMs(ssml)} ms), over ${MAX_RESPONSE_AUDIO_MS} ms`,
    );
  }
  return problems;
}

/** Whether the speech says anything at all (text or an audio clip). */
function saysSomething(speech: ui.OutputSpeech | undefined): boolean {
  if (speech === undefined) return false;
  const markup = speech.type === 'SSML' ? speech.ssml : speech.text;
  return /<audio\b/.test(markup) || markup.replace(/<[^>]*>/g, '').trim() !== '';
}

/** Every problem found, in a stable order; empty when the response is fine. */
export async function findResponseProblems(
  envelope: ResponseEnvelope,
  locale: string,
): Promise<string[]> {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(envelope), 'utf8');
  if (bytes > MAX_RESPONSE_JSON_BYTES) {
    problems.push(`response JSON is ${bytes} bytes, over ${MAX_RESPONSE_JSON_BYTES}`);
  }
  const response = envelope.response;
  if (response === undefined || response === null) return [...problems, 'no response object'];
  problems.push(...budgetProblems(envelope));

  if (response.outputSpeech) {
    problems.push(...(await speechProblems('outputSpeech', response.outputSpeech, locale)));
  }
  const reprompt = response.reprompt?.outputSpeech;
  if (reprompt) problems.push(...(await speechProblems('reprompt', reprompt, locale)));

  const directives: readonly Directive[] = response.directives ?? [];
  const turnTaken = directives.some((d) => TURN_TAKING_DIRECTIVES.test(d.type));
  const open = response.shouldEndSession !== true;
  // An answer that leaves everything as it is (a screen's rep report: README, "Echo Show"), and a
  // block an APL document plays, whose last event asks the question: neither needs a reprompt.
  const unset = response.shouldEndSession === undefined;
  const untouched = unset && !response.outputSpeech && !reprompt && directives.length === 0;
  const screenPlays = unset && directives.some((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands');
  if (open && !turnTaken && !untouched && !screenPlays && !saysSomething(reprompt)) {
    problems.push(
      `session stays open (shouldEndSession is ${String(response.shouldEndSession)}) but there is no reprompt`,
    );
  }
  if (!open && reprompt) problems.push('reprompt is never spoken: shouldEndSession is true');
  return problems;
}

const jsonBytes = (value: unknown): number => (value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8'));

/** Screen directives (APL) have their own share of the response; everything else must leave it free. */
const SCREEN_DIRECTIVE = /^Alexa\.Presentation\./;

/**
 * Each part within its named share of the 24 KB (workout/limits.ts), so a screen document can
 * be added to any response without pushing it over.
 */
function budgetProblems(envelope: ResponseEnvelope): string[] {
  const problems: string[] = [];
  const { response } = envelope;
  const speech = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : response.outputSpeech?.text;
  const screen = (response.directives ?? []).filter((d) => SCREEN_DIRECTIVE.test(d.type));
  const parts: readonly [string, number, number][] = [
    ['speech', jsonBytes(speech), RESPONSE_JSON_BUDGET.speech],
    ['session attributes', jsonBytes(envelope.sessionAttributes), RESPONSE_JSON_BUDGET.session],
    // A block the document plays carries its speech in the screen's data: the speech share it leaves unused is the screen's.
    ['screen', jsonBytes(screen), RESPONSE_JSON_BUDGET.screen + Math.max(0, RESPONSE_JSON_BUDGET.speech - jsonBytes(speech))],
  ];
  for (const [part, bytes, budget] of parts) {
    if (bytes > budget) problems.push(`${part} is ${bytes} bytes of JSON, over its budget of ${budget}`);
  }
  const frame = jsonBytes(envelope) - parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  if (frame > RESPONSE_JSON_BUDGET.frame) problems.push(`the rest of the response is ${frame} bytes of JSON, over its budget of ${RESPONSE_JSON_BUDGET.frame}`);
  return problems;
}

/** Throws ResponseCheckError listing every problem; resolves when the response is fine. */
export async function checkResponse(envelope: ResponseEnvelope, locale: string): Promise<void> {
  const problems = await findResponseProblems(envelope, locale);
  if (problems.length > 0) throw new ResponseCheckError(problems);
}

/**
 * For tests: `await expectValidResponse(envelope, 'en-US')`. The thrown error's message lists
 * every problem, which is what jest prints on failure.
 */
export async function expectValidResponse(envelope: ResponseEnvelope, locale: string): Promise<void> {
  await checkResponse(envelope, locale);
}
