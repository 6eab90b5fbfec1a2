// One measured process of `npm run bench`, spawned fresh by run.mjs; it reports one JSON line on
// file descriptor 3, so whatever the skill logs on stdout/stderr cannot garble the figures.
//   node bench/child.cjs cold <bundle> [week]       load the bundle, answer one LaunchRequest
//                                                   (week: the returning runner's "how did this week go")
//   node bench/child.cjs seed <bundle>              give the returning runner a log (bench/workout.cjs)
//   node bench/child.cjs warm <bundle> <workouts>   replay the scripted workout, time every turn
//   node --expose-gc bench/child.cjs alloc <bundle> <workouts>   bytes allocated by every turn
// CommonJS on purpose: an ESM entry would add loader work to every cold start we measure.
'use strict';

const [mode, bundle, count] = process.argv.slice(2);

function report(result) {
  const usage = process.resourceUsage();
  // The memory split is for the warm rows only: in a cold start, loading node:v8 and reading
  // /proc would add about 10 M instructions to every configuration's count (the hello world's too).
  const memory = mode === 'warm' ? memorySplit() : undefined;
  require('node:fs').writeSync(3, `${JSON.stringify({ ...result, maxRssKb: usage.maxRSS, memory })}\n`);
}

/**
 * What the resident memory is made of when the process ends (Linux only): anonymous pages (the
 * V8 heap, malloc) against file-backed ones (mostly the node binary's own code and data, paged in
 * as V8's compilers, OpenSSL and ICU run), and V8's young and old generations. The peak is the
 * max RSS; this says what it is made of.
 */
function memorySplit() {
  let status;
  try {
    status = require('node:fs').readFileSync('/proc/self/status', 'utf8');
  } catch {
    return undefined;
  }
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1]);
  const spaces = Object.fromEntries(require('node:v8').getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
  return { anonKb: kb('RssAnon'), fileKb: kb('RssFile'), youngKb: (spaces.new_space ?? 0) / 1024, oldKb: (spaces.old_space ?? 0) / 1024 };
}

function check(response) {
  if (!response?.response?.outputSpeech) throw new Error(`no speech in the response: ${JSON.stringify(response)}`);
  return response;
}

async function cold() {
  const meter = process.env.DYNAMODB_ENDPOINT ? storeMeter() : undefined;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { handler } = require(bundle);
  // Lambda's runtime asks for the first event (an HTTP request) once the handler module is
  // loaded, so whatever the module left on the event loop runs within init: here too.
  await new Promise((resolve) => require('node:timers').setImmediate(resolve));
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const { invoker, launchEnvelope, weekEnvelope } = require('./workout.cjs');
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  check(await invoker(handler)(count === 'week' ? weekEnvelope() : launchEnvelope(`amzn1.ask.account.cold-${process.pid}`)));
  const t3 = performance.now();
  const c3 = process.cpuUsage(c2);
  // CPU time (all threads) of each phase: what a CPU share, as on Lambda, would stretch.
  const cpuMs = (usage) => (usage.user + usage.system) / 1000;
  report({
    bootMs: t0,
    loadMs: t1 - t0,
    firstLaunchMs: t3 - t2,
    loadAndLaunchMs: t1 - t0 + (t3 - t2),
    sinceProcessStartMs: t3,
    loadCpuMs: cpuMs(c1),
    launchCpuMs: cpuMs(c3),
    ...meter?.counts(),
  });
}

/**
 * The store requests this process makes and the wall time during which at least one is in
 * flight (request sent to response received), from Node's http diagnostics channels: nothing
 * is loaded or patched, so the bundle's own load is measured as it is. A turn's own time is its
 * total minus that wait; the SDK's work around a request (signing, parsing) stays in it.
 */
function storeMeter() {
  const dc = require('node:diagnostics_channel');
  const pending = new Set();
  let since = 0;
  let waited = 0;
  let requests = 0;
  let responses = 0;
  const done = (request) => {
    if (!pending.delete(request)) return;
    if (pending.size === 0) waited += performance.now() - since;
  };
  dc.subscribe('http.client.request.start', ({ request }) => {
    requests += 1;
    if (pending.size === 0) since = performance.now();
    pending.add(request);
  });
  dc.subscribe('http.client.response.finish', ({ request }) => {
    responses += 1;
    done(request);
  });
  dc.subscribe('http.client.request.error', ({ request }) => done(request));
  return { waited: () => waited, counts: () => ({ storeRequests: requests, storeResponses: responses, storeWaitMs: waited }) };
}

