// `npm run bench`: speed and size of the skill's bundle, side by side with a hello-world skill
// from ask-sdk-core bundled the same way (bench/baseline). A benchmark, not a test: it prints
// figures, ratios and PASS/MISS per target and exits 0, unless --check is given (a miss then
// exits 1). The machine may be busy: cold starts are medians of runs interleaved with the
// baseline's, so both share the noise; warm turns are percentiles over many whole workouts.
//
//   node bench/run.mjs [--check] [--runs N] [--workouts N] [--bundle FILE] [--profile]
//     --runs N       cold starts per configuration (default 15, at least 9)
//     --workouts N   scripted workouts per warm run (default 300; 8 or 9 turns each)
//     --bundle FILE  measure another build of ours instead of dist/index.js (to try a change)
//     --profile      also --cpu-prof one cold start (with the store) of an unminified twin of
//                    the bundle and print which modules its time went to
//     --instructions also count the instructions of one cold start of each under valgrind
//                    (callgrind): immune to a busy machine, slow (about 30 s each)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS, buildLambda } from '../scripts/build.mjs';
import { chargeProfile } from './profile.mjs';
import { startBenchStore } from './store.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'dist');
const CHILD = path.join(here, 'child.cjs');

export const TARGETS = {
  coldRatio: 1.3, // ours / baseline, median cold start
  handlerP99Ms: 2, // warm turn, the handler alone (no store)
  bundleBytes: 600 * 1024, // minified, the DynamoDB client included
  peakRssMb: 80, // max RSS of the cold-start and the warm processes
};

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}
const CHECK = process.argv.includes('--check');
const PROFILE = process.argv.includes('--profile');
const INSTRUCTIONS = process.argv.includes('--instructions');
const RUNS = Math.max(9, Number(option('--runs', 15)));
const WORKOUTS = Math.max(10, Number(option('--workouts', 300)));
const OURS = path.resolve(option('--bundle', path.join(root, 'dist/index.js')));

// ---------------------------------------------------------------------------------------------
// builds

async function buildBaseline() {
  const outfile = path.join(out, 'baseline.js');
  await build({ ...BUNDLE_OPTIONS, entryPoints: [path.join(here, 'baseline/index.ts')], outfile });
  return outfile;
}

/** Ours again, with a metafile, to say where the bytes come from. */
async function contributors() {
  const outfile = path.join(out, 'index.meta.js');
  const { metafile } = await buildLambda({ outfile, metafile: true });
  const output = Object.values(metafile.outputs)[0];
  const byPackage = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1] : file.replace(/^(lambda\/src\/[^/]+).*$/, '$1');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return { bytes: output.bytes, top: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10) };
}

/** The unminified twin of ours, so a profile can name the module of every sample. */
async function profileBundle() {
  const outfile = path.join(out, 'index.prof.js');
  await build({ ...BUNDLE_OPTIONS, minify: false, entryPoints: [path.join(root, 'lambda/src/index.ts')], outfile });
  return outfile;
}

// ---------------------------------------------------------------------------------------------
// measuring

const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LANG: 'C.UTF-8', AWS_EC2_METADATA_DISABLED: 'true' };

