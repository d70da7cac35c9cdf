import { countPack, type PackCounts } from '@/domain/pack/count-pack';
import type { PackProblem } from '@/domain/pack/parse-pack';
import type { Pack } from '@/domain/pack/schema';
import type { Result } from '@/domain/result';
import { isCheckedPackFile } from '@/packs/checked-pack';
import type { PackModules } from '@/packs/pack-files';

export type PackEntry =
  | { status: 'ready'; path: string; pack: Pack; counts: PackCounts }
  | { status: 'broken'; path: string; problems: PackProblem[] };

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

/** Loads and validates each pack; a pack that fails is listed as broken with its problems, never half-used. */
export async function loadPackEntries(modules: PackModules): Promise<PackEntry[]> {
  const paths = Object.keys(modules).sort();
  const entries = await Promise.all(
    paths.map(async (path): Promise<PackEntry> => {
      const name = `assessments/${fileName(path)}`;
      let result: Result<Pack, PackProblem[]>;
      try {
        const load = modules[path];
        result = await checkPack(load ? await load() : undefined);
      } catch (error) {
        return { status: 'broken', path: name, problems: [{ path: '(the whole file)', message: `could not be read: ${String(error)}` }] };
      }
      return result.ok
        ? { status: 'ready', path: name, pack: result.value, counts: countPack(result.value) }
        : { status: 'broken', path: name, problems: result.error };
    }),
  );
  return entries;
}
