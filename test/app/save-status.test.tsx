import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '@/app/save-status';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';

describe('SaveStatus', () => {
  it('should say nothing while saving works', async () => {
    const store = await makeReadyStore();
    render(<StoreProvider store={store}><SaveStatus /></StoreProvider>);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should say plainly that answers are not saved, and offer a download and a retry', async () => {
    const full: RecordStorage = { ...memoryStorage(), write: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const store = await makeReadyStore(full);
    const session = store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', { kind: 'rating', value: 2 });
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    render(<StoreProvider store={store}><SaveStatus /></StoreProvider>);
    expect(await screen.findByRole('alert')).toHaveTextContent(/not being saved.*storage for Rungs is full/);
    await userEvent.click(screen.getByRole('button', { name: 'Download my answers' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Try saving again' })).toBeEnabled();
  });
});
