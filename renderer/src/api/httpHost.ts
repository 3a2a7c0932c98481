/**
 * Browser mode: the core behind the HTTP bridge (core/web/server.ts). Each call is a POST whose answer
 * is NDJSON: progress lines, then {"done": …}. Aborting the fetch closes the connection, which cancels
 * the call on the server.
 */
import type { Api, CallOptions } from '../../../core/api/contract.ts';
import type { ProgressEvent } from '../../../core/progress.ts';
import { ApiError, connectionError, previewUnavailable, toApiError } from './ApiError.ts';
import { reportConnectionProblem } from './connection.ts';
import type { AddFilesOptions, Host } from './host.ts';

const TOKEN_KEY = 'payproof.token';

/** The server prints <url>#token=…; keep it for this tab and take it out of the address bar. */
export function readToken(): string {
  const m = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

type Line = {
  progress?: ProgressEvent;
  done?: { ok: true; result: unknown } | { ok: false; error: ConstructorParameters<typeof ApiError>[0] };
};

async function readRefusal(res: Response): Promise<never> {
  // The server restarted (new token) or the page was opened without the #token= part.
  if (res.status === 401) {
    reportConnectionProblem('session-expired');
    throw connectionError('session-expired');
  }
  const body = (await res.json().catch(() => null)) as {
    error?: ConstructorParameters<typeof ApiError>[0];
  } | null;
  throw new ApiError(
    body?.error ?? {
      code: 'host',
      message: { zh: `服务返回 ${res.status}`, en: `Server answered ${res.status}` },
    },
  );
}

export function createHttpHost(token: string): Host {
  const headers = { 'X-PayProof-Token': token };

  async function call(method: string, input: unknown, options: CallOptions = {}): Promise<unknown> {
    try {
      const res = await fetch(`api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        signal: options.signal ?? null,
      });
      if (!res.ok || !res.body) return await readRefusal(res);
      reportConnectionProblem(null);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      // A big answer (a case with 20,000 payments is ~8 MB) arrives in many chunks: keep them in a list
      // and look for the newline only in the new chunk, instead of rescanning one growing string.
      let parts: string[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        let nl: number;
        let chunk = value ?? '';
        while ((nl = chunk.indexOf('\n')) >= 0) {
          const text = parts.join('') + chunk.slice(0, nl);
          parts = [];
          chunk = chunk.slice(nl + 1);
          const line = JSON.parse(text) as Line;
          if (line.progress) options.onProgress?.(line.progress);
          if (line.done) {
            if (line.done.ok) return line.done.result;
            throw new ApiError(line.done.error);
          }
        }
        if (chunk) parts.push(chunk);
        if (done)
          throw new ApiError({
            code: 'host',
            message: { zh: '连接意外中断', en: 'The connection closed early' },
          });
      }
    } catch (err) {
      throw seen(toApiError(err));
    }
  }

  /** A call that found the server gone tells the app shell; any answer from it clears that. */
  function seen(err: ApiError): ApiError {
    if (err.code === 'server-gone' || err.code === 'session-expired') reportConnectionProblem(err.code);
    return err;
  }

  const api = new Proxy({} as Api, {
    get: (_target, method) => (input: unknown, options?: CallOptions) => call(String(method), input, options),
  });

  let methods = new Set<string>();
  const methodsReady = fetch('api', { headers })
    .then(async (r) => {
      if (r.status === 401) return reportConnectionProblem('session-expired');
      const b = (await r.json()) as { methods?: string[] };
      methods = new Set(b.methods ?? []);
    })
    .catch(() => reportConnectionProblem('server-gone'));

  async function upload(file: File, signal?: AbortSignal): Promise<string> {
    const res = await fetch('upload', {
      method: 'POST',
      headers: {
        ...headers,
        'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
      },
      body: file,
      signal: signal ?? null,
    });
    if (!res.ok) return readRefusal(res);
    return ((await res.json()) as { path: string }).path;
  }

  // Files are fetched with the token header and shown through blob: URLs (img/src cannot send headers).
  async function blobUrl(url: string): Promise<string | null> {
    const res = await fetch(url, { headers }).catch(() => null);
    if (!res?.ok) return null;
    return URL.createObjectURL(await res.blob());
  }

  const host: Host & { ready: Promise<void> } = {
    mode: 'browser',
    api,
    ready: methodsReady,
    hasMethod: (name) => methods.has(name),
    callByName: call,
    async addFiles(caseId, files, options: AddFilesOptions = {}) {
      const paths: string[] = [];
      try {
        for (const [i, file] of files.entries()) {
          options.onUpload?.(i, files.length);
          paths.push(await upload(file, options.signal));
        }
        options.onUpload?.(files.length, files.length);
      } catch (err) {
        throw toApiError(err);
      }
      return (await call(
        'evidence.add',
        {
          caseId,
          paths,
          originalNames: files.map((f) => f.name),
          kind: options.kind,
          paymentTxids: options.paymentTxids,
        },
        options,
      )) as Awaited<ReturnType<Api['evidence.add']>>;
    },
    async fileToPath(file, options = {}) {
      try {
        return await upload(file, options.signal);
      } catch (err) {
        throw toApiError(err);
      }
    },
    evidenceUrl: (id, what) => blobUrl(`evidence/${id}/${what}`),
    async evidenceBytes(id, signal) {
      const res = await fetch(`evidence/${id}/content`, signal ? { headers, signal } : { headers });
      if (!res.ok) throw new ApiError(previewUnavailable(res.status));
      return res.arrayBuffer();
    },
    documentUrl: (id) => blobUrl(`documents/${id}/pdf`),
    async downloadDocument(id, file, fileName) {
      // The token travels in a header, so a plain link cannot fetch it: fetch, then save the blob.
      const res = await fetch(`documents/${id}/${file}`, { headers }).catch((err: unknown) => {
        throw seen(toApiError(err));
      });
      if (!res.ok) return readRefusal(res);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      // Give the browser time to start the download before the blob goes.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
  return host;
}
