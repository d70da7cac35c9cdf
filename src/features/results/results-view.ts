import type { Pack, Provenance, QuestionnaireId } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import { sessionInputOf, type ScoreProblem } from '@/domain/records/session';
import type { CompetencyScore } from '@/domain/scoring/competency-scores';
import {
  CALIBRATION_FLAG,
  CORE_GAP_LIMIT,
  CORE_WEIGHT,
  MAX_RECOMMENDED_CERTIFICATIONS,
  MIN_READINESS_COVERAGE,
  PLAN_ITEMS,
  READY_THRESHOLD,
  SUPPORTING_WEIGHT,
} from '@/domain/scoring/constants';
import type { Gap, LevelReadiness } from '@/domain/scoring/readiness';
import { scoreSession, type SessionResults } from '@/domain/scoring/score-session';
import type { Result } from '@/domain/result';

/*
 * Everything the Results screen shows, derived from the session and its SessionResults by pure functions:
 * the components only lay these out. Numbers arrive here already formatted, with the words that explain them.
 */

// ——— formatting ———

/** At most two decimals, no trailing zeros: 2.75, 3, 0.5. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** A share in [0, 1] as a whole percentage: 0.7669 → "77%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
export const formatUsd = (amount: number): string => USD.format(amount);

/** A stored ISO time as a date people read, in the reader's time zone unless one is given. */
export function formatDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** Chart axis labels: the title without its parenthesis, cut to `max` characters. */
export function shortLabel(title: string, max = 18): string {
  const plain = title.replace(/\s*\(.*\)\s*$/, '').trim() || title;
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

export function provenanceText(provenance: Provenance): string {
  return provenance.kind === 'quoted'
    ? `quoted from ${provenance.seed}: “${provenance.quote}”`
    : `authored by the pack’s authors: ${provenance.rationale}`;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const listWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

const QUESTIONNAIRE_TITLES: Record<QuestionnaireId, string> = { technical: 'Technical', soft: 'Soft-skill' };

// ——— which session, and its results ———

/** The session "/results" shows: the newest completed one, else the newest (sessions come newest first). */
export function pickLatestSession(sessionsNewestFirst: readonly Session[]): Session | undefined {
  return sessionsNewestFirst.find((session) => session.completedAt !== null) ?? sessionsNewestFirst[0];
}

export type { ScoreProblem } from '@/domain/records/session';

/** Scores a stored session against its pack, or says which part of the session the pack no longer has. */
export function scoreSessionRecord(pack: Pack | undefined, session: Session): Result<SessionResults, ScoreProblem> {
  const input = sessionInputOf(pack, session);
  return input.ok ? { ok: true, value: scoreSession(input.value) } : input;
}

export function scoreProblemText(problem: ScoreProblem): string {
  switch (problem.kind) {
    case 'no-pack':
      return `These results belong to the assessment pack “${problem.packId}”, which is not installed (or could not be read) in this copy of Rungs.`;
    case 'no-assessment':
      return `The pack no longer has the assessment “${problem.assessmentId}” these answers were given for.`;
    case 'no-level':
      return `The pack no longer has the target level “${problem.targetLevel}” chosen for this session.`;
  }
}

// ——— the view model ———

export interface WhyItem {
  title: string;
  lines: readonly string[];
}

/** A "Why?" disclosure: the rule in words, then each term with its actual numbers and sources. */
export interface Why {
  formula: string;
  items: readonly WhyItem[];
}

export type HeadlineView =
  | {
      kind: 'insufficient';
      title: string;
      text: string;
    }
  | {
      kind: 'scored';
      highestReady: string;
      targetTitle: string;
      readiness: string;
      verdict: string;
      next: string;
      why: Why;
    };

export interface LadderRow {
  levelId: string;
  title: string;
  /** 0–100, null when not enough answers: the chart draws no bar rather than a 0. */
  percent: number | null;
  readinessText: string;
  ready: boolean;
  readyText: string;
  isTarget: boolean;
  blockingText: string;
  coverageText: string;
  /** The text drawn on the bar: the percentage, with "ready" marked by a word, not by colour. */
  barLabel: string;
}

export interface LadderView {
  rows: readonly LadderRow[];
  summary: string;
  why: Why;
}

export interface RadarRow {
  competencyId: string;
  title: string;
  label: string;
  scoreText: string;
  targetText: string;
  gapText: string;
  importanceText: string;
  mentorText: string;
}

export interface RadarPoint {
  label: string;
  you: number;
  target: number;
  mentor: number | null;
}

export interface RadarView {
  questionnaire: QuestionnaireId;
  title: string;
  rows: readonly RadarRow[];
  points: readonly RadarPoint[];
  hasMentor: boolean;
  summary: string;
  why: Why;
}

export interface GapRow {
  competencyId: string;
  title: string;
  label: string;
  gap: number;
  gapText: string;
  scoreText: string;
  targetText: string;
  core: boolean;
  importanceText: string;
  focusArea: string;
}

export interface GapsView {
  levelTitle: string;
  rows: readonly GapRow[];
  summary: string;
  /** Height the bar chart needs for this many rows, reserved before it loads. */
  chartHeight: number;
  why: Why;
}

export interface CalibrationRow {
  title: string;
  selfText: string;
  evidenceText: string;
  differenceText: string;
  flag: 'over' | 'under';
  flagText: string;
}

export interface CalibrationView {
  state: 'no-scenarios' | 'nothing-to-compare' | 'agree' | 'flags';
  text: string;
  rows: readonly CalibrationRow[];
  why: Why;
}

export interface CertificationItem {
  id: string;
  name: string;
  kindText: string;
  issuer: string;
  effort: string;
  gainText: string;
  closes: readonly { title: string; text: string }[];
}

export interface CertificationsView {
  state: 'no-gap' | 'no-match' | 'chosen';
  text: string;
  items: readonly CertificationItem[];
  why: Why;
}

export interface PlanItemView {
  competencyId: string;
  title: string;
  detail: string;
  actions: readonly { id: string; text: string }[];
  certifications: readonly { id: string; name: string; recommended: boolean }[];
}

export interface PlanView {
  levelTitle: string;
  text: string;
  horizons: readonly { days: number; title: string; items: readonly PlanItemView[] }[];
  why: Why;
}

export interface SalaryView {
  levelTitle: string;
  text: string;
  median: string;
  average: string;
  source: string;
}

export interface EvidenceNote {
  competencyId: string;
  title: string;
  text: string;
}

export interface ResultsView {
  packTitle: string;
  assessmentTitle: string;
  dateText: string;
  /** "Completed 3 March 2026" or "In progress, last saved …". */
  status: string;
  targetTitle: string;
  basisText: string;
  versionNote: string | null;
  notEnoughAnswers: boolean;
  headline: HeadlineView;
  ladder: LadderView;
  radars: readonly RadarView[];
  gaps: GapsView;
  calibration: CalibrationView;
  certifications: CertificationsView;
  plan: PlanView;
  salary: SalaryView | null;
  evidence: readonly EvidenceNote[];
}

interface Lookups {
  pack: Pack;
  competencyTitle: (id: string) => string;
  levelTitle: (id: string) => string;
  certificationName: (id: string) => string;
  promptOf: (questionId: string) => string;
}

function lookupsOf(pack: Pack): Lookups {
  const competencies = new Map(pack.competencies.map((competency) => [competency.id, competency.title]));
  const levels = new Map(pack.levels.map((level) => [level.id, level.title]));
  const certifications = new Map(pack.certifications.map((certification) => [certification.id, certification.name]));
  const prompts = new Map(pack.questions.map((question) => [question.id, question.prompt]));
  return {
    pack,
    competencyTitle: (id) => competencies.get(id) ?? id,
    levelTitle: (id) => levels.get(id) ?? id,
    certificationName: (id) => certifications.get(id) ?? id,
    promptOf: (id) => prompts.get(id) ?? id,
  };
}

const BASIS_TEXT: Record<Session['basis'], string> = {
  self: 'Scores stand on your self-ratings.',
  mentor: 'Scores stand on your mentor’s ratings where there is one, else on your self-ratings.',
  lower: 'Scores stand on the lower of your self-rating and your mentor’s rating.',
};

// ——— explanations shared by several figures ———

/** How a competency's score was reached: the answers and weights, or why there is none. */
function explainScore(score: CompetencyScore, lookups: Lookups): string {
  const { self, used } = score;
  let text: string;
  if (self.value === null) {
    text =
      self.asked === 0
        ? 'No self-rating question for it was asked in this assessment.'
        : `No self-rating: none of its ${plural(self.asked, 'question')} was answered (“Not sure” counts as unanswered, never as 0).`;
  } else {
    const terms = self.answers.map((answer) => `${answer.weight} × ${answer.value}`).join(' + ');
    const weights = self.answers.map((answer) => answer.weight).join(' + ');
    const answers = self.answers
      .map((answer) => `“${lookups.promptOf(answer.questionId)}” ${answer.value}${answer.weight === 1 ? '' : ` (weight ${answer.weight})`}`)
      .join('; ');
    text = `Self-rating ${formatNumber(self.value)} = (${terms}) ÷ (${weights}), from ${self.answered} of ${self.asked} questions: ${answers}.`;
    if (self.lowConfidence) text += ' Low confidence: fewer than half its questions were answered.';
  }
  if (score.mentor !== null) text += ` Mentor rating ${formatNumber(score.mentor)}.`;
  if (used.value !== null && used.source === 'mentor') {
    text += ` The mentor’s rating ${formatNumber(used.value)} is used${used.fallback ? ' (there is no self-rating to use)' : ''}.`;
  } else if (used.value !== null && used.fallback) {
    text += ' The self-rating is used: the mentor has not rated this one.';
  }
  return text;
}

/** Which target the level sets, how much it weighs, and the focus area (and source) it comes from. */
function explainTarget(gap: Gap, lookups: Lookups): string {
  const focus = gap.focusArea;
  return `Target ${gap.target} for ${lookups.levelTitle(gap.level)} (${gap.importance}, weight ${gap.weight}), from the focus area “${focus.text}” — ${provenanceText(focus.provenance)}.`;
}

function explainGap(gap: Gap): string {
  if (gap.score === null || gap.gap === null) return 'No score, so no gap: left out of the readiness sums.';
  const score = formatNumber(gap.score);
  return `Gap = max(0, ${gap.target} − ${score}) = ${formatNumber(gap.gap)}; it earns ${gap.weight} × min(${score}, ${gap.target}) = ${formatNumber(gap.earned ?? 0)} of ${gap.weight} × ${gap.target} = ${formatNumber(gap.possible)}.`;
}

const READINESS_FORMULA = `Readiness = Σ weight × min(score, target) ÷ Σ weight × target, over the competencies that have a score; core weighs ${CORE_WEIGHT}, supporting ${SUPPORTING_WEIGHT}. A level is ready at ${formatPercent(READY_THRESHOLD)} or more with no core gap of ${CORE_GAP_LIMIT.toFixed(1)} or more; with less than ${formatPercent(MIN_READINESS_COVERAGE)} of its target weight scored, no readiness is claimed.`;

function explainLevel(level: LevelReadiness, lookups: Lookups): string[] {
  const lines: string[] = [];
  if (level.readiness === null) {
    lines.push(
      `Not enough answers: ${formatPercent(level.coverage)} of the level’s target weight has a score; ${formatPercent(MIN_READINESS_COVERAGE)} is needed.`,
    );
  } else {
    lines.push(`${formatNumber(level.earned)} ÷ ${formatNumber(level.possible)} = ${formatPercent(level.readiness)}, with ${formatPercent(level.coverage)} of its target weight scored.`);
    lines.push(
      level.blockingCoreGaps.length === 0
        ? `No core gap of ${CORE_GAP_LIMIT.toFixed(1)} or more.`
        : `Core gaps of ${CORE_GAP_LIMIT.toFixed(1)} or more, each keeping the level from ready: ${listWords(level.blockingCoreGaps.map(lookups.competencyTitle))}.`,
    );
    lines.push(level.ready ? 'Ready.' : 'Not ready.');
  }
  if (level.unscored.length > 0) {
    lines.push(`No score, left out of both sums: ${listWords(level.unscored.map(lookups.competencyTitle))}.`);
  }
  return lines;
}

// ——— each part ———

function buildHeadline(results: SessionResults, lookups: Lookups, sessionTarget: string): HeadlineView {
  const targetTitle = lookups.levelTitle(sessionTarget);
  const { target, ladder } = results;
  if (results.notEnoughAnswers || target.status === 'insufficient' || target.readiness === null) {
    return {
      kind: 'insufficient',
      title: 'Not enough answers yet',
      text: results.notEnoughAnswers
        ? `No competency has a score yet, so Rungs cannot say how ready you are for ${targetTitle}. Answer more of the assessment to see your results.`
        : `Only ${formatPercent(target.coverage)} of what ${targetTitle} expects has a score; at least ${formatPercent(MIN_READINESS_COVERAGE)} is needed before Rungs claims a readiness. Answer more of the assessment to see it.`,
    };
  }
  const first = ladder.levels[0];
  const highestReady = ladder.highestReady ? lookups.levelTitle(ladder.highestReady) : 'None yet';
  const blocking = target.blockingCoreGaps.length;
  const verdict = target.ready
    ? `Ready for ${targetTitle}.`
    : target.readiness >= READY_THRESHOLD
      ? `Not ready yet: ${plural(blocking, 'core gap')} of ${CORE_GAP_LIMIT.toFixed(1)} or more.`
      : `Not ready yet: ${formatPercent(READY_THRESHOLD)} is needed${blocking > 0 ? `, with no core gap of ${CORE_GAP_LIMIT.toFixed(1)} or more (you have ${blocking})` : ''}.`;
  const readyRun = ladder.levels.filter((level, index) => level.ready && ladder.levels.slice(0, index).every((below) => below.ready));
  return {
    kind: 'scored',
    highestReady,
    targetTitle,
    readiness: formatPercent(target.readiness),
    verdict,
    next: ladder.next ? lookups.levelTitle(ladder.next) : 'None: every level is ready',
    why: {
      formula: READINESS_FORMULA,
      items: [
        { title: `${targetTitle} (your target)`, lines: explainLevel(target, lookups) },
        {
          title: 'Highest level ready',
          lines: [
            'The top of the unbroken run of ready levels from the first rung.',
            readyRun.length > 0
              ? `Ready from the first rung up: ${listWords(readyRun.map((level) => lookups.levelTitle(level.level)))}.`
              : `The first rung, ${lookups.levelTitle(first?.level ?? '')}, is not ready, so no level is.`,
            ladder.next ? `The next level is the first one not ready: ${lookups.levelTitle(ladder.next)}.` : 'Every level is ready.',
          ],
        },
      ],
    },
  };
}

function buildLadder(results: SessionResults, lookups: Lookups): LadderView {
  const rows = results.ladder.levels.map((level): LadderRow => {
    const readinessText = level.readiness === null ? 'Not enough answers' : formatPercent(level.readiness);
    return {
      levelId: level.level,
      title: lookups.levelTitle(level.level),
      percent: level.readiness === null ? null : Math.round(level.readiness * 100),
      readinessText,
      ready: level.ready,
      readyText: level.readiness === null ? 'Not enough answers' : level.ready ? 'Ready' : 'Not ready',
      isTarget: level.level === results.targetLevel,
      blockingText: level.readiness === null ? '—' : String(level.blockingCoreGaps.length),
      coverageText: formatPercent(level.coverage),
      barLabel: level.readiness === null ? 'n/a' : level.ready ? `✓ ${formatPercent(level.readiness)} ready` : formatPercent(level.readiness),
    };
  });
  const ready = rows.filter((row) => row.ready);
  const top = results.ladder.highestReady ? lookups.levelTitle(results.ladder.highestReady) : null;
  const summary =
    ready.length === 0
      ? `No level is ready yet; readiness across the ${rows.length} levels runs from ${rows[0]?.readinessText ?? '—'} at the first rung to ${rows.at(-1)?.readinessText ?? '—'} at the top.`
      : `${plural(ready.length, 'level')} of ${rows.length} ${ready.length === 1 ? 'is' : 'are'} ready${top ? `, up to ${top} without a break` : ''}; readiness falls to ${rows.at(-1)?.readinessText ?? '—'} at ${rows.at(-1)?.title ?? 'the top'}.`;
  return {
    rows,
    summary,
    why: {
      formula: READINESS_FORMULA,
      items: results.ladder.levels.map((level) => {
        const source = lookups.pack.levels.find((candidate) => candidate.id === level.level)?.provenance;
        return {
          title: lookups.levelTitle(level.level),
          lines: [...explainLevel(level, lookups), ...(source ? [`The level is ${provenanceText(source)}.`] : [])],
        };
      }),
    },
  };
}

function buildRadars(results: SessionResults, lookups: Lookups): RadarView[] {
  const gapOf = new Map(results.target.gaps.map((gap) => [gap.competency, gap]));
  const targetTitle = lookups.levelTitle(results.targetLevel);
  return (['technical', 'soft'] as const).flatMap((questionnaire): RadarView[] => {
    const scores = results.scores.filter((score) => score.questionnaire === questionnaire);
    if (scores.length === 0) return [];
    const rows = scores.map((score): RadarRow => {
      const gap = gapOf.get(score.competency);
      const title = lookups.competencyTitle(score.competency);
      return {
        competencyId: score.competency,
        title,
        label: shortLabel(title),
        scoreText: score.used.value === null ? 'No score' : formatNumber(score.used.value),
        targetText: gap ? String(gap.target) : '—',
        gapText: gap?.gap === null || gap?.gap === undefined ? '—' : formatNumber(gap.gap),
        importanceText: gap?.importance ?? '—',
        mentorText: score.mentor === null ? '—' : formatNumber(score.mentor),
      };
    });
    const points = scores.flatMap((score): RadarPoint[] =>
      score.used.value === null
        ? []
        : [{ label: shortLabel(lookups.competencyTitle(score.competency)), you: score.used.value, target: gapOf.get(score.competency)?.target ?? 0, mentor: score.mentor }],
    );
    const scored = scores.filter((score) => score.used.value !== null);
    const atOrAbove = scored.filter((score) => {
      const gap = gapOf.get(score.competency);
      return gap?.gap === 0 || !gap;
    }).length;
    const unscored = scores.length - scored.length;
    const title = `${QUESTIONNAIRE_TITLES[questionnaire]} competencies`;
    const summary =
      scored.length === 0
        ? `None of the ${scores.length} ${questionnaire === 'soft' ? 'soft-skill' : 'technical'} competencies has a score yet.`
        : `You meet the ${targetTitle} target on ${atOrAbove} of ${plural(scored.length, 'scored competency', 'scored competencies')} and fall short on ${scored.length - atOrAbove}${unscored > 0 ? `; ${unscored} without a score are left out` : ''}.`;
    return [
      {
        questionnaire,
        title,
        rows,
        points,
        hasMentor: scores.some((score) => score.mentor !== null),
        summary,
        why: {
          formula: `Each score is the weighted mean of your self-ratings for that competency, on 0–4 (question weight 1 unless the pack says otherwise); “Not sure” and unanswered questions are left out, never counted as 0. The target is what ${targetTitle} expects.`,
          items: scores.map((score) => {
            const gap = gapOf.get(score.competency);
            return {
              title: lookups.competencyTitle(score.competency),
              lines: [explainScore(score, lookups), gap ? explainTarget(gap, lookups) : `${targetTitle} sets no target for it.`],
            };
          }),
        },
      },
    ];
  });
}

/** Bar height and axis room per gap row, so the chart's height is known before it loads. */
const GAP_ROW_HEIGHT = 30;
const GAP_CHART_EXTRA = 80;

function buildGaps(results: SessionResults, lookups: Lookups): GapsView {
  const levelTitle = lookups.levelTitle(results.targetLevel);
  const positive = results.target.gaps
    .map((gap, order) => ({ gap, order }))
    .filter((item): item is { gap: Gap & { gap: number; score: number }; order: number } => item.gap.gap !== null && item.gap.gap > 0)
    // Largest first; equal gaps put core before supporting, then keep the pack's order.
    .sort((a, b) => b.gap.gap - a.gap.gap || b.gap.weight - a.gap.weight || a.order - b.order)
    .map(({ gap }) => gap);
  const rows = positive.map((gap): GapRow => {
    const title = lookups.competencyTitle(gap.competency);
    const core = gap.importance === 'core';
    return {
      competencyId: gap.competency,
      title,
      label: core ? `◆ ${title}` : title,
      gap: gap.gap,
      gapText: formatNumber(gap.gap),
      scoreText: formatNumber(gap.score),
      targetText: String(gap.target),
      core,
      importanceText: core ? 'Core' : 'Supporting',
      focusArea: gap.focusArea.text,
    };
  });
  const core = rows.filter((row) => row.core).length;
  const largest = rows[0];
  const unscored = results.target.unscored.length;
  const summary =
    rows.length === 0
      ? `You meet every ${levelTitle} target that has a score${unscored > 0 ? `; ${plural(unscored, 'competency', 'competencies')} without a score could not be compared` : ''}.`
      : `You fall short of ${levelTitle} on ${plural(rows.length, 'competency', 'competencies')}, ${core} of them core; the largest gap is ${largest?.title ?? ''} at ${largest?.gapText ?? ''} point${largest?.gap === 1 ? '' : 's'}${unscored > 0 ? `, and ${unscored} without a score are not shown` : ''}.`;
  return {
    levelTitle,
    rows,
    summary,
    chartHeight: Math.max(1, rows.length) * GAP_ROW_HEIGHT + GAP_CHART_EXTRA,
    why: {
      formula: `Gap = max(0, target − score) for each competency ${levelTitle} expects; core gaps (marked ◆ core) weigh ${CORE_WEIGHT} in readiness, supporting ones ${SUPPORTING_WEIGHT}.`,
      items: positive.map((gap) => {
        const score = results.scores.find((candidate) => candidate.competency === gap.competency);
        return {
          title: lookups.competencyTitle(gap.competency),
          lines: [explainGap(gap), explainTarget(gap, lookups), ...(score ? [explainScore(score, lookups)] : [])],
        };
      }),
    },
  };
}

function buildCalibration(results: SessionResults, lookups: Lookups): CalibrationView {
  const withEvidence = results.scores.filter((score) => score.evidence.answered > 0);
  const compared = results.scores.filter((score) => score.calibration !== null);
  const flagged = compared.filter((score) => score.calibration?.flag);
  const rows = flagged.map((score): CalibrationRow => {
    const flag = score.calibration?.flag === 'under' ? 'under' : 'over';
    return {
      title: lookups.competencyTitle(score.competency),
      selfText: formatNumber(score.self.value ?? 0),
      evidenceText: `${formatNumber(score.evidence.value ?? 0)} (${score.evidence.best} of ${score.evidence.answered} best)`,
      differenceText: `${(score.calibration?.difference ?? 0) > 0 ? '+' : ''}${formatNumber(score.calibration?.difference ?? 0)}`,
      flag,
      flagText: flag === 'over' ? '▲ Possibly over-confident' : '▼ Possibly under-confident',
    };
  });
  const state: CalibrationView['state'] =
    withEvidence.length === 0 ? 'no-scenarios' : compared.length === 0 ? 'nothing-to-compare' : flagged.length === 0 ? 'agree' : 'flags';
  const text = {
    'no-scenarios': 'You answered no scenario questions, so there is no evidence to compare your self-ratings with. The full assessment has them.',
    'nothing-to-compare': 'None of the competencies you answered scenarios for has a self-rating too, so there is nothing to compare.',
    agree: `Your scenario answers agree with your self-ratings, within ${CALIBRATION_FLAG} points, on all ${plural(compared.length, 'competency', 'competencies')} that have both.`,
    flags: `On ${plural(flagged.length, 'competency', 'competencies')} of ${compared.length} with both, your scenario answers and your self-rating differ by ${CALIBRATION_FLAG} points or more.`,
  }[state];
  return {
    state,
    text,
    rows,
    why: {
      formula: `Evidence = the share of a competency’s scenario questions answered best × 4. Calibration = self-rating − evidence; ${CALIBRATION_FLAG} or more flags possible over-confidence, −${CALIBRATION_FLAG} or less possible under-confidence. Scenarios never change readiness.`,
      items: compared.map((score) => ({
        title: lookups.competencyTitle(score.competency),
        lines: [
          `${formatNumber(score.self.value ?? 0)} − ${formatNumber(score.evidence.value ?? 0)} = ${formatNumber(score.calibration?.difference ?? 0)}, the evidence from ${score.evidence.best} of ${score.evidence.answered} scenario answers best (${score.evidence.answers.map((answer) => `“${lookups.promptOf(answer.questionId)}” ${answer.best ? 'best' : 'not best'}`).join('; ')}).`,
        ],
      })),
    },
  };
}

const KIND_TEXT = { certification: 'Certification', course: 'Course', degree: 'Degree' } as const;

function buildCertifications(results: SessionResults, lookups: Lookups): CertificationsView {
  const advice = results.certifications;
  const levelTitle = lookups.levelTitle(advice.level);
  const byId = new Map(lookups.pack.certifications.map((certification) => [certification.id, certification]));
  const items = advice.chosen.flatMap((pick): CertificationItem[] => {
    const certification = byId.get(pick.certification);
    if (!certification) return [];
    return [
      {
        id: certification.id,
        name: certification.name,
        kindText: KIND_TEXT[certification.kind],
        issuer: certification.issuer ?? 'Several providers',
        effort: `${certification.effort.text} (about ${formatNumber(certification.effort.hours.min)}–${formatNumber(certification.effort.hours.max)} hours)`,
        gainText: `Closes ${formatNumber(pick.gain)} of the weighted gap (${formatPercent(advice.totalGap > 0 ? pick.gain / advice.totalGap : 0)} of it).`,
        closes: pick.closes.map((close) => ({
          title: lookups.competencyTitle(close.competency),
          text: `closes ${formatNumber(close.closed)} of the ${formatNumber(close.openBefore)} open`,
        })),
      },
    ];
  });
  const state: CertificationsView['state'] = advice.totalGap === 0 ? 'no-gap' : items.length === 0 ? 'no-match' : 'chosen';
  const text = {
    'no-gap': `You have no gap for ${levelTitle} among the competencies with a score, so no certification is recommended.`,
    'no-match': `None of the pack’s certifications suited to ${levelTitle} builds a competency you have a gap in, so none is recommended.`,
    chosen: `Together these ${plural(items.length, 'credential')} cover ${formatPercent(advice.coveredShare)} of your weighted gap for ${levelTitle} (${formatNumber(advice.covered)} of ${formatNumber(advice.totalGap)}).`,
  }[state];
  const rankedById = new Map(advice.ranked.map((item) => [item.certification, item]));
  return {
    state,
    text,
    items,
    why: {
      formula: `Each certification suited to ${levelTitle} is ranked by Σ gap × importance weight × strength over the competencies it builds. Then up to ${MAX_RECOMMENDED_CERTIFICATIONS} are picked one at a time, each closing strength × the weighted gap still open, so two never claim the same gap twice. Total weighted gap Σ gap × weight = ${formatNumber(advice.totalGap)}; the set closes ${formatNumber(advice.covered)}${advice.totalGap > 0 ? ` = ${formatPercent(advice.coveredShare)}` : ''}.`,
      items: advice.chosen.map((pick, order) => {
        const ranked = rankedById.get(pick.certification);
        const certification = byId.get(pick.certification);
        return {
          title: `${order + 1}. ${lookups.certificationName(pick.certification)}`,
          lines: [
            ranked
              ? `Rank value ${ranked.addresses.map((item) => `${formatNumber(item.gap)} × ${item.weight} × ${formatNumber(item.strength)} (${lookups.competencyTitle(item.competency)})`).join(' + ')} = ${formatNumber(ranked.value)}.`
              : '',
            `Picked closing ${pick.closes.map((close) => `${formatNumber(close.closed)} of ${formatNumber(close.openBefore)} on ${lookups.competencyTitle(close.competency)}`).join(', ')}: ${formatNumber(pick.gain)} in all.`,
            ...(certification ? [`The pack lists it as ${provenanceText(certification.provenance)}.`] : []),
          ].filter(Boolean),
        };
      }),
    },
  };
}

const HORIZON_TITLES: Record<number, string> = { 30: 'Next 30 days', 60: 'By 60 days', 90: 'By 90 days' };

function buildPlan(results: SessionResults, lookups: Lookups): PlanView {
  const plan = results.plan;
  const levelTitle = lookups.levelTitle(plan.level);
  const recommended = new Set(results.certifications.chosen.map((pick) => pick.certification));
  return {
    levelTitle,
    text:
      plan.items.length === 0
        ? `There is no gap for ${levelTitle} to plan for among the competencies with a score.`
        : `Your ${plural(plan.items.length, 'largest gap')} for ${levelTitle}, the most important first, each with on-the-job actions and the credentials that build it.`,
    horizons: plan.horizons
      .filter((horizon) => horizon.items.length > 0)
      .map((horizon) => ({
        days: horizon.days,
        title: HORIZON_TITLES[horizon.days] ?? `By ${horizon.days} days`,
        items: horizon.items.map((item) => ({
          competencyId: item.competency,
          title: lookups.competencyTitle(item.competency),
          detail: `Gap ${formatNumber(item.gap)}, ${item.importance}; priority ${formatNumber(item.priority)}.`,
          actions: item.actions.map((action) => ({ id: action.id, text: action.text })),
          certifications: item.certifications.map((id) => ({ id, name: lookups.certificationName(id), recommended: recommended.has(id) })),
        })),
      })),
    why: {
      formula: `The ${PLAN_ITEMS} largest gaps by priority = gap × importance weight (core ${CORE_WEIGHT}, supporting ${SUPPORTING_WEIGHT}); the first third is due in 30 days, the next by 60, the rest by 90.`,
      items: plan.items.map((item) => ({
        title: lookups.competencyTitle(item.competency),
        lines: [`${formatNumber(item.gap)} × ${item.importance === 'core' ? CORE_WEIGHT : SUPPORTING_WEIGHT} = ${formatNumber(item.priority)}: due within ${item.horizon} days.`],
      })),
    },
  };
}

function buildSalary(results: SessionResults, lookups: Lookups): SalaryView | null {
  const levels = lookups.pack.levels;
  const level = results.ladder.next ? levels.find((candidate) => candidate.id === results.ladder.next) : levels.at(-1);
  if (!level) return null;
  return {
    levelTitle: level.title,
    text: results.ladder.next
      ? `${level.title} is the next level, the first one you are not ready for yet.`
      : `You are ready for every level; ${level.title} is the top one.`,
    median: formatUsd(level.salary.usMedian),
    average: formatUsd(level.salary.usAverage),
    source: `Source: ${provenanceText(level.salary.provenance)}.`,
  };
}

function buildEvidence(session: Session, lookups: Lookups): EvidenceNote[] {
  const order = new Map(lookups.pack.competencies.map((competency, index) => [competency.id, index]));
  return Object.entries(session.evidence)
    .filter(([, text]) => text.trim() !== '')
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1))
    .map(([competencyId, text]) => ({ competencyId, title: lookups.competencyTitle(competencyId), text }));
}

