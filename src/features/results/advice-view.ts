import type { Certification } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import { lowestSuitedLevel } from '@/domain/recommend/certifications';
import { MAX_RECOMMENDED_CERTIFICATIONS, PLAN_ITEMS } from '@/domain/recommend/constants';
import { CALIBRATION_FLAG, CORE_WEIGHT, SUPPORTING_WEIGHT } from '@/domain/scoring/constants';
import type { SessionResults } from '@/domain/score-session';
import { nextRungAbove } from '@/domain/scoring/standing';
import { formatNumber, formatPercent, formatUsd, listWords, plural } from '@/lib/format';
import { provenanceText, studyHours, type Lookups, type Why } from './results-explain';

/*
 * The advice and the rest: calibration against scenarios, certifications, the 30/60/90-day plan, salary context and
 * the person's own evidence notes.
 */

/** A plan lists at most this many credentials per competency: the rest are in the certifications section. */
export const PLAN_CREDENTIALS = 2;

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
  /** "Accredited certification", "Professional body", "Training provider's course (counts for half)". */
  recognitionText: string;
  issuer: string;
  /** Who may sit it, when the pack says. */
  eligibility: string | null;
  /** What a reader must know first: an unverified issuer, a note. */
  caution: string | null;
  effort: string;
  gainText: string;
  closes: readonly { title: string; text: string }[];
}

export interface CertificationsView {
  state: 'no-gap' | 'no-match' | 'chosen';
  text: string;
  items: readonly CertificationItem[];
  /** Why a later step (the Black Belt) is not offered where its first step (the Green Belt) is; null when none is. */
  laterText: string | null;
  why: Why;
}

export interface PlanItemView {
  competencyId: string;
  title: string;
  detail: string;
  actions: readonly { id: string; text: string }[];
  /** `laterText`: "a later step, from Production Manager" for a credential held back for the person's rung; else null. */
  certifications: readonly { id: string; name: string; recommended: boolean; laterText: string | null }[];
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
  /** Figures from other sources, each with where it comes from. */
  otherFigures: readonly { label: string; amount: string; source: string }[];
  /** That the sources differ, and how. */
  caveat: string | null;
}

export interface EvidenceNote {
  competencyId: string;
  title: string;
  text: string;
}


export function buildCalibration(results: SessionResults, lookups: Lookups): CalibrationView {
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

const RECOGNITION_TEXT: Record<Certification['recognition'], string> = {
  accredited: 'Accredited',
  'professional-body': 'Awarded by a professional or standards body',
  'vendor-course': 'A training provider’s course: counts for half an accredited credential',
};

const KIND_TEXT = { certification: 'Certification', course: 'Course', degree: 'Degree' } as const;

/**
 * The credentials a pick includes that would have closed some of the gap and are not in the set (one picked before
 * its includer stays): why they are left out beside it.
 */
function includedText(includes: readonly string[], advice: SessionResults['certifications'], lookups: Lookups): string {
  const left = includes
    .filter((id) => advice.ranked.some((item) => item.certification === id) && !advice.chosen.some((pick) => pick.certification === id))
    .map((id) => lookups.certificationName(id));
  if (left.length === 0) return '';
  return `It includes ${listWords(left)}, so ${left.length === 1 ? 'that is' : 'those are'} not recommended beside it.`;
}

/** The title of the lowest rung a held-back credential suits: the one it waits for; null where the pack names none. */
function waitsFor(certificationId: string, lookups: Lookups): string | null {
  const certification = lookups.pack.certifications.find((candidate) => candidate.id === certificationId);
  const from = certification && lowestSuitedLevel(lookups.pack, certification);
  return from ? lookups.levelTitle(from) : null;
}

/** For each credential held back whose first step was picked: the rung it waits for, and that its first step comes first. */
function laterStepsText(advice: SessionResults['certifications'], lookups: Lookups): string | null {
  const sentences = advice.heldBack.flatMap((held) => {
    const picked = held.firstSteps.filter((id) => advice.chosen.some((pick) => pick.certification === id));
    const from = waitsFor(held.certification, lookups);
    if (picked.length === 0 || !from) return [];
    return [
      `${lookups.certificationName(held.certification)} waits until you are ${from} or above: it includes ${listWords(picked.map((id) => lookups.certificationName(id)))}, which comes first.`,
    ];
  });
  return sentences.length > 0 ? sentences.join(' ') : null;
}

export function buildCertifications(results: SessionResults, lookups: Lookups): CertificationsView {
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
        recognitionText: RECOGNITION_TEXT[certification.recognition],
        issuer: certification.issuer ?? 'Several providers',
        eligibility: certification.eligibility ?? null,
        caution:
          [certification.verified === false ? 'No recognized awarding body could be confirmed for this credential: check the issuer before you pay.' : null, certification.note ?? null]
            .filter(Boolean)
            .join(' ') || null,
        effort: `${certification.effort.text} (${studyHours(certification.effort)})`,
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
    laterText: state === 'chosen' ? laterStepsText(advice, lookups) : null,
    why: {
      formula: `Each certification suited to ${levelTitle} is ranked by Σ gap × importance weight × strength over the competencies it builds. Then up to ${MAX_RECOMMENDED_CERTIFICATIONS} are picked one at a time, each closing strength × the weighted gap still open, so two never claim the same gap twice; one that a pick already includes (a Green Belt beside the Black Belt) is not picked, and one that includes another waits for the rungs it suits: below them, what it includes is ranked in its place. Total weighted gap Σ gap × weight = ${formatNumber(advice.totalGap)}; the set closes ${formatNumber(advice.covered)}${advice.totalGap > 0 ? ` = ${formatPercent(advice.coveredShare)}` : ''}.`,
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
            includedText(certification?.includes ?? [], advice, lookups),
            ...(certification ? [`The pack lists it as ${provenanceText(certification.provenance, lookups.sourceTitle)}.`] : []),
          ].filter(Boolean),
        };
      }),
    },
  };
}

