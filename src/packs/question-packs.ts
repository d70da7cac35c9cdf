import { useLoaded } from '@/lib/loading-boundary';
import type { QuestionPack } from '@/domain/pack/question-pack';
import { isQuestionPackIndex } from '@/packs/checked-pack';
import { oncePerKey, questionIndexDownloads, type PackModules } from '@/packs/pack-files';

/**
 * The question part of a pack for one assessment, from the build's question index of the pack; undefined when there is none
 * (no such pack or assessment, a broken pack, data the build did not check, a part that cannot be fetched): the
 * screen then reads the session on the whole pack, which says what is wrong.
 */
export async function loadQuestionPack(packId: string, assessmentId: string, files: PackModules = questionIndexDownloads()): Promise<QuestionPack | undefined> {
  const indexes = await Promise.all(Object.values(files).map((load) => load().catch(() => undefined)));
  for (const file of indexes) {
    if (!isQuestionPackIndex(file) || file.id !== packId) continue;
    const part = Object.hasOwn(file.questions, assessmentId) ? file.questions[assessmentId] : undefined;
    return part ? part().catch(() => undefined) : undefined;
  }
  return undefined;
}

const questionPackOnce = oncePerKey((key) => {
  const [packId, assessmentId] = JSON.parse(key) as [string, string];
  return loadQuestionPack(packId, assessmentId);
});

/** The one load of a part for the page's life, begun by whichever asks first: the screen, or a preload ahead of it. */
const questionPackLoad = (packId: string, assessmentId: string) => questionPackOnce(JSON.stringify([packId, assessmentId]));

/**
 * Starts loading a part before any screen asks for it (a question screen opened cold, whose session is still being
 * read). Asked for by a session on another part, it is simply never used.
 */
export function preloadQuestionPack(packId: string, assessmentId: string): void {
  void questionPackLoad(packId, assessmentId);
}

/** Suspends until the question part of a pack for one assessment is loaded (see loadQuestionPack). */
export function useQuestionPack(packId: string, assessmentId: string): QuestionPack | undefined {
  return useLoaded(questionPackLoad(packId, assessmentId));
}
