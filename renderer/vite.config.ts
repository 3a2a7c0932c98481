import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const pdfjsDir = path.join(root, '..', 'node_modules', 'pdfjs-dist');

/**
 * pdf.js needs its character maps (Chinese PDFs often use predefined CMaps such as UniGB-UCS2-H with a
 * font that is not embedded) and the 14 standard fonts as plain files beside the app: emit them into
 * dist/pdfjs/. They load from the app's own origin, so no CSP change is needed.
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'payproof-pdfjs-assets',
    generateBundle() {
      for (const sub of ['cmaps', 'standard_fonts'])
        for (const name of readdirSync(path.join(pdfjsDir, sub)))
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${sub}/${name}`,
            source: readFileSync(path.join(pdfjsDir, sub, name)),
          });
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs so the same build loads from app:// (Electron) and http://127.0.0.1 (browser mode).
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: { fs: { allow: [path.join(root, '..')] } },
});
