/**
 * Stands in for `better-sqlite3` inside the coreHost bundle only (electron/build.ts aliases it), so
 * the core — which must not know about Electron — opens its database with the Electron-ABI binary
 * that main chose (env PAYPROOF_SQLITE_BINDING). Without that variable it is better-sqlite3 unchanged.
 */
import Database from 'better-sqlite3';
import { SQLITE_BINDING_ENV } from './sqliteBinding.ts';

const nativeBinding = process.env[SQLITE_BINDING_ENV];

class ElectronDatabase extends Database {
  constructor(filename?: string | Buffer, options?: Database.Options) {
    super(filename, nativeBinding && !options?.nativeBinding ? { ...options, nativeBinding } : options);
  }
}

export default ElectronDatabase;
