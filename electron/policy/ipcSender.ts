/**
 * Every IPC message is checked for where it came from: the top frame of our own UI at app://payproof.
 * A frame that navigated elsewhere (which we also deny) or an injected iframe gets nothing.
 */
import { APP_HOST, APP_SCHEME } from './origins.ts';

export interface SenderInfo {
  /** event.senderFrame?.url — null when the frame is gone. */
  frameUrl: string | null | undefined;
  /** Whether the sending frame is the top frame (iframes never talk to the core). */
  isMainFrame: boolean;
}

export function isTrustedSender(sender: SenderInfo): boolean {
  if (!sender.isMainFrame || typeof sender.frameUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(sender.frameUrl);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
}
