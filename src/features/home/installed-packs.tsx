import { useStartEntries } from '@/packs/start-packs';
import { PackList } from './pack-list';

/** The packs this build carries, each ready or with its problems: loaded after Home's first paint, like its forms. */
export default function InstalledPacks() {
  return <PackList entries={useStartEntries()} />;
}
