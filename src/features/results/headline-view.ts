import { NO_ROLE_TEXT } from '@/components/assessment-fields';
import type { ScoringPack } from '@/domain/pack/scoring-pack';
import { recommendCertifications, type CertificationAdvice } from '@/domain/recommend/certifications';
import { planDevelopment, type DevelopmentPlan } from '@/domain/recommend/development-plan';
import type { Session } from '@/domain/records/schema';
import { PLAN_ITEMS } from '@/domain/recommend/constants';
import { MIN_READINESS_COVERAGE } from '@/domain/scoring/constants';
import type { LevelReadiness, ReadyState } from '@/domain/scoring/readiness';
import type { SessionResults } from '@/domain/score-session';
import { standingOf, type Standing } from '@/domain/scoring/standing';
import { formatDate, formatNumber, formatPercent, listWords, plural } from '@/lib/format';
import { explainLevel, READINESS_FORMULA, readinessFigure, STATE_SYMBOL, STATE_TEXT, studyHours, type TitleLookups, type Why } from './results-explain';

/*
 * The first screenful: where the person stands against their own role, the rung above it and their target, the
 * gaps that matter most, one credential and one first step, and what to do next.
 */

/** Who the results are about. */
export interface Person {
  name: string;
  /** The level they hold now; null: not yet a manager. */
  currentLevel: string | null;
  /** "Me": the person using Rungs. */
  isSelf: boolean;
}


export interface StandingLine {
  role: 'current' | 'next' | 'target';
  /** "Your role", "Next rung", "Your target", or two of them joined. */
  label: string;
  levelTitle: string;
  state: ReadyState;
  stateText: string;
  symbol: string;
  /** "72% · 2 core gaps". */
  figure: string;
}

export interface HeadlineGap {
  competencyId: string;
  title: string;
  /** "You 2 · target 3 · core". */
  text: string;
}

export interface WhatNext {
  /** The longer assessment of the same pack, when this one was shorter. */
  fullAssessment: { id: string; title: string; text: string } | null;
  /** The first steps of the plan, ready to add to the person's action plan. */
  actions: readonly { title: string; competencyId: string }[];
  /** The day 30 days from the sitting, as the due date of those actions (YYYY-MM-DD). */
  actionsDue: string;
  reassessText: string;
}

export type HeadlineView =
  | { kind: 'insufficient'; title: string; text: string }
  | {
      kind: 'scored';
      verdict: string;
      lines: readonly StandingLine[];
      gapsTitle: string;
      gaps: readonly HeadlineGap[];
      certification: { name: string; text: string } | null;
      firstAction: { title: string; text: string } | null;
      /** The level the gaps, credential and first step are for. */
      focusTitle: string;
      whatNext: WhatNext;
      why: Why;
    };

const lineOf = (role: StandingLine['role'], label: string, level: LevelReadiness, lookups: TitleLookups): StandingLine => ({
  role,
  label,
  levelTitle: lookups.levelTitle(level.level),
  state: level.state,
  stateText: STATE_TEXT[level.state],
  symbol: STATE_SYMBOL[level.state],
  figure: readinessFigure(level),
});

/** The standing lines, one per distinct level: a target that is also the next rung is said once. */
function standingLines(standing: Standing, lookups: TitleLookups): StandingLine[] {
  const lines: StandingLine[] = [];
  const { current, nextRung, target } = standing;
  const labels = new Map<string, string[]>();
  const add = (level: LevelReadiness | null, label: string) => {
    if (!level) return;
    labels.set(level.level, [...(labels.get(level.level) ?? []), label]);
  };
  add(current, 'your role');
  add(nextRung, 'next rung');
  add(target, 'your target');
  const order = [current, nextRung, target].filter((level): level is LevelReadiness => level !== null);
  const seen = new Set<string>();
  for (const level of order) {
    if (seen.has(level.level)) continue;
    seen.add(level.level);
    const role = level === current ? 'current' : level === nextRung ? 'next' : 'target';
    lines.push(lineOf(role, listWords(labels.get(level.level) ?? []).replace(/^./, (c) => c.toUpperCase()), level, lookups));
  }
  return lines;
}

