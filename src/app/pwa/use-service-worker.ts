import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import { whenSettled } from './when-settled';

/**
 * - ready: a new version is installed and waits for this tab's consent.
 * - taken-over: the new version controls this tab (here or in another tab someone said yes): the files this tab
 *   has not loaded yet are gone from the cache, so it must reload before it loads another screen.
 * - stale: a screen's file failed to load because a new version replaced it on the server (a tab the worker does
 *   not control, e.g. the first visit): only a reload fixes that.
 */
export type UpdateState = 'none' | 'ready' | 'taken-over' | 'stale';

const canUseServiceWorker = () =>
  import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator && location.protocol.startsWith('http');

/** Registers the service worker once the page has loaded and its screen settled (whenSettled), and reports what a new version means for this tab. */
export function useServiceWorker(): { update: UpdateState; activate: () => Promise<void> } {
  const store = useAppStoreApi();
  const [update, setUpdate] = useState<UpdateState>('none');
  const activateRef = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    // Vite dispatches this when a lazily loaded file fails; the error boundary still shows, this offers the way out.
    const onPreloadError = () => setUpdate((current) => (current === 'none' ? 'stale' : current));
    window.addEventListener('vite:preloadError', onPreloadError);
    return () => window.removeEventListener('vite:preloadError', onPreloadError);
  }, []);

  useEffect(() => {
    if (!canUseServiceWorker()) return;
    let cancelled = false;
    let cancelRegistration = () => {};
    // The worker's code (and workbox-window) downloads only once the screen has settled: on a slow link, fetched at
    // `load`, it shared the connection and the thread with what the first screen was still drawing.
    const start = () => {
      cancelRegistration = whenSettled(store, () => {
        void import('./service-worker').then(({ registerServiceWorker }) => {
          if (cancelled) return;
          activateRef.current = registerServiceWorker({
            onUpdateReady: () => setUpdate((current) => (current === 'taken-over' ? current : 'ready')),
            onTakenOver: () => setUpdate('taken-over'),
          });
        });
      });
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', start);
      cancelRegistration();
    };
  }, [store]);

  const activate = useCallback(() => activateRef.current?.() ?? Promise.resolve(), []);
  return { update, activate };
}
