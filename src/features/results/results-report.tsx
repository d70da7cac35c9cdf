import { memo, useDeferredValue, useEffect, useRef, type RefObject } from 'react';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/scoring/score-session';
import { MentorPanel } from './mentor-panel';
import { ResultsActions } from './results-actions';
import { GapFigure, LadderFigure, RadarSection } from './results-figures';
import { CalibrationSection, CertificationsSection, EvidenceSection, Headline, PlanSection, SalarySection } from './results-sections';
import type { ResultsView } from './results-view';

/**
 * A printed report cannot be clicked: open the data tables folded into disclosures while printing, and fold
 * back afterwards those that were closed. "Why?" stays as the reader left it.
 */
function useOpenTablesWhilePrinting(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    // A set: "beforeprint" can come twice before "afterprint" (print preview, then print).
    const opened = new Set<HTMLDetailsElement>();
    const before = () => {
      for (const details of root.current?.querySelectorAll<HTMLDetailsElement>('details.figure-data:not([open])') ?? []) {
        details.open = true;
        opened.add(details);
      }
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened.clear();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [root]);
}

interface Props {
  session: Session;
  pack: Pack;
  results: SessionResults;
  view: ResultsView;
}

/** The figures and advice: the costly part to draw (the charts), so it redraws at low priority. */
const ReportBody = memo(function ReportBody({ view, sessionId }: { view: ResultsView; sessionId: string }) {
  return (
    <>
      <Headline headline={view.headline} sessionId={sessionId} />
      {!view.notEnoughAnswers && (
        <>
          <LadderFigure ladder={view.ladder} />
          <RadarSection radars={view.radars} targetTitle={view.targetTitle} />
          <GapFigure gaps={view.gaps} />
          <CalibrationSection calibration={view.calibration} />
          <CertificationsSection certifications={view.certifications} />
          <PlanSection plan={view.plan} />
          {view.salary && <SalarySection salary={view.salary} />}
        </>
      )}
    </>
  );
});

export function ResultsReport({ session, pack, results, view }: Props) {
  useDocumentTitle('Results');
  const root = useRef<HTMLElement>(null);
  useOpenTablesWhilePrinting(root);
  // A mentor rating 52 competencies in a row must not wait for every chart to redraw after each one: the panel
  // answers at once and the figures catch up in the background (interrupted, not queued, by the next change).
  const deferredView = useDeferredValue(view);
  return (
    <article ref={root} className="results" aria-labelledby="results-title">
      <header className="results-header">
        <ScreenHeading id="results-title">Results</ScreenHeading>
        <p className="results-meta">
          {view.packTitle} · {view.assessmentTitle} · {view.status}
        </p>
        <p>
          Target level: <strong>{view.targetTitle}</strong>. {view.basisText}
        </p>
        {view.versionNote && <p className="muted">{view.versionNote}</p>}
        <ResultsActions session={session} report={{ pack, results }} />
      </header>
      <ReportBody view={deferredView} sessionId={session.id} />
      {/* For every session, "Me" included: a mentor may sit with anyone. Shown even before there are scores; keyed so
          its open state and unsaved note never carry over to another session. */}
      <MentorPanel key={session.id} session={session} pack={pack} results={results} />
      <EvidenceSection notes={view.evidence} />
    </article>
  );
}
