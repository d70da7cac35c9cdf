import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame, NO_FRAME_WAIT_MS } from '@/lib/after-next-frame';
import { manualFrames } from '../fixtures/frames';

describe('afterNextFrame', () => {
  const { drawFrame } = manualFrames();

  it('should run the work in a task after the next frame, not in the frame itself, and once', () => {
    const work = vi.fn();
    afterNextFrame(work);
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    drawFrame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('should run the work anyway where no frame is drawn (a hidden tab), once', () => {
    const work = vi.fn();
    afterNextFrame(work);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(work).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('should run nothing once cancelled, before or after the frame', () => {
    const early = vi.fn();
    afterNextFrame(early)();
    drawFrame();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterNextFrame(late);
    drawFrame();
    cancel();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(late).not.toHaveBeenCalled();
  });
});
