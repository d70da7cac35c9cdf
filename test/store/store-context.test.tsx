import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import { manualFrames } from '../fixtures/frames';

const unreadStore = () => createAppStore({ storage: memoryStorage(), loadRestore: () => import('@/domain/records/restore') });

describe('StoreProvider (when the records are read)', () => {
  const { drawFrame } = manualFrames(['setTimeout', 'clearTimeout']);

  it('should read them as it mounts, for a screen that shows them', () => {
    const store = unreadStore();
    const hydrate = vi.spyOn(store.getState(), 'hydrate');
    render(<StoreProvider store={store}>screen</StoreProvider>);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('should read them only once the first frame is drawn when asked to, and once', () => {
    const store = unreadStore();
    const hydrate = vi.spyOn(store.getState(), 'hydrate');
    render(<StoreProvider store={store} readAfterFirstFrame>screen</StoreProvider>);
    vi.advanceTimersByTime(0);
    expect(hydrate).not.toHaveBeenCalled();
    drawFrame();
    expect(hydrate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(hydrate).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(5000);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('should not read them once it is gone before the first frame', () => {
    const store = unreadStore();
    const hydrate = vi.spyOn(store.getState(), 'hydrate');
    const { unmount } = render(<StoreProvider store={store} readAfterFirstFrame>screen</StoreProvider>);
    unmount();
    drawFrame();
    vi.advanceTimersByTime(5000);
    expect(hydrate).not.toHaveBeenCalled();
  });
});
