import { useCallback, useSyncExternalStore } from 'react';

/**
 * One MediaQueryList per query for the page's life (its `matches` stays current): the question screen re-renders on
 * every answer, and asking matchMedia again each time was a visible part of a click at 4× CPU.
 */
const lists = new Map<string, MediaQueryList>();

function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches now, re-rendering when that changes; false where there is no matchMedia. */
export function useMediaQuery(query: string): boolean {
  // The same function for as long as the query is: a new one makes React unsubscribe and subscribe again each render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query);
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => mediaQueryList(query)?.matches ?? false, () => false);
}

/** Wider than a phone held upright: sections open, several questions per screen. */
export const WIDE_SCREEN = '(min-width: 48rem)';
