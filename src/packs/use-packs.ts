import { use } from 'react';
import type { PackEntry } from '@/packs/pack-registry';
import type { Pack } from '@/domain/pack/schema';
import { questionIndexDownloads, startPackDownloads } from '@/packs/pack-files';

// The registry (zod and the packs themselves) is imported on demand so Home's first paint doesn't wait for it.
let entries: Promise<PackEntry[]> | undefined;

const loadEntries = () => {
  if (!entries) {
    // The pack files and the validators download side by side, not one after the other.
    const files = startPackDownloads();
    entries = import('@/packs/pack-registry').then((registry) => registry.loadPackEntries(files));
  }
  return entries;
};

/** Whether anything has asked for the packs yet in this page's life. */
export function packsRequested(): boolean {
  return entries !== undefined;
}

/** Starts loading and checking the packs without waiting for them (a screen that needs them will). */
export function preloadPacks(): Promise<PackEntry[]> {
  return loadEntries();
}

/** Suspends until every pack is loaded and checked. */
export function usePackEntries() {
  return use(loadEntries());
}

/** The ready packs, by id. */
export function useReadyPacks(): ReadonlyMap<string, Pack> {
  const all = usePackEntries();
  return new Map(all.flatMap((entry) => (entry.status === 'ready' ? [[entry.pack.meta.id, entry.pack] as const] : [])));
}

/**
 * Starts downloading the packs' small question indexes only: a question screen then fetches just its assessment's
 * part, and the whole packs do not compete with it for the connection.
 */
export function preloadQuestionIndexes(): void {
  questionIndexDownloads();
}
