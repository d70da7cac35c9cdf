import { renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { loadReportRest, useReportRest, type ReportRestCode } from '@/features/results/use-report-rest';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeSession, rating, renderResults } from './results-fixtures';

// The rest of the report's code arrives when the test says: held back, refused once, then given.
const rest = vi.hoisted(() => {
  let release = () => {};
  return {
    held: new Promise<void>((resolve) => (release = resolve)),
    release: () => release(),
    refuse: false,
  };
});
vi.mock('@/features/results/report-rest', async (importOriginal) => {
  await rest.held;
  if (rest.refuse) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

const packs = vi.hoisted(() => ({ current: new Map<string, Pack>() }));
vi.mock('@/packs/use-packs-once-shown', () => ({ useReadyPacksOnceShown: () => packs.current }));

const mini = makeMiniPack();
packs.current = new Map([[mini.meta.id, mini]]);
const answers = { 'lean-self-1': rating(2), 'lean-self-2': rating(2), 'safety-self-1': rating(1), 'leadership-self-1': rating(2) };

describe('the rest of the Results report', () => {
  it('should draw the verdict and what next before its code has arrived, say so if it cannot be fetched, and draw the rest once it is', async () => {
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers })], undefined, { restLoaded: false });
    await screen.findByRole('heading', { level: 1, name: /results/i });
    expect(screen.getByRole('heading', { level: 2, name: 'What next' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Contents of the results' })).toBeNull();
    expect(screen.queryByRole('region', { name: "Mentor's view" })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the rest of the report…');

    rest.refuse = true;
    rest.release();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rest of the report could not be loaded');
    expect(screen.getByRole('heading', { level: 2, name: 'What next' })).toBeInTheDocument();

    rest.refuse = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('navigation', { name: 'Contents of the results' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: "Mentor's view" })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Loading the rest of the report…')).toBeNull();
  });
});

describe('useReportRest', () => {
  it('should hand the code fetched once to every later screen at once, without fetching it again', async () => {
    const first = await loadReportRest();
    const load = vi.fn<() => Promise<ReportRestCode>>();
    const { result } = renderHook(() => useReportRest('results-first-screen', load));
    expect(result.current.code).toBe(first);
    expect(result.current.failed).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });
});
