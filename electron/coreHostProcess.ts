/**
 * Starts electron/dist/coreHost.cjs as a utilityProcess and connects a CoreClient to it over a
 * MessageChannelMain. If the process dies (a native crash, out of memory), pending calls are answered
 * with an error and the next call starts a fresh one, so the app recovers without a restart.
 */
import { MessageChannelMain, utilityProcess, type UtilityProcess } from 'electron';
import { createCoreClient, type CoreClient } from './coreProcess/client.ts';
import type { CoreToMain } from './coreProcess/messages.ts';

export interface CoreHost {
  client(): CoreClient;
  /** The vault folder the core uses (and reopens after a crash). */
  vaultDir(): string;
  /** Record that the core switched vaults, so a restarted core opens the same one. */
  setVaultDir(dir: string): void;
  /** Ask the core to close the vault, then wait (briefly) for it to exit. */
  stop(): Promise<void>;
}

export function startCoreHost(options: {
  modulePath: string;
  vaultDir: string;
  env: NodeJS.ProcessEnv;
}): CoreHost {
  let child: UtilityProcess | undefined;
  let client: CoreClient | undefined;
  let stopping = false;
  let vaultDir = options.vaultDir;

  function spawn(): CoreClient {
    const { port1, port2 } = new MessageChannelMain();
    const proc = utilityProcess.fork(options.modulePath, [], {
      serviceName: 'PayProof core',
      env: options.env,
      stdio: 'inherit',
    });
    proc.postMessage({ vaultDir }, [port2]);
    const connected = createCoreClient({
      post: (message) => port1.postMessage(message),
      onMessage: (listener) => port1.on('message', (e) => listener(e.data as CoreToMain)),
    });
    port1.start();
    proc.once('exit', (code) => {
      connected.fail(`exit code ${code}`);
      port1.close();
      if (child === proc) {
        child = undefined;
        client = undefined;
      }
      if (!stopping)
        console.error(`[core] utility process exited with code ${code}; it restarts on the next call`);
    });
    child = proc;
    return connected;
  }

  return {
    client() {
      client ??= spawn();
      return client;
    },
    vaultDir: () => vaultDir,
    setVaultDir(dir) {
      vaultDir = dir;
    },
    async stop() {
      stopping = true;
      const proc = child;
      if (!proc) return;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      // The shutdown message travels on the same port as the calls, so it arrives after them.
      client?.shutdown();
      const timer = setTimeout(() => proc.kill(), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
