// Lints planted files (never written to disk) with the repository's eslint.config.mjs, through
// ESLint's Node API: stdin is [{ filePath, code }], stdout the rule ids each one broke.
// A child process because jest cannot import the ES module config inside its module registry.
import { ESLint } from 'eslint';

const planted = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
}));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { filePath, code } of planted) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push((result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(results));
