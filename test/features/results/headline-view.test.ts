import { describe, expect, it } from 'vitest';
import { readyStateOf } from '@/domain/scoring/readiness';
import { scoreSessionRecord, type Person } from '@/features/results/results-view';
import { buildResultsView } from '@/features/results/whole-view';
import { loadRealPack, makeSession, rateAll } from './results-fixtures';

const pack = loadRealPack();
const levelIds = pack.levels.map((level) => level.id);
const titleOf = (id: string) => pack.levels.find((level) => level.id === id)!.title;

/** Every current role (none included) with a target below, at and above it, where the ladder has one. */
const personas = [null, ...levelIds].flatMap((current) => {
  const at = current === null ? -1 : levelIds.indexOf(current);
  const targets = [
    ['below', levelIds[at - 1]],
    ['at', current ?? undefined],
    ['above', levelIds[at + 1]],
  ] as const;
  return targets.flatMap(([where, target]) => (target ? [{ current, where, target }] : []));
});

function headlineOf(current: string | null, target: string, value: number) {
  const session = makeSession(pack, { assessmentId: 'quick', targetLevel: target, answers: rateAll(pack, 'quick', value) });
  const scored = scoreSessionRecord(pack, session);
  if (!scored.ok) throw new Error('expected the session to score');
  const person: Person = { name: 'Dana', currentLevel: current, isSelf: false };
  return { view: buildResultsView(pack, session, scored.value, person), results: scored.value };
}

describe('the headline, for every current role × a target below, at and above it', () => {
  it.each(personas.flatMap((persona) => [2, 3].map((value) => ({ ...persona, value }))))(
    'current $current, target $where ($target), answers all $value',
    ({ current, target, value }) => {
      const { view, results } = headlineOf(current, target, value);
      const headline = view.headline;
      if (headline.kind !== 'scored') throw new Error('expected a scored headline');
      const rank = (title: string) => pack.levels.findIndex((level) => level.title === title);
      const currentRank = current === null ? -1 : levelIds.indexOf(current);
      // "Next rung" is never at or below the current role.
      for (const line of headline.lines.filter((candidate) => /next rung/i.test(candidate.label))) expect(rank(line.levelTitle)).toBe(currentRank + 1);
      // The verdict speaks of the current role, or says there is none.
      if (current !== null) {
        expect(headline.lines[0]).toMatchObject({ role: 'current', levelTitle: titleOf(current) });
        expect(headline.verdict).toContain(titleOf(current));
      } else {
        expect(headline.lines.every((line) => line.role !== 'current')).toBe(true);
      }
      // Every state shown follows the one rule for the same numbers.
      for (const line of headline.lines) {
        const level = results.ladder.levels[rank(line.levelTitle)]!;
        expect(line.state).toBe(readyStateOf(level.readiness, level.blockingCoreGaps.length));
      }
      // Salary context is the rung above the current role (the top rung for a VP).
      expect(view.salary?.levelTitle).toBe(titleOf(levelIds[currentRank + 1] ?? levelIds.at(-1)!));
      // At most three gaps, each with its numbers.
      expect(headline.gaps.length).toBeLessThanOrEqual(3);
      for (const gap of headline.gaps) expect(gap.text).toMatch(/^You [\d.]+ · target \d/);
      // The person is ready or not for a level, never a level ready "for you".
      expect(headline.verdict).not.toMatch(/ is (ready|nearly ready|not ready|not enough answers) for you/i);
      // No seed file names or internal ids in the plain text.
      expect(JSON.stringify({ verdict: headline.verdict, lines: headline.lines, gaps: headline.gaps })).not.toMatch(/\.txt|-self-|-scenario-/);
    },
  );

  it('should tell someone who meets no level so, with the nearest level and the gaps that matter most', () => {
    const { view } = headlineOf(null, 'production-manager', 0);
    if (view.headline.kind !== 'scored') throw new Error('expected a scored headline');
    expect(view.headline.verdict).toMatch(/do not yet meet any level; the nearest is/);
    expect(view.headline.gaps).toHaveLength(3);
  });

  it('should tell a Production Manager with gaps about the role they hold first', () => {
    const { view } = headlineOf('production-manager', 'senior-production-manager', 2);
    if (view.headline.kind !== 'scored') throw new Error('expected a scored headline');
    expect(view.headline.lines.map((line) => line.label)).toEqual(['Your role', 'Next rung and your target']);
    expect(view.headline.verdict).toMatch(/Production Manager/);
    expect(view.headline.whatNext.fullAssessment?.id).toBe('full');
  });

  it.each([
    ['plant-manager', 'director-of-manufacturing', 'You have gaps in your current role as Plant Manager; you are not ready for Director of Manufacturing, your target.'],
    [null, 'plant-manager', 'You are ready for Assistant Production Manager, the first management rung; you are not ready for Plant Manager, your target.'],
  ] as const)('should put the person first when saying how ready they are for a level (%s aiming for %s)', (current, target, verdict) => {
    const { view } = headlineOf(current, target, 2);
    if (view.headline.kind !== 'scored') throw new Error('expected a scored headline');
    expect(view.headline.verdict).toBe(verdict);
  });

  it('should say why a higher level reads more ready than the one below it, naming the competencies', () => {
    for (const value of [1, 2, 3]) {
      const { view, results } = headlineOf('production-manager', 'plant-manager', value);
      if (view.headline.kind !== 'scored') continue;
      const levels = results.ladder.levels;
      const inverted = levels.slice(1).some((level, i) => (level.readiness ?? 0) > (levels[i]!.readiness ?? 0));
      const explained = view.headline.why.items.some((item) => /reads higher than/.test(item.title));
      expect(explained).toBe(inverted);
    }
  });
});
