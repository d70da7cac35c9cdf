import { useEffect, useRef, type RefObject } from 'react';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/scoring/score-session';
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

export function ResultsReport({ session, pack, results, view }: Props) {
  useDocumentTitle('Results');
  const root = useRef<HTMLElement>(null);
  useOpenTablesWhilePrinting(root);
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
      <Headline headline={view.headline} sessionId={session.id} />
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
      <EvidenceSection notes={view.evidence} />
    </article>
  );
}
