import { createElement, type ComponentType } from 'react';
import { useLoaded } from '@/lib/loading-boundary';

export interface LazyPart {
  /** The part, once its code has loaded: until then it suspends, and its LoadingBoundary shows the fallback. */
  Part: ComponentType;
  /** Starts loading its code (once for the page's life). */
  preload: () => Promise<{ default: ComponentType }>;
}

/**
 * A screen, or a part of one, whose code loads the first time it is shown, as React.lazy does, but waited for
 * through useLoaded: under a LoadingBoundary it then shows as soon as its code is in, not after React's fallback
 * throttle. A failed load is thrown to the nearest error boundary, every time it is shown again, as React.lazy does.
 */
export function lazyPart(load: () => Promise<{ default: ComponentType }>): LazyPart {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => (loading ??= load());
  function Part() {
    return createElement(useLoaded(preload()).default);
  }
  return { Part, preload };
}
