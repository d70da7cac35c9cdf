import type { ScoringPack } from '@/domain/pack/scoring-pack';
import { isScoringPackFile } from '@/packs/checked-pack';
import { oncePerKey, scoringPartDownloads, type PackModules } from '@/packs/pack-files';

/**
 * The scoring part of one pack, from the build's scoring parts; undefined when there is none (no such pack, a broken
 * pack, data the build did not check, a part that cannot be fetched): the Results screen then waits for the whole
 * pack, which says what is wrong.
 */
export async function loadScoringPack(packId: string, files: PackModules = scoringPartDownloads()): Promise<ScoringPack | undefined> {
  const parts = await Promise.all(Object.values(files).map((load) => load().catch(() => undefined)));
  for (const file of parts) {
    if (isScoringPackFile(file) && file.id === packId && file.scoring) return file.scoring;
  }
  return undefined;
}

/** One pack's scoring part, loaded once for the page's life (see loadScoringPack): read it with `use`. */
export const scoringPackFor: (packId: string) => Promise<ScoringPack | undefined> = oncePerKey((packId) => loadScoringPack(packId));
