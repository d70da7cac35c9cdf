import { countPack, type PackCounts } from '@/domain/pack/count-pack';
import type { PackProblem } from '@/domain/pack/parse-pack';
import type { Pack } from '@/domain/pack/schema';
import { startPartOf, type StartPack, type StartPart } from '@/domain/pack/start-pack';
import { ok, type Result } from '@/domain/result';
import { isCheckedPackFile, isStartPartFile } from '@/packs/checked-pack';
import type { PackModules } from '@/packs/pack-files';

/** A pack file as a screen lists it: ready with its pack (whole, or a part of it) and counts, or broken with its problems. */
export type Entry<P> = { status: 'ready'; path: string; pack: P; counts: PackCounts } | { status: 'broken'; path: string; problems: PackProblem[] };

export type PackEntry = Entry<Pack>;
/** What Home lists and starts a session from: a whole pack's entry is one too. */
export type StartEntry = Entry<StartPack>;

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * parsePack's verdict on a pack file: the build's, when the build checked it (every file in assessments/), so zod is
 * neither loaded nor run for it; otherwise reached here, with the same parsePack.
 */
async function checkPack(data: unknown): Promise<Result<Pack, PackProblem[]>> {
  if (isCheckedPackFile(data)) return data.result;
  const { parsePack } = await import('@/domain/pack/parse-pack');
  return parsePack(data);
}

/** Loads each file and reads it with `read`; a pack that fails is listed as broken with its problems, never half-used. */
async function loadEntries<P>(modules: PackModules, read: (data: unknown) => Promise<Result<{ pack: P; counts: PackCounts }, PackProblem[]>>): Promise<Entry<P>[]> {
  const paths = Object.keys(modules).sort();
  return Promise.all(
    paths.map(async (path): Promise<Entry<P>> => {
      const name = `assessments/${fileName(path)}`;
      let result: Result<{ pack: P; counts: PackCounts }, PackProblem[]>;
      try {
        const load = modules[path];
        result = await read(load ? await load() : undefined);
      } catch (error) {
        return { status: 'broken', path: name, problems: [{ path: '(the whole file)', message: `could not be read: ${String(error)}` }] };
      }
      return result.ok ? { status: 'ready', path: name, ...result.value } : { status: 'broken', path: name, problems: result.error };
    }),
  );
}

/** Loads and validates each whole pack. */
export function loadPackEntries(modules: PackModules): Promise<PackEntry[]> {
  return loadEntries(modules, async (data) => {
    const result = await checkPack(data);
    return result.ok ? ok({ pack: result.value, counts: countPack(result.value) }) : result;
  });
}

/** Loads each pack's start part: the build's, or cut here from a pack file it did not check, once that is checked. */
export function loadStartEntries(modules: PackModules): Promise<StartEntry[]> {
  return loadEntries(modules, async (data): Promise<Result<StartPart, PackProblem[]>> => {
    if (isStartPartFile(data)) return data.start;
    const result = await checkPack(data);
    return result.ok ? ok(startPartOf(result.value)) : result;
  });
}
