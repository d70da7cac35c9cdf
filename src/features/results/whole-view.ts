import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/score-session';
import { READY_THRESHOLD } from '@/domain/scoring/constants';
import { buildCalibration, buildCertifications, buildEvidence, buildPlan, buildSalary } from './advice-view';
import { buildGaps, buildGroups, buildLadder } from './figures-view';
import { buildHeadline, type Person } from './headline-view';
import { lookupsOf } from './results-explain';
import { headerOf, SELF, withLazyParts, type ResultsView } from './results-view';

/*
 * The whole report's view, from the whole pack: in the rest of the report's chunk (report-rest.tsx), which the
 * screen fetches with the whole pack once the first screenful is drawn, so the code that draws the verdict is all
 * the first download carries.
 */

/**
 * The whole Results screen for one session, ready to lay out; each part is built when first read. `packChangeNote`:
 * what changed in the pack since the session was answered (see pack-migration), said instead of the bare versions.
 */
export function buildResultsView(pack: Pack, session: Session, results: SessionResults, person: Person = SELF, packChangeNote: string | null = null): ResultsView {
  const lookups = lookupsOf(pack);
  const { base, currentLevel } = headerOf(pack, session, results, person, packChangeNote, lookups);
  return withLazyParts(base, {
    headline: () => buildHeadline(pack, session, results, lookups, { ...person, currentLevel }),
    ladder: () => buildLadder(results, lookups, currentLevel, Math.round(READY_THRESHOLD * 100)),
    groups: () => buildGroups(results, lookups),
    gaps: () => buildGaps(results, lookups),
    calibration: () => buildCalibration(results, lookups),
    certifications: () => buildCertifications(results, lookups),
    plan: () => buildPlan(results, lookups),
    salary: () => buildSalary(results, lookups, currentLevel),
    evidence: () => buildEvidence(session, lookups),
  });
}
