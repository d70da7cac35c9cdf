import { registerSW } from 'virtual:pwa-register';

/** A tablet left open on the shop floor for days should still hear about a new version. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting for this tab's consent. */
  onUpdateReady(): void;
  /** The new version now controls this tab (this tab or another one said yes): the old files are gone from the cache. */
  onTakenOver(): void;
}

/**
 * Registers ./sw.js (this file loads on demand, once the screen has settled: see useServiceWorker) and
 * returns the function that lets the waiting version take over.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): () => Promise<void> {
  return registerSW({
    // The caller already waited for `load`.
    immediate: true,
    onNeedRefresh: events.onUpdateReady,
    onNeedReload: events.onTakenOver,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Browsers look for a new worker on navigation only; a single-page app rarely navigates.
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      setInterval(check, UPDATE_CHECK_INTERVAL_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}

