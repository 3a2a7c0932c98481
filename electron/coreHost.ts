/**
 * Entry of the utility process that runs the core (bundled to electron/dist/coreHost.cjs). Hashing a
 * 2 GB recording or rendering a long PDF happens here, so the window's main process never blocks.
 * Main sends one init message carrying a MessagePort and the vault directory; all calls then go over
 * that port. Under plain Node (child_process.fork, used by tests/electron/coreHostBundle.test.ts to
 * prove the bundle works) the same protocol runs over the IPC channel instead.
 */
import { createVaultContext } from '../core/api/vaultContext.ts';
import { enableBackgroundReading } from '../core/ocr/textQueue.ts';
import { resolveVaultDir } from '../db/vaultLocation.ts';
import type { CoreToMain, MainToCore, Port } from './coreProcess/messages.ts';
import { serveCore } from './coreProcess/server.ts';

/** The parts of Electron's ParentPort / MessagePortMain we use (electron is not imported here). */
interface PortMain {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  start(): void;
}
interface ParentPort {
  once(event: 'message', listener: (e: { data: unknown; ports: PortMain[] }) => void): void;
}

function start(vaultDir: string, port: Port<MainToCore, CoreToMain>): void {
  const ctx = createVaultContext(vaultDir);
  enableBackgroundReading();
  const shutdown = () => {
    ctx.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  serveCore(ctx, port, shutdown);
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (parentPort) {
  parentPort.once('message', (init) => {
    const data = init.data as { vaultDir?: unknown };
    const port = init.ports[0];
    if (!port || typeof data.vaultDir !== 'string') {
      console.error('[coreHost] init message without port or vaultDir');
      process.exit(2);
    }
    port.start();
    start(data.vaultDir, {
      post: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (e) => listener(e.data as MainToCore)),
    });
  });
} else if (process.send) {
  const send = process.send.bind(process);
  start(resolveVaultDir(undefined), {
    post: (message) => void send(message),
    onMessage: (listener) => process.on('message', (m) => listener(m as MainToCore)),
  });
} else {
  console.error('[coreHost] start me as an Electron utility process (or with child_process.fork)');
  process.exit(2);
}
