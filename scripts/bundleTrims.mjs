// What the Lambda bundle leaves out of its dependencies, and why each cut is safe. Every cut is
// checked when the bundle is built (a dependency whose code no longer has the expected shape
// fails the build instead of being cut wrongly) and pinned by test/hooks/bundle.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Alexa service clients the skill asks ask-sdk's ServiceClientFactory for (timers for the
 * rest, reminders for the weekly reminder). ask-sdk-model ships every service client in one
 * CommonJS file (about 62 KB of the bundle), which esbuild cannot tree-shake; the others
 * (lists, addresses, monetization, proactive events, UPS, datastore and LWA...) are never used.
 * test/hooks/bundle.test.ts fails if the sources ask the factory for a client not listed here.
 */
export const ALEXA_SERVICES_KEPT = Object.freeze(['reminderManagement', 'timerManagement']);

// One service namespace of the TypeScript output: `var x;\n    (function (x) { ... })(x = services.x || (services.x = {}));`
const NAMESPACE = /\n {4}var (\w+);\n {4}\(function \(\1\) \{\n[\s\S]*?\n {4}\}\)\(\1 = services\.\1 \|\| \(services\.\1 = \{\}\)\);/g;
// The LWA client, which only the datastore, proactive events and skill messaging clients use.
const LWA = /\n {4}\/\*\*\n {5}\* Class to be used to call Amazon LWA[\s\S]*?\n {4}services\.LwaServiceClient = LwaServiceClient;/;

export function trimAlexaServices(source) {
  const found = [];
  let trimmed = source.replace(NAMESPACE, (block, name) => {
    found.push(name);
    return ALEXA_SERVICES_KEPT.includes(name) ? block : '';
  });
  const missing = ALEXA_SERVICES_KEPT.filter((name) => !found.includes(name));
  if (missing.length > 0 || found.length <= ALEXA_SERVICES_KEPT.length) {
    throw new Error(`ask-sdk-model changed shape: service namespaces found ${found.join(', ') || 'none'}, needed ${ALEXA_SERVICES_KEPT.join(', ')} (scripts/bundleTrims.mjs)`);
  }
  if (!LWA.test(trimmed)) throw new Error('ask-sdk-model changed shape: LwaServiceClient not found (scripts/bundleTrims.mjs)');
  trimmed = trimmed.replace(LWA, '');
  // What stays must not need what went.
  if (/LwaServiceClient|lwaServiceClient/.test(trimmed)) throw new Error('ask-sdk-model: a kept service client uses LWA (scripts/bundleTrims.mjs)');
  return { contents: trimmed, removed: found.filter((name) => !ALEXA_SERVICES_KEPT.includes(name)) };
}

export const ALEXA_SERVICES_USED = Object.freeze({
  name: 'alexa-services-used',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]ask-sdk-model[\\/]index\.js$/ }, (args) => ({
      contents: trimAlexaServices(fs.readFileSync(args.path, 'utf8')).contents,
      loader: 'js',
    }));
  },
});

/**
 * DynamoDB has no event-stream operation, and the SDK's protocol loads its event-stream support
 * with import() only when an operation has an event-stream member; bundled, that import() is a
 * require() of about 18 KB never called. test/hooks/bundle.test.ts checks that no DynamoDB
 * operation has such a member, and the stub refuses loudly if one ever does.
 */
export const NO_EVENT_STREAMS = Object.freeze({
  name: 'no-event-streams',
  setup(build) {
    build.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, () => ({
      path: path.join(root, 'scripts/stubs/event-streams.mjs'),
    }));
  },
});

/**
 * Dependencies read their own package.json for one field, the version in their user agent;
 * bundled, the whole file comes along (4.4 KB for three). Only the name and version are kept.
 */
export const PACKAGE_VERSIONS_ONLY = Object.freeze({
  name: 'package-versions-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*[\\/]package\.json$/ }, (args) => {
      const { name, version } = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
  },
});

/**
 * The endpoint-discovery cache's LRU (mnemonist with obliterator, about 7 KB): the store client
 * turns endpoint discovery off, yet the client builds the cache; a Map-based one of the same
 * behaviour stands in.
 */
export const SMALL_LRU = Object.freeze({
  name: 'small-lru',
  setup(build) {
    build.onResolve({ filter: /^mnemonist\/lru-cache(\.js)?$/ }, () => ({
      path: path.join(root, 'scripts/stubs/lru-cache.mjs'),
    }));
  },
});

/**
 * DynamoDB's endpoint rule set (its decision diagram and the evaluator, about 12 KB, evaluated
 * on every cold start's first request): the store client gives its own `endpointProvider`
 * (lambda/src/store/endpoint.ts, held to the SDK's resolver for every known region by
 * test/store/endpoint.test.ts), so the client's default resolver is never called.
 */
export const OWN_ENDPOINT_PROVIDER = Object.freeze({
  name: 'own-endpoint-provider',
  setup(build) {
    build.onResolve({ filter: /^\.\/endpoint\/endpointResolver$/ }, (args) =>
      /[\\/]@aws-sdk[\\/]client-dynamodb[\\/]/.test(args.importer) ? { path: path.join(root, 'scripts/stubs/endpoint-resolver.mjs') } : undefined,
    );
  },
});

/**
 * Code of @smithy/core the store client's configuration never reaches, each replaced in the one
 * module that imports it by a function that throws if ever called. An edit whose text is not
 * found exactly once fails the build. test/hooks/bundle.test.ts pins why each is never reached.
 */
