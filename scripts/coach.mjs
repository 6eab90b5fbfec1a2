#!/usr/bin/env node
// `npm start`: the local coach. Its code is TypeScript under scripts/coach/ (typed against
// ask-sdk-model and tested with jest like the rest of the project); this launcher bundles it
// with esbuild in a few milliseconds, then runs it. Nothing of the coach goes into dist/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT as root, importTs } from './importTs.mjs';

let runCoach;
try {
  ({ runCoach } = await importTs('scripts/coach/main.ts'));
} catch {
  console.error('coach: the local coach did not compile (see the errors above)');
  process.exit(1);
}
// The AWS SDK inside the bundle warns about Node 20 support ending; it says nothing about the
// skill and would sit in the middle of the conversation. Only that warning is dropped.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) =>
  JSON.stringify([String(warning), ...rest]).includes('NodeVersionSupportWarning') ? undefined : emitWarning(warning, ...rest);

// The skill's one-line-per-turn JSON logs are for CloudWatch; in the terminal they would sit in
// the middle of the conversation. TURN_LOG=on brings them back.
process.env.TURN_LOG ??= 'off';

const { startLocalStore } = await import(pathToFileURL(path.join(root, 'scripts', 'localStore.mjs')).href);

process.exitCode = await runCoach(process.argv.slice(2), { root, startLocalStore });
// readline or a store may hold handles open after the conversation: the coach is done, once
// stdout has drained (a pipe is written asynchronously; exiting at once would cut the end).
process.stdout.write('', () => process.exit());
