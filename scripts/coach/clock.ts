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
   * store) must not be multiplied by `scale` into seconds the runner never waited.
   */
  frozen<T>(work: () => Promise<T>): Promise<T>;
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
  let freezes = 0;
  const now = (): number => (freezes > 0 ? virtualAnchor : virtualAnchor + (performance.now() - realAnchor) * scale);
  return {
    scale,
    now,
    async sleepUntil(at, signal) {
      for (;;) {
        if (signal?.aborted) throw new AbortError();
        const left = at - now();
        if (left <= 0) return;
        await realDelay(freezes > 0 ? 5 : Math.min(MAX_STEP_MS, Math.max(1, left / scale)), signal);
      }
    },
    async frozen(work) {
      if (freezes === 0) virtualAnchor = now();
      freezes++;
      try {
        return await work();
      } finally {
        if (--freezes === 0) realAnchor = performance.now();
      }
    },
  };
}
