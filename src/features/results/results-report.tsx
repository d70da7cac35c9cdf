import { memo, useDeferredValue, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useMediaQuery, WIDE_SCREEN } from '@/components/use-media-query';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/score-session';
import { MentorPanel } from './mentor-panel';
import { downloadSessionJson, ResultsActions } from './results-actions';
import { GapFigure, GroupsFigure, LadderFigure } from './results-figures';
import { Headline, WhatNextSection } from './headline-section';
import { PrintingContext } from './report-section';
import { CalibrationSection, CertificationsSection, EvidenceSection, PlanSection, SalarySection } from './results-sections';
import type { FirstScreenView, ResultsView } from './results-view';
import { PackChangeNote } from '@/components/pack-change';
import type { PackMigrationReport } from '@/domain/records/pack-migration';

/**
 * A printed report cannot be clicked: open every folded section and data table while printing, and fold back
 * afterwards those that were closed. "Why?" stays as the reader left it (print hides it). Folded sections draw
 * their body only when needed, so the whole report is drawn first, synchronously: the browser prints right after
 * "beforeprint" returns.
 */
function useOpenFoldsWhilePrinting(root: RefObject<HTMLElement | null>): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // A set: "beforeprint" can come twice before "afterprint" (print preview, then print).
    const opened = new Set<HTMLDetailsElement>();
    const before = () => {
      flushSync(() => setPrinting(true));
      for (const details of root.current?.querySelectorAll<HTMLDetailsElement>('details.figure-data:not([open]), details.section-fold:not([open])') ?? []) {
        details.open = true;
        opened.add(details);
      }
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened.clear();
      setPrinting(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [root]);
  return printing;
}

/**
 * Marks the header line drawn in the first screenful's frame: once the browser reports it presented, the whole pack
 * may start downloading (useReadyPacksOnceShown) without delaying what the screen shows first.
 */
export const RESULTS_SHOWN_MARK = 'results-first-screen';

interface Props {
  session: Session;
  /** The record as stored, when `session` is it read through a newer pack version: downloads save the record itself. */
  stored?: Session;
  /** What the pack changed since the session was answered, to list what is kept aside. */
  packChange?: PackMigrationReport | null;
  results: SessionResults;
  /** The header, the headline and what next: from the pack's scoring part while the whole pack is on its way. */
  view: FirstScreenView;
  /** The whole pack and the whole view: the rest of the report draws once they are here. */
  whole: { pack: Pack; view: ResultsView } | null;
}

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

export function ResultsReport({ session, stored = session, packChange = null, results, view, whole }: Props) {
  useDocumentTitle(view.documentTitle);
  const root = useRef<HTMLElement>(null);
  const printing = useOpenFoldsWhilePrinting(root);
  const wide = useMediaQuery(WIDE_SCREEN);
  // The verdict and what to do next are what people come for: the first render paints the header, the headline and
  // "What next" alone, and the rest of the report follows in a background render that gives way to input (false
  // first, then true).
  const rest = useDeferredValue(true, false);
  const { headline } = view;
  return (
    <PrintingContext value={printing}>
      <article ref={root} className="results" aria-labelledby="results-title">
        <header className="results-header">
          <ScreenHeading id="results-title">{view.heading}</ScreenHeading>
          <p className="results-meta" elementtiming={RESULTS_SHOWN_MARK}>
            {view.assessmentTitle} · {view.status} · target <strong>{view.targetTitle}</strong>
          </p>
          <PackChangeNote message={view.versionNote} report={packChange} />
          {view.notApplicableText && <p className="muted">{view.notApplicableText}</p>}
        </header>
        <Headline headline={headline} sessionId={session.id} />
        {headline.kind === 'scored' && <WhatNextSection pack={whole?.pack} session={session} headline={headline} onExport={() => downloadSessionJson(stored)} />}
        {/* Below the first screenful: what is drawn later only adds to the page under it, never moves it. */}
        {(rest || printing) && whole && (
          <>
            {!view.notEnoughAnswers && (
              <>
                <Contents view={whole.view} />
                <ReportBody view={whole.view} open={wide} />
              </>
            )}
            {/* For every session, "Me" included: a mentor may sit with anyone. Shown even before there are scores;
                keyed so its open state and unsaved note never carry over to another session. */}
            <MentorPanel key={session.id} session={session} pack={whole.pack} results={results} />
            <EvidenceSection notes={whole.view.evidence} defaultOpen={wide} />
            <footer className="results-footer">
              <p className="muted">
                {view.packTitle} · {view.basisText}
              </p>
              <ResultsActions session={stored} report={{ pack: whole.pack, results }} />
            </footer>
          </>
        )}
      </article>
    </PrintingContext>
  );
}
