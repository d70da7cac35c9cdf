import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as QuestionPackModule from '@/domain/pack/question-pack';
import type { Pack } from '@/domain/pack/schema';
import type { PackEntry } from '@/packs/pack-registry';
import { HomePage } from '@/features/home/home-page';
import { StoreProvider } from '@/store/store-context';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { Session } from '@/domain/records/schema';
import { makeSession, rating, readyEntry, storeWith } from '../mentees/mentees-fixtures';

// Home lists the packs and starts a session from their start parts; only a session in progress needs a whole pack.
const packs = vi.hoisted(() => ({
  starts: 0,
  whole: 0,
  parts: 0,
  requested: false,
  current: [] as PackEntry[],
  ready(): Map<string, Pack> {
    return new Map(this.current.flatMap((entry) => (entry.status === 'ready' ? [[entry.pack.meta.id, entry.pack] as const] : [])));
  },
}));
vi.mock('@/packs/use-packs', () => ({
  packsRequested: () => packs.requested,
  useReadyPacks: () => {
    packs.whole += 1;
    return packs.ready();
  },
}));
vi.mock('@/packs/start-packs', () => ({
  useStartEntries: () => {
    packs.starts += 1;
    return packs.current;
  },
  useStartPacks: () => {
    packs.starts += 1;
    return packs.ready();
  },
}));
vi.mock('@/packs/question-packs', async () => {
  const { questionPackOf } = await vi.importActual<typeof QuestionPackModule>('@/domain/pack/question-pack');
  return {
    useQuestionPack: (packId: string, assessmentId: string) => {
      packs.parts += 1;
      const pack = packs.ready().get(packId);
      return pack && questionPackOf(pack, assessmentId);
    },
  };
});
packs.current = [readyEntry(makeMiniPack())];

async function renderHome(sessions: Session[] = []) {
  const store = await storeWith([], sessions);
  render(
    <StoreProvider store={store}>
      <Router hook={memoryLocation({ path: '/' }).hook}>
        <HomePage />
      </Router>
    </StoreProvider>,
  );
}

describe('HomePage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    packs.starts = 0;
    packs.whole = 0;
    packs.parts = 0;
    packs.requested = false;
  });

  it('should paint the introduction before asking for the packs, then offer the start form and the pack list', async () => {
    await renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Find the gaps between you and the next rung' })).toBeInTheDocument();
    expect(screen.getByText('Loading assessments…')).toBeInTheDocument();
    expect(packs.starts).toBe(0);
    // The start form and the pack list are two parts loaded on their own: either may come first.
    expect(await screen.findByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Mini pack' })).toBeInTheDocument();
    expect(packs.starts).toBeGreaterThan(0);
    // A first visit, with nothing in progress, never waits for a whole pack.
    expect(packs.whole).toBe(0);
    expect(screen.queryByRole('region', { name: 'Pick up where you left off' })).toBeNull();
  });

  it('should count a session in progress on its question part, which Resume opens next, above the start form', async () => {
    const session = makeSession(makeMiniPack(), { id: 's1', profileId: SELF_PROFILE_ID, completedOn: null, answers: { 'lean-self-1': rating(2) } });
    await renderHome([session]);
    const resume = await screen.findByRole('region', { name: 'Pick up where you left off' });
    expect(resume).toHaveTextContent(/Mini pack, quick: 1 of 3 questions answered/);
    expect(within(resume).getByRole('link', { name: 'Resume' })).toHaveAttribute('href', '/assessment/s1');
    expect(packs.parts).toBeGreaterThan(0);
    expect(packs.whole).toBe(0);
    expect(await screen.findByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
  });

  it('should count a session answered on another version of its pack on the whole pack', async () => {
    // React says so on the console when a render that suspended on `use` does not call it again once loaded.
    const reactErrors = vi.spyOn(console, 'error');
    const older = { ...makeSession(makeMiniPack(), { id: 's1', profileId: SELF_PROFILE_ID, completedOn: null, answers: { 'lean-self-1': rating(2) } }), packVersion: '0.9.0' };
    await renderHome([older]);
    const resume = await screen.findByRole('region', { name: 'Pick up where you left off' });
    expect(resume).toHaveTextContent(/Mini pack, quick: 1 of 3 questions answered/);
    expect(packs.whole).toBeGreaterThan(0);
    expect(packs.parts).toBe(0);
    expect(reactErrors).not.toHaveBeenCalled();
  });

  it('should show the packs at once, with no loading step, when they were asked for earlier in the visit', async () => {
    packs.requested = true;
    await renderHome();
    expect(screen.getByRole('heading', { name: 'Mini pack' })).toBeInTheDocument();
    expect(screen.queryByText('Loading assessments…')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
  });
});
