import { createElement, type ComponentType } from 'react';
import { useLoaded } from '@/lib/loading-boundary';

/**
 * A screen, or a part of one, whose code loads the first time it is shown, as React.lazy does, but waited for
 * through useLoaded: under a LoadingBoundary it then shows as soon as its code is in, not after React's fallback
 * throttle. A failed load is thrown to the nearest error boundary, every time it is shown again, as React.lazy does.
 */
export function lazyPart(load: () => Promise<{ default: ComponentType }>): ComponentType {
  let loading: Promise<{ default: ComponentType }> | undefined;
  // Until its code is in, it suspends, and its LoadingBoundary shows the fallback.
  return function Part() {
    return createElement(useLoaded((loading ??= load())).default);
  };
}
