import { parseSessionIdParam } from '@/lib/routes';
import { preloadQuestionPack } from '@/packs/question-packs';
import { preloadQuestionIndexes, preloadPacks, preloadScoringParts } from '@/packs/use-packs';
import { questionPartHintOf } from '@/store/question-part-hints';

/** Screens that show a person's sessions: they need the packs and the stored records before anything useful shows. */
const NEEDS_PACKS_AND_RECORDS = /^\/(assessment|results|mentees)(\/|$)/;
/** One session's questions (or their review): they show one assessment's part of a pack, never the whole pack. */
const QUESTIONS_OF_A_SESSION = /^\/assessment\/([^/]+)/;
/** Results: its verdict paints from the packs' scoring parts; it fetches the whole packs itself once it has. */
const RESULTS = /^\/results(\/|$)/;

export interface RouteLoaders {
  packs: () => Promise<unknown>;
  questionIndexes: () => void;
  /** Starts the part of a pack a session's questions were last shown on, if this browser remembers one. */
  questionPart: (sessionId: string) => void;
  scoringParts: () => void;
  restore: () => Promise<unknown>;
}

/** The part the hint names, started at once; none without a (readable) hint: the screen asks once the session is read. */
export function preloadHintedQuestionPart(sessionId: string, hintOf = questionPartHintOf, preload = preloadQuestionPack): void {
  const hint = hintOf(sessionId);
  if (hint) preload(hint.packId, hint.assessmentId);
}

/**
 * Opened straight on a session screen (a reload, a bookmark, a deep link), the app starts the pack and the record
 * validators downloading with its own start, instead of one after the other once the screen has rendered. A session's
 * question screen starts only the packs' small question indexes and, where this browser has shown that session
 * before, its assessment's part: no whole pack competes for the connection, and the part no longer waits for the
 * records to be read and checked. Results starts only the packs' scoring parts, which its verdict paints from: the
 * screen fetches the whole packs once the verdict has painted (at once, for a session the part cannot show). Home is
 * left alone: it paints its introduction first and fetches what its forms need right after.
 */
export function preloadForRoute(
  hash: string,
  load: RouteLoaders = {
    packs: preloadPacks,
    questionIndexes: preloadQuestionIndexes,
    questionPart: (sessionId) => preloadHintedQuestionPart(sessionId),
    scoringParts: preloadScoringParts,
    restore: () => import('@/domain/records/restore'),
  },
): boolean {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (!NEEDS_PACKS_AND_RECORDS.test(path)) return false;
  // A failed download is not handled here: the screen asks again and shows its own error.
  const questions = QUESTIONS_OF_A_SESSION.exec(path);
  if (questions) {
    load.questionIndexes();
    const sessionId = parseSessionIdParam(questions[1]);
    if (sessionId) load.questionPart(sessionId);
  } else if (RESULTS.test(path)) load.scoringParts();
  else void load.packs().catch(() => undefined);
  void load.restore().catch(() => undefined);
  return true;
}
