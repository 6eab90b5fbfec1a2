// The training log on DynamoDB (or dynalite): one item per set; questions read a key range, never
// the whole log, and every call of a turn shares the turn's deadline.
import {
  type AttributeValue,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { bestScore, better } from '../workout/history';
import type { LoggedSet } from '../workout/model';
import { marshall, marshallKey, unmarshall } from './marshal';
import { StoreError, toStoreError } from './errors';
import { cleared, readAggregate, type LogAggregate } from './aggregate';
import { MIN_CALL_MS, NO_DEADLINE, type Deadline } from './deadline';
import { decodeItem, pausedItem, profileItem, setItem } from './items';
import { PAUSED_SK, PERSON_PREFIX, PROFILE_SK, SET_PREFIX, SET_UPPER, accountKey, partitionKey, setKey, sinceKey } from './keys';
import type { HistoryOptions, LaunchData, Profile, TrainingStore } from './types';

export interface DynamoStoreOptions {
  /** Told about every malformed item a read skipped. Default: one console.warn line. */
  readonly onSkip?: (sk: string, reason: string) => void;
  readonly now?: () => Date;
  /** Shared by every call; a view with another one comes from within(). */
  readonly deadline?: Deadline;
}

export const DEFAULT_RECENT = 5;
const MAX_RECENT = 100;
export const DEFAULT_HISTORY_LIMIT = 100;
/** A week or a workout, however busy: read page by page, within the turn's deadline. */
export const MAX_HISTORY_LIMIT = 100_000;
// BatchWriteItem takes at most 25 requests, and may hand some back under load.
const BATCH_SIZE = 25;
const BATCH_RETRIES = 4;
/** Sets read per page while the best is rebuilt; the pass stops for the turn with this much left. */
const SCAN_PAGE = 500;
const SCAN_RESERVE_MS = 1_000;
/** Sets removed per purge step (a page of keys, then batches of 25), so a step stays short. */
const PURGE_PAGE = 100;

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

/** The upper bound of the sets finished at or before `at`: '$' sorts after the '#' before an id. */
const throughKey = (at: string) => `${SET_PREFIX}${at}$`;

type Command = BatchWriteItemCommand | DeleteItemCommand | PutItemCommand | QueryCommand | UpdateItemCommand;
type Output<C> = C extends QueryCommand ? QueryCommandOutput : C extends BatchWriteItemCommand ? BatchWriteItemCommandOutput : unknown;


/** What AbortSignal.timeout would abort with: the SDK reports it, classify() reads it as a timeout. */
function deadlineError(ms: number): Error {
  return Object.assign(new Error(`the turn's time for the store ran out (${Math.ceil(ms)} ms)`), { name: 'TimeoutError' });
}

export class DynamoTrainingStore implements TrainingStore {
  private readonly onSkip: (sk: string, reason: string) => void;
  private readonly now: () => Date;
  private readonly deadline: Deadline;

  constructor(
    private readonly client: DynamoDBClient,
    readonly tableName: string,
    private readonly options: DynamoStoreOptions = {},
  ) {
    this.onSkip = options.onSkip ?? ((sk, reason) => console.warn(`training log: skipped item ${sk}: ${reason}`));
    this.now = options.now ?? (() => new Date());
    this.deadline = options.deadline ?? NO_DEADLINE;
  }

  within(deadline: Deadline): DynamoTrainingStore {
    return new DynamoTrainingStore(this.client, this.tableName, { ...this.options, deadline });
  }

  /** Closes the client's sockets; the store (and every view of it) is unusable afterwards. */
  close(): void {
    this.client.destroy();
  }

  loadLaunch(person: string, recent?: number): Promise<LaunchData> {
    return this.run('loadLaunch', async () => {
      const pk = partitionKey(person);
      const n = count(recent, DEFAULT_RECENT, MAX_RECENT, 'recent');
      // '~PROFILE' and '~PAUSED' sort after every set, so in descending order they come first
      // and two extra items make room for them.
      const { items } = await this.query({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        Limit: n + 2,
      });
      let profile: Profile | undefined;
      let aggregate: LogAggregate = {};
      let pausedSet: unknown;
      let newerProfile = false;
      const recentSets: LoggedSet[] = [];
      for (const item of items) {
        const decoded = decodeItem(item);
        if (decoded.kind === 'profile') {
          profile = decoded.profile;
          aggregate = decoded.aggregate;
          if (decoded.skipped !== undefined) this.onSkip(PROFILE_SK, decoded.skipped);
          newerProfile ||= decoded.newer === true;
        } else if (decoded.kind === 'paused') pausedSet = decoded.snapshot;
        else if (decoded.kind === 'set') recentSets.push(decoded.set);
        else this.onSkip(decoded.sk, decoded.reason);
      }
      return {
        ...(profile !== undefined ? { profile } : {}),
        ...(newerProfile ? { newerProfile } : {}),
        ...(pausedSet !== undefined ? { pausedSet } : {}),
        recentSets: recentSets.filter((set) => !cleared(aggregate, set)).slice(0, n),
        ...(aggregate.purgeOwed === true && { purgeOwed: true }),
        ...(aggregate.clearedAt !== undefined && { clearedAt: aggregate.clearedAt }),
      };
    });
  }

  saveProfile(person: string, profile: Profile): Promise<void> {
    return this.run('saveProfile', async () => {
      const { pk, sk, createdAt, ...fields } = profileItem(partitionKey(person), profile, this.now().toISOString());
      // The first save sets createdAt; later ones (a settings change mid-session does not know
      // when the runner first came) keep it. The log's aggregate fields are left as they are.
      const names = Object.keys(fields);
      await this.update({
        Key: marshall({ pk, sk }),
        UpdateExpression: `SET ${names.map((_, i) => `#f${i} = :f${i}`).join(', ')}, createdAt = if_not_exists(createdAt, :createdAt)`,
        ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#f${i}`, name])),
        ExpressionAttributeValues: marshall({
          ...Object.fromEntries(names.map((name, i) => [`:f${i}`, fields[name]])),
          ':createdAt': createdAt,
        }),
      });
    });
  }

  savePausedSet(person: string, snapshot: unknown): Promise<void> {
    return this.run('savePausedSet', async () => {
      await this.put(pausedItem(partitionKey(person), snapshot, this.now().toISOString()));
    });
  }

  clearPausedSet(person: string): Promise<void> {
    return this.run('clearPausedSet', async () => {
      await this.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshallKey(partitionKey(person), PAUSED_SK) }));
    });
  }

  logSet(person: string, set: LoggedSet): Promise<'created' | 'duplicate'> {
    return this.run('logSet', async () => {
      const pk = partitionKey(person);
      const item = setItem(pk, set);
      let outcome: 'created' | 'duplicate' = 'created';
      try {
        // The key comes from the request that finished the set, so Alexa's retry (or the SDK's
        // own retry after a lost answer) finds the item already there.
        await this.put(item, 'attribute_not_exists(sk)', true);
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // A failed condition is not proof that this set is stored: only the stored item is.
        // A set under this key (same time and id) is this set, written by an earlier attempt; a
        // retry's copy may differ (rebuilt from session state): the first write stands.
        if (!(await this.holdsSet(pk, String(item.sk), error))) {
          throw new StoreError('unavailable', 'logSet failed: the store refused a set it does not hold', { cause: error });
        }
        outcome = 'duplicate';
      }
      await this.raiseBest(pk, set);
      return outcome;
    });
  }

  updateSet(person: string, set: LoggedSet): Promise<void> {
    return this.run('updateSet', async () => {
      const pk = partitionKey(person);
      try {
        // Only an existing set: a correction must not bring back a set deleted meanwhile.
        await this.put(setItem(pk, set), 'attribute_exists(sk)');
      } catch (error) {
        if (isConditionFailure(error)) throw new StoreError('conflict', 'updateSet failed: the set is not in the log', { cause: error });
        throw error;
      }
      // A best set changed may be a best no longer; any other may have become the best.
      await this.forgetBestIf(pk, set.id);
      await this.raiseBest(pk, set);
    });
  }

  deleteSet(person: string, set: Pick<LoggedSet, 'id' | 'at'>): Promise<void> {
    return this.run('deleteSet', async () => {
      const pk = partitionKey(person);
      await this.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshallKey(pk, setKey(set)) }));
      await this.forgetBestIf(pk, set.id);
    });
  }

  history(person: string, options: HistoryOptions = {}): Promise<LoggedSet[]> {
    return this.run('history', async () => {
      const pk = partitionKey(person);
      const limit = count(options.limit, DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT, 'limit');
      if (limit === 0) return [];
      const from = options.since !== undefined ? sinceKey(options.since) : SET_PREFIX;
      // Down from the profile: the first page brings the cleared-at mark with the newest sets.
      let aggregate: LogAggregate = {};
      const sets: LoggedSet[] = [];
      let start: Record<string, AttributeValue> | undefined;
      let first = true;
      do {
        const page = await this.query({
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': first ? PROFILE_SK : SET_UPPER },
          Limit: limit - sets.length + (first ? 2 : 0),
          ...(start && { ExclusiveStartKey: start }),
        });
        first = false;
        for (const item of page.items) {
          const decoded = decodeItem(item);
          if (decoded.kind === 'profile') aggregate = decoded.aggregate;
          else if (decoded.kind === 'set') {
            // Newest first: past the mark, everything older was deleted too.
            if (cleared(aggregate, decoded.set)) return sets;
            sets.push(decoded.set);
          } else if (decoded.kind === 'skip' && decoded.sk.startsWith(SET_PREFIX)) this.onSkip(decoded.sk, decoded.reason);
        }
        start = page.last;
      } while (start !== undefined && sets.length < limit);
      return sets;
    });
  }

  best(person: string): Promise<LoggedSet | undefined> {
    return this.run('best', async () => {
      const pk = partitionKey(person);
      const aggregate = await this.aggregate(pk);
      if (aggregate.bestKnown === true) return aggregate.best;
      return this.rebuildBest(pk, aggregate);
    });
  }

  /**
   * The best is unknown (a profile from before the aggregate, or its best set deleted): one pass
   * over the sets newer than any clear, newest first, a page at a time. A pass that the turn's
   * deadline cuts short keeps its place on the profile (`bestScan`), so the next question goes on
   * from there instead of starting over; a log of any length is done in bounded steps.
   */
  private async rebuildBest(pk: string, aggregate: LogAggregate): Promise<LoggedSet | undefined> {
    const lower = aggregate.clearedAt !== undefined ? throughKey(aggregate.clearedAt) : SET_PREFIX;
    let after = aggregate.bestScan?.after;
    let best = aggregate.bestScan?.best;
    for (;;) {
      const page = await this.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: marshall({ ':pk': pk, ':from': lower, ':to': SET_UPPER }),
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: SCAN_PAGE,
          ...(after !== undefined && { ExclusiveStartKey: marshallKey(pk, after) }),
        }),
      );
      for (const item of page.Items ?? []) {
        const decoded = decodeItem(unmarshall(item));
        if (decoded.kind === 'set' && decoded.set.reps > 0) best = best ? better(best, decoded.set) : decoded.set;
        else if (decoded.kind === 'skip') this.onSkip(decoded.sk, decoded.reason);
      }
      const last = page.LastEvaluatedKey?.sk?.S;
      if (last === undefined) break;
      after = last;
      if (this.deadline.remaining() < SCAN_RESERVE_MS) {
        await this.update({
          Key: marshallKey(pk, PROFILE_SK),
          UpdateExpression: 'SET bestScan = :scan',
          ExpressionAttributeValues: marshall({ ':scan': { after, ...(best && { best }) } }),
        });
        throw new StoreError('timeout', `best: the log is still being read (up to ${after})`);
      }
    }
    // A set logged while the pass went on raised the kept best meanwhile.
    const final = [best, aggregate.best].filter((set): set is LoggedSet => set !== undefined).reduce<LoggedSet | undefined>((a, b) => (a ? better(a, b) : b), undefined);
    await this.keepBest(pk, final);
    return final;
  }

  clearHistory(person: string, at: string): Promise<void> {
    return this.run('clearHistory', async () => {
      const pk = partitionKey(person);
      const mark = sinceKey(at).slice(SET_PREFIX.length);
      try {
        // The mark moves only forward: a retried older "yes" never brings back later sets.
        await this.update({
          Key: marshallKey(pk, PROFILE_SK),
          UpdateExpression: 'SET clearedAt = :at, purgeOwed = :true, bestKnown = :true REMOVE best, bestScore, bestScan',
          ConditionExpression: 'attribute_not_exists(clearedAt) OR clearedAt < :at',
          ExpressionAttributeValues: marshall({ ':at': mark, ':true': true }),
        });
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      await this.send(new DeleteItemCommand({ TableName: this.tableName, Key: marshallKey(pk, PAUSED_SK) }));
    });
  }

  purgeCleared(person: string): Promise<'done' | 'more'> {
    return this.run('purgeCleared', async () => {
      const pk = partitionKey(person);
      const { clearedAt } = await this.aggregate(pk);
      if (clearedAt === undefined) return 'done';
      // One page of the oldest deleted sets per step: a long log takes several turns, and no
      // turn waits for more than a page.
      const page = await this.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: marshall({ ':pk': pk, ':from': SET_PREFIX, ':to': throughKey(clearedAt) }),
          ProjectionExpression: 'sk',
          ConsistentRead: true,
          Limit: PURGE_PAGE,
        }),
      );
      const keys = (page.Items ?? []).flatMap((item) => (item.sk?.S !== undefined ? [marshallKey(pk, item.sk.S)] : []));
      for (let i = 0; i < keys.length; i += BATCH_SIZE) await this.deleteBatch(keys.slice(i, i + BATCH_SIZE));
      if (page.LastEvaluatedKey !== undefined) return 'more';
      try {
        await this.update({
          Key: marshallKey(pk, PROFILE_SK),
          UpdateExpression: 'REMOVE purgeOwed',
          ConditionExpression: 'clearedAt = :at',
          ExpressionAttributeValues: marshall({ ':at': clearedAt }),
        });
      } catch (error) {
        // Cleared again meanwhile: that clear's purge goes on.
        if (!isConditionFailure(error)) throw error;
      }
      return 'done';
    });
  }

  /** Every item of one partition, page by page, read consistently (only `projection` when given). */
  private async wholePartition(pk: string, projection?: string): Promise<Record<string, AttributeValue>[]> {
    const items: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: pk } },
          ...(projection && { ProjectionExpression: projection }),
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return items;
  }

  deleteAll(person: string): Promise<number> {
    return this.run('deleteAll', async () => {
      const pk = partitionKey(person);
      const keys: Record<string, AttributeValue>[] = [];
      for (const item of await this.wholePartition(pk, 'sk')) {
        const sk = item.sk?.S;
        if (sk !== undefined) keys.push(marshallKey(pk, sk));
      }
      for (let i = 0; i < keys.length; i += BATCH_SIZE) {
        await this.deleteBatch(keys.slice(i, i + BATCH_SIZE));
      }
      return keys.length;
    });
  }

  /** The item at `sk`, from the failed condition's ALL_OLD (DynamoDB) or a consistent read (dynalite sends none). */
  private async holdsSet(pk: string, sk: string, failure: unknown): Promise<boolean> {
    const old = (failure as { Item?: Record<string, AttributeValue> }).Item;
    let raw: unknown;
    if (old !== undefined) raw = unmarshall(old);
    else {
      const { items } = await this.query({
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
        Limit: 1,
      });
      raw = items[0];
    }
    if (raw === undefined) return false;
    // Something unreadable holds the key: not this set, and not to be overwritten blindly.
    if (decodeItem(raw).kind !== 'set') throw new StoreError('conflict', `logSet failed: ${sk} holds something else`);
    return true;
  }

  /** Keeps `set` as the best if it ranks at least as high (ties: the later write, a newer set). */
  private async raiseBest(pk: string, set: LoggedSet): Promise<void> {
    const checked = decodeItem(setItem(pk, set));
    if (checked.kind !== 'set') return;
    try {
      await this.update({
        Key: marshallKey(pk, PROFILE_SK),
        UpdateExpression: 'SET best = :set, bestScore = :score',
        ConditionExpression: '(attribute_not_exists(bestScore) OR bestScore <= :score) AND (attribute_not_exists(clearedAt) OR clearedAt < :at)',
        ExpressionAttributeValues: marshall({ ':set': checked.set, ':score': bestScore(checked.set), ':at': checked.set.at }),
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** The best set changed or gone: the best is unknown until the next question recomputes it. */
  private async forgetBestIf(pk: string, id: string): Promise<void> {
    try {
      await this.update({
        Key: marshallKey(pk, PROFILE_SK),
        UpdateExpression: 'REMOVE best, bestScore, bestKnown, bestScan',
        // A rebuild that already counted the set starts over.
        ConditionExpression: 'best.#id = :id OR bestScan.best.#id = :id',
        ExpressionAttributeNames: { '#id': 'id' },
        ExpressionAttributeValues: marshall({ ':id': id }),
      });
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  private async keepBest(pk: string, best: LoggedSet | undefined): Promise<void> {
    await this.update({
      Key: marshallKey(pk, PROFILE_SK),
      UpdateExpression: best ? 'SET bestKnown = :true, best = :set, bestScore = :score REMOVE bestScan' : 'SET bestKnown = :true REMOVE best, bestScore, bestScan',
      ExpressionAttributeValues: marshall({ ':true': true, ...(best && { ':set': best, ':score': bestScore(best) }) }),
    });
  }

  rememberPerson(userId: string, person: string): Promise<void> {
    return this.run('rememberPerson', async () => {
      partitionKey(person);
      await this.put({ pk: accountKey(userId), sk: `${PERSON_PREFIX}${person}`, kind: 'person', person });
    });
  }

  deleteAccount(userId: string): Promise<number> {
    return this.run('deleteAccount', async () => {
      const account = accountKey(userId);
      const persons: string[] = [];
      for (const item of await this.wholePartition(account)) {
        const person = item.person?.S;
        if (person !== undefined && person.length > 0) persons.push(person);
      }
      let removed = 0;
      for (const person of [...new Set(persons)].filter((p) => p !== userId)) removed += await this.deleteAll(person);
      removed += await this.deleteAll(userId);
      removed += await this.deleteAll(account);
      return removed;
    });
  }

  private async deleteBatch(keys: Record<string, AttributeValue>[]): Promise<void> {
    let pending: WriteRequest[] = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > BATCH_RETRIES) {
        throw new StoreError('throttled', `delete failed: ${pending.length} deletions were not processed`);
      }
      if (attempt > 0) await sleep(50 * 2 ** attempt);
      const result = await this.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
      pending = result.UnprocessedItems?.[this.tableName] ?? [];
    }
  }

  /** The log's aggregate on the profile item (best, cleared-at mark, best scan); {} without one. */
  private async aggregate(pk: string): Promise<LogAggregate> {
    const { items } = await this.query({
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': pk, ':sk': PROFILE_SK },
      Limit: 1,
    });
    return readAggregate(items[0]);
  }

  // Strongly consistent: a runner asking "how did I do" right after a set must hear that set.
  private async query(input: {
    KeyConditionExpression: string;
    ExpressionAttributeValues: Record<string, string>;
    Limit: number;
    ExclusiveStartKey?: QueryCommandInput['ExclusiveStartKey'];
  }): Promise<{ items: unknown[]; last?: Record<string, AttributeValue> }> {
    const result = await this.send(
      new QueryCommand({
        TableName: this.tableName,
        ScanIndexForward: false,
        ConsistentRead: true,
        ...input,
        ExpressionAttributeValues: marshall(input.ExpressionAttributeValues),
      }),
    );
    return { items: (result.Items ?? []).map(unmarshall), ...(result.LastEvaluatedKey && { last: result.LastEvaluatedKey }) };
  }

  private async update(input: Omit<UpdateItemCommandInput, 'TableName'>): Promise<void> {
    await this.send(new UpdateItemCommand({ TableName: this.tableName, ...input }));
  }

  private async put(item: Record<string, unknown>, condition?: string, returnOld = false): Promise<void> {
    await this.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(item),
        ...(condition !== undefined ? { ConditionExpression: condition } : {}),
        // DynamoDB hands back the item that failed the condition, sparing a read.
        ...(returnOld ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
      }),
    );
  }

  /** Every request goes through here: none starts without time left, none outlives the deadline. */
  private async send<C extends Command>(command: C): Promise<Output<C>> {
    const left = this.deadline.remaining();
    if (left < MIN_CALL_MS) throw new StoreError('timeout', `no time left in this turn for ${command.constructor.name}`);
    if (!Number.isFinite(left)) return (await this.client.send(command as QueryCommand, {})) as Output<C>;
    // Not AbortSignal.timeout(left): its timer and signal stay alive for the whole turn budget
    // (seconds) after a request that took milliseconds, so on warm turns every request left them
    // to survive young-generation collections and be promoted, and the survivors are what makes
    // V8 grow the young generation (README, "Warm RSS"). This timer ends with the request.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(deadlineError(left)), Math.ceil(left));
    try {
      return (await this.client.send(command as QueryCommand, { abortSignal: controller.signal })) as Output<C>;
    } finally {
      clearTimeout(timer);
    }
  }

  private async run<T>(operation: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw toStoreError(error, operation);
    }
  }
}