/** The whole Results screen for one session, ready to lay out. */
export function buildResultsView(pack: Pack, session: Session, results: SessionResults): ResultsView {
  const lookups = lookupsOf(pack);
  const assessment = pack.assessments.find((candidate) => candidate.id === session.assessmentId);
  const when = session.completedAt ?? session.updatedAt;
  return {
    packTitle: pack.meta.title,
    assessmentTitle: assessment?.title ?? session.assessmentId,
    dateText: formatDate(when),
    status: session.completedAt ? `Completed ${formatDate(session.completedAt)}` : `In progress, last saved ${formatDate(session.updatedAt)}`,
    targetTitle: lookups.levelTitle(results.targetLevel),
    basisText: BASIS_TEXT[session.basis],
    versionNote:
      session.packVersion === pack.meta.version
        ? null
        : `Answered with version ${session.packVersion} of the pack and scored with version ${pack.meta.version}.`,
    notEnoughAnswers: results.notEnoughAnswers,
    headline: buildHeadline(results, lookups, results.targetLevel),
    ladder: buildLadder(results, lookups),
    radars: buildRadars(results, lookups),
    gaps: buildGaps(results, lookups),
    calibration: buildCalibration(results, lookups),
    certifications: buildCertifications(results, lookups),
    plan: buildPlan(results, lookups),
    salary: buildSalary(results, lookups),
    evidence: buildEvidence(session, lookups),
  };
}

/** "2026-03-03" from the session's completion (else last save) time, for export file names. */
export function exportDate(session: Session): string {
  return (session.completedAt ?? session.updatedAt).slice(0, 10);
}

export const sessionJsonFileName = (session: Session) => `rungs-session-${exportDate(session)}.json`;
export const resultsCsvFileName = (session: Session) => `rungs-results-${exportDate(session)}.csv`;

/** The full session record, as the importer reads it back. */
export const serializeSessionJson = (session: Session): string => JSON.stringify(session, null, 2);
