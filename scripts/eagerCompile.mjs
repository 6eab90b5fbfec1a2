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
// {...})` (not when it reads `super`, nor a method named __proto__, whose `__proto__:` would set
// the prototype); class methods cannot take the form: they stay lazy. What differs after the
// rewrite, and why it is accepted: a method made a function expression is constructible and has
// a `.prototype` (nothing calls a method with `new`); an arrow reading `$args` would miss a later
// sloppy `arguments = x`, so a function that writes one keeps its arrows as they are (strict
// code cannot write it). Parameters and computed keys are written again with the edits inside
// them (a `this` in a default reads `$this` too).
// EAGER_COMPILE=0 (scripts/build.mjs) builds without this step: a correct bundle, cold start slower.
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

/**
 * Calls `enter(node, parent)` on every node of an acorn tree, depth first in source order (arrays
 * and non-node values such as a regex literal's `regex` are looked through); `enter` returning
 * false skips that node's children, and `leave(node)` runs after them.
 */
export function walk(node, enter, leave, parent = null) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, enter, leave, parent);
    return;
  }
  if (typeof node.type !== 'string' || enter(node, parent) === false) return;
  for (const key of Object.keys(node)) if (key !== 'type') walk(node[key], enter, leave, node);
  leave?.(node);
}

const bindsOwnThis = (n) => n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration';

/** Does this arrow function's code read a binding a `function` would replace with its own? */
function readsOwnBindings(arrow, captured) {
  let found = false;
  walk([arrow.params, arrow.body], (n) => {
    if (found || captured.has(n) || bindsOwnThis(n)) return false;
    found = n.type === 'ThisExpression' || n.type === 'Super' || n.type === 'MetaProperty' || (n.type === 'Identifier' && n.name === 'arguments');
    return undefined;
  });
  return found;
}

function readsSuper(fn) {
  let found = false;
  walk(fn, (n) => {
    if (found || (n !== fn && bindsOwnThis(n))) return false;
    found = n.type === 'Super';
    return undefined;
  });
  return found;
}

/** The names a function's parameters bind (not what their defaults read, nor a pattern's keys). */
function paramNames(fn) {
  const names = new Set();
  const collect = (n) => {
    if (n.type === 'Identifier') names.add(n.name);
    else if (n.type === 'AssignmentPattern') walk(n.left, collect);
    else if (n.type === 'Property') walk(n.value, collect);
    else return undefined;
    return false;
  };
  walk(fn.params, collect);
  return names;
}

/** `async function*`, as much of it as `fn` has: the head of its function-expression form. */
const functionHead = (fn) => `${fn.async ? 'async ' : ''}function${fn.generator ? '*' : ''}`;

/** `arguments = x`, `arguments += x`, `arguments++`: only sloppy code can write them. */
const assignsArguments = (n) => {
  const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument : null;
  return target?.type === 'Identifier' && target.name === 'arguments';
};

const isMethodValue = (parent) => parent && (parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method || parent.kind !== 'init')));

/** `__proto__() {}` or `"__proto__"() {}`: as `__proto__: value` it would set the prototype. */
const isProtoKey = (property) => !property.computed && (property.key.type === 'Identifier' ? property.key.name : property.key.value) === '__proto__';

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
 * The rewrite's steps, each called by eagerRewrite's one walk of the tree as it meets a node: the
 * edits they push are applied in source order, and at one offset the one pushed later goes first,
 * so the walk's order is part of the output.
 * `rw` is { source, called, edits, counts, captured, derivedConstructors, canCapture, render }.
 */

/**
 * A body's declarations the cold start runs (not one a parameter names) become
 * `var f=(function…)` at `insertAt`; their text is rendered last, with the edits inside them.
 */
function hoistDeclarations(rw, statements, insertAt, taken) {
  const moved = statements.filter((st) => st.type === 'FunctionDeclaration' && rw.called.has(st.start) && !taken.has(st.id.name));
  if (moved.length === 0) return;
  for (const st of moved) rw.edits.push({ from: st.start, to: st.end, text: '' });
  rw.edits.push({ from: insertAt, to: insertAt, text: () => `var ${moved.map((st) => `${st.id.name}=(${functionHead(st)}${rw.render(st.id.end, st.end)})`).join(',')};` });
  rw.counts.declarations += moved.length;
}

/**
 * An arrow the cold start runs that reads `this` or `arguments` reads its function's: that
 * function keeps them in variables at its start, which the arrow reads instead (and can then be
 * rewritten). Not in a derived class's constructor (`this` is not bound before super()), not for
 * an arrow that reads `super` or `new.target`, nor for `arguments` used as a name.
 * Sloppy code could assign `arguments = x` after `var $args=arguments`, and the arrow would read
 * the stale object: a function that assigns to `arguments` anywhere in its body is left as it is
 * (strict code cannot; none of the bundle does today).
 */
