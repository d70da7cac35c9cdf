import { LoadingStatus } from '@/components/loading-status';
import { ScreenHeading } from '@/components/screen-heading';
import { useEffect, useState, type ReactNode } from 'react';
import { useDocumentTitle } from '@/components/use-document-title';
import { lazyPart } from '@/lib/lazy-part';
import { LoadingBoundary } from '@/lib/loading-boundary';
import { packsRequested } from '@/packs/use-packs';

// Start, resume and recent results need the form library, the validators and stored data: they load after the shell,
// and so does the list of packs, which waits for the packs anyway.
const HomeActions = lazyPart(() => import('@/features/home/home-actions'));
const InstalledPacks = lazyPart(() => import('@/features/home/installed-packs'));

/**
 * False for the first paint, true right after it: on the app's first screen, the introduction shows before the forms'
 * code, the validators and the packs start downloading, so on a slow connection nothing competes with it. Coming back
 * to Home later, all of that is already here: it shows at once, with no "Loading…" flash.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(packsRequested);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame paints; the timer then runs once it has.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}

function AfterFirstPaint({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const painted = useAfterFirstPaint();
  return <LoadingBoundary fallback={fallback}>{painted ? children : fallback}</LoadingBoundary>;
}

export function HomePage() {
  useDocumentTitle('Home');
  return (
    <>
      <section className="intro" aria-labelledby="home-title">
        <ScreenHeading id="home-title">Find the gaps between you and the next rung</ScreenHeading>
        <p className="lead">
          Rungs asks you about the technical and people skills of industrial production management, scores your answers
          against what each career level expects, from Assistant Production Manager to VP of Operations, and recommends
          the certifications and on-the-job actions that close your gaps.
        </p>
        <p>Everything stays in this browser: nothing you enter is sent anywhere.</p>
      </section>
      <AfterFirstPaint fallback={<LoadingStatus />}>
        <HomeActions />
      </AfterFirstPaint>
      <section aria-labelledby="packs-title">
        <h2 id="packs-title">Assessment content</h2>
        <AfterFirstPaint fallback={<p role="status">Loading assessments…</p>}>
          <InstalledPacks />
        </AfterFirstPaint>
      </section>
    </>
  );
}
