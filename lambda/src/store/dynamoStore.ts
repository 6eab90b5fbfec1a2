// The training log on DynamoDB (or dynalite): one item per set, one Query per read.
import {
  type AttributeValue,
  BatchWriteItemCommand,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { LoggedSet } from '../workout/model';
import { marshall, marshallKey, unmarshall } from './marshal';
import { StoreError, toStoreError } from './errors';
import { decodeItem, pausedItem, profileItem, setItem } from './items';
import { PAUSED_SK, SET_PREFIX, SET_UPPER, partitionKey, setKey, sinceKey } from './keys';
import type { HistoryOptions, LaunchData, Profile, TrainingStore } from './types';

export interface DynamoStoreOptions {
  /** Told about every malformed item a read skipped. Default: one console.warn line. */
  readonly onSkip?: (sk: string, reason: string) => void;
  readonly now?: () => Date;
}

export const DEFAULT_RECENT = 5;
const MAX_RECENT = 100;
export const DEFAULT_HISTORY_LIMIT = 100;
export const MAX_HISTORY_LIMIT = 1000;
// BatchWriteItem takes at most 25 requests, and may hand some back under load.
const BATCH_SIZE = 25;
const BATCH_RETRIES = 4;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function count(value: number | undefined, fallback: number, max: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new StoreError('invalid', `${what} must be an integer from 0 to ${max}`);
  }
  return value;
}

export class DynamoTrainingStore implements TrainingStore {
  private readonly onSkip: (sk: string, reason: string) => void;
  private readonly now: () => Date;

  constructor(
    private readonly client: DynamoDBClient,
    readonly tableName: string,
    options: DynamoStoreOptions = {},
  ) {
    this.onSkip = options.onSkip ?? ((sk, reason) => console.warn(`training log: skipped item ${sk}: ${reason}`));
    this.now = options.now ?? (() => new Date());
  }

  /** Closes the client's sockets; the store is unusable afterwards. */
  close(): void {
    this.client.destroy();
  }

  loadLaunch(person: string, recent?: number): Promise<LaunchData> {
    return this.run('loadLaunch', async () => {
      const pk = partitionKey(person);
      const n = count(recent, DEFAULT_RECENT, MAX_RECENT, 'recent');
      // '~PROFILE' and '~PAUSED' sort after every set, so in descending order they come first
      // and two extra items make room for them.
      const items = await this.query({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        Limit: n + 2,
      });
      let profile: Profile | undefined;
      let pausedSet: unknown;
      const recentSets: LoggedSet[] = [];
      for (const item of items) {
        const decoded = decodeItem(item);
        if (decoded.kind === 'profile') profile = decoded.profile;
        else if (decoded.kind === 'paused') pausedSet = decoded.snapshot;
        else if (decoded.kind === 'set') recentSets.push(decoded.set);
        else this.onSkip(decoded.sk, decoded.reason);
      }
      return {
        ...(profile !== undefined ? { profile } : {}),
        ...(pausedSet !== undefined ? { pausedSet } : {}),
        recentSets: recentSets.slice(0, n),
      };
    });
  }