function verdictOf(standing: Standing, lookups: TitleLookups): string {
  const { current, nextRung, target, meetsNone, focus } = standing;
  const title = (level: LevelReadiness) => lookups.levelTitle(level.level);
  // The person is ready or not for a level, never the other way round; "your target" where that level is it.
  const youFor = (level: LevelReadiness) =>
    `${level.state === 'unknown' ? `there are not enough answers yet to say how ready you are for ${title(level)}` : `you are ${STATE_TEXT[level.state].toLowerCase()} for ${title(level)}`}${level === target ? ', your target' : ''}`;
  const above = standing.targetPlacement === 'above' ? target : (nextRung ?? target);
  if (meetsNone) {
    return current
      ? `You do not yet meet any level, your own role as ${title(current)} included: close its gaps first.`
      : `You do not yet meet any level; the nearest is ${title(focus)}. Start with the gaps below.`;
  }
  if (!current) {
    return nextRung?.state === 'ready'
      ? `You are ready for ${title(nextRung)}, the first management rung${target.level !== nextRung.level ? `; ${youFor(target)}` : ''}.`
      : `You are not yet a manager: ${youFor(above)}.`;
  }
  const role =
    current.state === 'ready'
      ? `You are solid as ${title(current)}`
      : current.state === 'nearly'
        ? `You are nearly solid as ${title(current)}, with gaps to close`
        : `You have gaps in your current role as ${title(current)}`;
  if (standing.targetPlacement !== 'above') {
    return `${role}. Your target, ${title(target)}, is ${standing.targetPlacement === 'same' ? 'the role you hold' : 'below it'}: pick a higher one to plan your next move.`;
  }
  return `${role}; ${youFor(above)}.`;
}

/** At most three names, then "2 more": a headline, not a list. */
const closesNamed = (names: readonly string[]): string[] => (names.length <= 3 ? [...names] : [...names.slice(0, 2), `${names.length - 2} more`]);

const addDays = (iso: string, days: number): Date => new Date(new Date(iso).getTime() + days * 86_400_000);

function whatNextOf(pack: ScoringPack, session: Session, plan: DevelopmentPlan, lookups: TitleLookups): WhatNext {
  const asked = pack.assessments.find((assessment) => assessment.id === session.assessmentId);
  const longer = pack.assessments
    .filter((assessment) => assessment.questionIds.length > (asked?.questionIds.length ?? 0))
    .sort((a, b) => b.questionIds.length - a.questionIds.length)[0];
  const sat = session.completedAt ?? session.updatedAt;
  const first = plan.horizons.find((horizon) => horizon.items.length > 0);
  return {
    fullAssessment: longer
      ? {
          id: longer.id,
          title: longer.title,
          text: `${plural(longer.questionIds.length, 'question')}, about ${longer.minutes} minutes; your answers so far are carried over, and its scenario questions check your self-ratings.`,
        }
      : null,
    actions: (first?.items ?? []).flatMap((item) => {
      const action = item.actions[0];
      return action ? [{ title: `${lookups.competencyTitle(item.competency)}: ${action.text}`, competencyId: item.competency }] : [];
    }),
    actionsDue: addDays(sat, 30).toISOString().slice(0, 10),
    reassessText: `Re-assess in about 90 days, around ${formatDate(addDays(sat, 90).toISOString())}, once the plan’s steps are done: start from these answers and change only what has moved.`,
  };
}

/** The advice for the focus level: the session's own when the focus is the target, else worked out for it. */
function adviceFor(
  pack: ScoringPack,
  results: SessionResults,
  focus: LevelReadiness,
  currentLevel: string | null,
): { certifications: CertificationAdvice; plan: DevelopmentPlan } {
  if (focus.level === results.targetLevel) return { certifications: results.certifications, plan: results.plan };
  const certifications = recommendCertifications(pack, focus, { currentLevel });
  return { certifications, plan: planDevelopment(pack, focus, certifications, PLAN_ITEMS) };
}

