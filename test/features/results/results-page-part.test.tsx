import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoringPackOf, type ScoringPack } from '@/domain/pack/scoring-pack';
import type { Pack } from '@/domain/pack/schema';
import type { PackEntry } from '@/packs/pack-registry';
import { loadRealPack, makeSession, rateAll, renderResults } from './results-fixtures';

// The whole packs arrive when a test says so; the scoring part is whatever the test hands over.
const packs = vi.hoisted(() => ({
  loaded: 'loading' as 'loading' | ReadonlyMap<string, Pack>,
  listeners: new Set<() => void>(),
  entries: new Promise<PackEntry[]>(() => {}),
  part: Promise.resolve<ScoringPack | undefined>(undefined),
}));
vi.mock('@/packs/use-packs', async (importOriginal) => ({ ...(await importOriginal<object>()), packEntries: () => packs.entries }));
vi.mock('@/packs/use-packs-once-shown', async () => {
  const { useSyncExternalStore } = await import('react');
  const subscribe = (listener: () => void) => {
    packs.listeners.add(listener);
    return () => packs.listeners.delete(listener);
  };
  return { useReadyPacksOnceShown: () => useSyncExternalStore(subscribe, () => packs.loaded) };
});
vi.mock('@/packs/scoring-packs', () => ({ scoringPackFor: () => packs.part }));

const real = loadRealPack();
const entryOf = (pack: Pack): PackEntry => ({ status: 'ready', path: 'assessments/pack.json', pack, counts: {} as never });

/** Renders the results and lets the scoring part arrive: React retries a screen suspended on it within an awaited act. */
async function renderWithPart(session: ReturnType<typeof quickSession>) {
  let view: Awaited<ReturnType<typeof renderResults>> | undefined;
  await act(async () => {
    view = await renderResults('/results/session-1', [session]);
    await packs.part;
  });
  return view!;
}

/** The whole packs arrive: the screen re-renders with them. */
async function wholePacksArrive(...list: Pack[]) {
  await act(async () => {
    packs.loaded = new Map(list.map((pack) => [pack.meta.id, pack]));
    for (const listener of packs.listeners) listener();
  });
}

afterEach(() => {
  packs.loaded = 'loading';
  packs.listeners.clear();
  packs.entries = new Promise(() => {});
  packs.part = Promise.resolve(undefined);
});

const quickSession = () => makeSession(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 2) });

describe('ResultsPage, before the whole pack has arrived', () => {
  it('should paint the verdict from the scoring part, then add the rest of the report under it without redrawing it', async () => {
    packs.part = Promise.resolve(scoringPackOf(real));
    await renderWithPart(quickSession());

    const headline = await screen.findByRole('region', { name: 'Where you stand' });
    const verdict = within(headline).getByText(/You are ready for Assistant Production Manager/);
    expect(within(headline).getByRole('heading', { name: 'The 3 gaps that matter most for Production Manager' })).toBeInTheDocument();
    expect(within(headline).getByRole('heading', { name: 'Most useful credential' })).toBeInTheDocument();
    expect(within(headline).getByRole('heading', { name: 'Start in the next 30 days' })).toBeInTheDocument();
    await userEvent.click(within(headline).getByText('Why?'));
    expect(within(headline).getAllByText(/^[\d.]+ ÷ [\d.]+ = \d+%, with \d+% of its target weight scored\.$/)[0]).toBeVisible();
    // What to do next is part of the first screenful; what needs the whole pack waits for it.
    const whatNext = screen.getByRole('region', { name: 'What next' });
    expect(within(whatNext).getByRole('button', { name: 'Take the full assessment' })).toBeInTheDocument();
    expect(within(whatNext).getByRole('button', { name: 'Add these 3 first steps to the plan' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Contents of the results' })).not.toBeInTheDocument();

    await wholePacksArrive(real);
    expect(await screen.findByRole('navigation', { name: 'Contents of the results' })).toBeInTheDocument();
    // The same elements, still open where the reader opened them: nothing in the first screenful was redrawn.
    expect(screen.getByRole('region', { name: 'What next' })).toBe(whatNext);
    expect(screen.getByRole('region', { name: 'Where you stand' })).toBe(headline);
    expect(within(headline).getByText(/You are ready for Assistant Production Manager/)).toBe(verdict);
    expect(within(headline).getByText('Why?').closest('details')).toHaveAttribute('open');
  });

  it('should start the full assessment asked for before the whole pack has arrived, once it has, and once only', async () => {
    packs.part = Promise.resolve(scoringPackOf(real));
    let arrive: (entries: PackEntry[]) => void = () => {};
    packs.entries = new Promise((resolve) => (arrive = resolve));
    const session = quickSession();
    const { store, location } = await renderWithPart(session);

    const start = await screen.findByRole('button', { name: 'Take the full assessment' });
    await userEvent.click(start);
    await userEvent.click(start);
    expect(Object.keys(store.getState().sessions)).toEqual([session.id]);
    await act(async () => arrive([entryOf(real)]));
    const started = Object.values(store.getState().sessions).filter((other) => other.id !== session.id);
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ assessmentId: 'full', profileId: session.profileId, targetLevel: session.targetLevel });
    expect(location.history?.at(-1)).toBe(`/assessment/${started[0]!.id}`);
  });

  it.each([
    ['there is no scoring part (a broken pack, a part that failed to load)', () => undefined],
    ['the part is of another version of the pack, read through the changelog', () => ({ ...scoringPackOf(real), meta: { ...real.meta, version: '9.0.0' } })],
  ])('should wait for the whole pack when %s', async (_when, partOf: () => ScoringPack | undefined) => {
    packs.part = Promise.resolve(partOf());
    let arrive: (entries: PackEntry[]) => void = () => {};
    packs.entries = new Promise((resolve) => (arrive = resolve));
    await renderWithPart(quickSession());

    expect(await screen.findByText('Reading your saved results…')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Where you stand' })).not.toBeInTheDocument();
    await act(async () => arrive([entryOf(real)]));
    expect(await screen.findByRole('region', { name: 'Where you stand' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Contents of the results' })).toBeInTheDocument();
  });

  it('should say the whole pack’s words when the part has the pack but the whole pack turns out broken', async () => {
    packs.part = Promise.resolve(scoringPackOf(real));
    await renderWithPart(quickSession());
    await screen.findByRole('region', { name: 'Where you stand' });
    await wholePacksArrive();
    expect(await screen.findByText(/which is not installed \(or could not be read\)/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Where you stand' })).not.toBeInTheDocument();
  });
});
