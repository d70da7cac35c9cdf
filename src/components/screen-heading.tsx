import { useEffect, useRef, type ReactNode } from 'react';

// Set by the first hash change: from then on a screen that mounts has been navigated to.
let navigated = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    navigated = true;
  });
}

/**
 * A screen's h1. After a navigation it takes focus when it mounts, so keyboard and screen-reader users land on
 * the screen that changed instead of staying on the link they pressed — however long a lazy screen took to load.
 * On first load it does not: the browser starts at the top, where the skip link is. `focusOnMount` asks for it
 * anyway, for screens that change without a navigation (the questionnaire's Next).
 */
export function ScreenHeading({ id, children, focusOnMount = false }: { id?: string; children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated || focusOnMount) ref.current?.focus();
    // Only on mount: a screen that re-renders keeps focus where the user put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
