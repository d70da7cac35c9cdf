import { startTransition, useEffect, useState } from 'react';
import type { Pack } from '@/domain/pack/schema';
import { afterShown } from '@/lib/after-shown';
import { countAsLoading } from '@/lib/loading-boundary';
import { readyPacksOf } from './ready-packs';
import { loadedPackEntries, preloadPacks } from './use-packs';

/**
 * The packs without waiting for them: 'loading' until every pack is loaded and checked (the screen re-renders then),
 * 'failed' when that failed (the screen then waits with packEntries, which reports it as before).
 *
 * Unless something started them already, they start once the screen's element marked `elementtiming={shownMark}` is
 * on screen (see afterShown): on a slow link the whole packs would otherwise share the connection, and the page's
 * thread, with what the screen shows first.
 */
export function useReadyPacksOnceShown(shownMark: string): ReadonlyMap<string, Pack> | 'loading' | 'failed' {
  const [loaded, setLoaded] = useState(loadedPackEntries);
  // When this screen first rendered: what was shown before it does not count as shown.
  const [since] = useState(() => performance.now());
  useEffect(() => {
    if (loaded !== undefined) return;
    let live = true;
    // From now until they have arrived, the page is still loading: the service worker's install waits for them.
    let arrived = () => {};
    countAsLoading(new Promise<void>((resolve) => (arrived = resolve)));
    // A transition: what the packs add to the screen is drawn in slices that give way to input, not as one long task.
    const settle = () => {
      arrived();
      if (live) startTransition(() => setLoaded(loadedPackEntries() ?? 'failed'));
    };
    const cancel = afterShown(shownMark, since, () => void preloadPacks().then(settle, settle));
    return () => {
      live = false;
      arrived();
      cancel();
    };
  }, [loaded, shownMark, since]);
  if (loaded === undefined) return 'loading';
  return loaded === 'failed' ? 'failed' : readyPacksOf(loaded);
}
