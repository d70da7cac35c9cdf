import { preloadPacks } from '@/packs/use-packs';

/** Screens that show a person's sessions: they need the packs and the stored records before anything useful shows. */
const NEEDS_PACKS_AND_RECORDS = /^\/(assessment|results|mentees)(\/|$)/;

/**
 * Opened straight on a session screen (a reload, a bookmark, a deep link), the app starts the pack and the record
 * validators downloading with its own start, instead of one after the other once the screen has rendered. Home is
 * left alone: it paints its introduction first and fetches what its forms need right after.
 */
export function preloadForRoute(
  hash: string,
  load: { packs: () => Promise<unknown>; restore: () => Promise<unknown> } = { packs: preloadPacks, restore: () => import('@/domain/records/restore') },
): boolean {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (!NEEDS_PACKS_AND_RECORDS.test(path)) return false;
  // A failed download is not handled here: the screen asks again and shows its own error.
  void load.packs().catch(() => undefined);
  void load.restore().catch(() => undefined);
  return true;
}