export function buildHeadline(pack: ScoringPack, session: Session, results: SessionResults, lookups: TitleLookups, person: Person): HeadlineView {
  const targetTitle = lookups.levelTitle(results.targetLevel);
  const { target } = results;
  if (results.notEnoughAnswers || target.status === 'insufficient' || target.readiness === null) {
    return {
      kind: 'insufficient',
      title: 'Not enough answers yet',
      text: results.notEnoughAnswers
        ? `No competency has a score yet, so Rungs cannot say how ready you are for ${targetTitle}. Answer more of the assessment to see your results.`
        : `Only ${formatPercent(target.coverage)} of what ${targetTitle} expects has a score; at least ${formatPercent(MIN_READINESS_COVERAGE)} is needed before Rungs claims a readiness. Answer more of the assessment to see it.`,
    };
  }
  const currentLevel = person.currentLevel && pack.levels.some((level) => level.id === person.currentLevel) ? person.currentLevel : null;
  const standing = standingOf(results.ladder.levels, currentLevel, results.targetLevel);
  const focusTitle = lookups.levelTitle(standing.focus.level);
  const advice = adviceFor(pack, results, standing.focus, currentLevel);
  const pick = advice.certifications.chosen[0];
  const certification = pick ? pack.certifications.find((candidate) => candidate.id === pick.certification) : undefined;
  const firstItem = advice.plan.items[0];
  const firstAction = firstItem?.actions[0];
  const gaps = standing.topGaps.map(
    (gap): HeadlineGap => ({
      competencyId: gap.competency,
      title: lookups.competencyTitle(gap.competency),
      text: `You ${formatNumber(gap.score)} · target ${gap.target}${gap.importance === 'core' ? ' · core' : ''}`,
    }),
  );
  const inversions = standing.inversions.filter((inversion) => inversion.causes.length > 0);
  return {
    kind: 'scored',
    verdict: verdictOf(standing, lookups),
    lines: standingLines(standing, lookups),
    gapsTitle:
      gaps.length === 0
        ? `No gap for ${focusTitle} among the competencies with a score`
        : `The ${gaps.length === 1 ? 'gap that matters' : `${gaps.length} gaps that matter`} most for ${focusTitle}`,
    gaps,
    certification:
      certification && pick
        ? {
            name: certification.name,
            text: `Builds ${listWords(closesNamed(pick.closes.map((close) => lookups.competencyTitle(close.competency))))}; ${studyHours(certification.effort)} of study.`,
          }
        : null,
    firstAction: firstItem && firstAction ? { title: lookups.competencyTitle(firstItem.competency), text: firstAction.text } : null,
    focusTitle,
    whatNext: whatNextOf(pack, session, advice.plan, lookups),
    why: {
      formula: READINESS_FORMULA,
      items: [
        ...[standing.current, standing.nextRung, standing.target]
          .filter((level, index, all): level is LevelReadiness => level !== null && all.indexOf(level) === index)
          .map((level) => ({ title: lookups.levelTitle(level.level), lines: explainLevel(level, lookups) })),
        ...(person.currentLevel === null ? [{ title: 'Your role', lines: [`${NO_ROLE_TEXT}: the next rung is the first one.`] }] : []),
        {
          title: 'The gaps that matter most',
          lines: [
            `For ${focusTitle}: ${standing.meetsNone ? 'no level is met yet, so the gaps of ' + (standing.current ? 'your own role' : 'the nearest level') + ' come first' : standing.focus.level === results.targetLevel ? 'your target' : 'your own role, which has gaps'}. Ranked by gap × importance weight (core counts double).`,
          ],
        },
        ...inversions.map((inversion) => ({
          title: `Why ${lookups.levelTitle(inversion.higher)} reads higher than ${lookups.levelTitle(inversion.lower)}`,
          lines: [
            `Each level weighs competencies differently. ${lookups.levelTitle(inversion.lower)} puts more of its weight where you fall short: ${listWords(
              inversion.causes.map(
                (cause) => `${lookups.competencyTitle(cause.competency)} (${formatPercent(cause.lowerShare)} of its weight missed, against ${formatPercent(cause.higherShare)} at ${lookups.levelTitle(inversion.higher)})`,
              ),
            )}.`,
          ],
        })),
      ],
    },
  };
}