export const NEVER_REACHED = Object.freeze([
  {
    // Pure-JS SHA-256 (for browsers): Sha256Node is node:crypto's hash whenever node:crypto has
    // sha256, which Node always has; the JS one is only its fallback.
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]checksum[\\/]sha256[\\/]Sha256Node\.js$/,
    imports: [['import { Sha256Js } from "./Sha256Js";', 'Sha256Js', 'a Node whose node:crypto has no sha256']],
  },
  {
    // The instance-metadata region lookup: the store client always gives its region, and its
    // defaultsMode is 'standard' (only 'auto' asks the instance metadata service).
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]config[\\/]config-resolver[\\/]regionConfig[\\/]config\.js$/,
    imports: [['import { getInstanceMetadataRegion } from "./getInstanceMetadataRegion";', 'getInstanceMetadataRegion', 'a client built without a region']],
  },
  {
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]config[\\/]defaults-mode[\\/]resolveDefaultsModeConfig\.js$/,
    imports: [['import { getInstanceMetadataRegion } from "../config-resolver/regionConfig/getInstanceMetadataRegion";', 'getInstanceMetadataRegion', "defaultsMode 'auto'"]],
  },
  {
    // The adaptive retry strategy (and its rate limiter): the store client gives its own
    // StandardRetryStrategy, so the default one is never built.
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]retry[\\/]middleware-retry[\\/]configurations\.js$/,
    imports: [['import { AdaptiveRetryStrategy } from "../util-retry/AdaptiveRetryStrategy";', 'AdaptiveRetryStrategy', "retryMode 'adaptive' without a retryStrategy"]],
  },
  {
    // S3's endpoint parameters: asked for only when the client's serviceId is S3.
    file: /[\\/]@smithy[\\/]core[\\/]dist-es[\\/]submodules[\\/]endpoints[\\/]middleware-endpoint[\\/]adaptors[\\/]getEndpointFromInstructions\.js$/,
    imports: [['import { resolveParamsForS3 } from "../service-customizations";', 'resolveParamsForS3', 'an S3 client']],
  },
]);

export function replaceNeverReached(source, imports, file) {
  let contents = source;
  for (const [line, name, when] of imports) {
    if (contents.split(line).length !== 2) throw new Error(`@smithy/core changed shape: ${JSON.stringify(line)} not found once in ${file} (scripts/bundleTrims.mjs)`);
    const message = `${name} is not in this bundle: only ${when} needs it (scripts/bundleTrims.mjs)`;
    // A function declaration: callable and constructible, so either use throws this message.
    contents = contents.replace(line, () => `function ${name}() { throw new Error(${JSON.stringify(message)}); }`);
  }
  return contents;
}

export const SMITHY_NEVER_REACHED = Object.freeze({
  name: 'smithy-never-reached',
  setup(build) {
    for (const { file, imports } of NEVER_REACHED) {
      build.onLoad({ filter: file }, (args) => ({ contents: replaceNeverReached(fs.readFileSync(args.path, 'utf8'), imports, args.path), loader: 'js' }));
    }
  },
});

/**
 * Modules of ask-sdk-core that only its index requires, to re-export them, and whose exports the
 * skill never reads (test/hooks/bundle.test.ts checks lambda/src for their names): the viewport
 * and skill-component utilities, the card image and text-content helpers, the SSML escaper and
 * the Dialog.API delegation handler (about 7 KB). Being CommonJS they cannot be tree-shaken. Each
 * becomes a module with the same export names, read from the real file, every one of which throws
 * when it is read.
 */
export const ASK_SDK_CORE_UNUSED_FILES = Object.freeze([
  'util/ViewportUtils',
  'util/ComponentUtils',
  'util/SsmlUtils',
  'response/ImageHelper',
  'response/TextContentHelper',
  'response/PlainTextContentHelper',
  'response/RichTextContentHelper',
  'dispatcher/request/handler/DelegateToIntentHandler',
]);

/** The names a CommonJS module of TypeScript's output exports (`exports.name = ...`), once each. */
export function exportedNames(source) {
  return [...new Set([...source.matchAll(/\bexports\.(\w+) =/g)].map((m) => m[1]))].filter((name) => name !== '__esModule');
}

export function unusedModule(source, file) {
  const names = exportedNames(source);
  if (names.length === 0) throw new Error(`ask-sdk-core changed shape: no exports found in ${file} (scripts/bundleTrims.mjs)`);
  return `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require(${JSON.stringify(path.join(root, 'scripts/stubs/unread-exports.cjs'))})(exports, ${JSON.stringify(names)});`;
}

export const ASK_SDK_CORE_UNUSED = Object.freeze({
  name: 'ask-sdk-core-unused',
  setup(build) {
    const filter = new RegExp(`[\\\\/]ask-sdk-core[\\\\/]dist[\\\\/](${ASK_SDK_CORE_UNUSED_FILES.map((file) => file.replaceAll('/', '[\\\\/]')).join('|')})\\.js$`);
    build.onLoad({ filter }, (args) => ({ contents: unusedModule(fs.readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
  },
});

/** Every trim of the Lambda bundle, in the order they apply. */
export const LAMBDA_TRIMS = Object.freeze([ALEXA_SERVICES_USED, NO_EVENT_STREAMS, PACKAGE_VERSIONS_ONLY, SMALL_LRU, OWN_ENDPOINT_PROVIDER, SMITHY_NEVER_REACHED, ASK_SDK_CORE_UNUSED]);
