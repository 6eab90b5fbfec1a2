// The fair peer for `npm run bench`: the hello world of bench/baseline plus what any skill with
// a DynamoDB log does on launch, one AWS SDK v3 GetItem, written the way the SDK's docs show it
// (a default client, the default credential chain) and bundled with the same esbuild options as
// ours. It reads the same dynalite table ours does (DEADLIFT_TABLE, DYNAMODB_ENDPOINT).
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SkillBuilders, getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';

const client = new DynamoDBClient({ ...(process.env.DYNAMODB_ENDPOINT && { endpoint: process.env.DYNAMODB_ENDPOINT }) });
const table = process.env.DEADLIFT_TABLE ?? 'missing';

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: async (input) => {
    const userId = input.requestEnvelope.context.System.user.userId;
    const { Item } = await client.send(new GetItemCommand({ TableName: table, Key: { pk: { S: userId }, sk: { S: '~PROFILE' } } }));
    return input.responseBuilder.speak(Item ? 'Welcome back' : 'Hello').reprompt('Hello?').getResponse();
  },
};

const ErrorHandlerLast: ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry.').getResponse(),
};

export const handler = SkillBuilders.custom().addRequestHandlers(LaunchHandler).addErrorHandlers(ErrorHandlerLast).lambda();
