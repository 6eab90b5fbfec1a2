// DynamoDB's endpoint for the store client, given as its `endpointProvider` (a documented client
// option). The SDK's default resolver evaluates DynamoDB's whole rule set (account-id endpoints,
// FIPS, dual-stack, ARNs) on the first request of every cold start, and its decision diagram and
// evaluator are about 12 KB of the bundle; the client here turns all of those options off, so its
// endpoint is the custom one or `https://dynamodb.<region>.<partition's DNS suffix>`. The partition
// comes from the SDK's own table. test/store/endpoint.test.ts holds this to the SDK's resolver for
// every region the SDK knows, and the Lambda bundle leaves the resolver out (scripts/bundleTrims.mjs).
import { partition } from '@aws-sdk/core/client';
import type { EndpointV2 } from '@smithy/types';

export interface DynamoEndpointParams {
  readonly Region?: string;
  readonly Endpoint?: string;
  readonly UseFIPS?: boolean;
  readonly UseDualStack?: boolean;
  readonly AccountIdEndpointMode?: string;
}

// A DNS label, as the SDK's rules require of a region before building a host from it.
const HOST_LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

export function dynamoEndpoint(params: DynamoEndpointParams): EndpointV2 {
  if (params.UseFIPS === true || params.UseDualStack === true || (params.AccountIdEndpointMode ?? 'disabled') !== 'disabled') {
    throw new Error('the store client resolves plain regional endpoints only: FIPS, dual-stack and account-id endpoints are off in its configuration');
  }
  if (params.Endpoint !== undefined) return { url: new URL(params.Endpoint), properties: {}, headers: {} };
  const region = params.Region;
  if (region === undefined || !HOST_LABEL.test(region) || region === 'local') {
    throw new Error(`the store client has no endpoint for the region ${JSON.stringify(region)}`);
  }
  return { url: new URL(`https://dynamodb.${region}.${partition(region).dnsSuffix}`), properties: {}, headers: {} };
}
