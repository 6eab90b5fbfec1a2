// Stands in for @aws-sdk/credential-provider-node in the Lambda bundle (see scripts/build.mjs).
// The client on Lambda is given the environment credentials explicitly (lambda/src/store/client.ts),
// so the SDK never asks for its default chain; if it ever does, it fails loudly, not silently
// unsigned.
export const defaultProvider = () => async () => {
  throw Object.assign(
    new Error('this bundle reads AWS credentials from the environment only: the default credential chain is not bundled'),
    { name: 'CredentialsProviderError', tryNextLink: false },
  );
};
