// The DynamoDB operations the Lambda code sends, read from its source: the Command classes it
// imports from the SDK (lib-dynamodb's GetCommand or client-dynamodb's GetItemCommand, either
// spelling) and the ones it constructs. The IAM policy must grant exactly these.
import fs from 'node:fs';
import path from 'node:path';

/** lib-dynamodb's document commands and the DynamoDB action each one sends. */
const DOCUMENT_COMMANDS: Readonly<Record<string, string>> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
  // Query, Scan, ExecuteStatement... have the action's own name in both packages.
};

const SDK_MODULE = /^@aws-sdk\/(client-dynamodb|lib-dynamodb)$/;
/** The SDKs' aggregated clients send by method name (client.getItem), which this reading cannot see. */
const AGGREGATED_CLIENTS = new Set(['DynamoDB', 'DynamoDBDocument']);

export interface SentOperations {
  /** dynamodb:<Action> for every Command class used. */
  readonly actions: ReadonlySet<string>;
  /** Aggregated clients imported: their calls are invisible here, so a test must refuse them. */
  readonly aggregated: readonly string[];
}

export function actionOf(commandClass: string): string {
  const base = commandClass.replace(/Command$/, '');
  return `dynamodb:${Object.hasOwn(DOCUMENT_COMMANDS, base) ? DOCUMENT_COMMANDS[base] : base}`;
}

/** Operations one source text sends. */
export function operationsIn(source: string): SentOperations {
  const actions = new Set<string>();
  const aggregated: string[] = [];
  for (const match of source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (match[1] || !SDK_MODULE.test(match[3] ?? '')) continue;
    for (const raw of (match[2] ?? '').split(',')) {
      const spec = raw.trim();
      if (spec === '' || spec.startsWith('type ')) continue;
      const imported = spec.split(/\s+as\s+/)[0]!.trim();
      if (AGGREGATED_CLIENTS.has(imported)) aggregated.push(imported);
      else if (/^\w+Command$/.test(imported)) actions.add(actionOf(imported));
    }
  }
  for (const match of source.matchAll(/new\s+(\w+Command)\s*\(/g)) actions.add(actionOf(match[1] ?? ''));
  return { actions, aggregated };
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Operations the code under `root` sends at run time. store/table.ts is left out: it creates the
 * table for tests and the local coach (CreateTable, DescribeTable); in AWS the template does.
 */
export function operationsSentBy(root: string): SentOperations {
  const actions = new Set<string>();
  const aggregated: string[] = [];
  for (const file of sources(root)) {
    if (file.endsWith(path.join('store', 'table.ts'))) continue;
    const found = operationsIn(fs.readFileSync(file, 'utf8'));
    for (const action of found.actions) actions.add(action);
    aggregated.push(...found.aggregated.map((name) => `${path.relative(root, file)}: ${name}`));
  }
  return { actions, aggregated };
}
