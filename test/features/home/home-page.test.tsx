import { render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '@/packs/pack-registry';
import { HomePage } from '@/features/home/home-page';
import { StoreProvider } from '@/store/store-context';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { readyEntry, storeWith } from '../mentees/mentees-fixtures';

const packs = vi.hoisted(() => ({ loads: 0, requested: false, current: [] as PackEntry[] }));
vi.mock('@/packs/use-packs', () => ({
  packsRequested: () => packs.requested,
  usePackEntries: () => {
    packs.loads += 1;
    return packs.current;
  },
  useReadyPacks: () => {
    packs.loads += 1;
    return new Map(packs.current.flatMap((entry) => (entry.status === 'ready' ? [[entry.pack.meta.id, entry.pack] as const] : [])));
  },
}));
packs.current = [readyEntry(makeMiniPack())];

async function renderHome() {
  const store = await storeWith([]);
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
    packs.loads = 0;
    packs.requested = false;
  });

  it('should paint the introduction before asking for the packs, then offer the start form and the pack list', async () => {
    await renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Find the gaps between you and the next rung' })).toBeInTheDocument();
    expect(screen.getByText('Loading assessments…')).toBeInTheDocument();
    expect(packs.loads).toBe(0);
    // The start form and the pack list are two parts loaded on their own: either may come first.
    expect(await screen.findByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Mini pack' })).toBeInTheDocument();
    expect(packs.loads).toBeGreaterThan(0);
  });

  it('should show the packs at once, with no loading step, when they were asked for earlier in the visit', async () => {
    packs.requested = true;
    await renderHome();
    expect(screen.getByRole('heading', { name: 'Mini pack' })).toBeInTheDocument();
    expect(screen.queryByText('Loading assessments…')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
  });
});
