import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PackEntry } from '@/packs/pack-registry';
import { MAX_BUNDLE_BYTES, serializeBundle } from '@/domain/records/bundle';
import type { Profile, Session } from '@/domain/records/schema';
import { serializeSessionJson } from '@/features/results/results-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';
import { makeProfile, makeSession, quickAnswers, readyEntry, renderMentees, storeWith } from './mentees-fixtures';
import { formatDate } from '@/lib/format';

/** A calendar day as the app writes dates: the reader's locale, so the tests read the same anywhere. */
const on = (day: string) => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

const packs = vi.hoisted(() => ({ current: [] as PackEntry[] }));
vi.mock('@/packs/use-packs', () => ({ usePackEntries: () => packs.current }));
vi.mock('@/features/mentees/progress-charts', () => ({ ReadinessTrendChart: () => null, CompetencyTrendChart: () => null }));
// The page's turns between slices of reading, held by a test that must act while reading is under way: however fast
// the machine, the reading then waits at its first turn, so Cancel always lands mid-import.
const turns = vi.hoisted(() => ({ held: false, waiting: [] as (() => void)[] }));
vi.mock('@/lib/next-turn', () => ({
  nextTurn: () =>
    new Promise<void>((resolve) => {
      if (turns.held) turns.waiting.push(resolve);
      else setTimeout(resolve, 0);
    }),
}));

const pack = makeMiniPack();
packs.current = [readyEntry(pack)];

const ana = makeProfile('ana', { name: 'Ana Ferreira' });
const ben = makeProfile('ben', { name: 'Ben Okafor' });
const anaSession = makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(2, 3, 2), mentorRatings: { lean: 3 }, completedOn: '2026-02-10' });

const bundleFile = (profiles: Profile[], sessions: Session[], name = 'rungs-mentees.json') =>
  new File([serializeBundle({ profiles, sessions, exportedAt: new Date('2026-03-02T10:00:00.000Z') })], name, { type: 'application/json' });

async function choose(file: File) {
  await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
  await userEvent.upload(screen.getByLabelText('Rungs file to import'), file);
}

