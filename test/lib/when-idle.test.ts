import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FRAME_WAIT_MS } from '@/lib/after-next-frame';
import { whenIdle } from '@/lib/when-idle';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('should ask the browser for an idle moment, with the latest time given, and cancel it when asked', () => {
    const asked: { callback: () => void; timeout: number | undefined }[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => asked.push({ callback, timeout: options?.timeout }));
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
    const work = vi.fn();
    const cancel = whenIdle(work, 500);
    expect(asked.map((entry) => entry.timeout)).toEqual([500]);
    expect(work).not.toHaveBeenCalled();
    asked[0]!.callback();
    expect(work).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('should fall back to after the next frame where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const work = vi.fn();
    whenIdle(work);
    expect(work).not.toHaveBeenCalled();
    // No frame drawn here: afterNextFrame's own longest wait.
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
