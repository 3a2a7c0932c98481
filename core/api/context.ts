/**
 * What a handler gets: the vault (opened on first use, so methods that need none — parsing a bill,
 * verifying a bundle — never create one), and the progress/cancel channel of this call.
 */
import type { Vault } from '../../db/openVault.ts';
import type { ProgressReporter } from '../progress.ts';
import type { Method, ParsedInput, Results } from './contract.ts';

export interface ApiContext {
  vault(): Vault;
  /** Where the vault is or will be (for messages and defaults), without opening it. */
  readonly vaultDir: string;
  /** Use another vault from now on (created when the folder is empty or missing). */
  switchVault(dir: string): void;
}

export type Handler<M extends Method> = (
  ctx: ApiContext,
  input: ParsedInput<M>,
  progress: ProgressReporter,
) => Results[M] | Promise<Results[M]>;

export type HandlerMap<M extends Method> = { [K in M]: Handler<K> };
