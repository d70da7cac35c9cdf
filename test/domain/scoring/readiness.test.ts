import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/scoring/answer';
import { scoreCompetencies } from '@/domain/scoring/competency-scores';
import { assessLadder, assessLevel, rankGaps } from '@/domain/scoring/readiness';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const full = pack.assessments[1]!.questionIds;
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const scoresFor = (answers: Answers) => scoreCompetencies({ pack, questionIds: full, answers });
const allAt = (value: number): Answers =>
  Object.fromEntries(pack.questions.filter((q) => q.kind === 'selfRating').map((q) => [q.id, rating(value)]));

// lean = (2×1 + 4×3) / 4 = 3.5, safety = 1, leadership = 3
const mixed = { 'lean-self-1': rating(2), 'lean-self-2': rating(4), 'safety-self-1': rating(1), 'leadership-self-1': rating(3) };

describe('assessLevel', () => {
  it('should compute readiness as Σ weight × min(score, target) / Σ weight × target', () => {
    const level = assessLevel(pack, scoresFor(mixed), 'one');
    // lean: 2×min(3.5,1)=2 of 2; safety: 2×min(1,2)=2 of 4; leadership: 1×min(3,1)=1 of 1 → 5/7
    expect(level.earned).toBe(5);
    expect(level.possible).toBe(7);
    expect(level.readiness).toBeCloseTo(5 / 7, 12);
    expect(level.coverage).toBe(1);
  });

  it('should report each gap with its target, importance and focus area', () => {
    const level = assessLevel(pack, scoresFor(mixed), 'one');
    expect(level.gaps.find((gap) => gap.competency === 'safety')).toMatchObject({
      target: 2,
      score: 1,
      gap: 1,
      importance: 'core',
      weight: 2,
      focusArea: { id: 'one-focus' },
    });
    expect(level.gaps.find((gap) => gap.competency === 'lean')?.gap).toBe(0);
  });

  it('should not be ready with a core gap of 1.0 or more, even at high readiness', () => {
    // level two: lean 4≥2, safety 1 vs 3 (core gap 2), leadership 4≥2
    const level = assessLevel(pack, scoresFor({ ...allAt(4), 'safety-self-1': rating(1) }), 'two');
    expect(level.blockingCoreGaps).toEqual(['safety']);
    expect(level.ready).toBe(false);
  });

  it.each([
    { value: 4, readiness: 1, ready: true },
    { value: 0, readiness: 0, ready: false },
  ])('should give readiness $readiness with every answer at $value', ({ value, readiness, ready }) => {
    for (const level of pack.levels) {
      const result = assessLevel(pack, scoresFor(allAt(value)), level.id);
      expect(result.readiness).toBe(readiness);
      expect(result.ready).toBe(ready);
    }
  });

  it('should claim no readiness when less than half the target weight is scored', () => {
    // only leadership (weight 1 × 1 of 7) is scored at level one
    const level = assessLevel(pack, scoresFor({ 'leadership-self-1': rating(4) }), 'one');
    expect(level.status).toBe('insufficient');
    expect(level.readiness).toBeNull();
    expect(level.ready).toBe(false);
    expect(level.unscored).toEqual(['lean', 'safety']);
  });
});

describe('assessLadder', () => {
  it('should find the highest level ready and the next one', () => {
    // lean 4, safety 3, leadership 2: ready for one and two; three wants leadership 4 (core gap 2)
    const ladder = assessLadder(pack, scoresFor({ ...allAt(4), 'safety-self-1': rating(3), 'leadership-self-1': rating(2) }));
    expect(ladder.levels.map((level) => level.ready)).toEqual([true, true, false]);
    expect(ladder.highestReady).toBe('two');
    expect(ladder.next).toBe('three');
  });

  it('should have no level ready and the first as next when nothing is answered', () => {
    const ladder = assessLadder(pack, scoresFor({}));
    expect(ladder.highestReady).toBeNull();
    expect(ladder.next).toBe('one');
    expect(ladder.levels.every((level) => level.status === 'insufficient')).toBe(true);
  });

  it('should have no next level when every level is ready', () => {
    const ladder = assessLadder(pack, scoresFor(allAt(4)));
    expect(ladder.highestReady).toBe('three');
    expect(ladder.next).toBeNull();
  });
});

describe('rankGaps', () => {
  it('should order positive gaps by gap × importance weight', () => {
    // level three: lean 1 → gap 2 × w1 = 2; safety 1 → gap 2 × w2 = 4; leadership 1 → gap 3 × w2 = 6
    const level = assessLevel(pack, scoresFor(allAt(1)), 'three');
    expect(rankGaps(level).map((gap) => gap.competency)).toEqual(['leadership', 'safety', 'lean']);
  });
});
