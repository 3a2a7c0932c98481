import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hostReady } from './api/client.ts';
import { prefetchCase } from './api/caseData.ts';
import { parseRoute } from './router.ts';
import { App } from './App.tsx';
import './styles.css';

const first = parseRoute(window.location.hash);
if (first.name === 'case') prefetchCase(first.id, first.tab);

// Render once the host knows which core methods exist, so no section flickers "not available".
void hostReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
