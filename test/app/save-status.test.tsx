import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SaveStatus } from '@/app/save-status';
import { parseBundle } from '@/domain/records/bundle';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import { captureDownloads } from '../fixtures/downloads';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';

describe('SaveStatus', () => {
  it('should say nothing while saving works', async () => {
    const store = await makeReadyStore();
    render(<StoreProvider store={store}><SaveStatus /></StoreProvider>);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should not re-render for an answer, nor for its write being saved', async () => {
    const store = await makeReadyStore();
    const session = store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'one' });
    await store.getState().retrySave();
    let renders = 0;
    render(
      <StoreProvider store={store}>
        <Profiler id="save-status" onRender={() => (renders += 1)}>
          <SaveStatus />
        </Profiler>
      </StoreProvider>,
    );
    const before = renders;
    await act(async () => {
      store.getState().answer(session.id, 'lean-self-1', { kind: 'rating', value: 2 });
      await store.getState().retrySave();
    });
    expect(renders).toBe(before);
  });

  it('should say plainly that answers are not saved, and offer a download and a retry', async () => {
    const full: RecordStorage = { ...memoryStorage(), write: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const store = await makeReadyStore(full);
    const session = store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', { kind: 'rating', value: 2 });
    const files = captureDownloads();
    render(<StoreProvider store={store}><SaveStatus /></StoreProvider>);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not being saved.*storage for Rungs is full/);
    await userEvent.click(screen.getByRole('button', { name: 'Download my answers' }));
    expect(files).toHaveLength(1);
    // The answers not saved are in a file the import reads back whole.
    const bundle = parseBundle(await files[0]!.text());
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.value.sessions).toEqual([store.getState().sessions[session.id]]);
    expect(screen.getByRole('button', { name: 'Try saving again' })).toBeEnabled();
  });
});
