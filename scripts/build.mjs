// Bundles the Lambda into one file, dist/index.js, exporting `handler`: no node_modules at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every bundle of ours is built with these, the benchmark's baseline skill too (bench/run.mjs),
 * so the two differ only in code.
 */
export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // The AWS SDK's ES-module builds (`module`) first: esbuild tree-shakes those, keeping only the
  // commands and protocol code the store uses. With the default (`main` first) client-dynamodb
  // came as CommonJS, which require()s @smithy/core's ES build whole: about 200 KB more.
  mainFields: ['module', 'main'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

export async function buildLambda({ outfile = path.join(root, 'dist/index.js'), metafile = false } = {}) {
  return build({
    ...BUNDLE_OPTIONS,
    entryPoints: [path.join(root, 'lambda/src/index.ts')],
    outfile,
    metafile,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildLambda();
  } catch (error) {
    console.error(`build failed: ${error.message}\nFix the error above, then run npm run build again.`);
    process.exit(1);
  }
}
