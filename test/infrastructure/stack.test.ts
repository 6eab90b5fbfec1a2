// infrastructure/cfn-deployer/skill-stack.yaml, linted offline: what `ask deploy` needs from it,
// and the limits the design sets (runtime, arm64, Alexa's 8 s, least-privilege IAM, durable data).
import fs from 'node:fs';
import path from 'node:path';
import { MIN_LOG_SALT_CHARS } from '../../lambda/src/edge';
import { tableDefinition } from '../../lambda/src/store/table';
import { PSEUDO_PARAMETERS, type Json, type Resource, readTemplate, references } from './cloudFormation';
import { operationsIn, operationsSentBy } from './storeOperations';

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATE_PATH = path.join(ROOT, 'infrastructure/cfn-deployer/skill-stack.yaml');
const template = readTemplate(TEMPLATE_PATH);
const resources = template.Resources;
const parameters = template.Parameters ?? {};

// The parameters @ask-cli/cfn-deployer always passes (lib/builtins/deploy-delegates/cfn-deployer/index.js).
const DEPLOYER_PARAMETERS = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
/** What the Lambda code sends, read from its source (see storeOperations.ts). */
const SENT = operationsSentBy(path.join(ROOT, 'lambda/src'));
const ALLOWED_LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

function only(type: string): [string, Resource] {
  const found = Object.entries(resources).filter(([, resource]) => resource.Type === type);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  return found[0] as [string, Resource];
}

function props(resource: Resource): Record<string, Json> {
  return resource.Properties ?? {};
}

