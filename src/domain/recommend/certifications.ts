import type { Certification, Recognition } from '@/domain/pack/schema';
import type { ScoringPack } from '@/domain/pack/scoring-pack';
import { MAX_RECOMMENDED_CERTIFICATIONS } from './constants';
import type { LevelReadiness } from '@/domain/scoring/readiness';

/**
 * How much of its stated strength a credential is given, by how it is recognised: a training provider's catalogue
 * course is worth half an accredited or professional-body credential as evidence of the skill.
 */
export const RECOGNITION_FACTOR: Readonly<Record<Recognition, number>> = {
  accredited: 1,
  'professional-body': 1,
  'vendor-course': 0.5,
};

/**
 * Ranking tier: a vendor course never ranks or is picked above an accredited or professional-body credential that
 * addresses a gap, however its value compares; within a tier, value decides.
 */
const tierOf = (recognition: Recognition): number => (recognition === 'vendor-course' ? 1 : 0);

/** The strength the engine uses: the pack's strength × the recognition factor. */
export function effectiveStrength(certification: Pick<Certification, 'recognition'>, strength: number): number {
  return strength * RECOGNITION_FACTOR[certification.recognition];
}

/** One gap a certification addresses, and how much of it. */
export interface AddressedGap {
  competency: string;
  gap: number;
  weight: number;
  /** The pack's strength × the recognition factor. */
  strength: number;
  /** gap × weight × strength: this gap's part of the certification's rank value. */
  value: number;
}

export interface RankedCertification {
  certification: string;
  recognition: Recognition;
  /** RECOGNITION_FACTOR of its recognition, already applied to each strength. */
  factor: number;
  /** Σ gap × importance weight × strength (recognition applied) over the gaps it addresses. */
  value: number;
  addresses: readonly AddressedGap[];
}

export interface Recommendation {
  certification: string;
  /** Weighted gap this pick closes of what was still open when it was picked. */
  gain: number;
  /** Per competency: weighted gap open before this pick, and how much of it the pick closes. */
  closes: readonly { competency: string; openBefore: number; closed: number }[];
}

/** A credential suited to the level but left for a later rung, and the ones it includes, ranked in its place. */
export interface HeldBack {
  certification: string;
  firstSteps: readonly string[];
}

export interface CertificationAdvice {
  level: string;
  /** Σ gap × weight over the level's gaps. */
  totalGap: number;
  /** Every certification suited to the level that addresses a gap, best first. */
  ranked: readonly RankedCertification[];
  /** The greedy set, in the order picked. */
  chosen: readonly Recommendation[];
  /** Weighted gap the chosen set closes; never above totalGap. */
  covered: number;
  /** covered / totalGap (0 when there is no gap). */
  coveredShare: number;
  /** Later steps held back for someone not yet on a rung they suit (see recommendCertifications). */
  heldBack: readonly HeldBack[];
}

export interface RecommendOptions {
  maxCount?: number;
  /**
   * The rung the person holds (null: none yet). When given, a credential that includes another (the Black Belt
   * includes the Green Belt) is a later step for someone below every rung it suits: it is held back, and what it
   * includes is ranked in its place, where that suits the level. Left out, every suited credential is ranked.
   */
  currentLevel?: string | null;
}

/** The lowest rung, in the pack's order, that a credential suits; undefined when it suits none the pack has. */
export function lowestSuitedLevel(pack: Pick<ScoringPack, 'levels'>, certification: { suitsLevels: readonly string[] }): string | undefined {
  return pack.levels.find((each) => certification.suitsLevels.includes(each.id))?.id;
}

/** The credentials held back for someone on `currentLevel` (see RecommendOptions), each with its first steps. */
function heldBackFor(pack: ScoringPack, level: string, currentLevel: string | null | undefined): HeldBack[] {
  if (currentLevel === undefined) return [];
  const rank = new Map(pack.levels.map((each, index) => [each.id, index]));
  const current = currentLevel === null ? -1 : (rank.get(currentLevel) ?? -1);
  const suits = new Map(pack.certifications.map((certification) => [certification.id, certification.suitsLevels]));
  return pack.certifications.flatMap((certification) => {
    if (!certification.suitsLevels.includes(level) || !certification.includes?.length) return [];
    const lowest = rank.get(lowestSuitedLevel(pack, certification) ?? '') ?? Infinity;
    if (current >= lowest) return [];
    const firstSteps = certification.includes.filter((id) => suits.get(id)?.includes(level));
    return firstSteps.length > 0 ? [{ certification: certification.id, firstSteps }] : [];
  });
}

const EPSILON = 1e-9;

/** What ranking and picking compare: the tier, the weighted gap closed, and how much of it is core. */
interface Candidate {
  id: string;
  tier: number;
  value: number;
  core: number;
}

/**
 * Ranks the certifications suited to the level by the gap they address, then picks a short set greedily:
 * each pick closes strength × the weighted gap still open on each competency it builds, so two
 * certifications on the same gap never claim more than the gap. Strength is scaled by recognition, and vendor
 * courses come after every accredited or professional-body credential that still closes something. Between two that
 * close as much, the one closing more of the core gaps comes first, then the shorter one. A credential another pick
 * `includes` is not picked beside it. Given the person's rung, a later step is held back for its first
 * (RecommendOptions.currentLevel).
 */
