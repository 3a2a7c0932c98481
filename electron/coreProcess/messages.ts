/**
 * What main and the core's utility process say to each other over their MessagePort. Plain
 * structured-clone data; call ids are main's own (never the renderer's), so they cannot collide.
 */
import type { CallResult } from '../../core/api/dispatch.ts';
import type { Method } from '../../core/api/contract.ts';
import type { ProgressEvent } from '../../core/progress.ts';
import type { EvidenceLocation } from '../protocol/evidenceFiles.ts';

export type MainToCore =
  | { type: 'call'; id: number; method: Method; input: unknown }
  | { type: 'cancel'; id: number }
  /** Where an evidence original (or, with thumb, its cached thumbnail) is on disk. */
  | { type: 'locate'; id: number; evidenceId: number; thumb: boolean }
  /** Close the vault cleanly (WAL checkpoint, lock released) before the process ends. */
  | { type: 'shutdown' };

export type CoreToMain =
  | { type: 'ready'; vaultDir: string }
  | { type: 'progress'; id: number; event: ProgressEvent }
  | { type: 'result'; id: number; result: CallResult<Method> }
  | { type: 'located'; id: number; location: EvidenceLocation | null };

/** The little a port must do; Electron's MessagePortMain and Node's child IPC both fit behind it. */
export interface Port<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
