// Stands in for mnemonist/lru-cache in the Lambda bundle (scripts/bundleTrims.mjs). Its one
// user is the SDK's endpoint-discovery cache, which the store client turns off
// (endpointDiscoveryEnabled: false) but the client still builds. A Map keeps insertion order, so
// it is a least-recently-used cache when a read moves the key to the end. The methods are the
// ones EndpointCache calls; test/hooks/bundleTrims.test.ts plays the same script against both.
export default class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = new Map();
  }

  get size() {
    return this.items.size;
  }

  get(key) {
    if (!this.items.has(key)) return undefined;
    const value = this.items.get(key);
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  peek(key) {
    return this.items.get(key);
  }

  has(key) {
    return this.items.has(key);
  }

  set(key, value) {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value);
    return this;
  }

  clear() {
    this.items.clear();
  }
}
