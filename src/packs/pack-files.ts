import { recordSettlement } from '@/lib/settled-promise';

export type PackModules = Record<string, () => Promise<unknown>>;

/**
 * Every JSON file in assessments/ except the generated JSON Schema and the packs' CHANGELOG.json is a pack. Each is its own lazily loaded chunk, so
 * adding a pack costs the first load nothing and needs no code change. This module stays free of the validators, so
 * the downloads can start before the code that checks them has arrived. The query has the build check each file
 * (.ci/checked-packs.ts): what arrives is parsePack's verdict on it (src/packs/checked-pack.ts), not the raw JSON.
 */
export const PACK_MODULES: PackModules = import.meta.glob(['/assessments/*.json', '!/assessments/*.schema.json', '!/assessments/CHANGELOG.json'], {
  query: '?checked-pack',
  import: 'default',
});

/**
 * The same files' question indexes (a few hundred bytes each, in the first load): a session's question screen finds
 * its assessment's part of the pack there and loads only that. In the first load rather than a download of their own,
 * so a question screen opened cold can ask for its part while the app's first script runs (src/app/preload.ts), not
 * a round trip and the first render later.
 */
const QUESTION_INDEXES: Record<string, unknown> = import.meta.glob(['/assessments/*.json', '!/assessments/*.schema.json', '!/assessments/CHANGELOG.json'], {
  query: '?checked-pack-questions',
  import: 'default',
  eager: true,
});

export const QUESTION_INDEX_MODULES: PackModules = Object.fromEntries(
  Object.entries(QUESTION_INDEXES).map(([path, index]) => [path, () => Promise.resolve(index)]),
);

/**
 * The same files' scoring parts (about a fifth of a pack): the Results screen paints its verdict from one while the
 * whole pack is still on its way.
 */
export const SCORING_PART_MODULES: PackModules = import.meta.glob(
  ['/assessments/*.json', '!/assessments/*.schema.json', '!/assessments/CHANGELOG.json'],
  { query: '?checked-pack-scoring', import: 'default' },
);

/** Starts every pack's download now; each returned loader hands back that same download. */
export function startPackDownloads(modules: PackModules = PACK_MODULES): PackModules {
  return Object.fromEntries(
    Object.entries(modules).map(([path, load]) => {
      const download = load();
      // A failure is reported where the loader is awaited (the pack is listed as broken), not as an unhandled rejection.
      download.catch(() => undefined);
      return [path, () => download];
    }),
  );
}

let indexes: PackModules | undefined;

/** The question indexes, each downloaded once for the page's life, starting with the first call. */
export function questionIndexDownloads(): PackModules {
  indexes ??= startPackDownloads(QUESTION_INDEX_MODULES);
  return indexes;
}

let scoringParts: PackModules | undefined;

/** The scoring parts, each downloaded once for the page's life, starting with the first call. */
export function scoringPartDownloads(): PackModules {
  scoringParts ??= startPackDownloads(SCORING_PART_MODULES);
  return scoringParts;
}

/**
 * `load`, run once per key for the page's life: every later call with that key hands back the first call's promise
 * (a part of a pack is downloaded and read once, by whichever asks first: a screen, or a preload ahead of it).
 */
export function oncePerKey<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key) => {
    let loading = loads.get(key);
    if (!loading) {
      loading = recordSettlement(load(key));
      loads.set(key, loading);
    }
    return loading;
  };
}
