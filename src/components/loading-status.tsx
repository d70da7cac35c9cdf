import type { ReactNode } from 'react';

/** What a screen says while it waits: read out by screen readers, styled as a pause ("Loading…" unless told). */
export function LoadingStatus({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  );
}
