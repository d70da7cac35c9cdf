import { describe, expect, it } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import type { SessionResults } from '@/domain/score-session';
import { provenanceText, studyHours } from '@/features/results/results-explain';
import { pickLatestSession, scoreSessionRecord, sessionJsonFileName, type Person } from '@/features/results/results-view';
import { buildResultsView } from '@/features/results/whole-view';
import { formatNumber, formatPercent, formatUsd, listWords, plural } from '@/lib/format';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { choice, loadRealPack, makeSession, rateAll, rating, type SessionOptions } from './results-fixtures';

const mini = makeMiniPack();

function viewOf(pack: Pack, options: SessionOptions, person?: Person) {
  const session = makeSession(pack, options);
  const scored = scoreSessionRecord(pack, session);
  if (!scored.ok) throw new Error('expected the session to score');
  return { view: buildResultsView(pack, session, scored.value, person), results: scored.value as SessionResults };
}

describe('formatNumber', () => {
  it.each([
    [2.75, '2.75'],
    [3, '3'],
    [0.5, '0.5'],
    [2 / 3, '0.67'],
    [0, '0'],
    // A certification's hours of study: "about 1,200–2,500 hours", as every other count on screen is written.
    [1200, '1,200'],
    [2500.5, '2,500.5'],
    [-0.001, '0'],
  ])('should write %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('studyHours', () => {
  it('should say a certification\'s hours as a grouped range', () => {
    expect(studyHours({ hours: { min: 1200, max: 2500 } })).toBe('about 1,200–2,500 hours');
    expect(studyHours({ hours: { min: 80, max: 200 } })).toBe('about 80–200 hours');
  });
});

describe('formatPercent', () => {
  it.each([
    [0.7669172932330827, '77%'],
    [0.85, '85%'],
    [1, '100%'],
  ])('should write %s as %s', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});

describe('formatUsd', () => {
  it('should write whole US dollars', () => {
    expect(formatUsd(90000)).toBe('$90,000');
  });
});

describe('plural and listWords', () => {
  it('should agree the word with the count', () => {
    expect(plural(1, 'gap')).toBe('1 gap');
    expect(plural(0, 'gap')).toBe('0 gaps');
    expect(plural(2, 'competency', 'competencies')).toBe('2 competencies');
  });

  it('should join words as a reader would', () => {
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B, and C');
  });
});

describe('provenanceText', () => {
  it('should name the source by its title, never its file name, and quote it; or say the item is authored and why', () => {
    const title = (seed: string) => (seed === '003_85a5d47502eead95.txt' ? 'Career guide' : 'other');
    const quoted = provenanceText({ kind: 'quoted', seed: '003_85a5d47502eead95.txt', quote: 'Master production scheduling' }, title);
    expect(quoted).toBe('from “Career guide”: “Master production scheduling”');
    expect(quoted).not.toContain('.txt');
    expect(provenanceText({ kind: 'authored', rationale: 'The seeds say nothing here.' }, title)).toBe('written by the pack’s authors: The seeds say nothing here.');
  });
});

describe('pickLatestSession', () => {
  it('should prefer the newest completed session, else the newest', () => {
    const open = makeSession(mini, { targetLevel: 'one', completedAt: null, id: 'open' });
    const done = makeSession(mini, { targetLevel: 'one', id: 'done' });
    expect(pickLatestSession([open, done])?.id).toBe('done');
    expect(pickLatestSession([open])?.id).toBe('open');
    expect(pickLatestSession([])).toBeUndefined();
  });
});

describe('scoreSessionRecord', () => {
  it('should say which part of the session the pack does not have, instead of throwing', () => {
    const session = makeSession(mini, { targetLevel: 'one' });
    expect(scoreSessionRecord(undefined, session)).toEqual({ ok: false, error: { kind: 'no-pack', packId: 'mini' } });
    expect(scoreSessionRecord(mini, { ...session, assessmentId: 'gone' })).toEqual({ ok: false, error: { kind: 'no-assessment', assessmentId: 'gone' } });
    expect(scoreSessionRecord(mini, { ...session, targetLevel: 'gone' })).toEqual({ ok: false, error: { kind: 'no-level', targetLevel: 'gone' } });
  });
});

describe('buildResultsView', () => {
  it('should order gaps by priority (gap × importance weight), as the plan does, and mark core', () => {
    // level three: lean 1 (target 3, supporting, gap 2 → 2), safety 1 (3, core, gap 2 → 4), leadership 1 (4, core, gap 3 → 6)
    const { view } = viewOf(mini, { targetLevel: 'three', answers: rateAll(mini, 'full', 1) });
    expect(view.gaps.rows.map((row) => [row.title, row.gapText, row.core])).toEqual([
      ['Leadership', '3', true],
      ['Safety', '2', true],
      ['Lean', '2', false],
    ]);
  });

  it('should never turn a level without enough answers into 0%', () => {
    const { view } = viewOf(mini, { targetLevel: 'one', answers: { 'leadership-self-1': rating(1) } });
    expect(view.headline.kind).toBe('insufficient');
    expect(view.ladder.rows.map((row) => row.percent)).toEqual([null, null, null]);
    expect(view.ladder.rows.every((row) => row.barLabel === 'Not enough answers' && row.state === 'unknown')).toBe(true);
  });

  it('should say on the bar why a level past the line is not ready, and name its state in words and a shape', () => {
    // level three: 15 ÷ 17 = 88%, but leadership (core, target 4) has a gap of 1: one core gap, so nearly ready.
    const { view } = viewOf(mini, { targetLevel: 'two', answers: rateAll(mini, 'full', 3) });
    expect(view.ladder.rows.map((row) => row.barLabel)).toEqual(['100%', '100%', '88% · 1 core gap']);
    expect(view.ladder.rows.map((row) => [row.stateText, row.symbol])).toEqual([
      ['Ready', '✓'],
      ['Ready', '✓'],
      ['Nearly ready', '◐'],
    ]);
  });

  it('should explain a gap with its numbers, its target’s focus area and its source', () => {
    const real = loadRealPack();
    const { view, results } = viewOf(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 1) });
    const kaizen = results.target.gaps.find((gap) => gap.competency === 'kaizen')!;
    const why = view.gaps.why.items.find((item) => item.title === 'Kaizen and rapid improvement')!;
    expect(why.lines[0]).toBe(`Gap = max(0, ${kaizen.target} − 1) = ${kaizen.target - 1}; it earns 2 × min(1, ${kaizen.target}) = 2 of 2 × ${kaizen.target} = ${2 * kaizen.target}.`);
    const focusArea = real.levels.flatMap((level) => level.focusAreas).find((area) => area.id === kaizen.focusArea.id)!;
    expect(why.lines[1]).toContain(`from the focus area “${focusArea.text}”`);
    expect(why.lines[1]).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(why.lines[2]).toMatch(/^Self-rating 1 = \(1 × 1\) ÷ \(1\), from 1 of 1 question: “.+” 1\.$/);
  });

  it('should say on the pick that includes another why that one, though it would close a gap, is not recommended beside it', () => {
    const real = loadRealPack();
    const answers = rateAll(real, 'quick', 1);
    const { view, results } = viewOf(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers });
    const picked = results.certifications.chosen.map((pick) => pick.certification);
    expect(picked).toContain('lean-six-sigma-black-belt');
    expect(picked).not.toContain('lean-six-sigma-green-belt');
    expect(results.certifications.ranked.map((item) => item.certification)).toContain('lean-six-sigma-green-belt');
    const blackBelt = view.certifications.why.items.find((item) => item.title.includes('Black Belt'))!;
    const greenBelt = real.certifications.find((certification) => certification.id === 'lean-six-sigma-green-belt')!;
    expect(blackBelt.lines).toContain(`It includes ${greenBelt.name}, so that is not recommended beside it.`);
    expect(view.certifications.why.items.filter((item) => item !== blackBelt).flatMap((item) => item.lines).join(' ')).not.toMatch(/^It includes/m);
  });

  it('should name a later step among a gap’s credentials as one, with the rung it waits for', () => {
    const variant = makeMiniPack();
    const leanCert = variant.certifications.find((certification) => certification.id === 'lean-cert')!;
    // A master's level of the lean certificate: it includes it and suits level two and up, so a person with no rung waits.
    variant.certifications = [...variant.certifications, { ...leanCert, id: 'lean-master', name: 'Lean master', includes: ['lean-cert'], suitsLevels: ['two', 'three'] }];
    const session = makeSession(variant, { targetLevel: 'two', answers: rateAll(variant, 'full', 1) });
    const scored = scoreSessionRecord(variant, session, null);
    if (!scored.ok) throw new Error('expected the session to score');
    const lean = buildResultsView(variant, session, scored.value).plan.horizons.flatMap((horizon) => horizon.items).find((item) => item.competencyId === 'lean')!;
    expect(lean.certifications).toEqual([
      { id: 'lean-cert', name: 'Lean certificate', recommended: true, laterText: null },
      { id: 'lean-master', name: 'Lean master', recommended: false, laterText: 'a later step, from Level two' },
    ]);
  });

  it('should not say a credential is left out when it was picked before the one that includes it', () => {
    const variant = makeMiniPack();
    // mba includes safety-cert, but safety-cert ranks first and is picked before it.
    variant.certifications = variant.certifications.map((certification) => (certification.id === 'mba' ? { ...certification, includes: ['safety-cert'] } : certification));
    const answers = { 'lean-self-1': rating(1), 'lean-self-2': rating(1), 'safety-self-1': rating(1), 'leadership-self-1': rating(1) };
    const { view, results } = viewOf(variant, { targetLevel: 'three', answers });
    expect(results.certifications.chosen.map((pick) => pick.certification)).toEqual(['safety-cert', 'mba', 'lean-cert']);
    expect(view.certifications.why.items.flatMap((item) => item.lines).filter((line) => line.startsWith('It includes'))).toEqual([]);
  });

  it('should name the calibration states', () => {
    const noScenarios = viewOf(mini, { targetLevel: 'one', answers: rateAll(mini, 'full', 2) }).view.calibration;
    expect(noScenarios.state).toBe('no-scenarios');
    const agree = viewOf(mini, { targetLevel: 'one', answers: { ...rateAll(mini, 'full', 4), 'lean-scenario-1': choice('b') } }).view.calibration;
    expect(agree.state).toBe('agree');
    const nothing = viewOf(mini, { targetLevel: 'one', answers: { 'lean-scenario-1': choice('b') } }).view.calibration;
    expect(nothing.state).toBe('nothing-to-compare');
  });

  it('should give the salary of the rung above the current role, whatever is ready', () => {
    const answers = rateAll(mini, 'full', 4);
    expect(viewOf(mini, { targetLevel: 'three', answers }, { name: 'Me', currentLevel: 'one', isSelf: true }).view.salary).toMatchObject({ levelTitle: 'Level two' });
    expect(viewOf(mini, { targetLevel: 'three', answers }, { name: 'Me', currentLevel: null, isSelf: true }).view.salary).toMatchObject({ levelTitle: 'Level one' });
    const top = viewOf(mini, { targetLevel: 'three', answers }, { name: 'Me', currentLevel: 'three', isSelf: true }).view.salary;
    expect(top).toMatchObject({ levelTitle: 'Level three', median: '$110,000', average: '$115,000' });
    expect(top?.text).toBe('Level three is the top rung, the role you hold.');
  });

  it('should name a mentee on their results and in the page title', () => {
    const { view } = viewOf(mini, { targetLevel: 'two', answers: rateAll(mini, 'full', 2) }, { name: 'Dana Ortiz', currentLevel: 'one', isSelf: false });
    expect(view.heading).toBe('Results for Dana Ortiz');
    expect(view.documentTitle).toMatch(/^Results for Dana Ortiz · /);
  });

  it('should say how each recommended credential is recognised, and warn where no issuer is confirmed', () => {
    const real = loadRealPack();
    const { view } = viewOf(real, { assessmentId: 'quick', targetLevel: 'plant-manager', answers: rateAll(real, 'quick', 1) });
    expect(view.certifications.items.length).toBeGreaterThan(0);
    for (const item of view.certifications.items) {
      const certification = real.certifications.find((candidate) => candidate.id === item.id)!;
      expect(item.recognitionText).toMatch(/Accredited|professional|counts for half/);
      expect(item.caution !== null).toBe(certification.verified === false || certification.note !== undefined);
    }
  });

  it('should show the other sources’ salary figures and say that they differ', () => {
    const real = loadRealPack();
    const withCaveat = real.levels.findIndex((level) => level.salary.caveat !== undefined);
    expect(withCaveat).toBeGreaterThanOrEqual(0);
    const current = withCaveat === 0 ? null : real.levels[withCaveat - 1]!.id;
    const { view } = viewOf(real, { assessmentId: 'quick', targetLevel: real.levels.at(-1)!.id, answers: rateAll(real, 'quick', 2) }, { name: 'Me', currentLevel: current, isSelf: true });
    expect(view.salary?.caveat).toBe(real.levels[withCaveat]!.salary.caveat);
    expect(view.salary?.otherFigures.length).toBe(real.levels[withCaveat]!.salary.otherFigures?.length ?? 0);
  });

  it('should count and report answers marked not applicable, and say they count as unanswered', () => {
    const real = loadRealPack();
    const ids = real.questions.filter((question) => question.allowNotApplicable && question.kind === 'selfRating').map((question) => question.id);
    const full = real.assessments.find((assessment) => assessment.id === 'full')!;
    const asked = ids.filter((id) => full.questionIds.includes(id)).slice(0, 2);
    expect(asked).toHaveLength(2);
    const answers = { ...rateAll(real, 'full', 2), ...Object.fromEntries(asked.map((id) => [id, { kind: 'notApplicable' as const }])) };
    const { view } = viewOf(real, { assessmentId: 'full', targetLevel: 'plant-manager', answers });
    expect(view.notApplicableText).toBe('2 questions marked “Not applicable to my workplace”: like “Not sure”, they count as unanswered, never as 0.');
    expect(viewOf(real, { assessmentId: 'full', targetLevel: 'plant-manager', answers: rateAll(real, 'full', 2) }).view.notApplicableText).toBeNull();
  });

  it('should list at most two credentials per competency in the plan', () => {
    const real = loadRealPack();
    const { view } = viewOf(real, { assessmentId: 'quick', targetLevel: 'plant-manager', answers: rateAll(real, 'quick', 1) });
    const counts = view.plan.horizons.flatMap((horizon) => horizon.items.map((item) => item.certifications.length));
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
  });

  it('should list evidence notes in the pack’s order and skip blank ones', () => {
    const { view } = viewOf(mini, { targetLevel: 'one', answers: rateAll(mini, 'full', 2), evidence: { leadership: 'Led nights.', lean: 'Ran 5S.', safety: '   ' } });
    expect(view.evidence.map((note) => note.title)).toEqual(['Lean', 'Leadership']);
  });
});

describe('sessionJsonFileName', () => {
  it('should date the file by the session’s completion', () => {
    expect(sessionJsonFileName(makeSession(mini, { targetLevel: 'one' }))).toBe('rungs-session-2026-03-03.json');
  });
});
