// The screen layer: what an Echo Show shows and plays. It reads the workout's presentation and
// the locale's words; it never imports handlers/, interceptors/ or store/ (eslint.config.mjs).
import type { RequestEnvelope } from 'ask-sdk-model';

export { SCREEN_TOKEN, screenDirectives, screenFor, type Screen, type ScreenTurn } from './screen';
export { documentFor, APL_VERSION, views, type View } from './document';

/** Whether the device shows APL: only then may a response carry an Alexa.Presentation.APL directive. */
export function supportsApl(envelope: RequestEnvelope): boolean {
  // Read defensively: the edge lets a request through with parts the skill does not need malformed.
  const interfaces: unknown = (envelope.context?.System?.device as { supportedInterfaces?: unknown } | null | undefined)?.supportedInterfaces;
  return typeof interfaces === 'object' && interfaces !== null && Object.hasOwn(interfaces, 'Alexa.Presentation.APL');
}
