// Bundles the Lambda into one file, dist/index.js, exporting `handler`: no node_modules at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LAMBDA_TRIMS } from './bundleTrims.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Lambda bundle's ceiling, minified (issue 12's 460 KB, read the stricter way: decimal
 * kilobytes): every KB is compile time in each cold start.
 * test/hooks/bundle.test.ts fails above it and `npm run bench` reports against it.
 */
export const BUNDLE_LIMIT_BYTES = 460_000;

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
  // import() of a Node built-in (the SDK's HTTP handler loads node:http that way on its first
  // request) becomes a require(): in a CommonJS bundle a real import() starts Node's ES module
  // loader for one module that is already loaded, and fails in a vm context (jest) altogether.
  supported: { 'dynamic-import': false },
  minify: true,
  // Pure ASCII (accented locale text as \u escapes): a file with one non-ASCII byte is handed
  // to V8 as a two-byte string, decoded from UTF-8 and then scanned 16 bits at a time, which
  // costs a cold start about 3.5 M instructions more than the 2 KB of escapes do (README,
  // "What the Lambda bundle leaves out"). esbuild does not escape inside regex literals, so a
  // non-ASCII character there must be written as \u in the source: test/hooks/bundle.test.ts
  // names the input that brings one.
  charset: 'ascii',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

/**
 * On Lambda the store client is given the environment credentials (lambda/src/store/client.ts),
 * yet client-dynamodb's runtime config imports the default chain statically (SSO, STS, INI,
 * process, web identity, instance metadata: about 100 KB the Lambda never runs). The SDK has no
 * client without it (aws/aws-sdk-js-v3#5516, #6087), so the bundle resolves that one module to
 * a stub that refuses. test/hooks/bundle.test.ts fails if an SDK update brings the chain back or
 * the stub stops being used, and checks the bundle still signs its requests.
 */
export const ENV_CREDENTIALS_ONLY = Object.freeze({
  name: 'env-credentials-only',
  setup(build) {
    build.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({
      path: path.join(root, 'scripts/stubs/credential-provider-node.mjs'),
    }));
  },
});

/**
 * Builds the Lambda bundle, then (`eager`, the default) rewrites the functions its cold start runs
 * so that V8 compiles them with the script (scripts/eagerCompile.mjs): the result's `eager` says
 * how many and the bytes it added, which the metafile (esbuild's output) does not count. That step
 * runs the bundle once (a child process, an in-memory dynalite on a loopback port); when it fails
 * the build fails, leaving esbuild's unhinted output in `outfile`.
 */
export async function buildLambda({ outfile = path.join(root, 'dist/index.js'), metafile = false, minify = true, eager = true } = {}) {
  const result = await build({
    ...BUNDLE_OPTIONS,
    plugins: [ENV_CREDENTIALS_ONLY, ...LAMBDA_TRIMS],
    entryPoints: [path.join(root, 'lambda/src/index.ts')],
    outfile,
    metafile,
    minify,
  });
  if (!eager) return result;
  const { markEager } = await import('./eagerCompile.mjs');
  try {
    return { ...result, eager: await markEager(outfile) };
  } catch (error) {
    throw new Error(`${error.message}\nThe compile hints (scripts/eagerCompile.mjs) need the devDependencies, a loopback port and a child process; EAGER_COMPILE=0 builds without them (a correct bundle, its cold start slower).`, { cause: error });
  }
}

// node scripts/build.mjs [outfile]: dist/index.js by default. EAGER_COMPILE=0 leaves the compile
// hints out, on purpose only: a hint step that fails fails the build (hooks/build.sh, so `ask
// deploy`, stops), it never falls back silently.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const eager = process.env.EAGER_COMPILE !== '0';
  if (!eager) console.error('build: EAGER_COMPILE=0, no compile hints: the bundle is correct, its cold start slower (README, "Compile hints")');
  try {
    await buildLambda({ ...(process.argv[2] ? { outfile: path.resolve(process.argv[2]) } : {}), eager });
  } catch (error) {
    console.error(`build failed: ${error.message}\nFix the error above, then run npm run build again.`);
    process.exit(1);
  }
}
