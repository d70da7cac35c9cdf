import type { ComponentType, ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '@/lib/lazy-part';
import { LoadingBoundary } from '@/lib/loading-boundary';
import { FailureBoundary } from '../fixtures/failure-boundary';

/** A module load the test settles when it chooses. */
function deferredModule() {
  let settle!: { resolve: (module: { default: () => ReactNode }) => void; reject: (error: Error) => void };
  const promise = new Promise<{ default: () => ReactNode }>((resolve, reject) => (settle = { resolve, reject }));
  return { load: vi.fn(() => promise), ...settle };
}

const inBoundary = (Part: ComponentType) => (
  <FailureBoundary>
    <LoadingBoundary fallback={<p>Loading…</p>}>
      <Part />
    </LoadingBoundary>
  </FailureBoundary>
);

describe('lazyPart', () => {
  it('should show its boundary’s fallback until the code has loaded, then the part, loading the code once', async () => {
    const module = deferredModule();
    const Part = lazyPart(module.load);
    render(inBoundary(Part));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => module.resolve({ default: () => <h1>Results</h1> }));
    expect(screen.getByRole('heading', { name: 'Results' })).toBeInTheDocument();
    render(inBoundary(Part));
    expect(screen.getAllByRole('heading', { name: 'Results' })).toHaveLength(2);
    expect(module.load).toHaveBeenCalledTimes(1);
  });

  it('should hand a failed load to the error boundary, again when shown again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const module = deferredModule();
    const Part = lazyPart(module.load);
    const first = render(inBoundary(Part));
    await act(async () => module.reject(new Error('Failed to fetch dynamically imported module')));
    expect(screen.getByText('Failed: Failed to fetch dynamically imported module')).toBeInTheDocument();
    first.unmount();
    render(inBoundary(Part));
    expect(screen.getByText('Failed: Failed to fetch dynamically imported module')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
