import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { nextUpdateStep, UpdateBanner } from '@/app/pwa/update-prompt';
import type { UpdateState } from '@/app/pwa/use-service-worker';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { StoreProvider } from '@/store/store-context';
import type { AppStore } from '@/store/app-store';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';

describe('nextUpdateStep', () => {
  it.each([
    ['none', false, 'saved', 'idle'],
    ['ready', false, 'saved', 'idle'],
    ['ready', true, 'saving', 'wait'],
    ['ready', true, 'saved', 'activate'],
    ['ready', true, 'failed', 'activate'],
    ['stale', true, 'saved', 'reload'],
    ['taken-over', false, 'saving', 'wait'],
    ['taken-over', false, 'saved', 'reload'],
    ['taken-over', false, 'failed', 'idle'],
    ['taken-over', true, 'failed', 'reload'],
  ] as const)('should, for %s (asked: %s, save %s), %s', (update, requested, save, step) => {
    expect(nextUpdateStep(update, requested, save)).toBe(step);
  });

  it.each([
    ['taken-over', false, 'saved', 'idle'],
    ['taken-over', true, 'saved', 'reload'],
    ['ready', true, 'saved', 'activate'],
  ] as const)('should, for %s (asked: %s, save %s) while someone types here, %s', (update, requested, save, step) => {
    expect(nextUpdateStep(update, requested, save, true)).toBe(step);
  });
});

describe('UpdateBanner', () => {
  const renderBanner = (store: AppStore, update: UpdateState, activate = vi.fn(async () => undefined), reload = vi.fn(), editing = () => false) => {
    const view = render(
      <StoreProvider store={store}>
        <UpdateBanner update={update} activate={activate} reload={reload} editing={editing} />
      </StoreProvider>,
    );
    const rerender = (next: UpdateState) =>
      view.rerender(
        <StoreProvider store={store}>
          <UpdateBanner update={next} activate={activate} reload={reload} editing={editing} />
        </StoreProvider>,
      );
    return { activate, reload, rerender };
  };

  it('should show nothing while there is no new version', async () => {
    renderBanner(await makeReadyStore(), 'none');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('should not be drawn again as answers are saved while there is no new version, and follow the saves once there is', async () => {
    const store = await makeReadyStore();
    const renders = vi.fn();
    const banner = (update: UpdateState) => (
      <StoreProvider store={store}>
        <Profiler id="banner" onRender={renders}>
          <UpdateBanner update={update} activate={vi.fn(async () => undefined)} reload={vi.fn()} editing={() => false} />
        </Profiler>
      </StoreProvider>
    );
    const view = render(banner('none'));
    const saveStates = ['saving', 'saved', 'saving', 'failed'] as const;
    for (const state of saveStates) act(() => store.setState({ save: { state, message: null } }));
    expect(renders).toHaveBeenCalledTimes(1);
    view.rerender(banner('ready'));
    expect(screen.getByRole('status')).toHaveTextContent('Your latest answers are not saved');
    act(() => store.setState({ save: { state: 'saved', message: null } }));
    expect(screen.getByRole('status')).toHaveTextContent('Reloading keeps every answer and this screen.');
  });

  it('should offer the new version, let it take over on "Reload", then reload once it has', async () => {
    const { activate, reload, rerender } = renderBanner(await makeReadyStore(), 'ready');
    expect(screen.getByRole('status')).toHaveTextContent('A new version is ready. Reloading keeps every answer and this screen.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(activate).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    rerender('taken-over');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('should hide on "Later", but still reload when another tab starts the new version', async () => {
    const { reload, rerender } = renderBanner(await makeReadyStore(), 'ready');
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    rerender('taken-over');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('should never reload by itself while answers are not being saved, and say so', async () => {
    const failing: RecordStorage = { ...memoryStorage(), write: () => Promise.reject(new Error('disk')) };
    const store = await makeReadyStore(failing);
    const session = store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', { kind: 'rating', value: 2 });
    await waitFor(() => expect(store.getState().save.state).toBe('failed'));
    const { reload } = renderBanner(store, 'taken-over');
    expect(screen.getByRole('status')).toHaveTextContent(/this tab needs to reload.*not saved: download them first/);
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('should reload a screen whose file was replaced by a new deployment when asked', async () => {
    const { activate, reload } = renderBanner(await makeReadyStore(), 'stale');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(activate).not.toHaveBeenCalled();
  });

  it('should not reload by itself when another tab starts the new version while someone types here, but offer it', async () => {
    let typing = true;
    const { reload, rerender } = renderBanner(await makeReadyStore(), 'ready', undefined, undefined, () => typing);
    rerender('taken-over');
    expect(screen.getByRole('status')).toHaveTextContent('A new version is ready and was started in another tab: this tab needs to reload.');
    // Done typing: still only the user's own click reloads.
    typing = false;
    rerender('taken-over');
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
