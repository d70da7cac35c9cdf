import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import type { PackEntry } from '@/packs/pack-registry';
import { isLoading } from '@/lib/loading-boundary';
import { useReadyPacksOnceShown } from '@/packs/use-packs-once-shown';

// The packs load when the hook asks and resolve when a test says; "shown" is reported when a test says.
const state = vi.hoisted(() => ({
  loaded: undefined as PackEntry[] | 'failed' | undefined,
  requested: 0,
  resolve: (_entries: PackEntry[]) => {},
  reject: () => {},
  shown: [] as { identifier: string; since: number; work: () => void; cancelled: boolean }[],
}));
vi.mock('@/packs/use-packs', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  loadedPackEntries: () => state.loaded,
  preloadPacks: () => {
    state.requested += 1;
    return new Promise<PackEntry[]>((resolve, reject) => {
      state.resolve = (entries) => {
        state.loaded = entries;
        resolve(entries);
      };
      state.reject = () => {
        state.loaded = 'failed';
        reject(new Error('the pack files could not be read'));
      };
    });
  },
}));
vi.mock('@/lib/after-shown', () => ({
  afterShown: (identifier: string, since: number, work: () => void) => {
    const watch = { identifier, since, work, cancelled: false };
    state.shown.push(watch);
    return () => (watch.cancelled = true);
  },
}));

const pack = { meta: { id: 'ipm' } } as Pack;
const entry: PackEntry = { status: 'ready', path: 'assessments/ipm.json', pack, counts: {} as never };

afterEach(() => {
  state.loaded = undefined;
  state.requested = 0;
  state.shown = [];
});

describe('useReadyPacksOnceShown', () => {
  it('should not ask for the packs until the marked element is shown, then give them, ready by id', async () => {
    const before = performance.now();
    const { result } = renderHook(() => useReadyPacksOnceShown('results-first-screen'));
    expect(result.current).toBe('loading');
    expect(state.requested).toBe(0);
    expect(state.shown).toHaveLength(1);
    expect(state.shown[0]).toMatchObject({ identifier: 'results-first-screen', cancelled: false });
    expect(state.shown[0]!.since).toBeGreaterThanOrEqual(before);

    // The page counts as loading from the first render (the service worker's install waits) until they arrive.
    expect(isLoading()).toBe(true);
    act(() => state.shown[0]!.work());
    expect(state.requested).toBe(1);
    expect(result.current).toBe('loading');
    await act(async () => state.resolve([entry]));
    expect(result.current).toEqual(new Map([['ipm', pack]]));
    expect(isLoading()).toBe(false);
  });

  it('should give packs already loaded at once, waiting for nothing', () => {
    state.loaded = [entry];
    const { result } = renderHook(() => useReadyPacksOnceShown('results-first-screen'));
    expect(result.current).toEqual(new Map([['ipm', pack]]));
    expect(state.shown).toHaveLength(0);
  });

  it('should say failed when the packs could not be loaded', async () => {
    const { result } = renderHook(() => useReadyPacksOnceShown('results-first-screen'));
    act(() => state.shown[0]!.work());
    // The screen then waits with packEntries, which says what went wrong.
    await act(async () => state.reject());
    expect(result.current).toBe('failed');
    expect(isLoading()).toBe(false);
  });

  it('should stop waiting when the screen goes away before it is shown', async () => {
    const { unmount } = renderHook(() => useReadyPacksOnceShown('results-first-screen'));
    expect(isLoading()).toBe(true);
    unmount();
    expect(state.shown[0]!.cancelled).toBe(true);
    await Promise.resolve();
    expect(isLoading()).toBe(false);
  });
});
