import { describe, expect, it } from 'vitest';
import { questionPackOf } from '@/domain/pack/question-pack';
import { CHECKED_PACK, type QuestionPackIndex } from '@/packs/checked-pack';
import { loadQuestionPack } from '@/packs/question-packs';
import { makeMiniPack } from '../fixtures/mini-pack';

const pack = makeMiniPack();
const assessmentId = pack.assessments[0]!.id;
const indexOf = (fetchPart: () => Promise<unknown>): QuestionPackIndex => ({
  [CHECKED_PACK]: true,
  id: pack.meta.id,
  questions: { [assessmentId]: fetchPart as () => Promise<never> },
});

describe('loadQuestionPack', () => {
  it('should fetch only the assessment’s part of its pack, found by the pack’s id among the indexes', async () => {
    const part = questionPackOf(pack, assessmentId);
    const files = {
      '/assessments/a-broken.json': async (): Promise<QuestionPackIndex> => ({ [CHECKED_PACK]: true, id: null, questions: {} }),
      '/assessments/b-other.json': async () => ({ ...indexOf(() => Promise.reject(new Error('another pack’s part'))), id: 'other' }),
      '/assessments/c-mini.json': async () => indexOf(async () => part),
    };
    expect(await loadQuestionPack(pack.meta.id, assessmentId, files)).toBe(part);
  });

  it.each([
    ['a pack no index names', 'no-such-pack', assessmentId, {}],
    ['an assessment its pack lacks', pack.meta.id, 'no-such-assessment', {}],
    ['a part that cannot be fetched', pack.meta.id, assessmentId, { fail: true }],
    ['data the build did not check', pack.meta.id, assessmentId, { raw: true }],
  ])('should have none for %s, so the screen reads the session on the whole pack', async (_what, packId, wanted, how: { fail?: boolean; raw?: boolean }) => {
    const index = indexOf(() => (how.fail ? Promise.reject(new Error('Failed to fetch')) : Promise.resolve(questionPackOf(pack, assessmentId))));
    const files = { '/assessments/mini.json': async () => (how.raw ? pack : index) };
    expect(await loadQuestionPack(packId, wanted, files)).toBeUndefined();
  });
});
