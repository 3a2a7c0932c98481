/** The two custom schemes and the one origin the UI runs at. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'payproof';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const VAULT_SCHEME = 'vault';
export const EVIDENCE_HOST = 'evidence';

export function evidenceUrl(id: number): string {
  return `${VAULT_SCHEME}://${EVIDENCE_HOST}/${id}`;
}
