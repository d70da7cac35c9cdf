import type { StartPack } from '@/domain/pack/start-pack';
import { useLoaded } from '@/lib/loading-boundary';
import { recordSettlement } from '@/lib/settled-promise';
import { startPackDownloads, type PackModules } from '@/packs/pack-files';
import { loadStartEntries, type StartEntry } from '@/packs/pack-registry';
import { readyPacksOf } from '@/packs/ready-packs';
import { packEntries, packsRequested } from '@/packs/use-packs';

/**
 * Every pack file's start part (src/domain/pack/start-pack.ts), cut by the build (.ci/checked-packs.ts): what Home
 * lists the packs and starts a session with. Here rather than in src/packs/pack-files.ts, which is in the first load:
 * only Home's forms, which load after its first paint, ask for them.
 */
const START_PART_MODULES: PackModules = import.meta.glob(['/assessments/*.json', '!/assessments/*.schema.json', '!/assessments/CHANGELOG.json'], {
  query: '?checked-pack-start',
  import: 'default',
});

let starts: Promise<StartEntry[]> | undefined;

/**
 * The packs as Home lists them, loaded once for the page's life: the whole packs' entries when something has asked for
 * those already (they are on their way, or here, and a whole pack's entry is a start entry), else the start parts
 * alone, under 3 kB a pack where a whole pack is over 120 kB (gzip).
 */
function startEntries(): Promise<StartEntry[]> {
  starts ??= packsRequested() ? packEntries() : recordSettlement(loadStartEntries(startPackDownloads(START_PART_MODULES)));
  return starts;
}

/** Suspends until every pack's start part is loaded (see startEntries). */
export function useStartEntries(): StartEntry[] {
  return useLoaded(startEntries());
}

/** The ready packs' start parts, by id. */
export function useStartPacks(): ReadonlyMap<string, StartPack> {
  return readyPacksOf(useStartEntries());
}
