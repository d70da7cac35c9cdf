import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeSession, rating, renderResults } from './results-fixtures';

const packs = vi.hoisted(() => ({ current: new Map<string, Pack>() }));
vi.mock('@/packs/use-packs-once-shown', () => ({ useReadyPacksOnceShown: () => packs.current }));
// recharts measures its container, which jsdom cannot: the panel and the text above it are what is tested here.
vi.mock('@/features/results/results-charts', () => ({ LadderChart: () => null, CompareRadar: () => null, GapChart: () => null }));

const mini = makeMiniPack();
packs.current = new Map([[mini.meta.id, mini]]);

afterEach(() => {
  vi.useRealTimers();
});

/** lean 2, safety 1, leadership 2: level two 8 ÷ 12 = 67% on self ratings. */
const answers = { 'lean-self-1': rating(2), 'lean-self-2': rating(2), 'safety-self-1': rating(1), 'leadership-self-1': rating(2) };

const panel = () => screen.getByRole('region', { name: "Mentor's view" });
const toggle = () => screen.getByRole('button', { name: "Mentor's view" });
const readinessShown = () => {
  const lines = screen.getByRole('list', { name: 'Your role, the next rung and your target' });
  const line = within(lines).getByText('Level two').closest('li')!;
  return line.querySelector('.standing-figure')?.textContent?.split(' ')[0];
};

async function renderPanel(mentorRatings: Record<string, number> = {}) {
  const rendered = await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers, mentorRatings })]);
  await screen.findByRole('heading', { level: 1, name: /results/i });
  const stored = () => rendered.store.getState().sessions['session-1']!;
  return { ...rendered, stored };
}

