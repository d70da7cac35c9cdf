import { registerSW } from 'virtual:pwa-register';
import type { AppStore } from '@/store/app-store';
import { whenSettled } from './when-settled';

/** A tablet left open on the shop floor for days should still hear about a new version. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting for this tab's consent. */
  onUpdateReady(): void;
  /** The new version now controls this tab (this tab or another one said yes): the old files are gone from the cache. */
  onTakenOver(): void;
}

/**
 * Registers ./sw.js (loaded on demand, after the page has loaded, so the first paint never waits for it) and
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

/**
 * registerServiceWorker once the screen has settled (whenSettled); `onRegistered` gets the function that lets a
 * waiting version take over. Returns a function that cancels the registration if it has not happened yet.
 */
export function registerWhenSettled(
  store: Pick<AppStore, 'getState' | 'subscribe'>,
  events: ServiceWorkerEvents,
  onRegistered: (activate: () => Promise<void>) => void,
): () => void {
  return whenSettled(store, () => onRegistered(registerServiceWorker(events)));
}
