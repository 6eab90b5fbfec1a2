// .ci/run runs the conversation and store suites a second time, on Node 22 against the built
// bundle. This says which runtime and which build a run really used, so that second run cannot
// quietly fall back to Node 20 or to the sources.
import path from 'node:path';
import { skillEntry } from '../support/skill';

test('the runtime and the skill build are the ones the run asked for', () => {
  const major = Number(process.versions.node.split('.')[0]);
  const wanted = process.env.EXPECT_NODE_MAJOR;
  if (wanted !== undefined) expect(major).toBe(Number(wanted));
  expect(major).toBeGreaterThanOrEqual(20);
  const entry = skillEntry();
  if (process.env.SKILL_UNDER_TEST === 'dist') expect(entry).toBe(path.resolve(__dirname, '../../dist/index.js'));
  else expect(entry).toMatch(/lambda[\\/]src[\\/]index\.ts$/);
  process.stdout.write(`RUNTIME node ${process.versions.node}, skill from ${path.relative(path.resolve(__dirname, '../..'), entry)}\n`);
});