export function recommendCertifications(
  pack: ScoringPack,
  level: LevelReadiness,
  { maxCount = MAX_RECOMMENDED_CERTIFICATIONS, currentLevel }: RecommendOptions = {},
): CertificationAdvice {
  const heldBack = heldBackFor(pack, level.level, currentLevel);
  const held = new Set(heldBack.map((item) => item.certification));
  const open = new Map<string, number>();
  const gapOf = new Map<string, { gap: number; weight: number }>();
  const core = new Set<string>();
  for (const gap of level.gaps) {
    if (gap.gap !== null && gap.gap > 0) {
      open.set(gap.competency, gap.gap * gap.weight);
      gapOf.set(gap.competency, { gap: gap.gap, weight: gap.weight });
      if (gap.importance === 'core') core.add(gap.competency);
    }
  }
  const hoursOf = new Map(pack.certifications.map((certification) => [certification.id, certification.effort.hours.min] as const));
  /**
   * The one order of the ranking and of each greedy pick: tier, then value. Between two credentials that close as
   * much, the one that closes more of the core gaps (which decide readiness), then the shorter one, then the id: a tie
   * was settled by the alphabet alone, and a new supervisor whose top gaps were safety was offered CPIM, on capacity
   * planning, before OSHA 30 on those very gaps.
   */
  const before = (a: Candidate, b: Candidate) =>
    a.tier - b.tier ||
    (Math.abs(b.value - a.value) > EPSILON ? b.value - a.value : 0) ||
    b.core - a.core ||
    (hoursOf.get(a.id) ?? 0) - (hoursOf.get(b.id) ?? 0) ||
    (a.id < b.id ? -1 : 1);
  const totalGap = [...open.values()].reduce((sum, value) => sum + value, 0);

  const ranked: RankedCertification[] = [];
  for (const certification of pack.certifications) {
    if (!certification.suitsLevels.includes(level.level) || held.has(certification.id)) continue;
    const factor = RECOGNITION_FACTOR[certification.recognition];
    const addresses: AddressedGap[] = [];
    for (const build of certification.builds) {
      const gap = gapOf.get(build.competency);
      if (!gap) continue;
      const strength = build.strength * factor;
      addresses.push({ competency: build.competency, gap: gap.gap, weight: gap.weight, strength, value: gap.gap * gap.weight * strength });
    }
    const value = addresses.reduce((sum, item) => sum + item.value, 0);
    if (value > EPSILON) ranked.push({ certification: certification.id, recognition: certification.recognition, factor, value, addresses });
  }
  const asCandidate = new Map(
    ranked.map((item) => [
      item,
      {
        id: item.certification,
        tier: tierOf(item.recognition),
        value: item.value,
        core: item.addresses.reduce((sum, address) => sum + (core.has(address.competency) ? address.value : 0), 0),
      },
    ]),
  );
  ranked.sort((a, b) => before(asCandidate.get(a)!, asCandidate.get(b)!));

  const chosen: Recommendation[] = [];
  const strengthsOf = new Map(
    pack.certifications.map(
      (certification) =>
        [certification.id, certification.builds.map((build) => ({ competency: build.competency, strength: effectiveStrength(certification, build.strength) }))] as const,
    ),
  );
  const tierById = new Map(ranked.map((item) => [item.certification, tierOf(item.recognition)]));
  const includesOf = new Map(pack.certifications.map((certification) => [certification.id, certification.includes ?? []] as const));
  const candidates = ranked.map((item) => item.certification);
  while (chosen.length < maxCount) {
    let best: Candidate | null = null;
    for (const id of candidates) {
      // Neither twice, nor beside a credential that covers its ground (a Green Belt next to the Black Belt).
      if (chosen.some((pick) => pick.certification === id || includesOf.get(pick.certification)?.includes(id))) continue;
      let gain = 0;
      let coreGain = 0;
      for (const build of strengthsOf.get(id) ?? []) {
        const closes = (open.get(build.competency) ?? 0) * build.strength;
        gain += closes;
        if (core.has(build.competency)) coreGain += closes;
      }
      const tier = tierById.get(id) ?? 0;
      if (gain <= EPSILON) continue;
      const candidate = { id, tier, value: gain, core: coreGain };
      if (!best || before(candidate, best) < 0) best = candidate;
    }
    if (!best) break;
    const closes: { competency: string; openBefore: number; closed: number }[] = [];
    for (const build of strengthsOf.get(best.id) ?? []) {
      const before = open.get(build.competency);
      if (before === undefined || before <= 0) continue;
      const closed = before * build.strength;
      open.set(build.competency, before - closed);
      closes.push({ competency: build.competency, openBefore: before, closed });
    }
    chosen.push({ certification: best.id, gain: best.value, closes });
  }
  const remaining = [...open.values()].reduce((sum, value) => sum + value, 0);
  const covered = Math.min(totalGap, Math.max(0, totalGap - remaining));
  return { level: level.level, totalGap, ranked, chosen, covered, coveredShare: totalGap > 0 ? covered / totalGap : 0, heldBack };
}
