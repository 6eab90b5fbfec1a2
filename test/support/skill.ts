// The real exported Lambda handler (lambda/src/index.ts), loaded fresh with the environment a test
// chooses: a new table in the run's dynalite, or no store at all. With SKILL_UNDER_TEST=dist it is
// the built bundle (dist/index.js) instead: .ci/run plays the same conversations against what
// Lambda runs, on Node 22.
import fs from 'node:fs';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { lambdaInvoker, SKILL_ID, type Invoke } from './conversation';
import { freshTable, type TestTable } from './storeTable';

const BUNDLE = path.resolve(__dirname, '../../dist/index.js');

/** The module the exported handler comes from: the sources, or the bundle when asked for. */
export function skillEntry(): string {
  if (process.env.SKILL_UNDER_TEST !== 'dist') return require.resolve('../../lambda/src/index');
  if (!fs.existsSync(BUNDLE)) throw new Error('SKILL_UNDER_TEST=dist but dist/index.js is missing: npm run build first');
  return BUNDLE;
}

type LambdaHandler = (event: RequestEnvelope, context: unknown, callback: (err: Error | null, res?: ResponseEnvelope) => void) => void;

export interface LoadedSkill {
  readonly invoke: Invoke;
  /** The same handler, given the Lambda context a test chooses (its remaining time). */
  readonly invokeWith: (envelope: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;
  readonly table?: TestTable;
}

export async function loadExportedSkill(options: { store?: boolean; skillId?: string } = {}): Promise<LoadedSkill> {
  const table = options.store === false ? undefined : await freshTable();
  const saved = { table: process.env.DEADLIFT_TABLE, skill: process.env.SKILL_ID };
  if (table) process.env.DEADLIFT_TABLE = table.tableName;
  else delete process.env.DEADLIFT_TABLE;
  process.env.SKILL_ID = options.skillId ?? SKILL_ID;
  let handler: LambdaHandler | undefined;
  jest.isolateModules(() => {
    handler = (require(skillEntry()) as { handler: LambdaHandler }).handler;
  });
  restore('DEADLIFT_TABLE', saved.table);
  restore('SKILL_ID', saved.skill);
  const invokeWith = (envelope: RequestEnvelope, context: unknown) =>
    new Promise<ResponseEnvelope>((resolve, reject) => {
      handler!(envelope, context, (err, res) => (err ? reject(err) : res ? resolve(res) : reject(new Error('no response'))));
    });
  return { invoke: lambdaInvoker(handler!), invokeWith, ...(table && { table }) };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
