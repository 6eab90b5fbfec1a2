// On Lambda, the store client's first request is prepared while the function initializes, not in
// the runner's first turn. The SDK does a lot on a client's first send (credentials, the
// middleware chain, endpoint, serializing a Query, SigV4 key derivation, parsing the answer),
// nearly all of it first-time work: compiling those functions and filling the SDK's caches.
// Lambda's init phase runs with burst CPU, while a 512 MB function's turns get under a third of a
// vCPU (CPU is allotted in proportion to memory), so the same work costs the runner less there.
// Nothing goes over the network: the Query is answered in-process, an empty page, by a middleware
// on that one command, placed after signing and before the HTTP handler. What cannot be done
// without a request (opening the connection) is left to the first turn; see the README's bench
// section for what was measured.
import { QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

const EMPTY_PAGE = new TextEncoder().encode('{"Count":0,"Items":[],"ScannedCount":0}');

/** Sends one Query that never leaves the process; resolves when it has been answered, never rejects. */
export function warmUpClient(client: DynamoDBClient, tableName: string): Promise<void> {
  const command = new QueryCommand({
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': { S: 'warm-up' } },
    Limit: 1,
  });
  command.middlewareStack.add(
    () => async () => ({
      response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'warm-up' }, body: EMPTY_PAGE },
      output: undefined,
    }),
    // Innermost: after the request is built and signed, where the HTTP handler would send it.
    { step: 'deserialize', priority: 'low', name: 'warmUpAnswer' },
  );
  return client.send(command).then(
    () => undefined,
    // The first real request meets and reports whatever this one met (no credentials, say).
    () => undefined,
  );
}
