import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/app/error-boundary';
import { parseBundle } from '@/domain/records/bundle';
import { memoryStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import type { AppStore } from '@/store/app-store';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';
import { captureDownloads } from '../fixtures/downloads';

function Broken(): never {
  throw new Error('Cannot read properties of undefined (reading "levels")');
}

beforeEach(() => {
  // React reports every caught render error on the console; the screen is what is tested here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

async function storeWithData() {
  const storage = memoryStorage();
  const store = await makeReadyStore(storage);
  store.getState().saveProfile({ name: 'Me', currentLevel: null, years: null, targetLevel: 'two' });
  const session = store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'two' });
  store.getState().answer(session.id, 'lean-self-1', { kind: 'rating', value: 3 });
  await waitFor(() => expect(store.getState().save.state).toBe('saved'));
  return { storage, store, session };
}

/** The Results screen crashing inside the error boundary, over `store`. */
const renderCrash = (store: AppStore) =>
  render(
    <StoreProvider store={store}>
      <ErrorBoundary screen="Results">
        <Broken />
      </ErrorBoundary>
    </StoreProvider>,
  );

describe('ErrorBoundary', () => {
  it('should show its children while nothing fails', () => {
    render(
      <ErrorBoundary screen="Results">
        <p>All fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('All fine')).toBeInTheDocument();
  });

  it('should say what happened on which screen, with "Download my data" and "Reload", and leave storage untouched', async () => {
    const { storage, store } = await storeWithData();
    const before = structuredClone([...storage.data.entries()]);
    renderCrash(store);
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on the Results screen' })).toBeInTheDocument();
    expect(screen.getByText('Cannot read properties of undefined (reading "levels")')).toBeInTheDocument();
    expect(screen.getByText(/Your saved data is untouched: a crash never deletes it/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download my data' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
    expect([...storage.data.entries()]).toEqual(before);
    expect(store.getState().save.state).toBe('saved');
  });

  it('should download every person and session as one bundle Rungs can read back', async () => {
    const { store, session } = await storeWithData();
    const files = captureDownloads();
    renderCrash(store);
    await userEvent.click(screen.getByRole('button', { name: 'Download my data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const bundle = parseBundle(await files[0]!.text());
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.value.profiles.map((profile) => profile.id)).toEqual(['me']);
    expect(bundle.value.sessions).toEqual([store.getState().sessions[session.id]]);
  });

  it('should still offer both buttons when the store itself cannot be reached', () => {
    render(
      <ErrorBoundary screen="Home">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong on the Home screen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download my data' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });
});
