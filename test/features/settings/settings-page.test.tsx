import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { parseBundle } from '@/domain/records/bundle';
import type { AppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import SettingsPage from '@/features/settings/settings-page';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';
import { captureDownloads } from '../../fixtures/downloads';

const mini = makeMiniPack();
let files: Blob[] = [];

beforeEach(() => {
  files = captureDownloads();
});

/** Me with one session, and a mentee with one session: two people, two sessions. */
async function storeWithData(initial: Record<string, unknown> = {}) {
  const storage = memoryStorage(initial);
  const store = await makeReadyStore(storage);
  const mine = store.getState().startSession({ pack: mini, assessmentId: 'quick', targetLevel: 'two' });
  store.getState().answer(mine.id, 'lean-self-1', { kind: 'rating', value: 3 });
  const ana = store.getState().addProfile({ name: 'Ana', currentLevel: 'one', years: 4, targetLevel: 'two' });
  store.getState().startSession({ pack: mini, assessmentId: 'full', targetLevel: 'two', profileId: ana.id });
  await waitFor(() => expect(store.getState().save.state).toBe('saved'));
  return { storage, store };
}

function renderSettings(store: AppStore) {
  const location = memoryLocation({ path: '/settings' });
  return render(
    <StoreProvider store={store}>
      <Router hook={location.hook}>
        <SettingsPage />
      </Router>
    </StoreProvider>,
  );
}

const yourData = () => screen.getByRole('region', { name: 'Your data' });

describe('SettingsPage', () => {
  it('should say what is stored and that it stays in this browser, with sections in heading order', async () => {
    const { store } = await storeWithData();
    renderSettings(store);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Your data',
      'Storage on this device',
      'Data Rungs could not read',
    ]);
    expect(within(yourData()).getByText(/2 people and 2 assessment sessions are stored\. Everything stays in this browser/)).toBeInTheDocument();
  });

  it('should download all people and sessions as one bundle Rungs can import', async () => {
    const { store } = await storeWithData();
    renderSettings(store);
    await userEvent.click(screen.getByRole('button', { name: 'Download all my data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const bundle = parseBundle(await files[0]!.text());
    if (!bundle.ok) throw new Error(bundle.error.message);
    const state = store.getState();
    expect(bundle.value.profiles).toEqual(Object.values(state.profiles));
    expect(new Set(bundle.value.sessions.map((session) => session.id))).toEqual(new Set(Object.keys(state.sessions)));
    expect(bundle.value.sessions.find((session) => session.profileId === 'me')?.answers['lean-self-1']?.answer).toEqual({ kind: 'rating', value: 3 });
    expect(within(yourData()).getByText('Downloaded 2 people and 2 sessions.')).toBeInTheDocument();
  });

  it('should delete everything only after a second, explicit yes, then say it is done', async () => {
    const { store, storage } = await storeWithData({ 'quarantine/session/x@1': { key: 'session/x', problem: 'damaged', raw: 'junk' } });
    renderSettings(store);
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const confirm = screen.getByRole('group', { name: 'Delete everything?' });
    expect(confirm).toHaveAccessibleDescription(/cannot be undone.*Download all my data.*first/);
    expect(within(confirm).getByRole('heading', { name: 'Delete everything?' })).toHaveFocus();
    // Nothing is gone yet.
    expect(Object.keys(store.getState().sessions)).toHaveLength(2);

    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(within(yourData()).getByText('All your data has been deleted from this browser.')).toHaveFocus());
    expect(store.getState().profiles).toEqual({});
    expect(store.getState().sessions).toEqual({});
    expect(storage.data.size).toBe(0);
    expect(within(yourData()).getByText(/Nothing is stored yet/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Delete everything?' })).toBeNull();
  });

  it.each([
    ['Cancel', (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
  ])('should keep everything when the user backs out with %s', async (_how, backOut) => {
    const { store, storage } = await storeWithData();
    const before = structuredClone([...storage.data.entries()]);
    renderSettings(store);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(screen.getByRole('group', { name: 'Delete everything?' })).toBeInTheDocument();
    await backOut(user);
    expect(screen.queryByRole('group', { name: 'Delete everything?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete all my data' })).toHaveFocus();
    expect(Object.keys(store.getState().sessions)).toHaveLength(2);
    expect([...storage.data.entries()]).toEqual(before);
  });

  it('should say when nothing had to be set aside', async () => {
    const { store } = await storeWithData();
    renderSettings(store);
    const section = screen.getByRole('region', { name: 'Data Rungs could not read' });
    expect(within(section).getByText(/None: Rungs could read everything/)).toBeInTheDocument();
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('should list the records Rungs could not read and download them raw', async () => {
    const store = await makeReadyStore(memoryStorage({ 'session/x': { type: 'rungs/session', version: 1, id: 'x', answers: 'garbage' } }));
    renderSettings(store);
    const section = screen.getByRole('region', { name: 'Data Rungs could not read' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/^session\/x: /);
    await userEvent.click(within(section).getByRole('button', { name: 'Download the damaged data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const downloaded = JSON.parse(await files[0]!.text()) as { raw: unknown }[];
    expect(downloaded.map((record) => record.raw)).toEqual([{ type: 'rungs/session', version: 1, id: 'x', answers: 'garbage' }]);
    expect(within(section).getByText('Downloaded 1 record as Rungs found them.')).toBeInTheDocument();
  });
});
