import { use } from 'react';
import type { PackEntry } from '@/app/pack-registry';

// The registry (zod and the packs themselves) is imported on demand so Home's first paint doesn't wait for it.
let entries: Promise<PackEntry[]> | undefined;

const loadEntries = () => {
  entries ??= import('@/app/pack-registry').then((registry) => registry.loadPacks());
  return entries;
};

/** Suspends until every pack is loaded and checked. */
export function usePackEntries() {
  return use(loadEntries());
}
