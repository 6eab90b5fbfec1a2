// Virtual time for the conversation. Request timestamps, playback and scripted delays all read
// this one clock, so the skill's barge-in arithmetic sees the times a device would send.
// `scale` > 1 (--fast) makes virtual time run that many times faster than real time: waits are
// short, but a 12 s hold still moves the timestamps by 12 s.
export interface Clock {
  /** Virtual epoch milliseconds. */
  now(): number;
  /** Resolves once virtual time reaches `at` (at once if it has); rejects when `signal` aborts. */
  sleepUntil(at: number, signal?: AbortSignal): Promise<void>;
  /**
   * Runs `work` with virtual time stopped: the skill's own processing time (cold start, the
   * store) must not be multiplied by `scale` into seconds the runner never waited. With `at` (a
   * request's timestamp), the clock reads `at` meanwhile (if it is not ahead of the clock): what
   * the skill calls (the local Alexa APIs: a timer's start) sees the request's moment, not however
   * late the machine got round to sending it.
   */
  frozen<T>(work: () => Promise<T>, at?: number): Promise<T>;
  /**
   * Runs `work` with virtual time at real speed whatever `scale` is: a person answering Alexa
   * needs her listening window in seconds they live, not seconds divided by --fast.
   */
  realSpeed<T>(work: () => Promise<T>): Promise<T>;
  readonly scale: number;
}

/** Longest real wait in one step, so a frozen/unfrozen clock is re-read often enough. */
const MAX_STEP_MS = 250;

export class AbortError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

export function realDelay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createClock(scale = 1, startAt = Date.now()): Clock {
  let virtualAnchor = startAt;
  let realAnchor = performance.now();
  // Virtual ms per real ms: `scale`, 1 while a person is listened to, 0 while the skill works.
  let rate = scale;
  // While the skill answers a request, the moment it was made (frozen with `at`).
  let shown: number | undefined;
  const running = (): number => virtualAnchor + (performance.now() - realAnchor) * rate;
  const now = (): number => shown ?? running();
  const at = async <T>(next: number, work: () => Promise<T>): Promise<T> => {
    const before = rate;
    virtualAnchor = running();
    realAnchor = performance.now();
    rate = next;
    try {
      return await work();
    } finally {
      virtualAnchor = running();
      realAnchor = performance.now();
      rate = before;
    }
  };
  return {
    scale,
    now,
    async sleepUntil(until, signal) {
      for (;;) {
        if (signal?.aborted) throw new AbortError();
        const left = until - now();
        if (left <= 0) return;
        await realDelay(rate === 0 ? 5 : Math.min(MAX_STEP_MS, Math.max(1, left / rate)), signal);
      }
    },
    frozen: async (work, moment) => {
      if (moment === undefined) return at(0, work);
      const before = shown;
      shown = Math.min(moment, running());
      try {
        return await at(0, work);
      } finally {
        shown = before;
      }
    },
    realSpeed: (work) => at(1, work),
  };
}
