import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** One competency per screen on a phone, a few on a wide screen. */
export function useCompetenciesPerScreen(): number {
  return useMediaQuery('(min-width: 48rem)') ? 3 : 1;
}
