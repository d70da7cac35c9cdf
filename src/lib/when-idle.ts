import { afterNextFrame } from './after-next-frame';

/**
 * Runs `work` once, when the page is next idle (requestIdleCallback), or after `timeoutMs` at the latest; where the
 * browser has no idle callbacks, in a task after the next frame. Returns a function that cancels it if it has not run.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback !== 'function') return afterNextFrame(work);
  const id = requestIdleCallback(() => work(), { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
