// The build's check of every assessment pack (vite.config.ts uses it; the dev server and vitest run the same plugins).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { PackProblem, parsePack } from '../src/domain/pack/parse-pack.ts';
import type { Pack } from '../src/domain/pack/schema.ts';
import type { Result } from '../src/domain/result.ts';
import type { checkedPackModule, questionIndexModule, questionPartModule, scoringPartModule, startPartModule } from '../src/packs/checked-pack-module.ts';

/** The queries src/packs/pack-files.ts asks for pack files with; any other import of a pack's JSON stays plain JSON. */
export const CHECKED_PACK_QUERY = 'checked-pack';
export const QUESTION_INDEX_QUERY = 'checked-pack-questions';
export const SCORING_PART_QUERY = 'checked-pack-scoring';
export const START_PART_QUERY = 'checked-pack-start';
/** The query of one assessment's question part, which the question index imports. */
const PART_QUERY = 'checked-pack-part';

/** Which module of a pack file each query asks for. */
const KINDS = [
  [CHECKED_PACK_QUERY, 'verdict'],
  [QUESTION_INDEX_QUERY, 'index'],
  [PART_QUERY, 'part'],
  [SCORING_PART_QUERY, 'scoring'],
  [START_PART_QUERY, 'start'],
] as const;

/** The app's own code the plugin runs: the check, and the modules it emits. */
export interface PackTools {
  parsePack: typeof parsePack;
  checkedPackModule: typeof checkedPackModule;
  questionIndexModule: typeof questionIndexModule;
  questionPartModule: typeof questionPartModule;
  scoringPartModule: typeof scoringPartModule;
  startPartModule: typeof startPartModule;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loaded with tsx: Vite bundles its config without the tsconfig paths (`@/…`) the app imports with. Loaded once a
 * process, so a change to the schema needs a restart of a running dev server.
 */
async function loadPackTools(): Promise<PackTools> {
  const load = (path: string) => tsImport(path, { parentURL: new URL('..', import.meta.url).href, tsconfig: `${ROOT}tsconfig.json` });
  const [{ parsePack }, modules] = (await Promise.all([load('./src/domain/pack/parse-pack.ts'), load('./src/packs/checked-pack-module.ts')])) as [
    Pick<PackTools, 'parsePack'>,
    Omit<PackTools, 'parsePack'>,
  ];
  return { parsePack, ...modules };
}

/**
 * Checks each pack file with parsePack when it is built, and emits the verdict instead of the raw JSON
 * (src/packs/checked-pack.ts), as one JSON.parse string: the whole pack when it passes, its problems when it does not
 * (the page lists it as broken with them, as it would have found them itself). Beside it: an index of each
 * assessment's question part, each a chunk of its own; its scoring part, which the Results screen paints its verdict
 * from; and its start part, which Home lists it and starts a session with. The page runs no zod for a pack: about a
 * second saved at 4× CPU. A file that is not JSON at all fails the build, as Vite's own JSON import would.
 */
export function checkedPacks(loadTools: () => Promise<PackTools> = loadPackTools): Plugin {
  let tools: Promise<PackTools> | undefined;
  // The verdict, the index and the parts are modules of one file: it is checked once, and again only when it changes.
  const verdicts = new Map<string, { text: string; result: Result<Pack, PackProblem[]> }>();
  // The dev server skips import analysis in a .json module, so the index's imports reach the browser as written: they
  // must carry the `import` flag that has the server transform them rather than send the raw file.
  let importFlag = '';
  return {
    name: 'rungs:checked-packs',
    enforce: 'pre',
    configResolved(config) {
      importFlag = config.command === 'serve' ? '&import' : '';
    },
    async load(id) {
      const [file, query = ''] = id.split('?');
      // The dev server adds its own parameters (import, t): the one asked for is read by name.
      const params = new URLSearchParams(query);
      const part = params.get(PART_QUERY);
      const kind = KINDS.find(([name]) => params.has(name))?.[1];
      if (!file || !kind) return null;
      tools ??= loadTools();
      const emit = await tools;
      const text = readFileSync(file, 'utf8');
      let known = verdicts.get(file);
      if (known?.text !== text) {
        known = { text, result: emit.parsePack(JSON.parse(text)) };
        verdicts.set(file, known);
      }
      const { result } = known;
      // moduleType 'js': the code is a module now, so Vite's JSON plugin must leave it alone.
      if (kind === 'verdict') return { code: emit.checkedPackModule(result), moduleType: 'js' };
      if (kind === 'scoring') return { code: emit.scoringPartModule(result), moduleType: 'js' };
      if (kind === 'start') return { code: emit.startPartModule(result), moduleType: 'js' };
      if (kind === 'index') {
        return { code: emit.questionIndexModule(result, (assessmentId) => `./${basename(file)}?${PART_QUERY}=${assessmentId}${importFlag}`), moduleType: 'js' };
      }
      const code = result.ok && part ? emit.questionPartModule(result.value, part) : undefined;
      return code === undefined ? this.error(`${file} has no question part "${part}"`) : { code, moduleType: 'js' };
    },
  };
}
