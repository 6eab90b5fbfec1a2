// Plain values to DynamoDB's typed attributes and back, with the options the store relies on.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall as toAttributes, unmarshall as fromAttributes } from '@aws-sdk/util-dynamodb';

type Attributes = Record<string, AttributeValue>;

/** Optional fields left undefined are not written (DynamoDB has no undefined). */
export function marshall(values: Record<string, unknown>): Attributes {
  return toAttributes(values, { removeUndefinedValues: true });
}

export function marshallKey(pk: string, sk: string): Attributes {
  return { pk: { S: pk }, sk: { S: sk } };
}

/**
 * An item the SDK cannot turn into plain values (a number past 2^53, say) becomes undefined, so
 * the read skips that one item as malformed instead of failing whole.
 */
export function unmarshall(item: Attributes): Record<string, unknown> | undefined {
  try {
    return fromAttributes(item);
  } catch {
    return undefined;
  }
}
