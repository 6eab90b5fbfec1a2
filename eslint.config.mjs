// Lint on top of `tsc --noEmit` (strict): the recommended rules of ESLint and typescript-eslint,
// and the layer rules of the README's architecture (test/lint/layers.test.ts plants a violation
// of each and checks it fails).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SRC = 'lambda/src';

// Import strings are checked as written, so a file `depth` folders below workout/ may climb
// `depth` levels and no more; anything else (a package, node:*, a path through `..` further up or
// with `.`/`..` in its middle) is outside the pure core.
const PLAIN = '[^./][^/]*(?:/[^./][^/]*)*$';
function workoutLayer(depth) {
  const climb = depth === 0 ? '\\./' : `(?:\\./|(?:\\.\\./){1,${depth}})`;
  return {
    files: [`${SRC}/workout/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(?!${climb}${PLAIN})`, message: 'workout/ is the pure core: it imports only its own modules (no ask-sdk, AWS, i18next, Node, or anything else in lambda/src).' }] }],
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression', message: 'workout/ is the pure core: no dynamic imports.' },
        { selector: "CallExpression[callee.name='require']", message: 'workout/ is the pure core: no require().' },
        // This config's rule replaces SESSION_ATTRIBUTES' for workout/: it keeps its selectors.
        ...SESSION_ATTRIBUTES_SYNTAX,
      ],
    },
  };
}

// A handler reading the envelope's session attributes would silently get nothing, whatever the
// request carried (the message says why). Only edge/ reads them there; the first request
// interceptor gives them to the attributes manager (test/lint/sessionAttributes.test.ts).
const NOT_SESSION_ATTRIBUTES = 'The edge hands ask-sdk the envelope without its session attributes (lambda/src/edge/sessionAttributes.ts: ask-sdk would copy them through JSON every turn), so requestEnvelope.session.attributes is undefined here: read attributesManager.getSessionAttributes(), or sessionAttributesAsSent() for what the request came with.';
const SESSION_ATTRIBUTES_SYNTAX = [
  // session.attributes, x.session.attributes, x.session?.attributes, x.session!.attributes,
  // (x.session as T).attributes, x.session['attributes']
  { selector: "MemberExpression:matches([property.name='attributes'][computed=false], [property.value='attributes']):matches([object.name='session'], [object.property.name='session'], [object.expression.property.name='session'])", message: NOT_SESSION_ATTRIBUTES },
  // const { attributes } = x.session; const { session: { attributes } } = x
  { selector: ":matches(VariableDeclarator[init.property.name='session'], Property[key.name='session']) > ObjectPattern > Property[key.name='attributes']", message: NOT_SESSION_ATTRIBUTES },
];
const SESSION_ATTRIBUTES = {
  files: [`${SRC}/**/*.ts`],
  ignores: [`${SRC}/edge/**`],
  rules: { 'no-restricted-syntax': ['error', ...SESSION_ATTRIBUTES_SYNTAX] },
};

// A cold start pays for the first use of each ICU service: localeCompare builds the collator
// (about 70 M instructions, Node 20 and 22), Intl.NumberFormat / DateTimeFormat and the
// toLocale*String methods about 110 M, where a whole cold launch (ours with the store) is about
// 380 M on Node 22 (callgrind, --random-seed=2, at b6fa952). The skill
// writes numbers by hand (speech/render.ts formatAmount) and compares canonical ISO dates as text.
const ICU_COLD = 'costs a cold start 70 to 110 M instructions the first time (ICU builds its locale data); see the README, "Module load and the first request"';
const COLD_INTL = {
  files: [`${SRC}/**/*.ts`],
  rules: {
    'no-restricted-properties': ['error',
      { property: 'localeCompare', message: `localeCompare ${ICU_COLD}: compare with < and > (canonical ISO dates sort as text).` },
      ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].map((property) => ({ property, message: `${property} ${ICU_COLD}.` })),
      ...['Collator', 'NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter'].map((property) => ({ object: 'Intl', property, message: `Intl.${property} ${ICU_COLD}.` })),
    ],
  },
};

const ADAPTERS = { regex: '(^|/)(handlers|interceptors)(/|$)', message: 'speech/ and store/ serve the handlers; they never import handlers/ or interceptors/.' };
const STORE_INSIDE = { regex: '(^|/)store/.', message: 'Handlers and interceptors depend on the TrainingStore contract (../store) only; services.ts builds the Dynamo one.' };

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'bench/dist/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', performance: 'readonly' } },
    rules: {
      // Destructuring away a field (`{ block: _played, ...rest }`) is how state drops it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests load modules fresh (jest.isolateModules); .cjs files are CommonJS by definition.
    files: ['test/**/*.ts', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Stripping control characters is what these patterns are for.
    files: ['lambda/src/speech/ssml.ts', 'scripts/coach/normalize.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  COLD_INTL,
  SESSION_ATTRIBUTES,
  ...[0, 1, 2].map(workoutLayer),
  {
    files: [`${SRC}/speech/**/*.ts`, `${SRC}/store/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [ADAPTERS] }] },
  },
  {
    // The screen renders a presentation, as speech/ does: workout/, i18n/ and speech/ only.
    files: [`${SRC}/screen/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)(handlers|interceptors|store)(/|$)', message: 'screen/ renders what the workout decided; it never imports handlers/, interceptors/ or store/.' }] }] },
  },
  {
    // The load phase hands the handlers a Turn (lambda/src/turn.ts); neither imports the other.
    files: [`${SRC}/handlers/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)interceptors(/|$)', message: 'Handlers never import interceptors: share through lambda/src/turn.ts, compose in skill.ts.' }, STORE_INSIDE] }] },
  },
  {
    files: [`${SRC}/interceptors/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)handlers(/|$)', message: 'Interceptors never import handlers: share through lambda/src/turn.ts, compose in skill.ts.' }, STORE_INSIDE] }] },
  },
);
