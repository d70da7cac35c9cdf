// The build's check of every assessment pack (vite.config.ts uses it; the dev server and vitest run the same plugins).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { parsePack } from '../src/domain/pack/parse-pack.ts';
import { checkedPackModule } from '../src/packs/checked-pack.ts';

/** The query src/packs/pack-files.ts asks for pack files with; any other import of a pack's JSON stays plain JSON. */
export const CHECKED_PACK_QUERY = 'checked-pack';

type ParsePack = typeof parsePack;

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The app's own parsePack, loaded with tsx: Vite bundles its config without the tsconfig paths (`@/…`) the domain
 * imports with. Loaded once a process, so a change to the schema needs a restart of a running dev server.
 */
function loadParsePack(): Promise<ParsePack> {
  return tsImport('./src/domain/pack/parse-pack.ts', { parentURL: new URL('..', import.meta.url).href, tsconfig: `${ROOT}tsconfig.json` }).then(
    (module: { parsePack: ParsePack }) => module.parsePack,
  );
}

/**
 * Checks each pack file with parsePack when it is built, and emits the verdict instead of the raw JSON: the pack as
 * one JSON.parse string when it passes, its problems when it does not (the page lists it as broken with them, as it
 * would have found them itself). The page then runs no zod for a pack: about a second saved at 4× CPU. A file that is
 * not JSON at all fails the build, as Vite's own JSON import would.
 */
export function checkedPacks(parsePack: () => Promise<ParsePack> = loadParsePack): Plugin {
  let parse: Promise<ParsePack> | undefined;
  return {
    name: 'rungs:checked-packs',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?');
      if (!file || query !== CHECKED_PACK_QUERY) return null;
      parse ??= parsePack();
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      // moduleType 'js': the code is a module now, so Vite's JSON plugin must leave it alone.
      return { code: checkedPackModule((await parse)(data)), moduleType: 'js' };
    },
  };
}
