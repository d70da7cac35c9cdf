import type { StartPack } from '@/domain/pack/start-pack';
import type { Entry } from '@/packs/pack-registry';

/**
 * The ready packs among the entries (whole, or parts of them), by id. A module of its own, free of loading, so a screen
 * whose tests replace the loaders (src/packs/use-packs.ts) still reads its entries with this one function.
 */
export function readyPacksOf<P extends StartPack>(all: readonly Entry<P>[]): ReadonlyMap<string, P> {
  return new Map(all.flatMap((entry) => (entry.status === 'ready' ? [[entry.pack.meta.id, entry.pack] as const] : [])));
}