describe('MentorPanel', () => {
  it('should be folded behind a "Mentor\'s view" button while nothing is rated, and open on demand', async () => {
    await renderPanel();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Mentor rating for Lean' })).toBeNull();
    expect(within(panel()).getByText(/No competency has a mentor rating yet/)).toBeInTheDocument();
    await userEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Mentor rating for Lean' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Mentor note for Lean' })).toBeInTheDocument();
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Technical competencies' })).toBeInTheDocument();
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Soft-skill competencies' })).toBeInTheDocument();
  });

  it('should be open when the mentor has rated something, with every control labelled "Mentor … for <competency>"', async () => {
    await renderPanel({ lean: 2 });
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    for (const title of ['Lean', 'Safety', 'Leadership']) {
      expect(screen.getByRole('combobox', { name: `Mentor rating for ${title}` })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: `Mentor note for ${title}` })).toBeInTheDocument();
    }
    expect(screen.getByRole('combobox', { name: 'Mentor rating for Lean' })).toHaveValue('2');
    const options = within(screen.getByRole('combobox', { name: 'Mentor rating for Safety' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Not rated', '0 — None', '1 — Aware', '2 — Working', '3 — Proficient', '4 — Expert']);
  });

  it('should save a rating the mentor chooses, and clear it with "Not rated"', async () => {
    const { stored, store } = await renderPanel();
    await userEvent.click(toggle());
    const safety = screen.getByRole('combobox', { name: 'Mentor rating for Safety' });
    await userEvent.selectOptions(safety, '3 — Proficient');
    expect(stored().mentorRatings).toEqual({ safety: 3 });
    await waitFor(() => expect(store.getState().save.state).toBe('saved'));
    expect(screen.getByRole('combobox', { name: 'Mentor rating for Safety' })).toHaveValue('3');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mentor rating for Safety' }), 'Not rated');
    expect(stored().mentorRatings).toEqual({});
    expect(screen.getByRole('combobox', { name: 'Mentor rating for Safety' })).toHaveValue('');
  });

  it('should save a note when the mentor leaves the field, and after a pause in typing', async () => {
    const { stored } = await renderPanel({ lean: 2 });
    const note = screen.getByRole('textbox', { name: 'Mentor note for Safety' });
    await userEvent.type(note, 'Ran the last audit alone.');
    await userEvent.tab();
    expect(stored().mentorNotes).toEqual({ safety: 'Ran the last audit alone.' });
    expect(screen.getByRole('textbox', { name: 'Mentor note for Safety' })).toHaveValue('Ran the last audit alone.');

    await userEvent.type(screen.getByRole('textbox', { name: 'Mentor note for Lean' }), 'Good 5S');
    // Still in the field: saved once typing pauses.
    await waitFor(() => expect(stored().mentorNotes.lean).toBe('Good 5S'));
    expect(screen.getByRole('textbox', { name: 'Mentor note for Lean' })).toHaveFocus();
  });

  it('should keep a note typed just before the results close', async () => {
    const { stored, unmount } = await renderPanel({ lean: 2 });
    await userEvent.type(screen.getByRole('textbox', { name: 'Mentor note for Leadership' }), 'Coach the new shift lead');
    unmount();
    expect(stored().mentorNotes).toEqual({ leadership: 'Coach the new shift lead' });
  });

  it('should highlight a disagreement of one point or more in words and list it as a talking point', async () => {
    await renderPanel({ safety: 3, leadership: 2 });
    const safetyRow = within(panel()).getByRole('heading', { level: 4, name: 'Safety' }).closest('li')!;
    expect(within(safetyRow).getByText('Disagree by 2 (mentor higher).')).toBeInTheDocument();
    expect(safetyRow).toHaveClass('disagrees');
    const leadershipRow = within(panel()).getByRole('heading', { level: 4, name: 'Leadership' }).closest('li')!;
    expect(within(leadershipRow).queryByText(/Disagree by/)).toBeNull();

    expect(within(panel()).getByRole('heading', { level: 3, name: 'Talking points' })).toBeInTheDocument();
    const points = within(panel()).getAllByRole('list').find((list) => list.classList.contains('talking-points'))!;
    expect(within(points).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Safety: self 1, mentor 3: disagree by 2 (mentor higher)']);
  });

  it('should add a talking point as soon as a new rating disagrees', async () => {
    await renderPanel({ safety: 1 });
    expect(within(panel()).getByText(/less than 1 point apart/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Mentor rating for Lean' }), '0 — None');
    const points = within(panel()).getAllByRole('list').find((list) => list.classList.contains('talking-points'))!;
    expect(within(points).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Lean: self 2, mentor 0: disagree by 2 (mentor lower)']);
  });

  it('should change the readiness shown above when the mentor changes what readiness uses', async () => {
    const { stored } = await renderPanel({ safety: 3 });
    const basis = within(panel()).getByRole('group', { name: 'Readiness uses' });
    expect(within(basis).getByRole('radio', { name: /^Self ratings/ })).toBeChecked();
    expect(readinessShown()).toBe('67%');

    await userEvent.click(within(basis).getByRole('radio', { name: /^Mentor ratings/ }));
    expect(stored().basis).toBe('mentor');
    // Safety now stands on the mentor's 3: 4 + 6 + 2 = 12 of 12.
    expect(readinessShown()).toBe('100%');
    expect(within(panel()).getByRole('status')).toHaveTextContent('Readiness now uses mentor ratings: 100% for Level two.');
    expect(screen.getByText(/Scores stand on your mentor’s ratings/)).toBeInTheDocument();

    await userEvent.click(within(basis).getByRole('radio', { name: /^The lower of the two/ }));
    expect(stored().basis).toBe('lower');
    expect(readinessShown()).toBe('67%');
  });

  it('should show a new rating in the panel and bring the scores above up to date after it, change after change', async () => {
    const { stored } = await renderPanel({ safety: 3 });
    await userEvent.click(within(panel()).getByRole('radio', { name: /^Mentor ratings/ }));
    expect(readinessShown()).toBe('100%');
    const safety = screen.getByRole('combobox', { name: 'Mentor rating for Safety' });
    // Two changes in a row: the report is rescored from the latest one, not left on the first.
    await userEvent.selectOptions(safety, '0 — None');
    await userEvent.selectOptions(safety, '3 — ' + mini.scale.points[3]!.label);
    expect(safety).toHaveValue('3');
    expect(stored().mentorRatings).toMatchObject({ safety: 3 });
    await waitFor(() => expect(readinessShown()).toBe('100%'));
    await userEvent.selectOptions(safety, '0 — None');
    expect(safety).toHaveValue('0');
    await waitFor(() => expect(readinessShown()).not.toBe('100%'));
  });
});
