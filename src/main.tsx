// First: it sets how zod runs (see the file) before any module can create a schema.
import '@/app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadForRoute } from '@/app/preload';
import './styles.css';
// After styles.css: the phone menu's rules override the header's.
import './app/shell.css';

const recordsFirst = preloadForRoute(window.location.hash);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App recordsFirst={recordsFirst} />
  </StrictMode>,
);
