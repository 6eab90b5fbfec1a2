// What a match is: the intent and slots Alexa's NLU would send for an utterance.
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export interface Resolution {
  readonly status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';
  /** The slot type value (id and canonical name) when the words resolved to one. */
  readonly id?: string;
  readonly name?: string;
}

export interface SlotMatch {
  readonly name: string;
  readonly type: string;
  /** What the runner said, as Alexa would put it in `value`: digits for AMAZON.NUMBER. */
  readonly value: string;
  /** Present for custom slot types only, as with Alexa's entity resolution. */
  readonly resolution?: Resolution;
}

export interface Match {
  readonly intent: string;
  readonly slots: Readonly<Record<string, SlotMatch>>;
  /** The sample that matched (for --verbose and tests); absent for fallback. */
  readonly sample?: string;
}

export type Invocation = { readonly kind: 'launch' } | { readonly kind: 'oneShot'; readonly utterance: string };
