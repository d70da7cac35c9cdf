/** Where no frame comes (a hidden tab draws none), the longest `afterNextFrame` waits. */
export const NO_FRAME_WAIT_MS = 1000;

/**
 * Runs `work` once, in a task of its own after the next frame has been drawn: work a click starts but its screen does
 * not wait for (a write to storage) then never delays what the click shows. A hidden tab draws no frames; there it
 * runs after NO_FRAME_WAIT_MS. Returns a function that cancels the work if it has not run yet.
 */
export function afterNextFrame(work: () => void): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, NO_FRAME_WAIT_MS);
  // A task posted from the frame's own callback runs once that frame's style, layout and paint are done.
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run, 0);
  });
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(task);
    cancelAnimationFrame(frame);
  };
}
