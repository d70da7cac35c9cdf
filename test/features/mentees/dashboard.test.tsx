import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '@/packs/pack-registry';
import { localDay } from '@/features/mentees/mentees-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';
import { makeAction, makeProfile, makeSession, quickAnswers, readyEntry, renderMentees, storeWith } from './mentees-fixtures';

const packs = vi.hoisted(() => ({ current: [] as PackEntry[] }));
vi.mock('@/packs/use-packs', () => ({ usePackEntries: () => packs.current }));
vi.mock('@/features/mentees/progress-charts', () => ({ ReadinessTrendChart: () => null, CompetencyTrendChart: () => null }));

const pack = makeMiniPack();
packs.current = [readyEntry(pack)];

afterEach(() => {
  vi.useRealTimers();
});

const table = () => screen.getByRole('table', { name: /^Mentees, sorted by/ });
const names = () => within(table()).getAllByRole('rowheader').map((cell) => within(cell).getByRole('link').textContent);
const rowOf = (name: string) => within(table()).getByRole('link', { name }).closest('tr')!;

// The first test pays for loading the validators and the screen in jsdom, slow on a busy machine.
describe('Mentees dashboard', { timeout: 20_000 }, () => {
  it('should explain the empty state, say plainly that nothing leaves the browser, and keep "Me" off the list', async () => {
    const store = await makeReadyStore();
    store.getState().saveProfile({ name: 'Me', currentLevel: null, years: null, targetLevel: 'two' });
    renderMentees(store);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mentees' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'No mentees yet' })).toBeInTheDocument();
    expect(screen.getByText(/Rungs works for you alone, as before/)).toBeInTheDocument();
    expect(screen.getByText(/Rungs sends nothing anywhere: records leave this browser only when you save a file with Export\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add mentee' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('should add a mentee: "Add mentee" opens the form, a missing name is explained, "Add" saves', async () => {
    const store = await makeReadyStore();
    renderMentees(store);
    await userEvent.click(await screen.findByRole('button', { name: 'Add mentee' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Add mentee' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    // The form checks its fields asynchronously (the zod resolver), and React paints the message in a task of its own.
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Enter a name');
    expect(Object.keys(store.getState().profiles)).toEqual([]);

    await userEvent.type(name, 'Ana Ferreira');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Current role' }), 'Level one');
    // The target follows the role until picked by hand: the rung above.
    expect(screen.getByRole('combobox', { name: 'Target level' })).toHaveValue('two');
    await userEvent.type(screen.getByRole('textbox', { name: /Years of experience/ }), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));

    expect(Object.values(store.getState().profiles)).toMatchObject([{ name: 'Ana Ferreira', currentLevel: 'one', years: 4, targetLevel: 'two' }]);
    expect(await screen.findByText('Ana Ferreira was added.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add mentee' })).toHaveFocus());
    expect(names()).toEqual(['Ana Ferreira']);
    expect(within(rowOf('Ana Ferreira')).getByText('Level one')).toBeInTheDocument();
  });

  it('should reject years that are not a number', async () => {
    renderMentees(await makeReadyStore());
    await userEvent.click(await screen.findByRole('button', { name: 'Add mentee' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana');
    const years = screen.getByRole('textbox', { name: /Years of experience/ });
    await userEvent.type(years, 'lots');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(years).toHaveAccessibleDescription('Enter years as a number from 0 to 60, or leave it empty'));
  });

  it('should read a decimal comma in years as a point, as a phone keyboard may give it', async () => {
    const store = await makeReadyStore();
    renderMentees(store);
    await userEvent.click(await screen.findByRole('button', { name: 'Add mentee' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana');
    await userEvent.type(screen.getByRole('textbox', { name: /Years of experience/ }), '4,5');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(Object.values(store.getState().profiles)).toMatchObject([{ name: 'Ana', years: 4.5 }]));
  });

  it('should show each mentee’s latest readiness, next level, trend and sessions', async () => {
    const store = await storeWith(
      [makeProfile('ana', { currentLevel: 'one', targetLevel: 'two' })],
      [
        makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 1, 1), completedOn: '2026-01-10' }),
        makeSession(pack, { id: 'a2', profileId: 'ana', answers: quickAnswers(2, 3, 2), completedOn: '2026-02-10' }),
      ],
    );
    renderMentees(store);
    const row = await screen.findByRole('row', { name: /Ana/ });
    const cells = within(row).getAllByRole('cell');
    // quick 1/1/1 on level two: (2·1 + 2·1 + 1·1) ÷ (2·2 + 2·3 + 1·2) = 5/12 = 42%; 2/3/2 meets every target.
    // Name, readiness and the next step first; the next level is the rung above her role (Level one), with its own verdict.
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '✓ Ready 100%',
      'Level two✓ Ready 100%',
      'None',
      expect.stringContaining('▲ 58 points since previous'),
      'Level one',
      'Level two',
      'Level two',
      '2',
    ]);
    expect(cells[0]).toHaveAccessibleName('Ready 100%');
    expect(within(row).getByText('Up 58 points since the previous session')).toBeInTheDocument();
  });

  it('should make overdue actions stand out with a sign and words, not colour alone', async () => {
    const yesterday = localDay(new Date(Date.now() - 86_400_000));
    const store = await storeWith([
      makeProfile('ana', {}, { actions: [makeAction('late', { due: yesterday }), makeAction('done', { due: yesterday, status: 'done' })] }),
      makeProfile('ben'),
    ]);
    renderMentees(store);
    await screen.findByRole('table', { name: /^Mentees/ });
    expect(within(rowOf('Ana')).getByText('1 overdue')).toHaveClass('overdue-flag');
    expect(within(rowOf('Ana')).getByText('⚠')).toHaveAttribute('aria-hidden', 'true');
    expect(within(rowOf('Ben')).getByText('None')).toBeInTheDocument();
    expect(screen.getByText(/1 mentee with overdue actions/)).toBeInTheDocument();
  });

  it('should sort by a column with the header button, saying the order with aria-sort', async () => {
    const store = await storeWith(
      [makeProfile('ana'), makeProfile('ben'), makeProfile('cleo')],
      [
        makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 1, 1) }),
        makeSession(pack, { id: 'b1', profileId: 'ben', answers: quickAnswers(2, 3, 2) }),
      ],
    );
    renderMentees(store);
    await screen.findByRole('table', { name: /^Mentees/ });
    expect(names()).toEqual(['Ana', 'Ben', 'Cleo']);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(screen.getByRole('button', { name: /Readiness for target/ }));
    expect(screen.getByRole('columnheader', { name: /Readiness for target/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    expect(names()).toEqual(['Ben', 'Ana', 'Cleo']);
    expect(screen.getByText('Sorted by Readiness for target, descending.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Readiness for target/ }));
    expect(screen.getByRole('columnheader', { name: /Readiness for target/ })).toHaveAttribute('aria-sort', 'ascending');
    // No readiness yet goes last either way.
    expect(names()).toEqual(['Ana', 'Ben', 'Cleo']);

    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(names()).toEqual(['Cleo', 'Ben', 'Ana']);
  });

  it('should hide archived mentees until "Show archived" is ticked', async () => {
    const store = await storeWith([makeProfile('ana'), makeProfile('ben', {}, { archivedAt: '2026-02-01T09:00:00.000Z' })]);
    renderMentees(store);
    await screen.findByRole('table', { name: /^Mentees/ });
    expect(names()).toEqual(['Ana']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show archived (1)' }));
    expect(names()).toEqual(['Ana', 'Ben']);
    expect(within(rowOf('Ben')).getByText('(archived)')).toBeInTheDocument();
  });

  it('should export everyone as one bundle file', async () => {
    const download = vi.spyOn(await import('@/components/download'), 'downloadText').mockImplementation(() => {});
    const store = await storeWith([makeProfile('ana'), makeProfile('ben')], [makeSession(pack, { id: 'a1', profileId: 'ana' })]);
    renderMentees(store);
    await userEvent.click(await screen.findByRole('button', { name: 'Export' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, text] = download.mock.calls[0]!;
    expect(fileName).toMatch(/^rungs-mentees-\d{4}-\d{2}-\d{2}\.json$/);
    const { parseBundle } = await import('@/domain/records/bundle');
    const parsed = parseBundle(text);
    expect(parsed.ok && parsed.value.profiles.map((profile) => profile.id)).toEqual(['ana', 'ben']);
    expect(parsed.ok && parsed.value.sessions.map((session) => session.id)).toEqual(['a1']);
  });

  it('should render 200 mentees × 12 sessions', async () => {
    const profiles = Array.from({ length: 200 }, (_, i) => makeProfile(`p${String(i).padStart(3, '0')}`));
    const sessions = profiles.flatMap((profile, i) =>
      Array.from({ length: 12 }, (_, k) =>
        makeSession(pack, { id: `${profile.id}-s${k}`, profileId: profile.id, answers: quickAnswers(k % 5, (i + k) % 5, 2), completedOn: `2025-${String(k + 1).padStart(2, '0')}-15` }),
      ),
    );
    const store = await storeWith(profiles, sessions);
    renderMentees(store);
    // Counted by selector: role queries over 200 rows are slow in jsdom, and the timing is measured in a browser.
    const frame = await screen.findByRole('region', { name: 'Mentees, table' });
    expect(frame.querySelectorAll('tbody tr')).toHaveLength(200);
    expect([...frame.querySelectorAll('tbody tr')].every((row) => row.lastElementChild?.textContent === '12')).toBe(true);
  }, 30_000);

  it('should draw the first 200 of a longer list, then more on "Show more" and the rest on "Show all"', async () => {
    const profiles = Array.from({ length: 450 }, (_, index) => makeProfile(`mentee-${String(index).padStart(3, '0')}`));
    renderMentees(await storeWith(profiles));
    const frame = await screen.findByRole('region', { name: 'Mentees, table' });
    expect(frame.querySelectorAll('tbody tr')).toHaveLength(200);
    expect(screen.getByText('Showing the first 200 of 450 mentees, in this order.')).toBeInTheDocument();
    expect(names()[0]).toBe('Mentee-000');

    await userEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    expect(frame.querySelectorAll('tbody tr')).toHaveLength(400);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 450' }));
    expect(frame.querySelectorAll('tbody tr')).toHaveLength(450);
    expect(screen.queryByRole('button', { name: /Show .* more/ })).toBeNull();
  }, 30_000);
});
