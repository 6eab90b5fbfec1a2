// Stands in for client-dynamodb's default endpoint resolver (its rule set's decision diagram and
// evaluator) in the Lambda bundle (scripts/bundleTrims.mjs): the store client gives its own
// endpointProvider (lambda/src/store/endpoint.ts), so this is never called; if it ever is, it
// fails loudly instead of guessing an endpoint.
export const defaultEndpointResolver = () => {
  throw new Error('the DynamoDB endpoint rules are not bundled: give the client an endpointProvider (lambda/src/store/endpoint.ts)');
};
