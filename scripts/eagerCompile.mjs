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
// `(a) => x` becomes `(function (a) { return x; })`, `function (a) {...}` gets its parentheses,
// and a declaration `function f(a) {...}` becomes `var f = (function (a) {...})` at the start of
// its body (where a declaration is initialized too: before any of the body runs). Arrow functions
// that read `this`, `arguments`, `super` or `new.target` are left as they are (a function would
// bind its own), unless their function can keep `this` and `arguments` in variables at its start
// for them to read instead; an object literal's method `m(a) {...}` becomes `m: (function (a)
// {...})` (not when it reads `super`, nor a method named __proto__); class methods cannot take
// the form: they stay lazy.
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
function readsOwnBindings(node, captured) {
  let found = false;
  const visit = (n) => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n.type !== 'string' || captured.has(n)) return;
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

function readsSuper(fn) {
  let found = false;
  const visit = (n) => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n.type !== 'string') return;
    if (n.type === 'Super') found = true;
    else if (n !== fn && (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration')) return;
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
  };
  visit(fn);
  return found;
}

const isMethodValue = (parent) => parent && (parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init')));

/** The names a function's parameters bind. */
function paramNames(fn) {
  const names = new Set();
  const visit = (n) => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (n.type === 'Identifier') names.add(n.name);
    else if (n.type === 'AssignmentPattern') visit(n.left); // not the default's expression
    else if (n.type === 'Property') visit(n.value);
    else for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
  };
  visit(fn.params);
  return names;
}

/** Offset after a body's directive prologue ("use strict"), where hoisted functions go. */
function afterPrologue(statements, start) {
  let at = start;
  for (const statement of statements) {
    if (statement.directive === undefined) break;
    at = statement.end;
  }
  return at;
}

/**
 * `source` with every function in `called` (start offsets) that can take the eagerly compiled
 * form rewritten into it; the counts say what was done. A function declaration (which cannot be
 * parenthesized) that is a statement of the script or of a function body becomes
 * `var name = (function (...) {...})` at the start of that body, before any of its code runs, as
 * a declaration is initialized before any of it runs; it is skipped when a parameter has its name.
 */
