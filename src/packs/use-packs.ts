import { startTransition, use, useEffect, useState } from 'react';
import type { PackEntry } from '@/packs/pack-registry';
import type { Pack } from '@/domain/pack/schema';
import { questionIndexDownloads, scoringPartDownloads, startPackDownloads } from '@/packs/pack-files';

// The registry (zod and the packs themselves) is imported on demand so Home's first paint doesn't wait for it.
let entries: Promise<PackEntry[]> | undefined;
/** The entries once loaded, for a screen that must not wait for them (see useReadyPacksOnceLoaded). */
let loadedEntries: PackEntry[] | 'failed' | undefined;

const loadEntries = () => {
  if (!entries) {
    // The pack files and the validators download side by side, not one after the other.
    const files = startPackDownloads();
    entries = import('@/packs/pack-registry').then((registry) => registry.loadPackEntries(files));
    entries.then(
      (loaded) => (loadedEntries = loaded),
      () => (loadedEntries = 'failed'),
    );
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

/** Every pack loaded and checked, for `use` (which, unlike a hook, may be called on one branch only). */
export function packEntries(): Promise<PackEntry[]> {
  return loadEntries();
}

/** The ready packs among the entries, by id. */
export function readyPacksOf(all: readonly PackEntry[]): ReadonlyMap<string, Pack> {
  return new Map(all.flatMap((entry) => (entry.status === 'ready' ? [[entry.pack.meta.id, entry.pack] as const] : [])));
}

/** The ready packs, by id. */
export function useReadyPacks(): ReadonlyMap<string, Pack> {
  return readyPacksOf(usePackEntries());
}

/**
 * The packs without waiting for them: 'loading' until every pack is loaded and checked (the screen re-renders then),
 * 'failed' when that failed (the screen then waits with packEntries, which reports it as before). Unless something
 * started them already, they start once the screen has painted: on a slow link they would otherwise share the
 * connection with what it paints first.
 */
export function useReadyPacksOnceLoaded(): ReadonlyMap<string, Pack> | 'loading' | 'failed' {
  const [loaded, setLoaded] = useState(loadedEntries);
  useEffect(() => {
    if (loaded !== undefined) return;
    let live = true;
    // A transition: what the packs add to the screen is drawn in slices that give way to input, not as one long task.
    const settle = () => {
      if (live) startTransition(() => setLoaded(loadedEntries ?? 'failed'));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the next frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => loadEntries().then(settle, settle));
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [loaded]);
  if (loaded === undefined) return 'loading';
  return loaded === 'failed' ? 'failed' : readyPacksOf(loaded);
}

/**
 * Starts downloading the packs' small question indexes only: a question screen then fetches just its assessment's
 * part, and the whole packs do not compete with it for the connection.
 */
export function preloadQuestionIndexes(): void {
  questionIndexDownloads();
}

/**
 * Starts downloading the packs' scoring parts only (src/packs/scoring-packs.ts reads them): the Results screen paints
 * its verdict from one before the whole pack has arrived.
 */
export function preloadScoringParts(): void {
  scoringPartDownloads();
}
