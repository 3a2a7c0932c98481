/**
 * A PDF original drawn by the page itself with pdf.js: the same in the desktop app (where new windows
 * and Chromium's PDF plugin are not available to the sandboxed window) and in browser mode. The first
 * pages are drawn to canvases; pdf.js runs in its worker and never evaluates code from the document.
 */
import { Alert, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { host } from '../api/client.ts';
import { toApiError } from '../api/ApiError.ts';
import { useI18n } from '../i18n/I18n.tsx';

/** Enough to recognise the document; the whole file is one click away (download / the dossier). */
const MAX_PAGES = 5;
const WIDTH = 680;

export function PdfPreview({ evidenceId, title }: { evidenceId: number; title: string }) {
  const { t, pick } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<
    { step: 'loading' } | { step: 'shown'; pages: number; drawn: number } | { step: 'failed'; text: string }
  >({ step: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    let destroy: (() => Promise<void>) | undefined;
    void (async () => {
      try {
        const [pdfjs, worker, data] = await Promise.all([
          import('pdfjs-dist'),
          import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
          host.evidenceBytes(evidenceId, abort.signal),
        ]);
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        const base = new URL('./pdfjs/', document.baseURI).href;
        const task = pdfjs.getDocument({
          data: new Uint8Array(data),
          isEvalSupported: false,
          cMapUrl: `${base}cmaps/`,
          cMapPacked: true,
          standardFontDataUrl: `${base}standard_fonts/`,
        });
        destroy = () => task.destroy();
        const doc = await task.promise;
        const drawn = Math.min(doc.numPages, MAX_PAGES);
        for (let n = 1; n <= drawn && !abort.signal.aborted; n++) {
          const page = await doc.getPage(n);
          const unscaled = page.getViewport({ scale: 1 });
          const viewport = page.getViewport({ scale: (WIDTH / unscaled.width) * window.devicePixelRatio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${WIDTH}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `${title} — ${t('preview.page', { n })}`);
          canvas.dataset.testid = 'pdf-page';
          canvas.className = 'pdf-page';
          await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
          box.current?.append(canvas);
        }
        if (!abort.signal.aborted) setState({ step: 'shown', pages: doc.numPages, drawn });
      } catch (err) {
        if (!abort.signal.aborted)
          setState({ step: 'failed', text: pick(toApiError(err).text) || String(err) });
      }
    })();
    return () => {
      abort.abort();
      void destroy?.();
      box.current?.replaceChildren();
    };
  }, [evidenceId, title, t, pick]);

  return (
    <div>
      {state.step === 'loading' && <Spin aria-label={t('common.loading')} />}
      {state.step === 'failed' && (
        <Alert type="warning" showIcon message={t('preview.pdfFailed')} description={state.text} />
      )}
      {state.step === 'shown' && (
        <Typography.Paragraph type="secondary" data-testid="pdf-pages">
          {t(state.drawn < state.pages ? 'preview.pagesSome' : 'preview.pagesAll', {
            drawn: state.drawn,
            pages: state.pages,
          })}
        </Typography.Paragraph>
      )}
      {/* Focusable: the pages scroll, and a keyboard must be able to scroll them. */}
      <div ref={box} className="pdf-pages" tabIndex={0} aria-label={title} />
    </div>
  );
}
