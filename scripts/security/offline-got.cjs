// Preloaded (node --require) under Electronegativity: it fetches translations and Electron's
// release list with `got` at start. Ask After's checks run offline, so every fetch fails at
// once instead of waiting on a network that is not there.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: Electronegativity runs without network here'));
    return Object.assign(offline, { default: offline, get: offline, stream: offline });
  }
  return load.call(this, request, ...rest);
};
