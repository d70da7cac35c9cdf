import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppActions, type AppState, type AppStore } from './app-store';
import { broadcastTabChannel, indexedDbStorage } from './record-storage';
import { BROADCAST_CHANNEL } from './storage-keys';

const StoreContext = createContext<AppStore | null>(null);

/** The app's one store: IndexedDB behind it, validators loaded on demand, read once before anything is written. */
export function createBrowserStore(): AppStore {
  return createAppStore({
    storage: indexedDbStorage(),
    loadRestore: () => import('@/domain/records/restore'),
    tabs: broadcastTabChannel(BROADCAST_CHANNEL),
  });
}

export function StoreProvider({ store, children }: { store?: AppStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createBrowserStore());
  useEffect(() => {
    void value.getState().hydrate();
  }, [value]);
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
