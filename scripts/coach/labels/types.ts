// The coach's own words around what Alexa says: hold bars, asides, the welcome line. They follow
// --locale like the skill's speech, so a runner trying the skill in German reads German
// throughout. Tags that mark who speaks (A:, U:) and setup errors (before any locale is known to
// work) stay as they are.
export interface CoachLabels {
  /** "hold: 3 breaths, 12 s" (breaths counted by the skill's own settings). */
  hold(breaths: number, seconds: string): string;
  /** A long silence that is not a whole number of breaths: "silence: 5 s". */
  silence(seconds: string): string;
  /** In the live bar: "breath 1 of 3". */
  breathOf(breath: number, breaths: number): string;
  /** Seconds with the language's decimal mark ("12 s", "1.5 s" / "1,5 s"); `digits` fixes the decimals. */
  seconds(seconds: number, digits?: number): string;
  nothingToHear: string;
  bargeIn(at: string, of: string): string;
  bargeInHold: string;
  noAnswer: string;
  timerSet(label: string, length: string, ringsIn: string): string;
  /** The timer's label when the skill sends none. */
  timer: string;
  timerRings: string;
  /** Alexa's permission question: `what` is one of the phrases below. */
  consent(what: string): string;
  setTimers: string;
  setReminders: string;
  lambdaSlow(ms: number): string;
  /** Alexa's own words when the skill's answer is unusable. */
  problem: string;
  screen: string;
  welcome(locale: string, speed: number): string;
  /** --fast in a terminal: the listening window stays real time, and why. */
  fastWindow(speed: number, waitSeconds: number): string;
  /** Ctrl-D / Ctrl-C: the session ended as Alexa ends it, and what became of the set. */
  endedKept: string;
  endedNoStore: string;
  ended: string;
}