export function eagerRewrite(source, called) {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const edits = []; // { from, to, text }: text is a string or a function (rendered last)
  const counts = { arrows: 0, functions: 0, declarations: 0, methods: 0, captured: 0, kept: 0 };
  const hoist = (statements, insertAt, taken) => {
    const moved = statements.filter((st) => st.type === 'FunctionDeclaration' && called.has(st.start) && !taken.has(st.id.name));
    if (moved.length === 0) return;
    for (const st of moved) edits.push({ from: st.start, to: st.end, text: '' });
    edits.push({
      from: insertAt,
      to: insertAt,
      text: () => `var ${moved.map((st) => `${st.id.name}=(${st.async ? 'async ' : ''}function${st.generator ? '*' : ''}${render(st.id.end, st.end)})`).join(',')};`,
    });
    counts.declarations += moved.length;
  };
  // An arrow the cold start runs that reads `this` or `arguments` reads its function's: that
  // function keeps them in variables at its start, which the arrow reads instead (and can then
  // be rewritten). Not in a derived class's constructor (`this` is not bound before super()),
  // not for an arrow that reads `super` or `new.target`, nor for `arguments` used as a name.
  const captured = new Set();
  const canCapture = !/\$this\b|\$args\b/.test(source);
  const capture = (body, insertAt, derived) => {
    const uses = { this: [], arguments: [] };
    let ok = canCapture;
    const scan = (n, parent, inRan) => {
      if (!ok || n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) return n.forEach((c) => scan(c, parent, inRan));
      if (typeof n.type !== 'string' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ClassBody') return;
      const here = inRan || (n.type === 'ArrowFunctionExpression' && called.has(n.start));
      if (here && n.type === 'ThisExpression') uses.this.push(n);
      else if (here && n.type === 'Identifier' && n.name === 'arguments') {
        const named = (parent.type === 'MemberExpression' && parent.property === n && !parent.computed) || ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && (parent.shorthand || (parent.key === n && !parent.computed)));
        if (named) ok = false;
        else uses.arguments.push(n);
      } else if (here && (n.type === 'Super' || n.type === 'MetaProperty')) ok = false;
      for (const key of Object.keys(n)) if (key !== 'type') scan(n[key], n, here);
    };
    scan(body, null, false);
    if (!ok || (derived && uses.this.length > 0) || uses.this.length + uses.arguments.length === 0) return;
    const vars = [];
    if (uses.this.length > 0) vars.push('$this=this');
    if (uses.arguments.length > 0) vars.push('$args=arguments');
    edits.push({ from: insertAt, to: insertAt, text: `var ${vars.join(',')};` });
    for (const [nodes, name] of [[uses.this, '$this'], [uses.arguments, '$args']]) {
      for (const n of nodes) {
        edits.push({ from: n.start, to: n.end, text: name });
        captured.add(n);
      }
    }
    counts.captured += 1;
  };
  const ancestors = [];
  const visit = (n, parent) => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((c) => visit(c, parent));
    if (typeof n.type !== 'string') return;
    if (n.type === 'Program') {
      hoist(n.body, afterPrologue(n.body, 0), new Set());
      capture(n.body, afterPrologue(n.body, 0), false);
    } else if (/Function/.test(n.type) && n.body.type === 'BlockStatement') {
      const at = afterPrologue(n.body.body, n.body.start + 1);
      hoist(n.body.body, at, paramNames(n));
      if (n.type !== 'ArrowFunctionExpression') {
        const klass = ancestors[ancestors.length - 3];
        const derived = parent?.type === 'MethodDefinition' && parent.kind === 'constructor' && Boolean(klass?.superClass);
        capture(n.body.body, at, derived);
      }
    }
    ancestors.push(n);
    if (n.type === 'ArrowFunctionExpression' && called.has(n.start)) {
      if (readsOwnBindings(n, captured)) counts.kept += 1;
      else {
        const params = n.params.map((p) => source.slice(p.start, p.end)).join(',');
        const head = `(${n.async ? 'async ' : ''}function(${params})`;
        if (n.body.type === 'BlockStatement') edits.push({ from: n.start, to: n.body.start, text: head }, { from: n.end, to: n.end, text: ')' });
        else edits.push({ from: n.start, to: n.body.start, text: `${head}{return ` }, { from: n.body.end, to: n.end, text: '})' });
        counts.arrows += 1;
      }
    } else if (n.type === 'FunctionExpression' && parent?.type === 'Property' && parent.method && parent.value === n && (called.has(n.start) || called.has(parent.key.start) || called.has(parent.start)) && !(parent.key.type === 'Identifier' && parent.key.name === '__proto__' && !parent.computed) && !readsSuper(n)) {
      const key = parent.computed ? `[${source.slice(parent.key.start, parent.key.end)}]` : source.slice(parent.key.start, parent.key.end);
      edits.push({ from: parent.start, to: n.start, text: `${key}:(${n.async ? 'async ' : ''}function${n.generator ? '*' : ''}` }, { from: n.end, to: n.end, text: ')' });
      counts.methods += 1;
    } else if (n.type === 'FunctionExpression' && called.has(n.start) && !isMethodValue(parent) && source[n.start - 1] !== '(') {
      edits.push({ from: n.start, to: n.start, text: '(' }, { from: n.end, to: n.end, text: ')' });
      counts.functions += 1;
    }
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key], n);
    ancestors.pop();
  };
  visit(ast, null);
  // In source order; at one offset the edit found later goes first: an inner function's closing
  // parenthesis before the outer one's, the hoisted functions before the removal that follows.
  const order = edits.map((edit, i) => ({ ...edit, i })).sort((a, b) => a.from - b.from || b.i - a.i);
  // The source between two offsets with the edits inside it applied; an edit inside a range
  // another edit replaced (a moved declaration) is applied where that text is rendered.
  function render(from, to) {
    let out = '';
    let at = from;
    for (const edit of order) {
      if (edit.from < at || edit.to > to) continue;
      out += source.slice(at, edit.from) + (typeof edit.text === 'function' ? edit.text() : edit.text);
      at = edit.to;
    }
    return out + source.slice(at, to);
  }
  return { text: render(0, source.length), ...counts };
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
