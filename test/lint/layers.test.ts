// The layer rules of eslint.config.mjs, each shown to fail on a planted violation (and to let
// the same file's legitimate imports through), so the README's architecture is enforced.
import { lintPlanted, type LintMessage } from './lintPlanted';

interface Plant {
  readonly name: string;
  readonly file: string;
  readonly code: string;
  /** The layer rule that must fire; undefined: the file is allowed. */
  readonly breaks?: 'no-restricted-imports' | 'no-restricted-syntax';
}

const use = (specifier: string): string => `import { x } from '${specifier}';\nexport const y = x;\n`;

const PLANTS: readonly Plant[] = [
  { name: 'workout imports ask-sdk', file: 'lambda/src/workout/planted.ts', code: use('ask-sdk-core'), breaks: 'no-restricted-imports' },
  { name: 'workout imports an AWS package', file: 'lambda/src/workout/planted.ts', code: use('@aws-sdk/client-dynamodb'), breaks: 'no-restricted-imports' },
  { name: 'workout imports i18next (type only)', file: 'lambda/src/workout/planted.ts', code: "import type { TFunction } from 'i18next';\nexport type T = TFunction;\n", breaks: 'no-restricted-imports' },
  { name: 'workout imports Node', file: 'lambda/src/workout/planted.ts', code: use('node:crypto'), breaks: 'no-restricted-imports' },
  { name: 'workout imports the store', file: 'lambda/src/workout/planted.ts', code: use('../store'), breaks: 'no-restricted-imports' },
  { name: 'workout re-exports speech', file: 'lambda/src/workout/planted.ts', code: "export * from '../speech/render';\n", breaks: 'no-restricted-imports' },
  { name: 'workout climbs out through its own folder', file: 'lambda/src/workout/planted.ts', code: use('./exercises/../../i18n'), breaks: 'no-restricted-imports' },
  { name: 'a workout subfolder climbs out', file: 'lambda/src/workout/exercises/planted.ts', code: use('../../i18n'), breaks: 'no-restricted-imports' },
  { name: 'workout loads a module at run time', file: 'lambda/src/workout/planted.ts', code: "export const m = import('./model');\n", breaks: 'no-restricted-syntax' },
  { name: 'workout requires a module', file: 'lambda/src/workout/planted.ts', code: "export const m = require('./model');\n", breaks: 'no-restricted-syntax' },
  { name: 'workout imports itself', file: 'lambda/src/workout/planted.ts', code: use('./model') },
  { name: 'a workout subfolder imports workout', file: 'lambda/src/workout/exercises/planted.ts', code: use('../model') },
  { name: 'speech imports a handler', file: 'lambda/src/speech/planted.ts', code: use('../handlers/runTurn'), breaks: 'no-restricted-imports' },
  { name: 'speech imports an interceptor', file: 'lambda/src/speech/planted.ts', code: use('../interceptors'), breaks: 'no-restricted-imports' },
  { name: 'store imports a handler', file: 'lambda/src/store/planted.ts', code: use('../handlers/save'), breaks: 'no-restricted-imports' },
  { name: 'store imports an interceptor', file: 'lambda/src/store/planted.ts', code: use('../interceptors/loadTurn'), breaks: 'no-restricted-imports' },
  { name: 'speech imports the core', file: 'lambda/src/speech/planted.ts', code: use('../workout/acts') },
  { name: 'a handler imports an interceptor', file: 'lambda/src/handlers/planted.ts', code: use('../interceptors/logTurn'), breaks: 'no-restricted-imports' },
  { name: 'an interceptor imports a handler', file: 'lambda/src/interceptors/planted.ts', code: use('../handlers/turn'), breaks: 'no-restricted-imports' },
  { name: 'a handler imports the Dynamo store', file: 'lambda/src/handlers/planted.ts', code: use('../store/dynamo'), breaks: 'no-restricted-imports' },
  { name: 'an interceptor imports the Dynamo store', file: 'lambda/src/interceptors/planted.ts', code: use('../store/dynamoStore'), breaks: 'no-restricted-imports' },
  { name: 'a handler imports the turn and the store contract', file: 'lambda/src/handlers/planted.ts', code: "import { getTurn } from '../turn';\nimport { isStoreError } from '../store';\nexport const y = [getTurn, isStoreError];\n" },
  { name: 'an interceptor imports the turn', file: 'lambda/src/interceptors/planted.ts', code: use('../turn') },
];

const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

describe('layer rules in eslint.config.mjs', () => {
  let results: LintMessage[][];

  beforeAll(() => {
    results = lintPlanted(PLANTS);
  });

  it.each(PLANTS.map((p, i) => [p.name, i] as const))('%s', (_name, i) => {
    const plant = PLANTS[i]!;
    const fired = results[i]!.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
    if (plant.breaks) {
      expect(fired.map((m) => m.ruleId)).toContain(plant.breaks);
    } else {
      expect(fired).toEqual([]);
    }
    // A parse error would make every file "fail": the planted code itself must be valid.
    expect(results[i]!.filter((m) => m.ruleId === null)).toEqual([]);
  });
});
