// Plain JS scripts use the project's TypeScript through esbuild, which the coach already runs:
// the entry is bundled (packages stay external) into node_modules/.cache and required from
// there. A few milliseconds; nothing of it goes into dist/.
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'runner-deadlift-coach');

/** The CommonJS exports of `entry` (a path from the project root). esbuild's errors are printed. */
export async function importTs(entry) {
  const outfile = path.join(CACHE, `${entry.replace(/\.ts$/, '').replace(/[/\\]/g, '_')}.cjs`);
  const { outputFiles } = await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
    write: false,
  });
  fs.mkdirSync(CACHE, { recursive: true });
  // Written under a name of its own and renamed into place: scripts started side by side (the
  // coach, tests) never require a half-written file.
  const partial = `${outfile}.${process.pid}`;
  fs.writeFileSync(partial, outputFiles[0].contents);
  fs.renameSync(partial, outfile);
  return createRequire(import.meta.url)(outfile);
}
