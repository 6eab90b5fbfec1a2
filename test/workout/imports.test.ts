// The workout core loads nothing in a circle, and acts.ts and state.ts (which once imported each
// other) are not tied together even by types: each module can be read on top of the ones below it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../lambda/src/workout');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** What `file` imports from the core; `values` leaves out `import type` (erased when bundled). */
function importsOf(file: string, values: boolean): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [...source.matchAll(/^(?:import|export)\s([^'"]*?)from\s+'(\.[^']+)'/gm)]
    .filter((m) => !values || !/^(?:import|export)\s+type\s/.test(m[0]!))
    .map((m) => resolve(dirname(file), m[2]!));
  return found.map((path) => (modules(ROOT).includes(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts')));
}

function cycleFrom(start: string, graph: Map<string, string[]>): string[] | undefined {
  const walk = (file: string, path: string[]): string[] | undefined => {
    if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
    for (const next of graph.get(file) ?? []) {
      const cycle = walk(next, [...path, file]);
      if (cycle) return cycle;
    }
    return undefined;
  };
  return walk(start, []);
}

test('no module of the workout core loads itself through others', () => {
  const files = modules(ROOT);
  const graph = new Map(files.map((file) => [file, importsOf(file, true)]));
  expect(graph.size).toBeGreaterThan(10);
  for (const file of files) expect(cycleFrom(file, graph)?.map((f) => relative(ROOT, f))).toBeUndefined();
});

test('acts.ts and state.ts do not import each other, not even a type', () => {
  const all = (file: string) => importsOf(join(ROOT, file), false).map((f) => relative(ROOT, f));
  expect(all('acts.ts').includes('state.ts') && all('state.ts').includes('acts.ts')).toBe(false);
  expect(all('state.ts')).not.toContain('acts.ts');
});
