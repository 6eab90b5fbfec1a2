/** The words of one language that are not in the skill's interaction model. */
export interface Phrases {
  /**
   * What Alexa's built-in intents understand without samples in the model. The model's own
   * samples for a built-in (e.g. "hold on" for PauseIntent) are added to these.
   */
  readonly builtIns: Readonly<Record<string, readonly string[]>>;
  /** Said before or after a command without changing it ("please", "alexa", "okay"). */
  readonly leadingFillers: readonly (readonly string[])[];
  readonly trailingFillers: readonly (readonly string[])[];
  /** Words that may stand in for each other in a sample ("end the set" ~ "end my set"). */
  readonly determiners: readonly string[];
  /**
   * "open runner deadlift": {invocation} stands for the model's invocation name. The first one is
   * what the coach shows as the runner's opening words.
   */
  readonly launch: readonly string[];
  /** "ask runner deadlift to start a set": the rest of the utterance goes to a new session. */
  readonly oneShot: readonly string[];
  /**
   * One-shot connectives after which the language puts the verb last (German "dass", "ob":
   * "sag X, dass ich sieben gemacht habe"). When the words as said match nothing, the last word
   * is tried second, as in the main clause the samples are written in ("ich habe sieben gemacht").
   */
  readonly verbFinalAfter?: readonly string[];
}