const HORIZON_TITLES: Record<number, string> = { 30: 'Next 30 days', 60: 'By 60 days', 90: 'By 90 days' };

export function buildPlan(results: SessionResults, lookups: Lookups): PlanView {
  const plan = results.plan;
  const levelTitle = lookups.levelTitle(plan.level);
  const recommended = new Set(results.certifications.chosen.map((pick) => pick.certification));
  const laterText = (id: string): string | null => {
    if (!results.certifications.heldBack.some((held) => held.certification === id)) return null;
    const from = waitsFor(id, lookups);
    return from ? `a later step, from ${from}` : 'a later step';
  };
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
          certifications: item.certifications
            .slice(0, PLAN_CREDENTIALS)
            .map((id) => ({ id, name: lookups.certificationName(id), recommended: recommended.has(id), laterText: laterText(id) })),
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

export function buildSalary(results: SessionResults, lookups: Lookups, currentLevel: string | null): SalaryView | null {
  const levels = lookups.pack.levels;
  const nextId = nextRungAbove(levels.map((level) => level.id), currentLevel);
  const level = levels.find((candidate) => candidate.id === (nextId ?? currentLevel)) ?? levels.at(-1);
  if (!level) return null;
  const current = currentLevel ? levels.find((candidate) => candidate.id === currentLevel) : undefined;
  return {
    levelTitle: level.title,
    text: nextId
      ? current
        ? `${level.title} is the next rung above your role as ${current.title}.`
        : `${level.title} is the first rung of the ladder.`
      : `${level.title} is the top rung, the role you hold.`,
    median: formatUsd(level.salary.usMedian),
    average: formatUsd(level.salary.usAverage),
    source: `Source: ${provenanceText(level.salary.provenance, lookups.sourceTitle)}.`,
    otherFigures: (level.salary.otherFigures ?? []).map((figure) => ({
      label: figure.label,
      amount: formatUsd(figure.amount),
      source: `${figure.source}, ${provenanceText(figure.provenance, lookups.sourceTitle)}`,
    })),
    caveat: level.salary.caveat ?? null,
  };
}

export function buildEvidence(session: Session, lookups: Lookups): EvidenceNote[] {
  const order = new Map(lookups.pack.competencies.map((competency, index) => [competency.id, index]));
  return Object.entries(session.evidence)
    .filter(([, text]) => text.trim() !== '')
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1))
    .map(([competencyId, text]) => ({ competencyId, title: lookups.competencyTitle(competencyId), text }));
}

