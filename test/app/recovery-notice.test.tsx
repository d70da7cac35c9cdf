import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { RecoveryNotice } from '@/app/recovery-notice';
import { createSession } from '@/domain/records/session';
import { memoryStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import type { AppStore } from '@/store/app-store';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';
import { captureDownloads } from '../fixtures/downloads';

const valid = createSession({ id: 'kept', profileId: 'me', pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'one', now: new Date('2026-03-02T09:00:00.000Z') });

/** Storage holding one readable session and one damaged record, read the way the app reads it at start-up. */
async function damagedStore() {
  const storage = memoryStorage({ 'session/kept': valid, 'session/x': '{not json at all' });
  const store = await makeReadyStore(storage);
  return { storage, store };
}

function renderNotice(store: AppStore) {
  const location = memoryLocation({ path: '/' });
  return render(
    <StoreProvider store={store}>
      <Router hook={location.hook}>
        <RecoveryNotice />
      </Router>
    </StoreProvider>,
  );
}

describe('RecoveryNotice', () => {
  it('should say nothing when every record could be read', async () => {
    renderNotice(await makeReadyStore(memoryStorage({ 'session/kept': valid })));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should say how many records could not be read, and that everything else is kept', async () => {
    const { store } = await damagedStore();
    renderNotice(store);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Rungs could not read 1 saved record.');
    expect(alert).toHaveTextContent(/Everything else it found is kept/);
    expect(alert).toHaveTextContent(/set aside as it was, not deleted or overwritten/);
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(store.getState().sessions.kept).toBeDefined();
  });

  it('should download the damaged data raw, as it was stored', async () => {
    const { store } = await damagedStore();
    const files = captureDownloads();
    renderNotice(store);
    await userEvent.click(screen.getByRole('button', { name: 'Download the damaged data' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const downloaded = JSON.parse(await files[0]!.text()) as { key: string; problem: string; raw: unknown }[];
    expect(downloaded).toEqual([{ key: expect.stringMatching(/^quarantine\/session\/x@\d+$/), problem: expect.any(String), raw: '{not json at all' }]);
  });

  it('should hide on "Start fresh" and keep the damaged data aside, still downloadable', async () => {
    const { store, storage } = await damagedStore();
    renderNotice(store);
    await userEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const aside = [...storage.data.entries()].filter(([key]) => key.startsWith('quarantine/'));
    expect(aside).toHaveLength(1);
    expect(aside[0]![1]).toMatchObject({ key: 'session/x', raw: '{not json at all' });
    expect(await store.getState().readQuarantined()).toEqual([expect.objectContaining({ raw: '{not json at all' })]);
    expect(storage.data.get('session/kept')).toEqual(valid);
  });

  it('should stay hidden on the next start once dismissed', async () => {
    const { storage, store } = await damagedStore();
    await store.getState().dismissQuarantine();
    renderNotice(await makeReadyStore(storage));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
