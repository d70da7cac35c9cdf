import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { StartForm } from '@/features/home/start-form';
import type { Profile } from '@/domain/records/schema';
import type { AppStore } from '@/store/app-store';
import { StoreProvider } from '@/store/store-context';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeProfile, storeWith } from '../mentees/mentees-fixtures';

const pack = makeMiniPack();

function renderStartForm(store: AppStore, profile: Profile | undefined) {
  const location = memoryLocation({ path: '/', record: true });
  render(
    <StoreProvider store={store}>
      <Router hook={location.hook}>
        <StartForm packs={[pack]} profile={profile} />
      </Router>
    </StoreProvider>,
  );
  return location;
}

const target = () => screen.getByRole('combobox', { name: 'Target level' });
const role = () => screen.getByRole('combobox', { name: 'Your current role' });

describe('StartForm', { timeout: 20_000 }, () => {
  it('should keep the target saved last time rather than the suggestion for the role', async () => {
    const me = makeProfile('me', { name: 'Me', currentLevel: 'one', years: 2, targetLevel: 'three' });
    renderStartForm(await storeWith([me]), me);
    expect(role()).toHaveValue('one');
    expect(target()).toHaveValue('three');
  });

  it('should follow the suggestion as the role changes, until a target is chosen by hand', async () => {
    renderStartForm(await storeWith([]), undefined);
    expect(target()).toHaveValue('one');
    await userEvent.selectOptions(role(), 'one');
    expect(target()).toHaveValue('two');
    await userEvent.selectOptions(target(), 'one');
    await userEvent.selectOptions(role(), 'two');
    expect(target()).toHaveValue('one');
  });

  it('should save the details as "Me" and open the new session', async () => {
    const me = makeProfile('me', { name: 'Me', currentLevel: 'one', years: 2, targetLevel: 'three' });
    const store = await storeWith([me]);
    const location = renderStartForm(store, me);
    await userEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
    const [session] = Object.values(store.getState().sessions);
    expect(session).toMatchObject({ profileId: 'me', targetLevel: 'three' });
    expect(store.getState().profiles.me).toMatchObject({ currentLevel: 'one', years: 2, targetLevel: 'three' });
    expect(location.history?.at(-1)).toContain(session!.id);
  });

  it('should refuse years that are not a number from 0 to 60, saying so beside the field, and start nothing', async () => {
    const store = await storeWith([]);
    renderStartForm(store, undefined);
    const years = screen.getByRole('textbox', { name: 'Years of experience in production (optional)' });
    await userEvent.type(years, 'seventy');
    await userEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
    expect(await screen.findByText('Enter years as a number from 0 to 60, or leave it empty')).toBeInTheDocument();
    expect(years).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().sessions).toEqual({});
  });

  it.each([' 7.5 ', '7,5'])('should read years typed as %j: spaces around them, a decimal comma', async (typed) => {
    const store = await storeWith([]);
    renderStartForm(store, undefined);
    await userEvent.type(screen.getByRole('textbox', { name: 'Years of experience in production (optional)' }), typed);
    await userEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
    expect(Object.values(store.getState().sessions)).toHaveLength(1);
    expect(store.getState().profiles.me).toMatchObject({ years: 7.5 });
  });
});
