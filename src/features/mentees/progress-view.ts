import type { Session } from '@/domain/records/schema';
import { sessionDate } from '@/domain/records/session';
import { formatDate, formatNumber as formatScore, plural } from '@/lib/format';
import { competencyTitle, completedOf, hasMentorRatings, levelTitle, percentOf, readinessFor, resultsOf, summaryOf, type Packs } from './mentees-view';

/*
 * Progress compares like with like: the person's self-ratings with their self-ratings, the mentor's ratings with the
 * mentor's. A line that mixed the two (one session on self-ratings, the next on the mentor's) would show a rise or
 * a fall that no answer caused.
 */

export interface ReadinessPoint {
  sessionId: string;
  dateText: string;
  /** 0–100 on self-ratings alone, null when not enough answers: the chart leaves a gap rather than drawing 0. */
  percent: number | null;
  readinessText: string;
  /** 0–100 with the mentor's ratings where given; null when the mentor rated nothing in that session. */
  mentorPercent: number | null;
  mentorText: string;
  highestReadyText: string;
}

export interface ReadinessTrendView {
  targetTitle: string;
  points: readonly ReadinessPoint[];
  /** True when at least one session has a mentor's rating: the chart and table show the mentor's line too. */
  hasMentor: boolean;
  summary: string;
}

function changeSentence(what: string, scored: readonly { percent: number; dateText: string }[], noun: string): string | null {
  const first = scored[0];
  const last = scored.at(-1);
  if (!first || !last) return null;
  if (first === last) return `${what}: ${last.percent}% on ${last.dateText}.`;
  const delta = last.percent - first.percent;
  const change = delta > 0 ? `rose ${plural(delta, 'point')}` : delta < 0 ? `fell ${plural(-delta, 'point')}` : 'did not change';
  return `${what} ${change}, from ${first.percent}% on ${first.dateText} to ${last.percent}% on ${last.dateText}, over ${plural(scored.length, noun)}.`;
}

/** Readiness for the person's target across their completed sessions, oldest first, on self- and on mentor's ratings. */
export function buildReadinessTrend(sessionsNewestFirst: readonly Session[], packs: Packs, target: string | null): ReadinessTrendView {
  const targetTitle = levelTitle(packs, target) ?? 'the target level';
  const points = completedOf(sessionsNewestFirst)
    .slice()
    .reverse()
    .map((session): ReadinessPoint => {
      const pack = packs.get(session.packId);
      const summary = summaryOf(pack, session, 'self');
      const percent = percentOf(readinessFor(summary, target));
      const mentorPercent = hasMentorRatings(session) ? percentOf(readinessFor(summaryOf(pack, session, 'mentor'), target)) : null;
      const own = summaryOf(pack, session);
      return {
        sessionId: session.id,
        dateText: formatDate(sessionDate(session)),
        percent,
        readinessText: percent === null ? 'Not enough answers' : `${percent}%`,
        mentorPercent,
        mentorText: mentorPercent === null ? 'No mentor’s rating' : `${mentorPercent}%`,
        highestReadyText: !own ? '—' : (levelTitle(packs, own.highestReady) ?? 'None yet'),
      };
    });
  const hasMentor = points.some((point) => point.mentorPercent !== null);
  const selfScored = points.flatMap((point) => (point.percent === null ? [] : [{ percent: point.percent, dateText: point.dateText }]));
  const mentorScored = points.flatMap((point) => (point.mentorPercent === null ? [] : [{ percent: point.mentorPercent, dateText: point.dateText }]));
  let summary: string;
  if (points.length === 0) summary = 'No completed session yet, so there is no readiness to follow.';
  else {
    const self =
      changeSentence(`Readiness for ${targetTitle}${hasMentor ? ' on the person’s own ratings' : ''}`, selfScored, 'scored session') ??
      `None of the ${plural(points.length, 'completed session')} has enough answers to give a readiness for ${targetTitle}.`;
    const mentor = changeSentence('With the mentor’s ratings it', mentorScored, 'session the mentor rated');
    summary = mentor ? `${self} ${mentor}` : self;
  }
  return { targetTitle, points, hasMentor, summary };
}

export interface CompetencySeries {
  competencyId: string;
  title: string;
  /** The person's own score, one per session in `sessions`, null where the competency had no self-rating. */
  values: readonly (number | null)[];
  texts: readonly string[];
  /** The mentor's rating, one per session, null where the mentor gave none. */
  mentorValues: readonly (number | null)[];
  mentorTexts: readonly string[];
  /** What the person's target level expects of it (0–4), or null when that level sets no target for it. */
  target: number | null;
  targetText: string;
}

export interface CompetencyTrendView {
  sessions: readonly { sessionId: string; dateText: string }[];
  series: readonly CompetencySeries[];
  summary: string;
}

/**
 * Each competency's self-score and mentor's rating across the completed sessions, oldest first. Sessions of
 * another pack than the latest one are left out: their competencies are not the same.
 */
