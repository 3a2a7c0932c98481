'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script: worker_threads starts it as a file */
/**
 * The tesseract.js 7 worker thread for Node, as its own src/worker-script/node/index.js sets it up, with
 * two differences:
 * - The wasm core is chosen by the engine actually asked for. tesseract.js passes its `lstmOnly`
 *   boolean where its Node getCore expects an OEM number, so under Node it always loads the core with
 *   the legacy engine compiled in; with our LSTM-only model that core takes ~70 MB of wasm heap at
 *   init, the LSTM core ~30 MB (measured, 1080×2400 screens), per worker, and reads the same text.
 * - No network: the data path is a local folder (languageData.ts), and `fetch` refuses, so a wrong
 *   path can never become a download.
 * CommonJS and plain JavaScript because worker_threads loads it as a file, from node_modules' neighbour.
 */
const { parentPort } = require('node:worker_threads');
const worker = require('tesseract.js/src/worker-script');
const gunzip = require('tesseract.js/src/worker-script/node/gunzip');
const cache = require('tesseract.js/src/worker-script/node/cache');
const { simd, relaxedSimd } = require('wasm-feature-detect');

let TesseractCore = null;

async function getCore(lstmOnly, _corePath, res) {
  if (TesseractCore === null) {
    const status = 'loading tesseract core';
    res.progress({ status, progress: 0 });
    const variant = (await relaxedSimd()) ? 'relaxedsimd-' : (await simd()) ? 'simd-' : '';
    TesseractCore = require(
      `tesseract.js-core/tesseract-core-${variant}${lstmOnly ? 'lstm' : ''}`.replace(/-$/, ''),
    );
    res.progress({ status, progress: 1 });
  }
  return TesseractCore;
}

function fetchRefused(url) {
  return Promise.reject(new Error(`PayProof OCR never downloads (asked for ${String(url)})`));
}

parentPort.on('message', (packet) => {
  worker.dispatchHandlers(packet, (obj) => parentPort.postMessage(obj));
});

worker.setAdapter({ getCore, gunzip, fetch: fetchRefused, ...cache });
