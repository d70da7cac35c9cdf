import type { ScoringPack } from '@/domain/pack/scoring-pack';
import { fulfilledPromise, recordSettlement, type SettledPromise } from '@/lib/settled-promise';
import { isScoringPackFile } from '@/packs/checked-pack';
import { oncePerKey, scoringPartDownloads, type PackModules } from '@/packs/pack-files';

/**
 * Every pack's scoring part, by pack id, from the build's scoring parts. A pack has none when it is broken, when its
 * data was not checked by the build or when its part cannot be fetched: the Results screen then waits for the whole
 * pack, which says what is wrong. Where two files name one pack, the first is kept.
 */
export async function loadScoringParts(files: PackModules = scoringPartDownloads()): Promise<ReadonlyMap<string, ScoringPack>> {
  const parts = await Promise.all(Object.values(files).map((load) => load().catch(() => undefined)));
  const byPack = new Map<string, ScoringPack>();
  for (const file of parts) {
    if (isScoringPackFile(file) && file.id !== null && file.scoring && !byPack.has(file.id)) byPack.set(file.id, file.scoring);
  }
  return byPack;
}

/** The scoring part of one pack (see loadScoringParts); undefined when it has none. */
export async function loadScoringPack(packId: string, files: PackModules = scoringPartDownloads()): Promise<ScoringPack | undefined> {
  return (await loadScoringParts(files)).get(packId);
}

let allParts: SettledPromise<ReadonlyMap<string, ScoringPack>> | undefined;

/** Every pack's scoring part, read once for the page's life from the first call (the downloads start earlier). */
export function scoringParts(): SettledPromise<ReadonlyMap<string, ScoringPack>> {
  allParts ??= recordSettlement(loadScoringParts());
  return allParts;
}

/**
 * One pack's scoring part, for useLoaded. Once the parts have been read (by an earlier visit to Results in this page's
 * life, or for another pack), it is handed over settled, so the screen reads it in the render that asks, with no
 * "Reading…" in between.
 */
export const scoringPackFor: (packId: string) => Promise<ScoringPack | undefined> = oncePerKey((packId) => {
  const all = scoringParts();
  return all.status === 'fulfilled' && all.value ? fulfilledPromise(all.value.get(packId)) : all.then((parts) => parts.get(packId));
});
