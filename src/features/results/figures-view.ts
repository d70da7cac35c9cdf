import { CORE_WEIGHT, SUPPORTING_WEIGHT } from '@/domain/scoring/constants';
import { rankGaps, type ReadyState } from '@/domain/scoring/readiness';
import type { SessionResults } from '@/domain/score-session';
import { nextRungAbove } from '@/domain/scoring/standing';
import { formatNumber, plural } from '@/lib/format';
import {
  explainGap,
  explainLevel,
  explainScore,
  explainTarget,
  provenanceText,
  READINESS_FORMULA,
  readinessFigure,
  STATE_SYMBOL,
  STATE_TEXT,
  type Lookups,
  type Why,
} from './results-explain';

/*
 * The three figures: the ladder, the competency groups and the gaps. Each is drawn as a table whose cells hold a bar
 * and its number in words, so the chart is its own text alternative, reads in full at 360 px and prints as it is.
 */

export interface LadderRow {
  levelId: string;
  title: string;
  /** "your role", "next rung", "your target". */
  tags: readonly string[];
  /** 0–100, null when not enough answers: no bar rather than a 0. */
  percent: number | null;
  state: ReadyState;
  stateText: string;
  symbol: string;
  /** "86% · 3 core gaps": the figure with the reason it is not ready, written on the bar. */
  barLabel: string;
  coverageText: string;
}

export interface LadderView {
  rows: readonly LadderRow[];
  summary: string;
  /** Where the ready line sits on the bars, 0–100. */
  thresholdPercent: number;
  why: Why;
}

export interface CompetencyBar {
  competencyId: string;
  title: string;
  /** 0–4, null when unscored. */
  score: number | null;
  target: number | null;
  mentor: number | null;
  scoreText: string;
  targetText: string;
  /** max(0, target − score); null when unscored or not expected. */
  gap: number | null;
  gapText: string;
  core: boolean;
  /** "Core", "Supporting", "Not expected". */
  importanceText: string;
}

export interface GroupView {
  groupId: string;
  title: string;
  questionnaireTitle: string;
  /** An optional specialisation: shown with its scores, never counted towards readiness. */
  optional: boolean;
  rows: readonly CompetencyBar[];
  summary: string;
}

export interface GroupsView {
  targetTitle: string;
  groups: readonly GroupView[];
  hasMentor: boolean;
  summary: string;
  why: Why;
}

export interface GapRow {
  competencyId: string;
  title: string;
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
  why: Why;
}

export function buildLadder(results: SessionResults, lookups: Lookups, currentLevel: string | null, thresholdPercent: number): LadderView {
  const ids = results.ladder.levels.map((level) => level.level);
  const next = nextRungAbove(ids, currentLevel);
  const rows = results.ladder.levels.map((level): LadderRow => {
    const tags = [
      ...(level.level === currentLevel ? ['your role'] : []),
      ...(level.level === next ? ['next rung'] : []),
      ...(level.level === results.targetLevel ? ['your target'] : []),
    ];
    return {
      levelId: level.level,
      title: lookups.levelTitle(level.level),
      tags,
      percent: level.readiness === null ? null : Math.round(level.readiness * 100),
      state: level.state,
      stateText: STATE_TEXT[level.state],
      symbol: STATE_SYMBOL[level.state],
      barLabel: readinessFigure(level),
      coverageText: `${Math.round(level.coverage * 100)}%`,
    };
  });
  const count = (state: ReadyState) => rows.filter((row) => row.state === state).length;
  const ready = count('ready');
  const nearly = count('nearly');
  const summary =
    ready === 0 && nearly === 0
      ? `No level is ready or nearly ready yet; the highest readiness is ${rows.reduce((best, row) => Math.max(best, row.percent ?? 0), 0)}%.`
      : `${plural(ready, 'level')} of ${rows.length} ready${nearly > 0 ? `, ${nearly} nearly ready` : ''}.`;
  return {
    rows,
    summary,
    thresholdPercent,
    why: {
      formula: READINESS_FORMULA,
      items: results.ladder.levels.map((level) => {
        const source = lookups.pack.levels.find((candidate) => candidate.id === level.level)?.provenance;
        return {
          title: lookups.levelTitle(level.level),
          lines: [...explainLevel(level, lookups), ...(source ? [`The level is described ${provenanceText(source, lookups.sourceTitle)}.`] : [])],
        };
      }),
    },
  };
}

const QUESTIONNAIRE_TITLES = { technical: 'Technical', soft: 'Soft skills' } as const;

