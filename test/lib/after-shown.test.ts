import { describe, expect, it, vi } from 'vitest';
import { NO_FRAME_WAIT_MS } from '@/lib/after-next-frame';
import { afterShown } from '@/lib/after-shown';
import { manualFrames } from '../fixtures/frames';

/** A stand-in for the browser's PerformanceObserver that reports the element timings a test hands it. */
function stubElementTiming(supported: boolean) {
  const observers = new Set<{ callback: PerformanceObserverCallback; self: PerformanceObserver }>();
  class FakeObserver {
    static supportedEntryTypes = supported ? ['element', 'largest-contentful-paint'] : ['largest-contentful-paint'];
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe() {
      observers.add({ callback: this.callback, self: this as unknown as PerformanceObserver });
    }
    disconnect() {
      for (const observer of observers) if (observer.self === (this as unknown as PerformanceObserver)) observers.delete(observer);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    present: (identifier: string, renderTime: number) => {
      const entries = [{ entryType: 'element', identifier, renderTime }] as unknown as PerformanceEntryList;
      for (const { callback, self } of [...observers]) callback({ getEntries: () => entries } as PerformanceObserverEntryList, self);
    },
    watching: () => observers.size,
  };
}

describe('afterShown', () => {
  const { drawFrame } = manualFrames();

  it('should run the work once the marked element is reported presented at or after `since`, once, and stop watching', () => {
    const timing = stubElementTiming(true);
    const work = vi.fn();
    afterShown('results', 100, work);
    timing.present('other', 150);
    timing.present('results', 99);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    timing.present('results', 100);
    expect(work).toHaveBeenCalledTimes(1);
    expect(timing.watching()).toBe(0);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('should run the work anyway when the element is never presented (a hidden tab), once', () => {
    const timing = stubElementTiming(true);
    const work = vi.fn();
    afterShown('results', 0, work);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(work).toHaveBeenCalledTimes(1);
    timing.present('results', 5);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('should run nothing once cancelled', () => {
    const timing = stubElementTiming(true);
    const work = vi.fn();
    afterShown('results', 0, work)();
    timing.present('results', 5);
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(work).not.toHaveBeenCalled();
  });

  it('should wait for the next frame where the browser does not report element timing, and be cancellable there too', () => {
    stubElementTiming(false);
    const work = vi.fn();
    afterShown('results', 0, work);
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    afterShown('results', 0, cancelled)();
    drawFrame();
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
