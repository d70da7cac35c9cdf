import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { afterNextFrame } from '@/lib/after-next-frame';
import { createAppStore, type AppActions, type AppState, type AppStore } from './app-store';
import { broadcastTabChannel, indexedDbStorage } from './record-storage';
import { BROADCAST_CHANNEL } from './storage-keys';
import { flushDrafts, hasDrafts } from './drafts';

const StoreContext = createContext<AppStore | null>(null);

/** The app's one store: IndexedDB behind it, validators loaded on demand, read once before anything is written. */
export function createBrowserStore(): AppStore {
  return createAppStore({
    storage: indexedDbStorage(),
    loadRestore: () => import('@/domain/records/restore'),
    tabs: broadcastTabChannel(BROADCAST_CHANNEL),
    // An answer's frame is drawn before its write begins (the record's copy for IndexedDB, the save state's change);
    // until then the write waits in the queue, where leaving the page still begins it (useLeaveGuard).
    scheduleWrite: afterNextFrame,
  });
}

/**
 * Leaving (reload, another site, back, closing) or hiding the tab: typed text goes to the store, and every waiting
 * write is begun at once, so it completes after the page is gone. While a write is waiting or failing, the browser
 * asks "Leave page?".
 */
function useLeaveGuard(store: AppStore) {
  useEffect(() => {
    const saveNow = () => {
      flushDrafts();
      store.getState().flushOnLeave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      saveNow();
      if (!store.getState().hasUnsavedWrites() && !hasDrafts()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [store]);
}

/**
 * `readAfterFirstFrame`: the records are read once the first frame is drawn, not with it. For a screen that does not
 * show them (Home, About): on a slow link their reading and its validators then never compete with its first paint.
 */
export function StoreProvider({ store, readAfterFirstFrame = false, children }: { store?: AppStore; readAfterFirstFrame?: boolean; children: ReactNode }) {
  const [value] = useState(() => store ?? createBrowserStore());
  useEffect(() => {
    const hydrate = () => void value.getState().hydrate();
    if (!readAfterFirstFrame) return hydrate();
    return afterNextFrame(hydrate);
  }, [value, readAfterFirstFrame]);
  useLeaveGuard(value);
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

/** The store itself, for reading once (an event handler, a form's first values) without re-rendering on changes. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  return store;
}

export function useAppStore<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppStoreApi(), selector);
}