export function buildGroups(results: SessionResults, lookups: Lookups): GroupsView {
  const targetTitle = lookups.levelTitle(results.targetLevel);
  const gapOf = new Map(results.target.gaps.map((gap) => [gap.competency, gap]));
  const scoreOf = new Map(results.scores.map((score) => [score.competency, score]));
  const groups = lookups.pack.groups.flatMap((group): GroupView[] => {
    const competencies = lookups.pack.competencies.filter((competency) => competency.group === group.id);
    const rows = competencies.map((competency): CompetencyBar => {
      const score = scoreOf.get(competency.id);
      const gap = gapOf.get(competency.id);
      const value = score?.used.value ?? null;
      const target = gap && gap.target > 0 ? gap.target : null;
      const shortfall = target === null ? null : (gap?.gap ?? null);
      return {
        competencyId: competency.id,
        title: competency.title,
        score: value,
        target,
        mentor: score?.mentor ?? null,
        scoreText: value === null ? 'No score' : formatNumber(value),
        targetText: target === null ? '—' : String(target),
        gap: shortfall,
        gapText: shortfall === null ? '—' : formatNumber(shortfall),
        core: gap?.importance === 'core' && target !== null,
        importanceText: target === null ? 'Not expected' : gap?.importance === 'core' ? 'Core' : 'Supporting',
      };
    });
    if (rows.length === 0) return [];
    const expected = rows.filter((row) => row.target !== null && row.score !== null);
    const met = expected.filter((row) => row.gap === 0).length;
    return [
      {
        groupId: group.id,
        title: group.title,
        questionnaireTitle: QUESTIONNAIRE_TITLES[group.questionnaire],
        optional: group.optional === true,
        rows,
        summary: group.optional
          ? 'Optional specialization: shown for your interest, never counted toward readiness.'
          : expected.length === 0
            ? `No scored competency here that ${targetTitle} expects.`
            : `Target met on ${met} of ${expected.length}.`,
      },
    ];
  });
  const scored = results.scores.filter((score) => score.used.value !== null).length;
  return {
    targetTitle,
    groups,
    hasMentor: results.scores.some((score) => score.mentor !== null),
    summary: `Your score on each competency (0–4) against what ${targetTitle} expects, group by group; ${scored} of ${plural(results.scores.length, 'competency', 'competencies')} have a score.`,
    why: {
      formula: `Each score is the weighted mean of your self-ratings for that competency, on 0–4 (question weight 1 unless the pack says otherwise); “Not sure” and unanswered questions are left out, never counted as 0. The target is what ${targetTitle} expects.`,
      items: results.scores.map((score) => {
        const gap = gapOf.get(score.competency);
        return {
          title: lookups.competencyTitle(score.competency),
          lines: [explainScore(score, lookups), gap ? explainTarget(gap, lookups) : `${targetTitle} sets no target for it.`],
        };
      }),
    },
  };
}

export function buildGaps(results: SessionResults, lookups: Lookups): GapsView {
  const levelTitle = lookups.levelTitle(results.targetLevel);
  // The domain's one order: priority (gap × importance weight), then the pack's order.
  const ranked = rankGaps(results.target);
  const rows = ranked.map((gap): GapRow => {
    const core = gap.importance === 'core';
    return {
      competencyId: gap.competency,
      title: lookups.competencyTitle(gap.competency),
      gap: gap.gap,
      gapText: formatNumber(gap.gap),
      scoreText: formatNumber(gap.score),
      targetText: String(gap.target),
      core,
      importanceText: core ? 'Core' : 'Supporting',
      focusArea: lookups.focusArea(gap.focusArea.id)?.text ?? gap.focusArea.id,
    };
  });
  const core = rows.filter((row) => row.core).length;
  const unscored = results.target.unscored.length;
  const summary =
    rows.length === 0
      ? `You meet every ${levelTitle} target that has a score${unscored > 0 ? `; ${plural(unscored, 'competency', 'competencies')} without a score could not be compared` : ''}.`
      : `You fall short of ${levelTitle} on ${plural(rows.length, 'competency', 'competencies')}, ${core} of them core, the most important first${unscored > 0 ? `; ${unscored} without a score are not shown` : ''}.`;
  return {
    levelTitle,
    rows,
    summary,
    why: {
      formula: `Gap = max(0, target − score) for each competency ${levelTitle} expects, ordered by gap × importance weight (core ${CORE_WEIGHT}, supporting ${SUPPORTING_WEIGHT}).`,
      items: ranked.map((gap) => {
        const score = results.scores.find((candidate) => candidate.competency === gap.competency);
        return {
          title: lookups.competencyTitle(gap.competency),
          lines: [explainGap(gap), explainTarget(gap, lookups), ...(score ? [explainScore(score, lookups)] : [])],
        };
      }),
    },
  };
}
