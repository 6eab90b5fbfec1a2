// Bundles the Lambda into one file, dist/index.js, exporting `handler`: no node_modules at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildLambda({ outfile = path.join(root, 'dist/index.js'), metafile = false } = {}) {
  return build({
    entryPoints: [path.join(root, 'lambda/src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    metafile,
    logLevel: 'warning',
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