// The first test pays for loading the validators and the screen in jsdom, slow on a busy machine.
describe('Import on the Mentees page', { timeout: 20_000 }, () => {
  it('should preview what a valid bundle adds, write nothing until confirmed, then import it', async () => {
    const store = await makeReadyStore();
    renderMentees(store);
    await choose(bundleFile([ana, ben], [anaSession]));

    const preview = await screen.findByRole('region', { name: 'Import preview: rungs-mentees.json' });
    await waitFor(() => expect(within(preview).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(within(preview).getByText(`The file was saved on ${on('2026-03-02')}.`)).toBeInTheDocument();
    expect(within(preview).getByText('Will be added: 2 people (Ana Ferreira and Ben Okafor) and 1 session.')).toBeInTheDocument();
    expect(Object.keys(store.getState().profiles)).toEqual([]);
    // The preview's own "Import" replaces the file button: never two buttons of one name.
    expect(screen.getAllByRole('button', { name: 'Import' })).toHaveLength(1);

    await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(Object.keys(store.getState().profiles).sort()).toEqual(['ana', 'ben']);
    expect(store.getState().sessions.a1).toEqual(anaSession);
    expect(screen.getByText('Imported 2 people and 1 session.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Import preview/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ana Ferreira' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ben Okafor' })).toBeInTheDocument();
  });

  it('should say "nothing new" when the same file is imported again', async () => {
    const store = await storeWith([ana, ben], [anaSession]);
    renderMentees(store);
    await choose(bundleFile([ana, ben], [anaSession]));
    const preview = await screen.findByRole('region', { name: /Import preview/ });
    expect(within(preview).getByText('Nothing new: everything in this file is already here.')).toBeInTheDocument();
    expect(within(preview).getByText('Already here and unchanged: 2 people and 1 session.')).toBeInTheDocument();
    expect(within(preview).queryByRole('button', { name: 'Import' })).toBeNull();
    await userEvent.click(within(preview).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /Import preview/ })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toHaveFocus());
  });

  it('should keep a conflicting session as both and say which is newer', async () => {
    const store = await storeWith([ana], [anaSession]);
    renderMentees(store);
    const changed = { ...anaSession, answers: { ...anaSession.answers, 'lean-self-1': { answer: { kind: 'rating' as const, value: 4 }, at: 1 } }, updatedAt: '2026-02-20T10:00:00.000Z', revision: 9 };
    await choose(bundleFile([ana], [changed]));
    const preview = await screen.findByRole('region', { name: /Import preview/ });
    expect(within(preview).getByRole('heading', { level: 3, name: 'Kept as both' })).toBeInTheDocument();
    expect(within(preview).getByText(`Ana Ferreira’s session of ${on('2026-02-10')} differs from the copy in the file: both are kept; the newer one is`, { exact: false })).toBeInTheDocument();
    await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    const sessions = Object.values(store.getState().sessions);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.conflictOf !== null)).toHaveLength(1);
  });

  it('should refuse a file that is not a bundle, with a message, and change nothing', async () => {
    const store = await storeWith([ana]);
    renderMentees(store);
    await choose(new File(['{"hello": '], 'notes.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(/^“notes\.json” cannot be imported: The file is not valid JSON/));
    expect(alert).toHaveTextContent(/Nothing was changed\.$/);
    expect(screen.queryByRole('region', { name: /Import preview/ })).toBeNull();
    expect(Object.keys(store.getState().profiles)).toEqual(['ana']);
  });

  it('should refuse a file larger than a bundle can be before reading it', async () => {
    renderMentees(await makeReadyStore());
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: MAX_BUNDLE_BYTES + 1 });
    const read = vi.spyOn(huge, 'text');
    await choose(huge);
    expect(await screen.findByText(/“huge\.json” is 96\.0 MB, more than the 96 MB a Rungs file can be\. Nothing was imported\./)).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
  });

  describe('a big file', () => {
    // 300 people: read on the page here (jsdom has no Worker), in slices, with progress between.
    const people = Array.from({ length: 300 }, (_, i) => makeProfile(`big-${i}`, { name: `Mentee ${i}` }));
    const bigSessions = people.map((profile, i) => makeSession(pack, { id: `big-s${i}`, profileId: profile.id, answers: quickAnswers(2, 3, 2) }));
    // Ten sessions each: big enough to be still reading when the progress is looked at, or Cancel pressed.
    const many = Array.from({ length: 10 }, (_, copy) => bigSessions.map((session) => ({ ...session, id: `${session.id}-${copy}` }))).flat();

    it('should read it on the page, then save all of it once confirmed', { timeout: 60_000 }, async () => {
      const store = await storeWith([ana]);
      renderMentees(store);
      await choose(bundleFile(people, bigSessions, 'big.json'));
      const preview = await screen.findByRole('region', { name: 'Import preview: big.json' }, { timeout: 30_000 });
      expect(Object.keys(store.getState().profiles)).toEqual(['ana']);
      await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
      expect(await screen.findByText('Imported 300 people and 300 sessions.', {}, { timeout: 30_000 })).toBeInTheDocument();
      expect(Object.keys(store.getState().profiles)).toHaveLength(301);
      expect(store.getState().sessions['big-s299']).toEqual(bigSessions[299]);
    });

    it('should stop reading on Cancel, changing nothing', async () => {
      const store = await storeWith([ana]);
      renderMentees(store);
      turns.held = true;
      await choose(bundleFile(people, many, 'big.json'));
      const progress = await screen.findByRole('region', { name: 'Importing big.json' });
      expect(within(progress).getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
      await userEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
      expect(screen.getByText('Import cancelled. Nothing was changed.')).toBeInTheDocument();
      expect(screen.queryByRole('progressbar')).toBeNull();
      // Reading may go on now: having been cancelled, it must come to nothing.
      turns.held = false;
      for (const release of turns.waiting.splice(0)) release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(screen.queryByRole('region', { name: /Import preview/ })).toBeNull();
      expect(Object.keys(store.getState().profiles)).toEqual(['ana']);
    });

    it('should refuse it for one bad record, naming it, with nothing written', async () => {
      const store = await storeWith([ana]);
      renderMentees(store);
      const damaged = [...bigSessions];
      damaged[250] = { ...damaged[250]!, step: -1 };
      // The file lists sessions by id, so big-s250 is the 170th.
      await choose(bundleFile(people, damaged, 'big.json'));
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(/^“big\.json” cannot be imported: Session 170 of 300 \("big-s250"\) can't be read: step: /), { timeout: 10_000 });
      expect(alert).toHaveTextContent(/Nothing was changed\.$/);
      expect(Object.keys(store.getState().profiles)).toEqual(['ana']);
      expect(store.getState().sessions).toEqual({});
    });
  });

  it('should cancel a preview without writing anything', async () => {
    const store = await makeReadyStore();
    renderMentees(store);
    await choose(bundleFile([ana], []));
    await userEvent.click(within(await screen.findByRole('region', { name: /Import preview/ })).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().profiles).toEqual({});
  });

  describe('one session on its own, as Results’ “Save answers as a file (JSON)” writes it', () => {
    const sessionFile = (session: Session, name = 'rungs-session.json') => new File([serializeSessionJson(session)], name, { type: 'application/json' });

    it('should preview it for its own person when this browser knows them, then import it', async () => {
      const store = await storeWith([ana, ben]);
      renderMentees(store);
      await choose(sessionFile(anaSession));
      const preview = await screen.findByRole('region', { name: 'Import preview: rungs-session.json' });
      expect(within(preview).getByText(`The file holds one session on its own, of ${on('2026-02-10')}, with 3 answers: the file Results’ “Save answers as a file (JSON)” writes.`)).toBeInTheDocument();
      expect(within(preview).getByRole('combobox', { name: 'Whose session is this?' })).toHaveValue('ana');
      expect(within(preview).getByText('Will be added: 0 people and 1 session.')).toBeInTheDocument();
      expect(store.getState().sessions).toEqual({});
      await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
      expect(store.getState().sessions.a1).toEqual(anaSession);
      expect(screen.getByText(`Imported Ana Ferreira’s session of ${on('2026-02-10')}.`)).toBeInTheDocument();
    });

    it('should give a session from another browser to the person chosen, "Me" until then', async () => {
      const store = await storeWith([ben]);
      renderMentees(store);
      // Sent by a mentee from their own browser: there it was theirs ("me").
      await choose(sessionFile({ ...anaSession, profileId: 'me' }));
      const preview = await screen.findByRole('region', { name: /Import preview/ });
      const owner = within(preview).getByRole('combobox', { name: 'Whose session is this?' });
      expect(owner).toHaveValue('me');
      await userEvent.selectOptions(owner, 'Ben Okafor');
      await userEvent.click(within(preview).getByRole('button', { name: 'Import' }));
      expect(store.getState().sessions.a1).toEqual({ ...anaSession, profileId: 'ben' });
      expect(screen.getByText(`Imported Ben Okafor’s session of ${on('2026-02-10')}.`)).toBeInTheDocument();
    });

    it('should say "nothing new" when that session is already here', async () => {
      renderMentees(await storeWith([ana], [anaSession]));
      await choose(sessionFile(anaSession));
      const preview = await screen.findByRole('region', { name: /Import preview/ });
      expect(within(preview).getByText('Nothing new: everything in this file is already here.')).toBeInTheDocument();
      expect(within(preview).queryByRole('button', { name: 'Import' })).toBeNull();
    });

    it('should refuse a damaged session file through the same checks as stored ones, changing nothing', async () => {
      const store = await storeWith([ana]);
      renderMentees(store);
      await choose(new File([JSON.stringify({ ...anaSession, answers: { 'lean-self-1': { answer: { kind: 'rating', value: 9 }, at: 1 } } })], 'edited.json'));
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(/^“edited\.json” cannot be imported: The file holds one session on its own, which can't be read/));
      expect(store.getState().sessions).toEqual({});
    });
  });
});
