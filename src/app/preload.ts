import { preloadQuestionIndexes, preloadPacks } from '@/packs/use-packs';

/** Screens that show a person's sessions: they need the packs and the stored records before anything useful shows. */
const NEEDS_PACKS_AND_RECORDS = /^\/(assessment|results|mentees)(\/|$)/;
/** One session's questions (or their review): they show one assessment's part of a pack, never the whole pack. */
const QUESTIONS_OF_A_SESSION = /^\/assessment\/[^/]+/;

export interface RouteLoaders {
  packs: () => Promise<unknown>;
  questionIndexes: () => void;
  restore: () => Promise<unknown>;
}

/**
 * Opened straight on a session screen (a reload, a bookmark, a deep link), the app starts the pack and the record
 * validators downloading with its own start, instead of one after the other once the screen has rendered. A session's
 * question screen starts only the packs' small question indexes: it then fetches its own assessment's part, with no whole pack
 * competing for the connection. Home is left alone: it paints its introduction first and fetches what its forms need
 * right after.
 */
export function preloadForRoute(
  hash: string,
  load: RouteLoaders = { packs: preloadPacks, questionIndexes: preloadQuestionIndexes, restore: () => import('@/domain/records/restore') },
): boolean {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (!NEEDS_PACKS_AND_RECORDS.test(path)) return false;
  // A failed download is not handled here: the screen asks again and shows its own error.
  if (QUESTIONS_OF_A_SESSION.test(path)) load.questionIndexes();
  else void load.packs().catch(() => undefined);
  void load.restore().catch(() => undefined);
  return true;
}
