// One error type for the handlers: they answer the runner by `code`, never by SDK error names.

export type StoreErrorCode = 'unavailable' | 'throttled' | 'timeout' | 'conflict' | 'invalid';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Worth keeping the write and trying again on a later turn. */
  get retryable(): boolean {
    return this.code === 'unavailable' || this.code === 'throttled' || this.code === 'timeout';
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'LimitExceededException',
]);
const INVALID = new Set(['ValidationException', 'SerializationException']);
const CONFLICT = new Set([
  'ConditionalCheckFailedException',
  'TransactionConflictException',
  'TransactionCanceledException',
]);
// The socket died or never opened: the server is gone rather than slow.
const CONNECTION_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

function httpStatus(error: unknown): number | undefined {
  const status = field(field(error, '$metadata'), 'httpStatusCode');
  return typeof status === 'number' ? status : undefined;
}

export function classify(error: unknown): StoreErrorCode {
  const name = field(error, 'name');
  const code = field(error, 'code');
  if (typeof code === 'string' && CONNECTION_LOST.has(code)) return 'unavailable';
  if (typeof name === 'string') {
    if (THROTTLING.has(name)) return 'throttled';
    if (CONFLICT.has(name)) return 'conflict';
    if (INVALID.has(name)) return 'invalid';
    if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException' || name === 'AbortError') return 'timeout';
  }
  if (code === 'ETIMEDOUT') return 'timeout';
  if (httpStatus(error) === 429) return 'throttled';
  // Missing table, bad credentials, 5xx, anything unknown: the runner cannot save right now.
  return 'unavailable';
}

/** Wraps anything an SDK call threw; a StoreError passes through unchanged. */
export function toStoreError(error: unknown, operation: string): StoreError {
  if (error instanceof StoreError) return error;
  const name = field(error, 'name');
  const message = field(error, 'message');
  const detail = [typeof name === 'string' ? name : undefined, typeof message === 'string' ? message : undefined]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(': ');
  return new StoreError(classify(error), `${operation} failed${detail ? `: ${detail}` : ''}`, { cause: error });
}