export function buildCompetencyTrend(sessionsNewestFirst: readonly Session[], packs: Packs, target: string | null): CompetencyTrendView {
  const completed = completedOf(sessionsNewestFirst);
  const pack = completed[0] ? packs.get(completed[0].packId) : undefined;
  if (!pack) return { sessions: [], series: [], summary: 'No completed session yet, so there are no scores to follow.' };
  const scored = completed
    .filter((session) => session.packId === pack.meta.id)
    .reverse()
    .flatMap((session) => {
      const results = resultsOf(pack, session);
      return results ? [{ session, results }] : [];
    });
  const targetLevel = scored.at(-1)?.results.ladder.levels.find((level) => level.level === target);
  const series = pack.competencies.map((competency): CompetencySeries => {
    const scores = scored.map(({ results }) => results.scores.find((score) => score.competency === competency.id));
    const values = scores.map((score) => score?.self.value ?? null);
    const mentorValues = scores.map((score) => score?.mentor ?? null);
    const expected = targetLevel?.gaps.find((gap) => gap.competency === competency.id)?.target ?? null;
    return {
      competencyId: competency.id,
      title: competency.title,
      values,
      texts: values.map((value) => (value === null ? 'No score' : formatScore(value))),
      mentorValues,
      mentorTexts: mentorValues.map((value) => (value === null ? '—' : formatScore(value))),
      target: expected,
      targetText: expected === null ? '—' : String(expected),
    };
  });
  const withScores = series.filter((item) => item.values.some((value) => value !== null) || item.mentorValues.some((value) => value !== null)).length;
  const summary =
    scored.length === 0
      ? 'No completed session can be scored with the installed assessment.'
      : `Self-scores and mentor’s ratings from 0 to 4 for ${plural(withScores, 'competency', 'competencies')} across ${plural(scored.length, 'completed session')}, oldest first.`;
  return {
    sessions: scored.map(({ session }) => ({ sessionId: session.id, dateText: formatDate(sessionDate(session)) })),
    series,
    summary,
  };
}

export interface ChangeItem {
  /** Unique in a list: the competency and whose rating it is. */
  key: string;
  competencyId: string;
  /** Whose rating changed: the person's own score or the mentor's. */
  by: 'self' | 'mentor';
  title: string;
  before: string;
  after: string;
  /** after − before, on the 0–4 scale. */
  delta: number;
  text: string;
}

export interface SinceLastView {
  state: 'none' | 'compared';
  text: string;
  rose: readonly ChangeItem[];
  fell: readonly ChangeItem[];
}

/**
 * What rose and what fell between the last two completed sessions, largest change first: self-scores against
 * self-scores, the mentor's ratings against the mentor's. A session started from the last one's answers, with
 * nothing changed, shows no change.
 */
export function sinceLastSession(sessionsNewestFirst: readonly Session[], packs: Packs): SinceLastView {
  const [last, previous] = completedOf(sessionsNewestFirst);
  const pack = last ? packs.get(last.packId) : undefined;
  if (!last || !previous || !pack || previous.packId !== last.packId) {
    return { state: 'none', text: 'Two completed sessions of the same assessment are needed to see what changed.', rose: [], fell: [] };
  }
  const now = resultsOf(pack, last);
  const before = resultsOf(pack, previous);
  if (!now || !before) return { state: 'none', text: 'These sessions cannot be scored with the installed assessment.', rose: [], fell: [] };
  const previousScore = new Map(before.scores.map((score) => [score.competency, score]));
  // Whose score it is only needs saying when a mentor has rated in either session.
  const tagged = hasMentorRatings(last) || hasMentorRatings(previous);
  const change = (competencyId: string, by: 'self' | 'mentor', was: number | null, after: number | null): ChangeItem[] => {
    if (after === null || was === null || after === was) return [];
    const delta = after - was;
    const title = competencyTitle(pack, competencyId);
    const whose = by === 'self' ? 'own score' : 'mentor’s rating';
    return [
      {
        key: `${competencyId}/${by}`,
        competencyId,
        by,
        title,
        before: formatScore(was),
        after: formatScore(after),
        delta,
        text: `${title}${tagged ? ` (${whose})` : ''}: ${formatScore(was)} → ${formatScore(after)} (${delta > 0 ? 'up' : 'down'} ${formatScore(Math.abs(delta))})`,
      },
    ];
  };
  const changes = now.scores.flatMap((score) => {
    const was = previousScore.get(score.competency);
    return [
      ...change(score.competency, 'self', was?.self.value ?? null, score.self.value),
      ...change(score.competency, 'mentor', was?.mentor ?? null, score.mentor),
    ];
  });
  const rose = changes.filter((item) => item.delta > 0).sort((a, b) => b.delta - a.delta);
  const fell = changes.filter((item) => item.delta < 0).sort((a, b) => a.delta - b.delta);
  const between = `between ${formatDate(sessionDate(previous))} and ${formatDate(sessionDate(last))}`;
  const text =
    rose.length === 0 && fell.length === 0
      ? `No score or mentor’s rating changed ${between}.`
      : `${between[0]!.toUpperCase()}${between.slice(1)}: ${plural(rose.length, 'competency score')} rose and ${fell.length} fell.`;
  return { state: 'compared', text, rose, fell };
}
