import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '@/packs/pack-registry';
import { localDay } from '@/features/mentees/mentees-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeAction, makeProfile, makeSession, quickAnswers, rating, readyEntry, renderMentees, storeWith } from './mentees-fixtures';
import { formatDate } from '@/lib/format';

/** A calendar day as the app writes dates: the reader's locale, so the tests read the same anywhere. */
const on = (day: string) => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

const packs = vi.hoisted(() => ({ current: [] as PackEntry[] }));
vi.mock('@/packs/use-packs', () => ({ usePackEntries: () => packs.current }));
// recharts measures its container, which jsdom cannot: the figures' text and tables are what is tested here.
vi.mock('@/features/mentees/progress-charts', () => ({ ReadinessTrendChart: () => null, CompetencyTrendChart: () => null }));

const pack = makeMiniPack();
packs.current = [readyEntry(pack)];

const ana = () => makeProfile('ana', { name: 'Ana Ferreira', currentLevel: 'one', years: 4, targetLevel: 'two' });

async function openAna(sessions = [makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 3, 2), completedOn: '2026-01-10' })], profile = ana()) {
  const store = await storeWith([profile], sessions);
  const rendered = renderMentees(store, '/mentees/ana');
  await screen.findByRole('heading', { level: 1, name: profile.name });
  return rendered;
}

