import { Component, Suspense, use, useEffect, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '@/app/lazy-screen';

const Placeholder = () => <p>Loading…</p>;

/** A module load the test settles when it chooses. */
function deferredModule() {
  let settle!: { resolve: (module: { default: () => ReactNode }) => void; reject: (error: Error) => void };
  const promise = new Promise<{ default: () => ReactNode }>((resolve, reject) => (settle = { resolve, reject }));
  return { load: vi.fn(() => promise), ...settle };
}

/** Records every Suspense fallback React puts on screen (the throttle starts from those). */
function fallbackRecorder() {
  const shown: string[] = [];
  function Fallback() {
    useEffect(() => void shown.push('fallback'));
    return <p>Fallback</p>;
  }
  return { shown, Fallback };
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error.message}</p> : this.props.children;
  }
}

describe('lazyScreen', () => {
  it('should show the placeholder until the code has loaded, then the screen, with no Suspense fallback on the way', async () => {
    const module = deferredModule();
    const { Screen } = lazyScreen(module.load, Placeholder);
    const { shown, Fallback } = fallbackRecorder();
    render(
      <Suspense fallback={<Fallback />}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => module.resolve({ default: () => <h1>Results</h1> }));
    expect(screen.getByRole('heading', { name: 'Results' })).toBeInTheDocument();
    expect(shown).toEqual([]);
    expect(module.load).toHaveBeenCalledTimes(1);
  });

  it('should keep the placeholder, not a fallback, while the loaded screen waits for data of its own', async () => {
    const module = deferredModule();
    const { Screen } = lazyScreen(module.load, Placeholder);
    const { shown, Fallback } = fallbackRecorder();
    let arrive!: (text: string) => void;
    const data = new Promise<string>((resolve) => (arrive = resolve));
    function Reader() {
      return <h1>{use(data)}</h1>;
    }
    render(
      <Suspense fallback={<Fallback />}>
        <Screen />
      </Suspense>,
    );
    await act(async () => module.resolve({ default: Reader }));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => arrive('Your results'));
    expect(screen.getByRole('heading', { name: 'Your results' })).toBeInTheDocument();
    expect(shown).toEqual([]);
  });

  it('should show a screen already loaded at once, and load its code only once', async () => {
    const module = deferredModule();
    const { Screen, preload } = lazyScreen(module.load, Placeholder);
    module.resolve({ default: () => <h1>About</h1> });
    await preload();
    render(<Screen />);
    expect(screen.getByRole('heading', { name: 'About' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    await preload();
    expect(module.load).toHaveBeenCalledTimes(1);
  });

  it('should hand a failed load to the error boundary, again when shown again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const module = deferredModule();
    const { Screen } = lazyScreen(module.load, Placeholder);
    const first = render(
      <Boundary>
        <Screen />
      </Boundary>,
    );
    await act(async () => module.reject(new Error('Failed to fetch dynamically imported module')));
    expect(screen.getByText('Failed: Failed to fetch dynamically imported module')).toBeInTheDocument();
    first.unmount();
    render(
      <Boundary>
        <Screen />
      </Boundary>,
    );
    expect(screen.getByText('Failed: Failed to fetch dynamically imported module')).toBeInTheDocument();
  });
});
