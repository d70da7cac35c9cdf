import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SESSION_VERSION } from '@/domain/records/constants';
import type { AppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import SettingsPage from '@/features/settings/settings-page';
import { SaveStatus } from '@/app/save-status';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';

const mini = makeMiniPack();

function renderWithStore(store: AppStore, children: React.ReactNode) {
  const location = memoryLocation({ path: '/settings' });
  return render(
    <StoreProvider store={store}>
      <Router hook={location.hook}>{children}</Router>
    </StoreProvider>,
  );
}

const setAside = () => screen.getByRole('region', { name: 'Data Rungs could not read' });

describe('SettingsPage: records Rungs does not open', () => {
  it('should list a newer Rungs’s records as made by a newer version, left untouched, not as damaged', async () => {
    const store = await makeReadyStore(memoryStorage({ 'session/from-the-future': { type: 'rungs/session', version: SESSION_VERSION + 1, id: 'from-the-future' } }));
    renderWithStore(store, <SettingsPage />);
    expect(within(setAside()).getByText(/made by a newer version of Rungs\. It is left exactly where it is, untouched/)).toBeInTheDocument();
    expect(within(setAside()).getByRole('list', { name: 'Made by a newer version of Rungs' })).toHaveTextContent('session/from-the-future');
    expect(within(setAside()).queryByRole('button', { name: 'Download the damaged data' })).toBeNull();
  });

  it('should bring set-aside data back on "Try again" once it can be read, and say so', async () => {
    const storage = memoryStorage();
    const first = await makeReadyStore(storage);
    const session = first.getState().startSession({ pack: mini, assessmentId: 'quick', targetLevel: 'one' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const saved = storage.data.get(`session/${session.id}`);
    storage.data.delete(`session/${session.id}`);
    storage.data.set('quarantine/session/x@1', { key: 'session/x', problem: 'damaged', raw: 'junk', dismissed: false });
    const store = await makeReadyStore(storage);
    renderWithStore(store, <SettingsPage />);
    // Set aside meanwhile, by an older build in another tab: "Try again" finds it readable.
    storage.data.set(`quarantine/session/${session.id}@2`, { key: `session/${session.id}`, problem: 'newer', raw: saved, dismissed: false });
    await userEvent.click(within(setAside()).getByRole('button', { name: 'Try again' }));
    expect(await within(setAside()).findByText('1 record read and put back where it was.')).toBeInTheDocument();
    expect(store.getState().sessions[session.id]).toBeDefined();
  });
});

describe('SettingsPage: storage refused', () => {
  it('should not claim anything is stored when the browser keeps it in memory only', async () => {
    const store = await makeReadyStore({ ...memoryStorage(), readAll: () => Promise.reject(new DOMException('blocked', 'SecurityError')) });
    store.getState().addProfile({ name: 'Ana', currentLevel: null, years: null, targetLevel: null });
    renderWithStore(store, <SettingsPage />);
    const yourData = screen.getByRole('region', { name: 'Your data' });
    expect(yourData).toHaveTextContent('1 person and 0 assessment sessions are held by this tab only, not stored');
    expect(yourData).not.toHaveTextContent(/are stored\./);
  });
});

describe('SaveStatus: a change that could not be kept whole', () => {
  it('should say a note set by script was cut to what Rungs keeps, until dismissed', async () => {
    const store = await makeReadyStore();
    const session = store.getState().startSession({ pack: mini, assessmentId: 'quick', targetLevel: 'one' });
    renderWithStore(store, <SaveStatus />);
    store.getState().setEvidence(session.id, 'lean', 'x'.repeat(100_000));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('longer than 4,000 characters');
    await userEvent.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
