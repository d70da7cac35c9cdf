import { afterNextFrame, NO_FRAME_WAIT_MS } from './after-next-frame';

/** The part of Element Timing this reads (not in TypeScript's DOM types yet). */
interface ElementTiming extends PerformanceEntry {
  readonly identifier: string;
  readonly renderTime: number;
}

/**
 * Runs `work` once, after the browser reports an element marked `elementtiming={identifier}` on screen: presented,
 * not only drawn by the page, which can be a few frames earlier. Only a presentation at or after `since` (a
 * `performance.now()` time) counts, so an element of that name shown on an earlier screen does not. Where the browser
 * does not report element timing, after the next frame (afterNextFrame); where the element is never presented (a
 * hidden tab, scrolled out of view), after NO_FRAME_WAIT_MS. Returns a function that cancels the work if it has not
 * run yet.
 */
export function afterShown(identifier: string, since: number, work: () => void): () => void {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('element')) {
    return afterNextFrame(work);
  }
  let done = false;
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
  };
  const run = () => {
    if (done) return;
    stop();
    work();
  };
  const observer = new PerformanceObserver((list) => {
    const entries = list.getEntries() as ElementTiming[];
    if (entries.some((entry) => entry.identifier === identifier && entry.renderTime >= since)) run();
  });
  const fallback = setTimeout(run, NO_FRAME_WAIT_MS);
  observer.observe({ type: 'element', buffered: true });
  return stop;
}
