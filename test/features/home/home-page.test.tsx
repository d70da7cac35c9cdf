import { render, screen } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '@/app/pack-registry';
import { HomePage } from '@/features/home/home-page';
import { StoreProvider } from '@/store/store-context';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { readyEntry, storeWith } from '../mentees/mentees-fixtures';

const packs = vi.hoisted(() => ({ loads: 0, current: [] as PackEntry[] }));
vi.mock('@/app/use-packs', () => ({
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

describe('HomePage', { timeout: 20_000 }, () => {
  it('should paint the introduction before asking for the packs, then offer the start form and the pack list', async () => {
    const store = await storeWith([]);
    render(
      <StoreProvider store={store}>
        <Router hook={memoryLocation({ path: '/' }).hook}>
          <HomePage />
        </Router>
      </StoreProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Find the gaps between you and the next rung' })).toBeInTheDocument();
    expect(screen.getByText('Loading assessments…')).toBeInTheDocument();
    expect(packs.loads).toBe(0);
    expect(await screen.findByRole('button', { name: 'Start assessment' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mini pack' })).toBeInTheDocument();
    expect(packs.loads).toBeGreaterThan(0);
  });
});
