import { describe, expect, it } from 'vitest';
import type { Session } from '@/domain/records/schema';
import {
  BASIS_OPTIONS,
  DISAGREEMENT_THRESHOLD,
  buildMentorView,
  differenceOf,
  type MentorRowCache,
  disagreementText,
  isDisagreement,
  parseRatingValue,
  ratingOptions,
} from '@/features/results/mentor-view';
import { scoreSessionRecord } from '@/features/results/results-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeSession, rating } from './results-fixtures';

const mini = makeMiniPack();
/** lean (2 × 1 + 3 × 3) ÷ 4 = 2.75, safety 1, leadership 2 on the full assessment. */
const answers = { 'lean-self-1': rating(2), 'lean-self-2': rating(3), 'safety-self-1': rating(1), 'leadership-self-1': rating(2) };

function viewOf(session: Session, cache?: MentorRowCache) {
  const scored = scoreSessionRecord(mini, session);
  if (!scored.ok) throw new Error('the mini session does not score');
  return buildMentorView(mini, session, scored.value, cache);
}

const rowsOf = (view: ReturnType<typeof viewOf>) => view.groups.flatMap((group) => group.rows);

describe('ratingOptions', () => {
  it('should offer "Not rated", then each point of the pack’s scale in its own words', () => {
    expect(ratingOptions(mini)).toEqual([
      { value: '', label: 'Not rated' },
      { value: '0', label: '0 — None' },
      { value: '1', label: '1 — Aware' },
      { value: '2', label: '2 — Working' },
      { value: '3', label: '3 — Proficient' },
      { value: '4', label: '4 — Expert' },
    ]);
  });
});

describe('parseRatingValue', () => {
  it.each([
    ['', null],
    ['0', 0],
    ['4', 4],
    ['5', null],
    ['-1', null],
    ['2.5', null],
    ['two', null],
  ])('should read %j as %j', (value, expected) => {
    expect(parseRatingValue(value)).toBe(expected);
  });
});

describe('differenceOf', () => {
  it.each([
    [2, 4, 2],
    [2.75, 2, -0.75],
    [null, 3, null],
    [3, null, null],
  ])('should give mentor − self for self %j and mentor %j: %j', (self, mentor, expected) => {
    expect(differenceOf(self, mentor)).toBe(expected);
  });
});

describe('isDisagreement', () => {
  it.each([
    [1, true],
    [-1, true],
    [1.25, true],
    [0.75, false],
    [-0.99, false],
    [0, false],
    [null, false],
  ])('should call a difference of %j a disagreement: %j', (difference, expected) => {
    expect(isDisagreement(difference)).toBe(expected);
  });

  it('should use a threshold of one point', () => {
    expect(DISAGREEMENT_THRESHOLD).toBe(1);
  });
});

describe('disagreementText', () => {
  it('should give the size and which way the mentor differs', () => {
    expect(disagreementText(1.5)).toBe('Disagree by 1.5 (mentor higher)');
    expect(disagreementText(-2)).toBe('Disagree by 2 (mentor lower)');
  });
});

describe('BASIS_OPTIONS', () => {
  it('should offer self, mentor and the lower of the two, in that order', () => {
    expect(BASIS_OPTIONS.map((option) => [option.value, option.label])).toEqual([
      ['self', 'Self ratings'],
      ['mentor', 'Mentor ratings'],
      ['lower', 'The lower of the two'],
    ]);
  });
});