  saveProfile(person: string, profile: Profile): Promise<void> {
    return this.run('saveProfile', async () => {
      const { pk, sk, createdAt, ...fields } = profileItem(partitionKey(person), profile, this.now().toISOString());
      // The first save sets createdAt; later ones (a settings change mid-session does not know
      // when the runner first came) keep it.
      const names = Object.keys(fields);
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall({ pk, sk }),
          UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :f${i}`).join(', ')}, createdAt = if_not_exists(createdAt, :createdAt)`,
          ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
          ExpressionAttributeValues: marshall({
            ...Object.fromEntries(names.map((name, i) => [`:f${i}`, fields[name]])),
            ':createdAt': createdAt,
          }),
        }),
      );
    });
  }

  savePausedSet(person: string, snapshot: unknown): Promise<void> {
    return this.run('savePausedSet', async () => {
      await this.put(pausedItem(partitionKey(person), snapshot, this.now().toISOString()));
    });
  }

  clearPausedSet(person: string): Promise<void> {
    return this.run('clearPausedSet', async () => {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshallKey(partitionKey(person), PAUSED_SK) }));
    });
  }

  logSet(person: string, set: LoggedSet): Promise<'created' | 'duplicate'> {
    return this.run('logSet', async () => {
      try {
        // The key comes from the request that finished the set, so Alexa's retry (or the SDK's
        // own retry after a lost answer) finds the item already there.
        await this.put(setItem(partitionKey(person), set), 'attribute_not_exists(sk)');
        return 'created';
      } catch (error) {
        if (isConditionFailure(error)) return 'duplicate';
        throw error;
      }
    });
  }

  updateSet(person: string, set: LoggedSet): Promise<void> {
    return this.run('updateSet', async () => {
      try {
        // Only an existing set: a correction must not bring back a set deleted meanwhile.
        await this.put(setItem(partitionKey(person), set), 'attribute_exists(sk)');
      } catch (error) {
        if (isConditionFailure(error)) throw new StoreError('conflict', 'updateSet failed: the set is not in the log', { cause: error });
        throw error;
      }
    });
  }

  deleteSet(person: string, set: Pick<LoggedSet, 'id' | 'at'>): Promise<void> {
    return this.run('deleteSet', async () => {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshallKey(partitionKey(person), setKey(set)) }));
    });
  }

  history(person: string, options: HistoryOptions = {}): Promise<LoggedSet[]> {
    return this.run('history', async () => {
      const pk = partitionKey(person);
      const limit = count(options.limit, DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT, 'limit');
      if (limit === 0) return [];
      const from = options.since !== undefined ? sinceKey(options.since) : SET_PREFIX;
      const items = await this.query({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': SET_UPPER },
        Limit: limit,
      });
      const sets: LoggedSet[] = [];
      for (const item of items) {
        const decoded = decodeItem(item);
        if (decoded.kind === 'set') sets.push(decoded.set);
        else if (decoded.kind === 'skip') this.onSkip(decoded.sk, decoded.reason);
      }
      return sets;
    });
  }

  deleteAll(person: string): Promise<number> {
    return this.run('deleteAll', async () => {
      const pk = partitionKey(person);
      const keys: Record<string, AttributeValue>[] = [];
      let start: Record<string, AttributeValue> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': { S: pk } },
            ProjectionExpression: 'sk',
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const sk = item.sk?.S;
          if (sk !== undefined) keys.push(marshallKey(pk, sk));
        }
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
      for (let i = 0; i < keys.length; i += BATCH_SIZE) {
        await this.deleteBatch(keys.slice(i, i + BATCH_SIZE));
      }
      return keys.length;
    });
  }

  private async deleteBatch(keys: Record<string, AttributeValue>[]): Promise<void> {
    let pending: WriteRequest[] = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > BATCH_RETRIES) {
        throw new StoreError('throttled', `deleteAll failed: ${pending.length} deletions were not processed`);
      }
      if (attempt > 0) await sleep(50 * 2 ** attempt);
      const result = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
      pending = result.UnprocessedItems?.[this.tableName] ?? [];
    }
  }

  // Strongly consistent: a runner asking "how did I do" right after a set must hear that set.
  private async query(input: {
    KeyConditionExpression: string;
    ExpressionAttributeValues: Record<string, string>;
    Limit: number;
  }): Promise<unknown[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        ScanIndexForward: false,
        ConsistentRead: true,
        ...input,
        ExpressionAttributeValues: marshall(input.ExpressionAttributeValues),
      }),
    );
    return (result.Items ?? []).map(unmarshall);
  }

  private async put(item: Record<string, unknown>, condition?: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(item),
        ...(condition !== undefined ? { ConditionExpression: condition } : {}),
      }),
    );
  }

  private async run<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toStoreError(error, operation);
    }
  }
}
