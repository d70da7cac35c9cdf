import type { Certification, FocusArea, Pack, Provenance } from '@/domain/pack/schema';
import type { ScoringPack } from '@/domain/pack/scoring-pack';
import type { CompetencyScore } from '@/domain/scoring/competency-scores';
import { CORE_GAP_LIMIT, CORE_WEIGHT, MIN_READINESS_COVERAGE, NEARLY_CORE_GAPS, NEARLY_THRESHOLD, READY_THRESHOLD, SUPPORTING_WEIGHT } from '@/domain/scoring/constants';
import type { Gap, LevelReadiness } from '@/domain/scoring/readiness';
import { READY_STATE_TEXT as STATE_TEXT } from '@/components/ready-state';
import { formatNumber, formatPercent, listWords, plural } from '@/lib/format';

/*
 * The words every part of the Results screen shares: names looked up from the pack, where an item comes from,
 * the ready rule in words, and the "Why?" lines behind a score, a target and a gap. Formulas live only here and
 * only in "Why?": the main text speaks plainly.
 */

export interface WhyItem {
  title: string;
  lines: readonly string[];
}

/** A "Why?" disclosure: the rule in words, then each term with its actual numbers and sources. */
export interface Why {
  formula: string;
  items: readonly WhyItem[];
}

/** The names the first screenful shows: a pack's scoring part has them. */
export interface TitleLookups {
  competencyTitle: (id: string) => string;
  levelTitle: (id: string) => string;
}

export interface Lookups extends TitleLookups {
  pack: Pack;
  certificationName: (id: string) => string;
  /** A level's focus area, with its words and source (a gap names only its id). */
  focusArea: (id: string) => FocusArea | undefined;
  promptOf: (questionId: string) => string;
  /** A seed file's title as a reader knows it ("Career guide: …"), never its file name. */
  sourceTitle: (seed: string) => string;
}

export function titleLookupsOf(pack: ScoringPack): TitleLookups {
  const competencies = new Map(pack.competencies.map((competency) => [competency.id, competency.title]));
  const levels = new Map(pack.levels.map((level) => [level.id, level.title]));
  return {
    competencyTitle: (id) => competencies.get(id) ?? id,
    levelTitle: (id) => levels.get(id) ?? id,
  };
}

export function lookupsOf(pack: Pack): Lookups {
  const certifications = new Map(pack.certifications.map((certification) => [certification.id, certification.name]));
  const prompts = new Map(pack.questions.map((question) => [question.id, question.prompt]));
  const sources = new Map(pack.meta.sources.map((source) => [source.seed, source.title]));
  const focusAreas = new Map(pack.levels.flatMap((level) => level.focusAreas.map((area) => [area.id, area] as const)));
  return {
    ...titleLookupsOf(pack),
    pack,
    certificationName: (id) => certifications.get(id) ?? id,
    focusArea: (id) => focusAreas.get(id),
    promptOf: (id) => prompts.get(id) ?? id,
    sourceTitle: (seed) => sources.get(seed) ?? 'a source document of this pack',
  };
}

/** Where an item comes from, in words: the source document's title and the short quote, or the authors' reason. */
export function provenanceText(provenance: Provenance, sourceTitle: (seed: string) => string): string {
  return provenance.kind === 'quoted'
    ? `from “${sourceTitle(provenance.seed)}”: “${provenance.quote}”`
    : `written by the pack’s authors: ${provenance.rationale}`;
}

/** A certification's typical study and exam time, as the headline and the advice both say it: "about 1,200–2,500 hours". */
export function studyHours({ hours }: Pick<Certification['effort'], 'hours'>): string {
  return `about ${formatNumber(hours.min)}–${formatNumber(hours.max)} hours`;
}

/** The one ready rule's words and shapes, shared with the dashboard. */
export { READY_STATE_TEXT as STATE_TEXT, READY_STATE_SYMBOL as STATE_SYMBOL, readinessFigure } from '@/components/ready-state';

export const READY_RULE = `Ready means ${formatPercent(READY_THRESHOLD)} or more with no core gap of ${formatNumber(CORE_GAP_LIMIT)} point or more; nearly ready means ${formatPercent(NEARLY_THRESHOLD)} or more with at most ${plural(NEARLY_CORE_GAPS, 'such core gap')}.`;

export const READINESS_FORMULA = `Readiness = Σ weight × min(score, target) ÷ Σ weight × target, over the competencies that have a score; core weighs ${CORE_WEIGHT}, supporting ${SUPPORTING_WEIGHT}. ${READY_RULE} With less than ${formatPercent(MIN_READINESS_COVERAGE)} of its target weight scored, no readiness is claimed.`;

/** How a competency's score was reached: the answers and weights, or why there is none. */
export function explainScore(score: CompetencyScore, lookups: Lookups): string {
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
    text = `Self-rating ${formatNumber(self.value)} = (${terms}) ÷ (${weights}), from ${self.answered} of ${plural(self.asked, 'question')}: ${answers}.`;
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
export function explainTarget(gap: Gap, lookups: Lookups): string {
  const focus = lookups.focusArea(gap.focusArea.id);
  const from = focus ? `, from the focus area “${focus.text}” — ${provenanceText(focus.provenance, lookups.sourceTitle)}` : '';
  return `Target ${gap.target} for ${lookups.levelTitle(gap.level)} (${gap.importance}, weight ${gap.weight})${from}.`;
}

export function explainGap(gap: Gap): string {
  if (gap.score === null || gap.gap === null) return 'No score, so no gap: left out of the readiness sums.';
  const score = formatNumber(gap.score);
  return `Gap = max(0, ${gap.target} − ${score}) = ${formatNumber(gap.gap)}; it earns ${gap.weight} × min(${score}, ${gap.target}) = ${formatNumber(gap.earned ?? 0)} of ${gap.weight} × ${gap.target} = ${formatNumber(gap.possible)}.`;
}

export function explainLevel(level: LevelReadiness, lookups: Pick<TitleLookups, 'competencyTitle'>): string[] {
  const lines: string[] = [];
  if (level.readiness === null) {
    lines.push(
      `Not enough answers: ${formatPercent(level.coverage)} of the level’s target weight has a score; ${formatPercent(MIN_READINESS_COVERAGE)} is needed.`,
    );
  } else {
    lines.push(`${formatNumber(level.earned)} ÷ ${formatNumber(level.possible)} = ${formatPercent(level.readiness)}, with ${formatPercent(level.coverage)} of its target weight scored.`);
    lines.push(
      level.blockingCoreGaps.length === 0
        ? `No core gap of ${formatNumber(CORE_GAP_LIMIT)} point or more.`
        : `Core gaps of ${formatNumber(CORE_GAP_LIMIT)} point or more: ${listWords(level.blockingCoreGaps.map(lookups.competencyTitle))}.`,
    );
    lines.push(`${STATE_TEXT[level.state]}.`);
  }
  if (level.unscored.length > 0) {
    lines.push(`No score, left out of both sums: ${listWords(level.unscored.map(lookups.competencyTitle))}.`);
  }
  return lines;
}
