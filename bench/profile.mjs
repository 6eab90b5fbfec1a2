// Which modules' evaluation a cold start spends its time in: reads a --cpu-prof profile of
// `child.cjs cold` run on an unminified twin of the bundle (bench/dist/*.prof.js) and charges
// each sample to the module whose `// path` comment precedes the sampled line.
//   node bench/profile.mjs <profile.cpuprofile> <bundle.prof.js> [top]
import fs from 'node:fs';
import path from 'node:path';

export function moduleLines(bundleFile) {
  const lines = fs.readFileSync(bundleFile, 'utf8').split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const m = /^\/\/ (\S+\.(?:[cm]?[jt]s|json))$/.exec(line);
    if (m) starts.push([i, m[1].replace(/^.*?(?=node_modules\/|lambda\/src\/|bench\/)/, '')]);
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '(bundle runtime)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export function packageOf(file) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/dist-es\/submodules\/([^/]+))?/.exec(file);
  if (m) return m[2] ? `${m[1]}/${m[2]}` : m[1];
  return file.split('/').slice(0, 3).join('/');
}

/** Self time (ms) per package and per file, for samples inside the bundle; the rest by kind. */
export function chargeProfile(profileFile, bundleFile) {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const moduleAt = moduleLines(bundleFile);
  const bundleName = path.basename(bundleFile);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map();
  const byFile = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    // positionTicks are per node over the whole run, so charge a node's ticks once, by share.
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const frame = nodes.get(id).callFrame;
    let key;
    if (frame.url.endsWith(bundleName)) {
      // A frame names the line its function starts on; hoisted ES modules all run inside the
      // bundle's one top-level function, so split its time by the lines actually sampled.
      const node = nodes.get(id);
      const ticks = node.positionTicks ?? [];
      const hits = ticks.reduce((sum, t) => sum + t.ticks, 0);
      const parts = hits > 0 ? ticks.map((t) => [t.line - 1, (dt * t.ticks) / hits]) : [[frame.lineNumber, dt]];
      for (const [line, share] of parts) {
        const file = moduleAt(line);
        byFile.set(file, (byFile.get(file) ?? 0) + share);
        const pkg = packageOf(file);
        byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + share);
      }
      return;
    } else if (frame.url === '') key = `(${frame.functionName || 'native'})`;
    else key = `node:${frame.url.replace(/^.*\//, '')}`;
    byPackage.set(key, (byPackage.get(key) ?? 0) + dt);
  });
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { total, byPackage: sorted(byPackage), byFile: sorted(byFile) };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [profileFile, bundleFile, top = '25'] = process.argv.slice(2);
  const { total, byPackage, byFile } = chargeProfile(profileFile, bundleFile);
  console.log(`sampled ${total.toFixed(1)} ms`);
  for (const [k, v] of byPackage.slice(0, Number(top))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('--- files');
  for (const [k, v] of byFile.slice(0, Number(top))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