function captureThisAndArguments(rw, body, insertAt, derived) {
  if (!rw.canCapture) return;
  const uses = { this: [], arguments: [] };
  let ok = true;
  let inRanArrow = 0;
  const ranArrow = (n) => n.type === 'ArrowFunctionExpression' && rw.called.has(n.start);
  walk(
    body,
    (n, parent) => {
      if (!ok || bindsOwnThis(n) || n.type === 'ClassBody') return false;
      if (assignsArguments(n)) ok = false;
      if (ranArrow(n)) inRanArrow += 1;
      if (inRanArrow === 0) return undefined;
      if (n.type === 'ThisExpression') uses.this.push(n);
      else if (n.type === 'Identifier' && n.name === 'arguments') {
        const named = (parent.type === 'MemberExpression' && parent.property === n && !parent.computed) || ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && (parent.shorthand || (parent.key === n && !parent.computed)));
        if (named) ok = false;
        else uses.arguments.push(n);
      } else if (n.type === 'Super' || n.type === 'MetaProperty') ok = false;
      return undefined;
    },
    (n) => {
      if (ranArrow(n)) inRanArrow -= 1;
    },
  );
  if (!ok || (derived && uses.this.length > 0) || uses.this.length + uses.arguments.length === 0) return;
  const vars = [];
  if (uses.this.length > 0) vars.push('$this=this');
  if (uses.arguments.length > 0) vars.push('$args=arguments');
  rw.edits.push({ from: insertAt, to: insertAt, text: `var ${vars.join(',')};` });
  for (const [nodes, name] of [[uses.this, '$this'], [uses.arguments, '$args']]) {
    for (const n of nodes) {
      rw.edits.push({ from: n.start, to: n.end, text: name });
      rw.captured.add(n);
    }
  }
  rw.counts.captured += 1;
}

/**
 * `(a) => x` becomes `(function(a){return x})`, `(a) => {...}` `(function(a){...})`; the
 * parameters are rendered with the edits inside them (a captured `this` in a default, say).
 */
function rewriteArrow(rw, n) {
  if (readsOwnBindings(n, rw.captured)) {
    rw.counts.kept += 1;
    return;
  }
  const head = () => `(${functionHead(n)}(${n.params.map((p) => rw.render(p.start, p.end)).join(',')})`;
  if (n.body.type === 'BlockStatement') rw.edits.push({ from: n.start, to: n.body.start, text: head }, { from: n.end, to: n.end, text: ')' });
  else rw.edits.push({ from: n.start, to: n.body.start, text: () => `${head()}{return ` }, { from: n.body.end, to: n.end, text: '})' });
  rw.counts.arrows += 1;
}

/**
 * An object literal's method `m(a) {...}` (the value of `method` Property) becomes
 * `m:(function(a){...})`, its computed key rendered with the edits inside it. The function is
 * then constructible and has a `.prototype`, which a method has not: nothing in the bundle calls
 * a method with `new` or reads its prototype (esbuild's and the SDK's code, ours in strict
 * TypeScript, where `new o.m()` of a method is a type error), so that difference is accepted.
 */
function rewriteMethod(rw, property, fn) {
  const key = () => (property.computed ? `[${rw.render(property.key.start, property.key.end)}]` : rw.source.slice(property.key.start, property.key.end));
  rw.edits.push({ from: property.start, to: fn.start, text: () => `${key()}:(${functionHead(fn)}` }, { from: fn.end, to: fn.end, text: ')' });
  rw.counts.methods += 1;
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
  const rw = {
    source,
    called,
    edits: [], // { from, to, text }: text is a string or a function (rendered last)
    counts: { arrows: 0, functions: 0, declarations: 0, methods: 0, captured: 0, kept: 0 },
    captured: new Set(), // `this` and `arguments` nodes an arrow now reads from variables
    derivedConstructors: new Set(), // constructors of classes with `extends`
    canCapture: !/\$this\b|\$args\b/.test(source), // the names are free
    render: null,
  };
  walk(ast, (n, parent) => {
    if (n.type === 'Program') {
      const at = afterPrologue(n.body, 0);
      hoistDeclarations(rw, n.body, at, new Set());
      captureThisAndArguments(rw, n.body, at, false);
    } else if ((n.type === 'ClassDeclaration' || n.type === 'ClassExpression') && n.superClass) {
      const constructor = n.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
      if (constructor) rw.derivedConstructors.add(constructor.value);
    } else if (/Function/.test(n.type) && n.body.type === 'BlockStatement') {
      const at = afterPrologue(n.body.body, n.body.start + 1);
      hoistDeclarations(rw, n.body.body, at, paramNames(n));
      if (n.type !== 'ArrowFunctionExpression') captureThisAndArguments(rw, n.body.body, at, rw.derivedConstructors.has(n));
    }
    if (n.type === 'ArrowFunctionExpression' && called.has(n.start)) rewriteArrow(rw, n);
    // V8's coverage starts a method at its Property's start (its key, or `async`, `*`, `[` before
    // it), not at acorn's FunctionExpression (the parameters' `(`): checked on Node 20 and 22.
    else if (n.type === 'FunctionExpression' && parent?.type === 'Property' && parent.method && parent.value === n && called.has(parent.start) && !isProtoKey(parent) && !readsSuper(n)) rewriteMethod(rw, parent, n);
    else if (n.type === 'FunctionExpression' && called.has(n.start) && !isMethodValue(parent) && source[n.start - 1] !== '(') {
      rw.edits.push({ from: n.start, to: n.start, text: '(' }, { from: n.end, to: n.end, text: ')' });
      rw.counts.functions += 1;
    }
    return undefined;
  });
  // In source order; at one offset the edit found later goes first: an inner function's closing
  // parenthesis before the outer one's, the hoisted functions before the removal that follows.
  const order = rw.edits.map((edit, i) => ({ ...edit, i })).sort((a, b) => a.from - b.from || b.i - a.i);
  // The source between two offsets with the edits inside it applied; an edit inside a range
  // another edit replaced (a moved declaration, an arrow's parameters, a method's computed key)
  // is applied where that text is rendered.
  rw.render = (from, to) => {
    let out = '';
    let at = from;
    for (const edit of order) {
      if (edit.from < at || edit.to > to) continue;
      out += source.slice(at, edit.from) + (typeof edit.text === 'function' ? edit.text() : edit.text);
      at = edit.to;
    }
    return out + source.slice(at, to);
  };
  return { text: rw.render(0, source.length), ...rw.counts };
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
