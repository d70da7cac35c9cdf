import { useLoaded } from '@/lib/loading-boundary';
import type { PackEntry } from '@/packs/pack-registry';
import { readyPacksOf } from '@/packs/ready-packs';
import type { Pack } from '@/domain/pack/schema';
import { questionIndexDownloads, scoringPartDownloads, startPackDownloads } from '@/packs/pack-files';
import { recordSettlement } from '@/lib/settled-promise';

// The registry (zod and the packs themselves) is imported on demand so Home's first paint doesn't wait for it.
let entries: Promise<PackEntry[]> | undefined;
/** The entries once loaded, for a screen that must not wait for them (see use-packs-once-shown.ts). */
let loadedEntries: PackEntry[] | 'failed' | undefined;

const loadEntries = () => {
  if (!entries) {
    // The pack files and the validators download side by side, not one after the other.
    const files = startPackDownloads();
    entries = recordSettlement(import('@/packs/pack-registry').then((registry) => registry.loadPackEntries(files)));
    entries.then(
      (loaded) => (loadedEntries = loaded),
      () => (loadedEntries = 'failed'),
    );
  }
  return entries;
};

/** The entries if they are loaded and checked already (else undefined), without starting anything. */
export function loadedPackEntries(): PackEntry[] | 'failed' | undefined {
  return loadedEntries;
}

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
  return useLoaded(loadEntries());
}

/** Every pack loaded and checked, for useLoaded, which a screen asks only when it needs the whole packs. */
export function packEntries(): Promise<PackEntry[]> {
  return loadEntries();
}

/** The ready packs, by id. */
export function useReadyPacks(): ReadonlyMap<string, Pack> {
  return readyPacksOf(usePackEntries());
}

/**
 * Starts downloading the packs' small question indexes only: a question screen then fetches just its assessment's
 * part, and the whole packs do not compete with it for the connection.
 */
export function preloadQuestionIndexes(): void {
  questionIndexDownloads();
}

/**
 * Starts downloading the packs' scoring parts only (src/packs/scoring-packs.ts reads them, outside the first load):
 * the Results screen paints its verdict from one before the whole pack has arrived.
 */
export function preloadScoringParts(): void {
  scoringPartDownloads();
}