// The first test pays for loading the validators and the screen in jsdom, slow on a busy machine.
describe('Person page', { timeout: 20_000 }, () => {
  it('should say there is no such person for an unknown id, a malformed id and "Me"', async () => {
    const store = await storeWith([ana(), makeProfile('me', { name: 'Me' })]);
    for (const path of ['/mentees/nobody', '/mentees/%E0%A4%A', '/mentees/me', '/mentees/ana/extra']) {
      const { unmount } = renderMentees(store, path);
      expect(await screen.findByRole('heading', { level: 1, name: 'No such person' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to Mentees' })).toHaveAttribute('href', '/mentees');
      unmount();
    }
  });

  it('should rename a person through "Edit details"', async () => {
    const { store } = await openAna();
    await userEvent.click(screen.getByRole('button', { name: 'Edit details' }));
    const details = screen.getByRole('region', { name: 'Details' });
    const name = within(details).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Ana Ferreira');
    expect(name).toHaveFocus();
    // A saved target is kept as it is, whatever the role says.
    await userEvent.selectOptions(within(details).getByRole('combobox', { name: 'Current role' }), 'Level three');
    expect(within(details).getByRole('combobox', { name: 'Target level' })).toHaveValue('two');
    await userEvent.selectOptions(within(details).getByRole('combobox', { name: 'Current role' }), 'Level one');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    // The form checks its fields asynchronously (the zod resolver), and React paints the message in a task of its own.
    await waitFor(() => expect(name).toHaveAccessibleDescription('Enter a name'));
    await userEvent.type(name, 'Ana Souza');
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(store.getState().profiles.ana).toMatchObject({ name: 'Ana Souza', currentLevel: 'one', years: 4, targetLevel: 'two' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Souza' })).toBeInTheDocument();
    expect(screen.getByText('Details saved.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit details' })).toHaveFocus());
    // The next level is the rung above the role she now holds, never at or below it.
    expect(within(details).getByText('Next level').nextElementSibling).toHaveTextContent('Level two');
  });

  it('should archive and unarchive a person', async () => {
    const { store } = await openAna();
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    expect(store.getState().profiles.ana?.archivedAt).not.toBeNull();
    expect(screen.getByText('Ana Ferreira is archived.')).toBeInTheDocument();
    expect(screen.getByText(/hidden from the Mentees list unless “Show archived” is ticked/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Unarchive' }));
    expect(store.getState().profiles.ana?.archivedAt).toBeNull();
  });

  it('should ask before deleting, and keep everything on Cancel', async () => {
    const { store } = await openAna();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const question = screen.getByRole('group', { name: /Delete Ana Ferreira\?/ });
    expect(within(question).getByText(/Their 1 session and 0 actions go too/)).toHaveFocus();
    await userEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().profiles.ana).toBeDefined();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus());
  });

  it('should delete, go back to the dashboard with an Undo notice, and undo', async () => {
    const { store, location } = await openAna();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(store.getState().profiles.ana).toBeUndefined();
    expect(store.getState().sessions.a1).toBeUndefined();
    expect(location.history?.at(-1)).toBe('/mentees');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mentees' })).toBeInTheDocument();
    expect(screen.getByText('Ana Ferreira was deleted, with 1 session.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await userEvent.click(undo);
    expect(store.getState().profiles.ana?.name).toBe('Ana Ferreira');
    expect(store.getState().sessions.a1).toBeDefined();
    expect(screen.getByText('Ana Ferreira is back, with everything they had.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ana Ferreira' })).toBeInTheDocument();
  });

  it('should stop offering Undo after 30 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await openAna();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(screen.getByRole('button', { name: 'Delete' }));
      await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
      expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(30_500);
      });
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('should list sessions newest first with readiness for the target and links to results or to resume', async () => {
    await openAna([
      makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 1, 1), completedOn: '2026-01-10' }),
      makeSession(pack, { id: 'a2', profileId: 'ana', answers: quickAnswers(2, 3, 2), completedOn: '2026-02-10' }),
      makeSession(pack, { id: 'a3', profileId: 'ana', answers: { 'lean-self-1': rating(2) }, completedOn: null, startedOn: '2026-03-01' }),
    ]);
    const sessions = screen.getByRole('table', { name: /Ana Ferreira’s sessions, newest first/ });
    const rows = within(sessions).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([on('2026-03-01'), on('2026-02-10'), on('2026-01-10')]);
    expect(within(rows[0]!).getByText('In progress: 1 of 3 answered')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: `Resume the session of ${on('2026-03-01')}` })).toHaveAttribute('href', '/assessment/a3');
    expect(within(rows[1]!).getByRole('cell', { name: 'Ready 100%' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: `Results of ${on('2026-02-10')}` })).toHaveAttribute('href', '/results/a2');
    expect(within(rows[2]!).getByRole('cell', { name: 'Not ready 42% · 2 core gaps' })).toBeInTheDocument();
  });

  it('should mark a conflicting copy and which one is newer', async () => {
    await openAna([
      makeSession(pack, { id: 'a1', profileId: 'ana', completedOn: '2026-01-10' }),
      { ...makeSession(pack, { id: 'a1-c0py', profileId: 'ana', completedOn: '2026-01-10', conflictOf: 'a1' }), updatedAt: '2026-01-20T09:00:00.000Z' },
    ]);
    expect(screen.getByText(`Conflicting copy, kept from an import — the newer one is this copy (saved ${on('2026-01-20')}).`, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Has a conflicting copy from an import — the newer one is the copy/)).toBeInTheDocument();
  });

  it('should start a session pre-filled from the last one ("what changed since?") for this person', async () => {
    const { store, location } = await openAna();
    const start = screen.getByRole('region', { name: 'Start a session' });
    expect(within(start).getByRole('radio', { name: /Start from the last session’s answers \(what changed since\?\)/ })).toBeChecked();
    expect(within(start).getByRole('combobox', { name: 'Target level' })).toHaveValue('two');
    await userEvent.click(within(start).getByRole('radio', { name: /Full/ }));
    await userEvent.click(within(start).getByRole('button', { name: 'Start session' }));
    const created = Object.values(store.getState().sessions).find((session) => session.id !== 'a1')!;
    expect(created).toMatchObject({ profileId: 'ana', assessmentId: 'full', targetLevel: 'two', completedAt: null });
    expect(Object.fromEntries(Object.entries(created.answers).map(([id, stored]) => [id, stored.answer]))).toEqual(quickAnswers(1, 3, 2));
    expect(location.history?.at(-1)).toBe(`/assessment/${created.id}`);
  });

  it('should start a blank session when asked', async () => {
    const { store } = await openAna();
    await userEvent.click(screen.getByRole('radio', { name: 'Start blank' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start session' }));
    const created = Object.values(store.getState().sessions).find((session) => session.id !== 'a1')!;
    expect(created).toMatchObject({ profileId: 'ana', assessmentId: 'quick', answers: {} });
  });

  it('should add actions from the development plan or free text, change their status and remove them', async () => {
    const { store } = await openAna();
    const plan = screen.getByRole('region', { name: 'Action plan' });
    expect(within(plan).getByText('No action agreed yet.')).toBeInTheDocument();
    // lean 1 against a target of 2 is the largest gap of the latest session.
    await userEvent.selectOptions(within(plan).getByRole('combobox', { name: 'From the development plan (optional)' }), 'Lean: First thing to do for lean.');
    expect(within(plan).getByRole('textbox', { name: 'Action' })).toHaveValue('First thing to do for lean.');
    await userEvent.clear(within(plan).getByRole('textbox', { name: 'Owner' }));
    await userEvent.type(within(plan).getByRole('textbox', { name: 'Owner' }), 'Mentor');
    await userEvent.type(within(plan).getByLabelText('Due date (optional)'), '2026-04-01');
    await userEvent.click(within(plan).getByRole('button', { name: 'Add action' }));
    expect(store.getState().profiles.ana?.actions).toMatchObject([{ title: 'First thing to do for lean.', competencyId: 'lean', owner: 'Mentor', due: '2026-04-01', status: 'open' }]);
    expect(await within(plan).findByText('Added “First thing to do for lean.”.')).toBeInTheDocument();

    await userEvent.click(within(plan).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(within(plan).getByRole('textbox', { name: 'Action' })).toHaveAccessibleDescription('Describe the action, or pick one from the development plan'));
    await userEvent.type(within(plan).getByRole('textbox', { name: 'Action' }), 'Shadow the night shift lead');
    await userEvent.click(within(plan).getByRole('button', { name: 'Add action' }));
    expect(store.getState().profiles.ana?.actions.map((action) => [action.title, action.competencyId, action.owner])).toEqual([
      ['First thing to do for lean.', 'lean', 'Mentor'],
      ['Shadow the night shift lead', null, 'Mentor'],
    ]);

    await userEvent.selectOptions(within(plan).getByRole('combobox', { name: 'Status of “Shadow the night shift lead”' }), 'Done');
    expect(store.getState().profiles.ana?.actions[1]?.status).toBe('done');
    await userEvent.click(within(plan).getByRole('button', { name: 'Remove “First thing to do for lean.”' }));
    expect(store.getState().profiles.ana?.actions.map((action) => action.title)).toEqual(['Shadow the night shift lead']);
  });

  it('should highlight overdue actions with a word and a sign', async () => {
    const yesterday = localDay(new Date(Date.now() - 86_400_000));
    await openAna(undefined, { ...ana(), actions: [makeAction('late', { title: 'Run a Kaizen event', due: yesterday }), makeAction('later', { title: 'Read a book' })] });
    const plan = screen.getByRole('region', { name: 'Action plan' });
    expect(within(plan).getByText(/2 actions, 2 not done/)).toBeInTheDocument();
    const late = within(plan).getByRole('row', { name: /Run a Kaizen event/ });
    expect(late).toHaveClass('is-overdue');
    expect(within(late).getByLabelText('Due date of “Run a Kaizen event”')).toHaveAccessibleDescription(/Overdue/);
    expect(within(plan).getByRole('row', { name: /Read a book/ })).not.toHaveClass('is-overdue');
  });

  it('should show progress: readiness over time, scores per competency and what changed since the last session', async () => {
    await openAna([
      makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 3, 2), completedOn: '2026-01-10' }),
      makeSession(pack, { id: 'a2', profileId: 'ana', answers: quickAnswers(3, 2, 2), completedOn: '2026-02-10' }),
    ]);
    const progress = screen.getByRole('region', { name: 'Progress' });
    const readiness = within(progress).getByRole('figure', { name: 'Readiness for Level two over time' });
    expect(within(readiness).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      expect.stringMatching(new RegExp(`^${on('2026-01-10')}\\d+%`)),
      expect.stringMatching(new RegExp(`^${on('2026-02-10')}\\d+%`)),
    ]);
    const since = within(progress).getByRole('region', { name: 'Since last session' });
    expect(within(since).getByText('Lean: 1 → 3 (up 2)')).toBeInTheDocument();
    expect(within(since).getByText('Safety: 3 → 2 (down 1)')).toBeInTheDocument();
    expect(within(progress).getByRole('figure', { name: 'Score over time: Lean' })).toBeInTheDocument();
    await userEvent.selectOptions(within(progress).getByRole('combobox', { name: 'Competency to draw' }), 'Safety');
    expect(within(progress).getByRole('figure', { name: 'Score over time: Safety' })).toHaveTextContent('Safety went from 3 to 2 of 4 across 2 scored sessions; the target level expects 3.');
  });

  it('should export this mentee alone', async () => {
    const download = vi.spyOn(await import('@/components/download'), 'downloadText').mockImplementation(() => {});
    const store = await storeWith([ana(), makeProfile('ben')], [makeSession(pack, { id: 'a1', profileId: 'ana' }), makeSession(pack, { id: 'b1', profileId: 'ben' })]);
    renderMentees(store, '/mentees/ana');
    await userEvent.click(await screen.findByRole('button', { name: 'Export this mentee' }));
    const [fileName, text] = download.mock.calls[0]!;
    expect(fileName).toMatch(/^rungs-mentee-ana-ferreira-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = (await import('@/domain/records/bundle')).parseBundle(text);
    expect(parsed.ok && [parsed.value.profiles.map((profile) => profile.id), parsed.value.sessions.map((session) => session.id)]).toEqual([['ana'], ['a1']]);
  });
});
