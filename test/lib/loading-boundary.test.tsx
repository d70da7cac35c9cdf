import { useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLoading, LoadingBoundary, useLoaded, whenNothingLoading } from '@/lib/loading-boundary';
import { FailureBoundary } from '../fixtures/failure-boundary';

type ActGlobal = typeof globalThis & { IS_REACT_ACT_ENVIRONMENT?: boolean };

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

/** Lets React's scheduler (setImmediate in Node) and the microtasks run a few times. */
const turns = async (count = 10) => {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LoadingBoundary and useLoaded', () => {
  it('should show the fallback while a child waits, then the child with what arrived', async () => {
    const data = deferred<string>();
    function Reader() {
      return <h1>{useLoaded(data.promise)}</h1>;
    }
    render(
      <LoadingBoundary fallback={<p>Reading…</p>}>
        <Reader />
      </LoadingBoundary>,
    );
    expect(screen.getByText('Reading…')).toBeInTheDocument();
    await act(async () => data.resolve('Your results'));
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeInTheDocument();
  });

  it('should read a promise that has settled already in the same render, with no fallback, and read nothing for none', async () => {
    const ready = Promise.resolve('Pack list');
    await ready;
    const fallbacks: string[] = [];
    function Fallback() {
      useEffect(() => void fallbacks.push('shown'));
      return <p>Reading…</p>;
    }
    function Reader() {
      const first = useLoaded(ready);
      const none = useLoaded<string>(undefined);
      return <h1>{`${first} ${none ?? 'and nothing else'}`}</h1>;
    }
    // The first render may not know the promise has settled (nothing had read it): React waits a microtask for it.
    await act(async () => {
      render(
        <LoadingBoundary fallback={<Fallback />}>
          <Reader />
        </LoadingBoundary>,
      );
    });
    expect(screen.getByRole('heading', { name: 'Pack list and nothing else' })).toBeInTheDocument();
    fallbacks.length = 0;
    render(
      <LoadingBoundary fallback={<Fallback />}>
        <Reader />
      </LoadingBoundary>,
    );
    expect(screen.getAllByRole('heading', { name: 'Pack list and nothing else' })).toHaveLength(2);
    expect(fallbacks).toEqual([]);
  });

  it('should hand a failure to the nearest error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const data = deferred<string>();
    function Reader() {
      return <h1>{useLoaded(data.promise)}</h1>;
    }
    render(
      <FailureBoundary>
        <LoadingBoundary fallback={<p>Reading…</p>}>
          <Reader />
        </LoadingBoundary>
      </FailureBoundary>,
    );
    await act(async () => data.reject(new Error('Failed to fetch')));
    expect(screen.getByText('Failed: Failed to fetch')).toBeInTheDocument();
  });

  describe('outside act(), as in a browser, where React throttles what a fallback hid', () => {
    // Under act() React shows suspended content at once; outside it, React holds the content back on a timer until
    // about 300 ms after the fallback showed. The check comes a few scheduler turns after the data (well under that):
    // content on screen by then came through the boundary's own redraw, not React's timer.
    const mount = (tree: ReactNode) => {
      const container = document.createElement('div');
      document.body.append(container);
      const root = createRoot(container);
      root.render(tree);
      return { container, unmount: () => root.unmount() };
    };
    const outsideAct = async (run: () => Promise<void>) => {
      const global = globalThis as ActGlobal;
      const before = global.IS_REACT_ACT_ENVIRONMENT;
      global.IS_REACT_ACT_ENVIRONMENT = false;
      try {
        await run();
      } finally {
        global.IS_REACT_ACT_ENVIRONMENT = before;
      }
    };

    it('should show the content as soon as what it waited for arrives', async () => {
      await outsideAct(async () => {
        const data = deferred<string>();
        function Reader() {
          return <h1>{useLoaded(data.promise)}</h1>;
        }
        const view = mount(
          <LoadingBoundary fallback={<p>Reading…</p>}>
            <Reader />
          </LoadingBoundary>,
        );
        await turns();
        expect(view.container.textContent).toBe('Reading…');
        data.resolve('Your results');
        await turns();
        expect(view.container.textContent).toBe('Your results');
        view.unmount();
      });
    });
  });

  describe('isLoading and whenNothingLoading (what the service worker waits for)', () => {
    it('should report what every boundary waits for, and run the waiting work once the last of it has arrived', async () => {
      const code = deferred<string>();
      const pack = deferred<string>();
      function Reader({ promise }: { promise: Promise<string> }) {
        return <p>{useLoaded(promise)}</p>;
      }
      render(
        <>
          <LoadingBoundary fallback={<p>Loading…</p>}>
            <Reader promise={code.promise} />
          </LoadingBoundary>
          <FailureBoundary>
            <LoadingBoundary fallback={<p>Reading…</p>}>
              <Reader promise={pack.promise} />
            </LoadingBoundary>
          </FailureBoundary>
        </>,
      );
      expect(isLoading()).toBe(true);
      const work = vi.fn();
      whenNothingLoading(work);
      const cancelled = vi.fn();
      whenNothingLoading(cancelled)();
      await act(async () => code.resolve('Results'));
      expect(work).not.toHaveBeenCalled();
      expect(isLoading()).toBe(true);
      await act(async () => pack.reject(new Error('offline')));
      expect(work).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
      expect(isLoading()).toBe(false);
      expect(screen.getByText('Failed: offline')).toBeInTheDocument();
    });

    it('should run the work at once when nothing is loading', () => {
      const work = vi.fn();
      whenNothingLoading(work);
      expect(work).toHaveBeenCalledTimes(1);
    });
  });
});