function asArray(value: Json | undefined): Json[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const [tableId, table] = only('AWS::DynamoDB::Table');
const [functionId, lambda] = only('AWS::Lambda::Function');
const [roleId, role] = only('AWS::IAM::Role');
const [logGroupId, logGroup] = only('AWS::Logs::LogGroup');
const [, permission] = only('AWS::Lambda::Permission');
const [saltSecretId, saltSecret] = only('AWS::SecretsManager::Secret');

interface Statement {
  Effect: string;
  Action: Json;
  Resource: Json;
}
const statements: Statement[] = asArray(props(role)['Policies']).flatMap((policy) => {
  const document = (policy as { PolicyDocument: { Statement: Json } }).PolicyDocument;
  return asArray(document.Statement) as unknown as Statement[];
});

describe('skill-stack.yaml: structure', () => {
  test('parses, with a format version, a description and resources', () => {
    expect(String(template.AWSTemplateFormatVersion)).toBe('2010-09-09');
    expect(template.Description?.length ?? 0).toBeGreaterThan(0);
    expect(Object.keys(resources).length).toBeGreaterThan(0);
  });

  test('declares exactly the parameters the cfn-deployer passes (any other would need a value nobody gives)', () => {
    expect(Object.keys(parameters).sort()).toEqual([...DEPLOYER_PARAMETERS].sort());
  });

  test('every Ref, GetAtt and ${} in a Sub names a parameter, a resource or a pseudo parameter', () => {
    const known = new Set([...Object.keys(parameters), ...Object.keys(resources), ...PSEUDO_PARAMETERS]);
    const sections = { Resources: resources, Outputs: template.Outputs ?? {} } as unknown as Json;
    const dangling = references(sections)
      .filter((ref) => !known.has(ref.target) || ((ref.kind === 'GetAtt' || ref.attribute !== undefined) && !(ref.target in resources)))
      .map((ref) => `${ref.at}: ${ref.kind} ${ref.target}${ref.attribute ? `.${ref.attribute}` : ''}`);
    expect(dangling).toEqual([]);
  });

  test('every parameter is used', () => {
    const used = new Set(references({ Resources: resources, Outputs: template.Outputs ?? {} } as unknown as Json).map((ref) => ref.target));
    expect(Object.keys(parameters).filter((name) => !used.has(name))).toEqual([]);
  });

  test('the resources have no dependency cycle (CloudFormation refuses one)', () => {
    const edges = new Map<string, string[]>();
    for (const [id, resource] of Object.entries(resources)) {
      const targets = references(resource as unknown as Json).map((ref) => ref.target).filter((t) => t in resources);
      edges.set(id, [...targets, ...asArray(resource.DependsOn as Json | undefined).map(String)]);
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const cycle: string[] = [];
    const visit = (id: string, trail: string[]): void => {
      if (state.get(id) === 'done' || cycle.length > 0) return;
      if (state.get(id) === 'visiting') {
        cycle.push(...trail, id);
        return;
      }
      state.set(id, 'visiting');
      for (const next of edges.get(id) ?? []) visit(next, [...trail, id]);
      state.set(id, 'done');
    };
    for (const id of edges.keys()) visit(id, []);
    expect(cycle).toEqual([]);
  });

  test('only the resources the skill needs', () => {
    expect(Object.values(resources).map((r) => r.Type).sort()).toEqual(
      ['AWS::DynamoDB::Table', 'AWS::IAM::Role', 'AWS::Lambda::Function', 'AWS::Lambda::Permission', 'AWS::Logs::LogGroup', 'AWS::SecretsManager::Secret'].sort(),
    );
  });
});

describe('skill-stack.yaml: the Lambda', () => {
  const fn = props(lambda);
  const askResources = JSON.parse(fs.readFileSync(path.join(ROOT, 'ask-resources.json'), 'utf8')) as {
    profiles: { default: { skillInfrastructure: { userConfig: { runtime: string; handler: string } } } };
  };
  const userConfig = askResources.profiles.default.skillInfrastructure.userConfig;

  test('runs on nodejs22.x: the runtime comes from ask-resources.json and the template admits no other', () => {
    expect(fn['Runtime']).toEqual({ Ref: 'LambdaRuntime' });
    expect(parameters['LambdaRuntime']?.AllowedValues).toEqual(['nodejs22.x']);
    expect(userConfig.runtime).toBe('nodejs22.x');
  });

  test('handler index.handler, from ask-resources.json', () => {
    expect(fn['Handler']).toEqual({ Ref: 'LambdaHandler' });
    expect(parameters['LambdaHandler']?.AllowedValues).toEqual(['index.handler']);
    expect(userConfig.handler).toBe('index.handler');
  });

  test('is arm64', () => {
    expect(fn['Architectures']).toEqual(['arm64']);
  });

  test('times out before Alexa does (7 s < 8 s) and has memory within Lambda limits', () => {
    expect(fn['Timeout']).toBe(7);
    expect(fn['Timeout'] as number).toBeLessThan(8);
    expect(fn['MemorySize']).toEqual(expect.any(Number));
    expect(fn['MemorySize'] as number).toBeGreaterThanOrEqual(128);
    expect(fn['MemorySize'] as number).toBeLessThanOrEqual(10240);
  });

  test('its code is the versioned S3 object the deployer uploaded', () => {
    expect(fn['Code']).toEqual({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' }, S3ObjectVersion: { Ref: 'CodeVersion' } });
  });

  test('gets the table name and the skill id in its environment, and no source-map flag for a bundle without maps', () => {
    const variables = (fn['Environment'] as { Variables: Record<string, Json> }).Variables;
    expect(Object.keys(variables).sort()).toEqual(['DEADLIFT_TABLE', 'LOG_SALT', 'MALLOC_ARENA_MAX', 'SKILL_ID']);
    expect(variables['DEADLIFT_TABLE']).toEqual({ Ref: tableId });
    expect(variables['SKILL_ID']).toEqual({ Ref: 'SkillId' });
    const build = fs.readFileSync(path.join(ROOT, 'scripts/build.mjs'), 'utf8');
    const bundleHasMaps = !/sourcemap:\s*false/.test(build);
    expect(String(variables['NODE_OPTIONS'] ?? '').includes('--enable-source-maps')).toBe(bundleHasMaps);
  });

  test("caps glibc's malloc arenas (a Lambda environment variable, not a node flag), as the bench's warm runs do", () => {
    const variables = (fn['Environment'] as { Variables: Record<string, Json> }).Variables;
    // A string (Lambda's variables are strings) holding a positive count of arenas.
    expect(variables['MALLOC_ARENA_MAX']).toMatch(/^[1-9]\d*$/);
    const bench = fs.readFileSync(path.join(ROOT, 'bench/run.mjs'), 'utf8');
    expect(bench).toMatch(/MALLOC_ARENA_MAX: LAMBDA\.mallocArenaMax/);
  });

  test('uses the role and logs to its own log group, which has a retention', () => {
    expect(fn['Role']).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    expect((fn['LoggingConfig'] as { LogGroup: Json }).LogGroup).toEqual({ Ref: logGroupId });
    expect(props(logGroup)['RetentionInDays']).toEqual(expect.any(Number));
  });
});

describe('skill-stack.yaml: the turn log salt (LOG_SALT)', () => {
  const variables = (props(lambda)['Environment'] as { Variables: Record<string, Json> }).Variables;

  test('is generated per deployment by Secrets Manager, long enough for the handler to accept it', () => {
    const secret = props(saltSecret);
    expect(secret['SecretString']).toBeUndefined();
    const generate = secret['GenerateSecretString'] as Record<string, Json>;
    expect(generate['PasswordLength'] as number).toBeGreaterThanOrEqual(MIN_LOG_SALT_CHARS);
    expect(generate['SecretStringTemplate']).toBeUndefined();
    expect(secret['Name']).toBeUndefined();
  });

  test('reaches the function as a dynamic reference to that secret, the whole string', () => {
    expect(variables['LOG_SALT']).toEqual({ 'Fn::Sub': `{{resolve:secretsmanager:\${${saltSecretId}}:SecretString}}` });
  });

  test('the function is given no access to Secrets Manager (CloudFormation resolves the value at deploy time)', () => {
    expect(statements.flatMap((st) => asArray(st.Action).map(String)).filter((a) => a.startsWith('secretsmanager:'))).toEqual([]);
  });
});

describe('skill-stack.yaml: the table', () => {
  const t = props(table);

  test('pk (S, HASH) and sk (S, RANGE), on demand', () => {
    expect(t['KeySchema']).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(t['AttributeDefinitions']).toEqual([
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ]);
    expect(t['BillingMode']).toBe('PAY_PER_REQUEST');
    expect(t['ProvisionedThroughput']).toBeUndefined();
  });

  test('point-in-time recovery and server-side encryption are on', () => {
    expect(t['PointInTimeRecoverySpecification']).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(t['SSESpecification']).toMatchObject({ SSEEnabled: true });
  });

  test('survives stack deletion and replacement (the runners’ logs are the one thing not to lose)', () => {
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  test('has the shape the store creates for dynalite (lambda/src/store/table.ts), so tests and AWS agree', () => {
    const local = tableDefinition('any');
    expect(t['KeySchema']).toEqual(local.KeySchema);
    expect(t['AttributeDefinitions']).toEqual(local.AttributeDefinitions);
    expect(t['BillingMode']).toBe(local.BillingMode);
  });

  test('has no fixed TableName, so a second stack or a replacement cannot collide', () => {
    expect(t['TableName']).toBeUndefined();
  });
});

describe('skill-stack.yaml: least privilege', () => {
  test('only Lambda can assume the role, and it has no managed policies', () => {
    const assume = props(role)['AssumeRolePolicyDocument'] as { Statement: Json };
    expect(assume.Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    expect(props(role)['ManagedPolicyArns']).toBeUndefined();
  });

  test('every statement allows, and names its actions without wildcards', () => {
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of asArray(statement.Action)) expect(String(action)).not.toContain('*');
      expect(statement).not.toHaveProperty('NotAction');
      expect(statement).not.toHaveProperty('NotResource');
    }
  });

  test('DynamoDB: exactly the operations the Lambda code sends (derived from its Command classes), on the table ARN only', () => {
    const tableStatements = statements.filter((st) => asArray(st.Action).some((a) => String(a).startsWith('dynamodb:')));
    const granted = tableStatements.flatMap((st) => asArray(st.Action).map(String));
    expect(SENT.aggregated).toEqual([]);
    expect(SENT.actions.has('dynamodb:Query')).toBe(true);
    expect([...granted].sort()).toEqual([...SENT.actions].sort());
    for (const statement of tableStatements) {
      expect(asArray(statement.Action).every((a) => String(a).startsWith('dynamodb:'))).toBe(true);
      expect(asArray(statement.Resource)).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
    }
  });

  test('the reading of the code sees both SDK spellings, aliases and constructions, and refuses aggregated clients', () => {
    const documentStyle = operationsIn(`import {\n  GetCommand,\n  PutCommand as Put,\n  type QueryCommandInput,\n} from '@aws-sdk/lib-dynamodb';`);
    expect([...documentStyle.actions].sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
    const clientStyle = operationsIn(`import { BatchWriteItemCommand, QueryCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";`);
    expect([...clientStyle.actions].sort()).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:Query']);
    expect([...operationsIn('await client.send(new TransactWriteCommand(input));').actions]).toEqual(['dynamodb:TransactWriteItems']);
    expect([...operationsIn(`import type { GetItemCommand } from '@aws-sdk/client-dynamodb';`).actions]).toEqual([]);
    expect(operationsIn(`import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';`).aggregated).toEqual(['DynamoDBDocument']);
  });

  test('logs: stream and events only, on the skill’s own log group only', () => {
    const logStatements = statements.filter((s) => asArray(s.Action).some((a) => String(a).startsWith('logs:')));
    expect(logStatements.flatMap((s) => asArray(s.Action).map(String)).sort()).toEqual([...ALLOWED_LOG_ACTIONS].sort());
    for (const statement of logStatements) {
      for (const resource of asArray(statement.Resource)) {
        const refs = references(resource);
        expect(refs.map((r) => r.target)).toContain(logGroupId);
        expect(JSON.stringify(resource)).not.toMatch(/log-group:\*|"\*"/);
      }
    }
  });

  test('no other service is granted anything', () => {
    const services = new Set(statements.flatMap((s) => asArray(s.Action).map((a) => String(a).split(':')[0])));
    expect([...services].sort()).toEqual(['dynamodb', 'logs']);
  });
});

describe('skill-stack.yaml: what Alexa and the deployer need', () => {
  test('the Alexa Skills Kit trigger is restricted to this skill id', () => {
    expect(props(permission)).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });

  test('Outputs.SkillEndpoint is the Lambda ARN (the cfn-deployer reads exactly this key)', () => {
    expect(template.Outputs?.['SkillEndpoint']?.Value).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
  });

  test('the table name is an output, for tear-down of the retained table', () => {
    expect(template.Outputs?.['TableName']?.Value).toEqual({ Ref: tableId });
  });

  test('needs no capability beyond CAPABILITY_IAM, which the deployer always adds (no named IAM resources)', () => {
    expect(props(role)['RoleName']).toBeUndefined();
  });
});
