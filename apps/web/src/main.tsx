import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './casus.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queries } from './api/queries';
import { App } from './app';
import { currentSession } from './auth/session';
import { meQuery } from './auth/who';
import { preloadPageAt } from './routes';

// Who the session is and the page's chunk, asked together. The first render waits for the chunk only: rendered
// before it, the page would suspend, and React holds a fallback it revealed for 300 ms.
if (currentSession()) void queries.prefetchQuery(meQuery);
void preloadPageAt(window.location.pathname)
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