describe('buildMentorView', () => {
  it('should give back, from its row cache, the very rows a change left alone, even over a new scoring, and new ones equal to a fresh build where it changed', () => {
    const cache: MentorRowCache = new Map();
    const session = makeSession(mini, { targetLevel: 'two', answers });
    const [lean, safety, leadership] = rowsOf(viewOf(session, cache));
    const rated = { ...session, mentorRatings: { safety: 3 }, mentorNotes: { leadership: 'Runs the daily huddle' } };
    const after = rowsOf(viewOf(rated, cache));
    expect(after[0]).toBe(lean);
    expect(after[1]).not.toBe(safety);
    expect(after[2]).not.toBe(leadership);
    expect(after).toEqual(rowsOf(viewOf(rated)));
    expect(after[1]).toMatchObject({ mentorValue: '3', disagrees: true });
    expect(after[2]).toMatchObject({ note: 'Runs the daily huddle' });
  });

  it('should group competencies technical then soft, each with its self score and coverage', () => {
    const view = viewOf(makeSession(mini, { targetLevel: 'two', answers }));
    expect(view.groups.map((group) => [group.title, group.rows.map((row) => row.title)])).toEqual([
      ['Technical competencies', ['Lean', 'Safety']],
      ['Soft-skill competencies', ['Leadership']],
    ]);
    const [lean, safety] = view.groups[0]!.rows;
    expect(lean).toMatchObject({ selfText: '2.75', coverageText: '2 of 2 questions answered', mentorValue: '', note: '', disagrees: false });
    expect(safety).toMatchObject({ selfText: '1', coverageText: '1 of 1 question answered' });
  });

  it('should say when there is no self-rating, and when coverage is low', () => {
    const view = viewOf(makeSession(mini, { targetLevel: 'two', answers: { 'lean-self-1': rating(2) } }));
    const [lean, safety] = view.groups[0]!.rows;
    expect(lean?.coverageText).toBe('1 of 2 questions answered');
    expect(safety).toMatchObject({ selfText: 'No self-rating', coverageText: '0 of 1 question answered, low confidence' });
  });

  it('should fold the panel away while no competency has a mentor rating', () => {
    const view = viewOf(makeSession(mini, { targetLevel: 'two', answers }));
    expect(view.hasRatings).toBe(false);
    expect(view.summary).toMatch(/No competency has a mentor rating yet/);
    expect(view.talkingPoints).toEqual([]);
    expect(view.talkingPointsText).toMatch(/nothing to compare/);
  });

  it('should list disagreements of one point or more as talking points, the largest first, with both numbers', () => {
    const session = { ...makeSession(mini, { targetLevel: 'two', answers, mentorRatings: { lean: 2, safety: 3, leadership: 1 } }), mentorNotes: { safety: 'Ran the audit well.' } };
    const view = viewOf(session);
    expect(view.hasRatings).toBe(true);
    expect(view.summary).toBe('The mentor has rated 3 of 3 competencies.');
    // lean 2 − 2.75 = −0.75 (no); safety 3 − 1 = 2; leadership 1 − 2 = −1.
    expect(view.talkingPoints.map((point) => [point.title, point.size, point.text])).toEqual([
      ['Safety', 2, 'self 1, mentor 3: disagree by 2 (mentor higher)'],
      ['Leadership', 1, 'self 2, mentor 1: disagree by 1 (mentor lower)'],
    ]);
    expect(view.talkingPointsText).toBe('2 competencies of 3 with both differ by 1 point or more, the largest first:');
    const rows = view.groups.flatMap((group) => group.rows);
    expect(rows.map((row) => [row.title, row.disagrees, row.disagreementText])).toEqual([
      ['Lean', false, null],
      ['Safety', true, 'Disagree by 2 (mentor higher)'],
      ['Leadership', true, 'Disagree by 1 (mentor lower)'],
    ]);
    expect(rows[1]).toMatchObject({ mentorValue: '3', note: 'Ran the audit well.' });
    expect(view.why.items.map((item) => item.lines[0])).toEqual([
      '|3 − 1| = 2; the self score is from 1 of 1 question answered.',
      '|1 − 2| = 1; the self score is from 1 of 1 question answered.',
    ]);
  });

  it('should say which rating readiness uses per competency, and the readiness on the chosen basis', () => {
    const base = makeSession(mini, { targetLevel: 'two', answers, mentorRatings: { safety: 3 } });
    const self = viewOf(base);
    expect(self.basis).toBe('self');
    expect(self.groups[0]!.rows[1]!.usedText).toBe('Readiness uses the self score, 1');
    // Level two: lean 2 × min(2.75, 2) + safety 2 × min(1, 3) + leadership 1 × min(2, 2) = 4 + 2 + 2 = 8 of 12.
    expect(self.basisStatus).toBe('Readiness now uses self ratings: 67% for Level two.');
    const mentor = viewOf({ ...base, basis: 'mentor' });
    expect(mentor.groups[0]!.rows[1]!.usedText).toBe('Readiness uses the mentor’s rating, 3');
    expect(mentor.groups[0]!.rows[0]!.usedText).toBe('Readiness uses the self score, 2.75, as the other is missing');
    // Safety now 3: 4 + 6 + 2 = 12 of 12.
    expect(mentor.basisStatus).toBe('Readiness now uses mentor ratings: 100% for Level two.');
    expect(viewOf({ ...base, basis: 'lower' }).basisStatus).toBe('Readiness now uses the lower of the two: 67% for Level two.');
  });

  it('should read only the session’s own ratings and notes, never inherited keys', () => {
    const session = makeSession(mini, { targetLevel: 'two', answers });
    const view = viewOf({ ...session, mentorRatings: Object.create({ lean: 4 }) as Session['mentorRatings'], mentorNotes: Object.create({ lean: 'x' }) as Session['mentorNotes'] });
    expect(view.groups[0]!.rows[0]).toMatchObject({ mentorValue: '', note: '' });
  });
});
