import { useDeferredValue, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { LoadingStatus } from '@/components/loading-status';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useMediaQuery, WIDE_SCREEN } from '@/components/use-media-query';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import type { SessionResults } from '@/domain/score-session';
import { downloadSessionJson } from './results-actions';
import { Headline, WhatNextSection } from './headline-section';
import { PrintingContext } from './report-section';
import type { ReportRest as RestOfReport } from './report-rest';
import type { FirstScreenView, ResultsView } from './results-view';
import type { ReportRest } from './use-report-rest';
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
  /** The whole pack, once it is here. */
  pack: Pack | undefined;
  /** The whole view and the code that draws it: the rest of the report draws once the whole pack and its code are here. */
  whole: { pack: Pack; view: ResultsView; Rest: typeof RestOfReport } | null;
  /** The fetch of that code, to say so where it failed. */
  rest: Pick<ReportRest, 'failed' | 'retry'>;
}

export function ResultsReport({ session, stored = session, packChange = null, results, view, pack, whole, rest: restCode }: Props) {
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
        {headline.kind === 'scored' && <WhatNextSection pack={pack} session={session} headline={headline} onExport={() => downloadSessionJson(stored)} />}
        {/* Below the first screenful: what is drawn later only adds to the page under it, never moves it. */}
        {(rest || printing) && whole && (
          <whole.Rest session={session} stored={stored} pack={whole.pack} results={results} view={whole.view} wide={wide} />
        )}
        {/* Says more is coming, under what is shown, where a slow link keeps the rest a while. */}
        {!whole && !restCode.failed && <LoadingStatus>Loading the rest of the report…</LoadingStatus>}
        {restCode.failed && (
          <div role="alert" className="notice">
            <p>The rest of the report could not be loaded: there is no connection, and this copy of Rungs is not yet kept for offline use. Your answers are kept; try again once you are online.</p>
            <button type="button" onClick={restCode.retry}>
              Try again
            </button>
          </div>
        )}
      </article>
    </PrintingContext>
  );
}
