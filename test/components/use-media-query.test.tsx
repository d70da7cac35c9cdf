import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '@/components/use-media-query';

/** A matchMedia whose one list can be made to match, counting what the hook asks of it. */
function fakeMatchMedia() {
  const listeners = new Set<() => void>();
  const list = {
    matches: false,
    addEventListener: vi.fn((_type: string, listener: () => void) => listeners.add(listener)),
    removeEventListener: vi.fn((_type: string, listener: () => void) => listeners.delete(listener)),
  };
  const matchMedia = vi.fn(() => list);
  const change = (matches: boolean) => {
    list.matches = matches;
    for (const listener of listeners) listener();
  };
  return { matchMedia, list, change };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useMediaQuery', () => {
  it('should say whether the query matches, and re-render when that changes', () => {
    const media = fakeMatchMedia();
    vi.stubGlobal('matchMedia', media.matchMedia);
    const { result } = renderHook(() => useMediaQuery('(min-width: 10rem)'));
    expect(result.current).toBe(false);
    act(() => media.change(true));
    expect(result.current).toBe(true);
  });

  it('should ask the browser once per query and stay subscribed across re-renders, not once per render', () => {
    const media = fakeMatchMedia();
    vi.stubGlobal('matchMedia', media.matchMedia);
    const { rerender, unmount } = renderHook(() => useMediaQuery('(min-width: 20rem)'));
    for (let i = 0; i < 5; i += 1) rerender();
    expect(media.matchMedia).toHaveBeenCalledTimes(1);
    expect(media.list.addEventListener).toHaveBeenCalledTimes(1);
    expect(media.list.removeEventListener).not.toHaveBeenCalled();
    unmount();
    expect(media.list.removeEventListener).toHaveBeenCalledTimes(1);
  });

  it('should say false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => useMediaQuery('(min-width: 30rem)'));
    expect(result.current).toBe(false);
  });
});
