import { use } from 'react';
import type { PackEntry } from '@/app/pack-registry';
import type { Pack } from '@/domain/pack/schema';

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

/** The ready packs, by id. */
export function useReadyPacks(): ReadonlyMap<string, Pack> {
  const all = usePackEntries();
  return new Map(all.flatMap((entry) => (entry.status === 'ready' ? [[entry.pack.meta.id, entry.pack] as const] : [])));
}
