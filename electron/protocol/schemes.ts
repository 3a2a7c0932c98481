/**
 * The privileges of our two schemes; registered before app `ready` (Electron requires it).
 * app:// is `standard` + `secure` so the UI gets a real origin ('self' in the CSP, fetch, storage)
 * instead of file://. vault:// must `stream` so media elements can seek with range requests.
 */
import type { CustomScheme } from 'electron';
import { APP_SCHEME, VAULT_SCHEME } from '../policy/origins.ts';

export const privilegedSchemes: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
  {
    scheme: VAULT_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
];
