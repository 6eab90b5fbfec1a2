// What a module of ask-sdk-core that the Lambda bundle leaves out exports instead: each of its
// names, as a getter that throws if the name is ever read (scripts/bundleTrims.mjs).
'use strict';

module.exports = function unreadExports(target, names) {
  for (const name of names) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get() {
        throw new Error(`ask-sdk-core's ${name} is not in this bundle (scripts/bundleTrims.mjs)`);
      },
    });
  }
};
