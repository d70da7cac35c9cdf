import { memo } from 'react';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/score-session';
import { MentorPanel } from './mentor-panel';
import { ResultsActions } from './results-actions';
import { GapFigure, GroupsFigure, LadderFigure } from './results-figures';
import { CalibrationSection, CertificationsSection, EvidenceSection, PlanSection, SalarySection } from './results-sections';
import type { ResultsView } from './results-view';

/*
 * The rest of the report, below the first screenful: its sections, the mentor's view and the downloads, with the code
 * that builds their view (whole-view.ts). A chunk of its own, fetched with the whole pack once the verdict is drawn
 * (use-report-rest.ts): the first download carries only what draws the verdict and what to do next.
 */

export { buildResultsView } from './whole-view';

const CONTENTS: readonly { id: string; label: string; when?: (view: ResultsView) => boolean }[] = [
  { id: 'results-gaps', label: 'Gaps' },
  { id: 'results-certifications', label: 'Certifications' },
  { id: 'results-plan', label: '30/60/90-day plan' },
  { id: 'results-ladder', label: 'Every level' },
  { id: 'results-groups', label: 'Competencies by group' },
  { id: 'results-calibration', label: 'Calibration', when: (view) => view.calibration.rows.length > 0 },
  { id: 'results-salary', label: 'Salary', when: (view) => view.salary !== null },
  { id: 'mentor-title', label: 'Mentor’s view' },
  { id: 'results-evidence', label: 'Evidence notes', when: (view) => view.evidence.length > 0 },
];

/** Opens the folded section a contents link points at, then moves there with the focus on its heading. */
function jumpTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  const fold = target.querySelector('details.section-fold') ?? target.closest('details');
  if (fold instanceof HTMLDetailsElement) fold.open = true;
  const summary = target.querySelector('summary, button') ?? target;
  target.scrollIntoView?.({ block: 'start' });
  if (summary instanceof HTMLElement) summary.focus({ preventScroll: true });
}

function Contents({ view }: { view: ResultsView }) {
  return (
    <nav className="results-contents" aria-label="Contents of the results">
      <h2 className="contents-title">On this page</h2>
      <ul>
        {CONTENTS.filter((item) => item.when?.(view) ?? true).map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                jumpTo(item.id);
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Everything below the first screenful: folded on a phone, open on a wide screen. */
const ReportBody = memo(function ReportBody({ view, open }: { view: ResultsView; open: boolean }) {
  return (
    <>
      {/* Each section builds its part of the view only when it is drawn: open, scrolled near or printed. */}
      <GapFigure levelTitle={view.targetTitle} load={() => view.gaps} defaultOpen={open} />
      <CertificationsSection load={() => view.certifications} defaultOpen={open} />
      <PlanSection load={() => view.plan} defaultOpen={open} />
      <LadderFigure load={() => view.ladder} defaultOpen={open} />
      {/* Every competency, group by group: a reference, folded on every screen until asked for. */}
      <GroupsFigure targetTitle={view.targetTitle} load={() => view.groups} defaultOpen={false} />
      <CalibrationSection calibration={view.calibration} defaultOpen={open} />
      {view.salary && <SalarySection salary={view.salary} defaultOpen={open} />}
    </>
  );
});

interface Props {
  /** The session as shown (read through the changelog where it was answered on an older pack version). */
  session: Session;
  /** The record as stored: what the downloads save. */
  stored: Session;
  pack: Pack;
  results: SessionResults;
  view: ResultsView;
  /** Sections open (a wide screen) or folded (a phone). */
  wide: boolean;
}

/** Everything the report draws under "What next", once the whole pack and this code are here. */
export function ReportRest({ session, stored, pack, results, view, wide }: Props) {
  return (
    <>
      {!view.notEnoughAnswers && (
        <>
          <Contents view={view} />
          <ReportBody view={view} open={wide} />
        </>
      )}
      {/* For every session, "Me" included: a mentor may sit with anyone. Shown even before there are scores;
          keyed so its open state and unsaved note never carry over to another session. */}
      <MentorPanel key={session.id} session={session} pack={pack} results={results} />
      <EvidenceSection notes={view.evidence} defaultOpen={wide} />
      <footer className="results-footer">
        <p className="muted">
          {view.packTitle} · {view.basisText}
        </p>
        <ResultsActions session={stored} report={{ pack, results }} />
      </footer>
    </>
  );
}