async function warm() {
  const meter = process.env.DYNAMODB_ENDPOINT ? storeMeter() : undefined;
  const waited = meter?.waited;
  const { handler } = require(bundle);
  const { workout, invoker, START } = require('./workout.cjs');
  const invoke = invoker(handler);
  const workouts = Number(count);
  // Runners share the table: each comes back every few workouts, so history reads see a log
  // that grows (to about 2 * workouts / RUNNERS sets) as a real one would.
  const RUNNERS = 8;
  const warmup = Math.min(20, Math.ceil(workouts / 10));
  const turns = [];
  const cpuTurns = [];
  const ownTurns = [];
  const byTurn = {};
  // GC pauses while measuring: what a smaller young generation costs in collections. The GC
  // profiler records synchronously (a PerformanceObserver would not be called back while the
  // turns never leave the microtask queue, as without a store).
  const profiler = new (require('node:v8').GCProfiler)();
  // --turn-gap: a pause before each turn, not timed, as between a runner's turns.
  const gap = Number(process.env.BENCH_TURN_GAP_MS ?? 0);
  const pause = () => new Promise((resolve) => require('node:timers').setTimeout(resolve, gap));
  let measuredFrom = 0;
  for (let i = 0; i < warmup + workouts; i += 1) {
    const measuring = i >= warmup;
    if (i === warmup) {
      measuredFrom = performance.now();
      profiler.start();
    }
    await workout(invoke, {
      userId: `amzn1.ask.account.warm-${i % RUNNERS}`,
      start: START + i * 3_600_000,
      timed: async (turn, name) => {
        if (gap > 0) await pause();
        const w0 = waited?.();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const response = check(await turn());
        const ms = performance.now() - t0;
        if (measuring) {
          // CPU time (all threads, GC helpers too): unlike wall time, not stretched while
          // other processes have the machine's cores.
          const cpu = process.cpuUsage(c0);
          cpuTurns.push((cpu.user + cpu.system) / 1000);
          turns.push(ms);
          (byTurn[name] ??= []).push(ms);
          if (waited) ownTurns.push(ms - (waited() - w0));
        }
        return response;
      },
    });
  }
  const measuredMs = performance.now() - measuredFrom;
  const gc = { minor: 0, major: 0, pauseMs: 0, maxPauseMs: 0, measuredMs };
  for (const { gcType, cost } of profiler.stop().statistics) {
    if (gcType === 'MarkSweepCompact') gc.major += 1;
    else if (gcType === 'Scavenge' || gcType.startsWith('Minor')) gc.minor += 1;
    gc.pauseMs += cost / 1000; // microseconds
    gc.maxPauseMs = Math.max(gc.maxPauseMs, cost / 1000);
  }
  report({ turns, cpuTurns, byTurn, gc, ...(meter && { ownTurns, ...meter.counts() }) });
}

/**
 * Bytes each turn allocates on the JS heap: a full GC before the turn empties the young
 * generation, so the heap's growth until the answer is what the turn allocated. A turn during
 * which V8 collected anyway (seen by a gc PerformanceObserver) is left out, not guessed at.
 */
async function alloc() {
  const v8 = require('node:v8');
  const { PerformanceObserver } = require('node:perf_hooks');
  const collections = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) collections.push(entry.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  const { handler } = require(bundle);
  const { workout, invoker, START } = require('./workout.cjs');
  const invoke = invoker(handler);
  const workouts = Number(count);
  const RUNNERS = 8;
  const warmup = Math.min(20, Math.ceil(workouts / 10));
  const samples = [];
  for (let i = 0; i < warmup + workouts; i += 1) {
    const measuring = i >= warmup;
    await workout(invoke, {
      userId: `amzn1.ask.account.alloc-${i % RUNNERS}`,
      start: START + i * 3_600_000,
      timed: async (turn, name) => {
        if (!measuring) return check(await turn());
        globalThis.gc();
        const before = v8.getHeapStatistics().used_heap_size;
        const t0 = performance.now();
        const response = check(await turn());
        const t1 = performance.now();
        samples.push({ name, bytes: v8.getHeapStatistics().used_heap_size - before, t0, t1 });
        return response;
      },
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const clean = samples.filter((s) => !collections.some((at) => at > s.t0 && at < s.t1));
  const byTurn = {};
  for (const s of clean) (byTurn[s.name] ??= []).push(s.bytes);
  report({ bytes: clean.map((s) => s.bytes), byTurn, dropped: samples.length - clean.length });
}

async function seed() {
  const { handler } = require(bundle);
  const { invoker, seedReturningRunner } = require('./workout.cjs');
  await seedReturningRunner(invoker(handler));
  report({});
}

const MODES = { cold, warm, alloc, seed };
(MODES[mode] ? MODES[mode]() : Promise.reject(new Error(`unknown mode ${mode}`))).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
