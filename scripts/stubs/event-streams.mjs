// Stands in for @smithy/core/event-streams in the Lambda bundle (scripts/bundleTrims.mjs): no
// DynamoDB operation streams events, so the SDK never loads it; if it ever does, it fails loudly.
function refuse() {
  throw new Error('this bundle has no event-stream support: no DynamoDB operation was expected to need it (scripts/bundleTrims.mjs)');
}
export class EventStreamSerde {
  constructor() {
    refuse();
  }
}
export const eventStreamSerdeProvider = refuse;
