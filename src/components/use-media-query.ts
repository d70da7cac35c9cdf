import { useSyncExternalStore } from 'react';

/** Whether a media query matches now, re-rendering when that changes; false where there is no matchMedia. */
export function useMediaQuery(query: string): boolean {
  const supported = typeof window !== 'undefined' && typeof window.matchMedia === 'function';
  return useSyncExternalStore(
    (onChange) => {
      if (!supported) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => supported && window.matchMedia(query).matches,
    () => false,
  );
}

/** Wider than a phone held upright: sections open, several questions per screen. */
export const WIDE_SCREEN = '(min-width: 48rem)';
