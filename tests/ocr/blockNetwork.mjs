// Preloaded (node --import) into a child process to prove OCR needs no network: every way out —
// fetch, http(s), TCP, tls, dns — throws and leaves a line on stderr the test looks for. Local
// sockets by path (tsx's IPC with its loader) are not network and pass.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what) =>
  function blocked() {
    process.stderr.write(
      `NETWORK-ATTEMPT ${what}\n${process.env.BLOCK_NETWORK_STACK ? new Error().stack : ''}\n`,
    );
    throw new Error(`network blocked: ${what}`);
  };
globalThis.fetch = async () => refuse('fetch')();
for (const [mod, names, label] of [
  [http, ['request', 'get'], 'http'],
  [https, ['request', 'get'], 'https'],
  [tls, ['connect'], 'tls'],
  [dns, ['lookup', 'resolve'], 'dns'],
]) {
  for (const name of names) mod[name] = refuse(`${label}.${name}`);
}
for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  const blocked = refuse(`net.${name}`);
  net[name] = function connect(...args) {
    const first = args[0];
    const isPath =
      (typeof first === 'string' && Number.isNaN(Number(first))) ||
      (first && typeof first === 'object' && 'path' in first);
    return isPath ? original.apply(this, args) : blocked();
  };
}
