// Compile-hinting the Lambda bundle: the functions a cold start runs are written so that V8
// compiles them with the script instead of on their first call.
//
// V8 compiles a function lazily: at load it only pre-parses it (finds its end and its free
// variables), and when it is first called it parses it again, in full, and makes its bytecode,
// one function at a time. A function a cold start always runs so costs a pre-parse, a second
// parse and a lazy-compile round of its own. V8 compiles a function eagerly, with the code around
// it, when it is a parenthesized function expression, `(function (...) {...})` (its heuristic for
// an immediately invoked function; V8 12, Node 22, has no other hint a bundle can give). So the
// build runs one cold start of the bundle it just made (a LaunchRequest through the exported
// handler, as on Lambda, against an in-memory dynalite: scripts/eagerTraining.cjs), takes V8's
// coverage of which functions ran, and rewrites those, and only those, in that form:
// `(a) => x` becomes `(function (a) { return x; })` and `function (a) {...}` gets its parentheses.
// Arrow functions that read `this`, `arguments`, `super` or `new.target` are left as they are
// (a function would bind its own); declarations and methods cannot take the form and stay lazy.
// A request other than the launch still compiles what it needs on its first call, as before.
// Measured (README, "Compile hints"), pinned by test/hooks/bundle.test.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as acorn from 'acorn';

const here = path.dirname(fileURLToPath(import.meta.url));
const TRAINING = path.join(here, 'eagerTraining.cjs');
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000e0c1';

/** Start offsets (UTF-16 units) of the bundle's functions that ran at least once in `coverage`. */
export function calledOffsets(coverage, bundleUrl) {
  const script = coverage.flatMap((file) => file.result).find((entry) => entry.url === bundleUrl);
  if (!script) throw new Error(`eager compile: no coverage of ${bundleUrl}`);
  return new Set(script.functions.filter((fn) => fn.ranges[0].count > 0).map((fn) => fn.ranges[0].startOffset));
}

/**
 * Start offsets of the functions of `bundle` that one cold start runs: the training run under
 * NODE_V8_COVERAGE, against an in-memory dynalite.
 */
export async function coldStartCalls(bundle) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdc-eager-'));
  try {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      NODE_V8_COVERAGE: dir,
      AWS_EC2_METADATA_DISABLED: 'true',
      // As on Lambda: the function's name, credentials in the environment, the skill's own id.
      AWS_LAMBDA_FUNCTION_NAME: 'runner-deadlift-eager-training',
      SKILL_ID,
      LOG_SALT: 'runner-deadlift-eager-compile-training-salt',
      AWS_ACCESS_KEY_ID: 'training',
      AWS_SECRET_ACCESS_KEY: 'training',
      AWS_SESSION_TOKEN: 'training',
    };
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [TRAINING, bundle, SKILL_ID], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk) => (errors += chunk));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`eager compile: the training cold start failed (${code}): ${errors.slice(-2000)}`))));
    });
    const coverage = fs.readdirSync(dir).filter((name) => name.startsWith('coverage-')).map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
    return calledOffsets(coverage, pathToFileURL(bundle).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Does this arrow function's code read a binding a `function` would replace with its own? */
function readsOwnBindings(node) {
  let found = false;
  const visit = (n) => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n.type !== 'string') return;
    if (n.type === 'ThisExpression' || n.type === 'Super' || n.type === 'MetaProperty' || (n.type === 'Identifier' && n.name === 'arguments')) {
      found = true;
      return;
    }
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') return; // binds its own
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
  };
  visit(node.params);
  visit(node.body);
  return found;
}

const isMethodValue = (parent) => parent && (parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init')));

/**
 * `source` with every function in `called` (start offsets) that can take the eagerly compiled
 * form rewritten into it; the counts say what was done.
 */
export function eagerRewrite(source, called) {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const edits = []; // [from, to, text], applied from the end
  const counts = { arrows: 0, functions: 0, kept: 0 };
  const visit = (n, parent) => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((c) => visit(c, parent));
    if (typeof n.type !== 'string') return;
    if (n.type === 'ArrowFunctionExpression' && called.has(n.start)) {
      if (readsOwnBindings(n)) counts.kept += 1;
      else {
        const params = n.params.map((p) => source.slice(p.start, p.end)).join(',');
        const head = `(${n.async ? 'async ' : ''}function(${params})`;
        if (n.body.type === 'BlockStatement') edits.push([n.start, n.body.start, head], [n.end, n.end, ')']);
        else edits.push([n.start, n.body.start, `${head}{return `], [n.body.end, n.end, '})']);
        counts.arrows += 1;
      }
    } else if (n.type === 'FunctionExpression' && called.has(n.start) && !isMethodValue(parent) && source[n.start - 1] !== '(') {
      edits.push([n.start, n.start, '('], [n.end, n.end, ')']);
      counts.functions += 1;
    }
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key], n);
  };
  visit(ast, null);
  // From the end; at one offset the outer function's closing text goes first (it was found first),
  // so an inner function's closing parenthesis ends up inside it.
  const order = edits.map((edit, i) => [...edit, i]).sort((a, b) => b[0] - a[0] || b[1] - a[1] || a[3] - b[3]);
  let text = source;
  for (const [from, to, insert] of order) text = text.slice(0, from) + insert + text.slice(to);
  return { text, ...counts };
}

/** Rewrites `bundle` in place; returns what was done and the bytes it added. */
export async function markEager(bundle) {
  const source = fs.readFileSync(bundle, 'utf8');
  const called = await coldStartCalls(bundle);
  const { text, ...counts } = eagerRewrite(source, called);
  acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'script' }); // still one valid script
  fs.writeFileSync(bundle, text);
  return { ...counts, called: called.size, addedBytes: text.length - source.length };
}
