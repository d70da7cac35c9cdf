import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

/** True while the report is being printed: every section draws its body, folded or not (see results-report). */
export const PrintingContext = createContext(false);

/** How far below the screen a folded section starts being drawn, so it opens at once when reached. */
const NEAR_MARGIN = '200px 0px';

/**
 * Whether `element` has come within NEAR_MARGIN of the screen (and stays true once it has). Drawn in a transition:
 * what a reader has not asked for yet never holds up a tap. Where there is no IntersectionObserver, never.
 */
function useCameNear(element: React.RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!watch || near || !target || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        startTransition(() => setNear(true));
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, watch, near]);
  return near;
}

/**
 * One part of the report below the first screenful: a section whose heading folds it. Open by default on a wide
 * screen, folded on a phone so the contents list and the headline are not buried; printing opens every one.
 * `children` is called only once the section is open, scrolled near or printed: a folded section costs nothing.
 */
export function ReportSection({ id, title, defaultOpen, children }: { id: string; title: string; defaultOpen: boolean; children: () => ReactNode }) {
  const printing = useContext(PrintingContext);
  const [opened, setOpened] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const near = useCameNear(ref, !(opened || defaultOpen));
  const drawn = opened || defaultOpen || printing || near;
  return (
    <section ref={ref} id={id} className="results-section report-section" aria-labelledby={`${id}-title`}>
      <details
        className="section-fold"
        open={defaultOpen}
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary>
          <h2 id={`${id}-title`}>{title}</h2>
        </summary>
        <div className="section-body">{drawn ? children() : null}</div>
      </details>
    </section>
  );
}