/** Runs child.cjs in a fresh node; resolves with its report (fd 3) and its wall time. */
function runChild(args, env, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, CHILD, ...args], {
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
async function coldStarts(configs) {
  const results = Object.fromEntries(configs.map((c) => [c.name, []]));
  for (let round = 0; round < RUNS; round += 1) {
    for (let i = 0; i < configs.length; i += 1) {
      const config = configs[(round + i) % configs.length];
      results[config.name].push(await runChild(['cold', config.bundle], config.env));
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
    wall: median(runs.map((r) => r.wallMs)),
    rssMb: Math.max(...runs.map((r) => r.maxRssKb)) / 1024,
    queried: runs.filter((r) => r.storeResponses >= 1).length,
    rssMedianMb: median(runs.map((r) => r.maxRssKb)) / 1024,
  };
}

async function warmRun(env) {
  const report = await runChild(['warm', OURS, String(WORKOUTS)], env);
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
    ...(own && { ownP50: percentile(own, 50), ownP99: percentile(own, 99) }),
    byTurn,
    rssMb: report.maxRssKb / 1024,
  };
}

/** Instructions (all threads) of one cold start under callgrind; the count, not the time. */
async function instructions(bundle, env) {
  const valgrind = ['--tool=callgrind', '--smc-check=all-non-file', '--callgrind-out-file=/dev/null'];
  const counted = await new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...valgrind, process.execPath, CHILD, 'cold', bundle], {
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
  return counted;
}

async function profileCold(env) {
  const bundle = await profileBundle();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
  try {
    // Best of three by total, so one unlucky run does not decide what looks expensive.
    const runs = [];
    for (let i = 0; i < 3; i += 1) {
      const name = `cold-${i}.cpuprofile`;
      const report = await runChild(['cold', bundle], env, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', name, '--cpu-prof-interval', '100']);
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

async function main() {
  fs.mkdirSync(out, { recursive: true });
  if (!fs.existsSync(OURS)) throw new Error(`${OURS} does not exist: run npm run build (or npm run bench)`);
  const baseline = await buildBaseline();
  const meta = await contributors();
  const bytes = fs.statSync(OURS).size;
  const gzip = zlib.gzipSync(fs.readFileSync(OURS), { level: 9 }).length;
  const baseBytes = fs.statSync(baseline).size;
  const baseGzip = zlib.gzipSync(fs.readFileSync(baseline), { level: 9 }).length;

  const store = await startBenchStore();
  let cold;
  let warmStore;
  let warmAlone;
  let profile;
  let counts;
  try {
    cold = await coldStarts([
      { name: 'ours+store', bundle: OURS, env: store.env },
      { name: 'baseline', bundle: baseline, env: {} },
      { name: 'ours', bundle: OURS, env: {} },
    ]);
    process.stderr.write('warm: workouts with the store...\n');
    warmStore = await warmRun(store.env);
    process.stderr.write('warm: workouts without a store...\n');
    warmAlone = await warmRun({});
    if (INSTRUCTIONS) {
      process.stderr.write('counting instructions under valgrind...\n');
      counts = {
        baseline: await instructions(baseline, {}),
        ours: await instructions(OURS, {}),
        'ours+store': await instructions(OURS, store.env),
      };
    }
    if (PROFILE) {
      process.stderr.write('profiling a cold start...\n');
      profile = await profileCold(store.env);
    }
  } finally {
    await store.stop();
  }

  const c = Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, summarizeCold(v)]));
  const ratio = c['ours+store'].total / c.baseline.total;
  const ratioNoStore = c.ours.total / c.baseline.total;
  const ownRatio = c['ours+store'].own / c.baseline.own;
  const peakRss = Math.max(c['ours+store'].rssMb, c.ours.rssMb, warmStore.rssMb, warmAlone.rssMb);
  const checks = [
    ['cold start, ours+store / baseline (process start to answer)', ratio <= TARGETS.coldRatio, `${ratio.toFixed(2)}x`, `<= ${TARGETS.coldRatio}x`],
    ['warm turn p99, handler alone (no store)', warmAlone.p99 < TARGETS.handlerP99Ms, ms(warmAlone.p99), `< ${TARGETS.handlerP99Ms} ms`],
    ['bundle size, minified', bytes < TARGETS.bundleBytes, kb(bytes), `< ${kb(TARGETS.bundleBytes)}`],
    ['peak memory (max RSS of every measured process)', peakRss < TARGETS.peakRssMb, mb(peakRss), `< ${TARGETS.peakRssMb} MB`],
  ];

  const lines = [];
  lines.push(`Runner Deadlift Coach benchmark  ${new Date().toISOString()}  node ${process.version}  ${os.cpus().length} cpus  load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  lines.push(`ours: ${path.relative(root, OURS)}   baseline: ${path.relative(root, baseline)}   cold runs ${RUNS} each (interleaved), warm workouts ${WORKOUTS}`);
  lines.push('');
  lines.push(`COLD START (median of ${RUNS}; "total" = from the process's start to the launch answer, Node's own boot included)`);
  lines.push(
    table([
      ['', 'total', 'node boot', 'load bundle', 'first launch', 'load+launch', 'x baseline (total)', 'x baseline (load+launch)', 'max RSS'],
      ...['ours+store', 'ours', 'baseline'].map((k) => [
        k === 'ours+store' ? 'ours, store (1 Query)' : k === 'ours' ? 'ours, no store' : 'baseline hello',
        ms(c[k].total),
        ms(c[k].boot),
        ms(c[k].load),
        ms(c[k].launch),
        ms(c[k].own),
        `${(c[k].total / c.baseline.total).toFixed(2)}x`,
        `${(c[k].own / c.baseline.own).toFixed(2)}x`,
        mb(c[k].rssMb),
      ]),
    ]),
  );
  lines.push(`  the launch with the store got its Query answered in ${c['ours+store'].queried} of ${RUNS} cold starts`);
  lines.push('');
  lines.push(`WARM TURNS (${warmStore.count} turns: ${WORKOUTS} workouts of launch, start, pause mid-block, resume, finish, clean, log by voice, history)`);
  lines.push(
    table([
      ['', 'p50', 'p99', 'max', 'max RSS'],
      ['end to end, store on dynalite', ms(warmStore.p50), ms(warmStore.p99), ms(warmStore.max), mb(warmStore.rssMb)],
      ...(warmStore.ownP50 !== undefined ? [['  same, minus time waiting on the store', ms(warmStore.ownP50), ms(warmStore.ownP99), '', '']] : []),
      ['handler alone (no store)', ms(warmAlone.p50), ms(warmAlone.p99), ms(warmAlone.max), mb(warmAlone.rssMb)],
    ]),
  );
  lines.push(
    table([
      ['  per turn (p50 / p99)', ...Object.keys(warmAlone.byTurn)],
      ['  store', ...Object.keys(warmAlone.byTurn).map((k) => (warmStore.byTurn[k] ? `${warmStore.byTurn[k].p50.toFixed(2)} / ${warmStore.byTurn[k].p99.toFixed(2)}` : '-'))],
      ['  alone', ...Object.values(warmAlone.byTurn).map((t) => `${t.p50.toFixed(2)} / ${t.p99.toFixed(2)}`)],
    ]),
  );
  lines.push('');
  lines.push('BUNDLE');
  lines.push(
    table([
      ['', 'minified', 'gzip -9', 'x baseline'],
      ['ours', `${bytes} B (${kb(bytes)})`, `${gzip} B (${kb(gzip)})`, `${(bytes / baseBytes).toFixed(2)}x`],
      ['baseline', `${baseBytes} B (${kb(baseBytes)})`, `${baseGzip} B (${kb(baseGzip)})`, ''],
    ]),
  );
  if (meta.bytes !== bytes) lines.push(`  (note: the metafile build is ${meta.bytes} B, not ${bytes} B: is ${path.relative(root, OURS)} stale?)`);
  lines.push('  top 10 contributors (bytes in the minified output):');
  for (const [name, size] of meta.top) lines.push(`    ${String(size).padStart(7)}  ${((100 * size) / meta.bytes).toFixed(1).padStart(4)}%  ${name}`);
  if (counts) {
    lines.push('');
    lines.push('COLD START INSTRUCTIONS (one run each under callgrind, Node boot included; store timeouts may fire under valgrind: see requests)');
    lines.push(
      table([
        ['', 'instructions', 'x baseline', 'store requests/responses'],
        ...Object.entries(counts).map(([k, v]) => [
          k,
          `${(v.count / 1e6).toFixed(0)} M`,
          `${(v.count / counts.baseline.count).toFixed(2)}x`,
          v.storeRequests !== undefined ? `${v.storeRequests}/${v.storeResponses}` : '',
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
  lines.push(`  (also: ours without a store ${ratioNoStore.toFixed(2)}x; load+launch alone, Node's boot excluded, ${ownRatio.toFixed(2)}x)`);
  console.log(lines.join('\n'));

  const missed = checks.filter(([, ok]) => !ok).length;
  if (CHECK && missed > 0) process.exit(1);
}

await main();
