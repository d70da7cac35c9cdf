import { describe, expect, it } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import type { SessionResults } from '@/domain/scoring/score-session';
import {
  buildResultsView,
  formatNumber,
  formatPercent,
  formatUsd,
  pickLatestSession,
  provenanceText,
  scoreSessionRecord,
  sessionJsonFileName,
  shortLabel,
} from '@/features/results/results-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { choice, loadRealPack, makeSession, rateAll, rating, type SessionOptions } from './results-fixtures';

const mini = makeMiniPack();

function viewOf(pack: Pack, options: SessionOptions) {
  const session = makeSession(pack, options);
  const scored = scoreSessionRecord(pack, session);
  if (!scored.ok) throw new Error('expected the session to score');
  return { view: buildResultsView(pack, session, scored.value), results: scored.value as SessionResults };
}

describe('formatNumber', () => {
  it.each([
    [2.75, '2.75'],
    [3, '3'],
    [0.5, '0.5'],
    [2 / 3, '0.67'],
    [0, '0'],
  ])('should write %d as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatPercent', () => {
  it.each([
    [102 / 133, '77%'],
    [0.85, '85%'],
    [1, '100%'],
  ])('should write %d as %s', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });
});

describe('formatUsd', () => {
  it('should write whole US dollars', () => {
    expect(formatUsd(90000)).toBe('$90,000');
  });
});

describe('shortLabel', () => {
  it('should drop a trailing parenthesis and cut long titles with an ellipsis', () => {
    expect(shortLabel('Statistical process control (SPC)')).toBe('Statistical proce…');
    expect(shortLabel('Communication')).toBe('Communication');
    expect(shortLabel('Quality management systems (ISO 9001)', 30)).toBe('Quality management systems');
  });
});

describe('provenanceText', () => {
  it('should name the seed file and quote it, or say the item is authored and why', () => {
    expect(provenanceText({ kind: 'quoted', seed: '003_85a5d47502eead95.txt', quote: 'Master production scheduling' })).toBe(
      'quoted from 003_85a5d47502eead95.txt: “Master production scheduling”',
    );
    expect(provenanceText({ kind: 'authored', rationale: 'The seeds say nothing here.' })).toBe(
      'authored by the pack’s authors: The seeds say nothing here.',
    );
  });
});

describe('pickLatestSession', () => {
  it('should prefer the newest completed session, else the newest', () => {
    const done = makeSession(mini, { id: 'done', targetLevel: 'one' });
    const open = makeSession(mini, { id: 'open', targetLevel: 'one', completedAt: null });
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
  it('should sort gaps by size, core first among equals, and mark core in the label', () => {
    // level three: lean 1 (target 3, supporting, gap 2), safety 1 (3, core, gap 2), leadership 1 (4, core, gap 3)
    const { view } = viewOf(mini, { targetLevel: 'three', answers: rateAll(mini, 'full', 1) });
    expect(view.gaps.rows.map((row) => [row.title, row.gapText, row.core])).toEqual([
      ['Leadership', '3', true],
      ['Safety', '2', true],
      ['Lean', '2', false],
    ]);
    expect(view.gaps.rows.map((row) => row.label)).toEqual(['◆ Leadership', '◆ Safety', 'Lean']);
    expect(view.gaps.chartHeight).toBeGreaterThan(3 * 20);
  });

  it('should never turn a level without enough answers into 0%', () => {
    const { view } = viewOf(mini, { targetLevel: 'one', answers: { 'leadership-self-1': rating(1) } });
    expect(view.headline.kind).toBe('insufficient');
    expect(view.ladder.rows.map((row) => row.percent)).toEqual([null, null, null]);
    expect(view.ladder.rows.every((row) => row.readinessText === 'Not enough answers')).toBe(true);
  });

  it('should mark ready levels in words on the bar, not only by colour', () => {
    // level three: 15 ÷ 17 = 88%, but leadership (core, target 4) has a gap of 1: not ready.
    const { view } = viewOf(mini, { targetLevel: 'two', answers: rateAll(mini, 'full', 3) });
    expect(view.ladder.rows.map((row) => row.barLabel)).toEqual(['✓ 100% ready', '✓ 100% ready', '88%']);
    expect(view.ladder.rows.map((row) => row.readyText)).toEqual(['Ready', 'Ready', 'Not ready']);
  });

  it('should explain a gap with its numbers, its target’s focus area and its source', () => {
    const real = loadRealPack();
    const { view, results } = viewOf(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 1) });
    const kaizen = results.target.gaps.find((gap) => gap.competency === 'kaizen')!;
    const why = view.gaps.why.items.find((item) => item.title === 'Kaizen and rapid improvement')!;
    expect(why.lines[0]).toBe(`Gap = max(0, ${kaizen.target} − 1) = ${kaizen.target - 1}; it earns 2 × min(1, ${kaizen.target}) = 2 of 2 × ${kaizen.target} = ${2 * kaizen.target}.`);
    expect(why.lines[1]).toContain(`from the focus area “${kaizen.focusArea.text}”`);
    expect(why.lines[1]).toContain(provenanceText(kaizen.focusArea.provenance));
    expect(why.lines[2]).toMatch(/^Self-rating 1 = \(1 × 1\) ÷ \(1\), from 1 of 1 questions: “.+” 1\.$/);
  });

  it('should name the calibration states', () => {
    const noScenarios = viewOf(mini, { targetLevel: 'one', answers: rateAll(mini, 'full', 2) }).view.calibration;
    expect(noScenarios.state).toBe('no-scenarios');
    const agree = viewOf(mini, { targetLevel: 'one', answers: { ...rateAll(mini, 'full', 4), 'lean-scenario-1': choice('b') } }).view.calibration;
    expect(agree.state).toBe('agree');
    const nothing = viewOf(mini, { targetLevel: 'one', answers: { 'lean-scenario-1': choice('b') } }).view.calibration;
    expect(nothing.state).toBe('nothing-to-compare');
  });

  it('should give the top level’s salary when every level is ready', () => {
    const { view } = viewOf(mini, { targetLevel: 'three', answers: rateAll(mini, 'full', 4) });
    expect(view.salary).toMatchObject({ levelTitle: 'Level three', median: '$110,000', average: '$115,000' });
    expect(view.salary?.text).toBe('You are ready for every level; Level three is the top one.');
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
