import { createElement, startTransition, useEffect, useState, type ComponentType } from 'react';

export interface LazyScreen {
  /** The screen: `placeholder` until its code has loaded, then the screen itself. */
  Screen: ComponentType;
  /** Starts loading its code (once for the page's life); settles when it has loaded or failed. */
  preload: () => Promise<void>;
}

/**
 * A screen whose code loads the first time it is shown, as React.lazy does, but put on screen by a state update
 * rather than a Suspense retry. React holds a retry's content back until 300 ms after the last fallback it showed
 * (its fallback throttle): a question screen or Results opened cold waited that out on any quick device once its code
 * and records were in. Loaded once, the screen renders at once, with no placeholder. A failed load is thrown to the
 * screen's error boundary, every time it is shown again, as React.lazy does.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>, Placeholder: ComponentType): LazyScreen {
  let loaded: ComponentType | undefined;
  let failed: { error: unknown } | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        failed = { error };
      },
    ));

  function Screen() {
    const [, setSettled] = useState(false);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      void preload().then(() => {
        // A transition: should the screen then wait for data of its own (a pack, the records), the placeholder stays
        // up meanwhile instead of a Suspense fallback, which would start React's throttle again.
        if (live) startTransition(() => setSettled(true));
      });
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed.error;
    return loaded ? createElement(loaded) : <Placeholder />;
  }
  return { Screen, preload };
}
