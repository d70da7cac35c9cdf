import { useEffect } from 'react';

/** Each screen names itself in the tab and in screen readers' page announcements. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Rungs`;
  }, [title]);
}
