import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '@/packs/pack-registry';
import { flushDrafts, hasDrafts } from '@/store/drafts';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeAction, makeProfile, readyEntry, renderMentees, storeWith } from './mentees-fixtures';

const packs = vi.hoisted(() => ({ current: [] as PackEntry[] }));
vi.mock('@/packs/use-packs', () => ({ usePackEntries: () => packs.current }));
vi.mock('@/features/mentees/progress-charts', () => ({ ReadinessTrendChart: () => null, CompetencyTrendChart: () => null }));
packs.current = [readyEntry(makeMiniPack())];

async function openAna() {
  const profile = makeProfile('ana', { name: 'Ana Ferreira', currentLevel: 'one', years: 4, targetLevel: 'two' }, { actions: [makeAction('x1', { title: 'Run a kaizen', owner: 'Ana' })] });
  const store = await storeWith([profile], []);
  renderMentees(store, '/mentees/ana');
  await screen.findByRole('heading', { level: 1, name: profile.name });
  return { store, plan: screen.getByRole('region', { name: 'Action plan' }) };
}

describe('Action plan text typed and not yet saved', { timeout: 20_000 }, () => {
  afterEach(() => flushDrafts());

  it("should hold an action's new owner as a draft that leaving the page saves, while the caret is still in the field", async () => {
    const { store, plan } = await openAna();
    const owner = within(plan).getByLabelText(/^Owner of/);
    await userEvent.clear(owner);
    await userEvent.type(owner, 'Sam');
    expect(owner).toHaveFocus();
    expect(hasDrafts()).toBe(true);
    flushDrafts();
    expect(store.getState().profiles.ana?.actions[0]?.owner).toBe('Sam');
    expect(hasDrafts()).toBe(false);
  });

  it('should count an action typed and not yet added as a draft, until it is added', async () => {
    const { plan } = await openAna();
    await userEvent.type(within(plan).getByRole('textbox', { name: 'Action' }), 'Shadow the night shift');
    expect(hasDrafts()).toBe(true);
    await userEvent.click(within(plan).getByRole('button', { name: 'Add action' }));
    expect(await within(plan).findByText('Added “Shadow the night shift”.')).toBeInTheDocument();
    expect(hasDrafts()).toBe(false);
  });
});
