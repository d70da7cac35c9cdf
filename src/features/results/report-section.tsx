import type { ReactNode } from 'react';

/**
 * One part of the report below the first screenful: a section whose heading folds it. Open by default on a wide
 * screen, folded on a phone so the contents list and the headline are not buried; printing opens every one.
 */
export function ReportSection({ id, title, defaultOpen, children }: { id: string; title: string; defaultOpen: boolean; children: ReactNode }) {
  return (
    <section id={id} className="results-section report-section" aria-labelledby={`${id}-title`}>
      <details className="section-fold" open={defaultOpen}>
        <summary>
          <h2 id={`${id}-title`}>{title}</h2>
        </summary>
        <div className="section-body">{children}</div>
      </details>
    </section>
  );
}
