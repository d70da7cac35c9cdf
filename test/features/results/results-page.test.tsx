import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { restoreSession } from '@/domain/records/restore';
import { scoreSession } from '@/domain/score-session';
import type { Gap } from '@/domain/scoring/readiness';
import { answersOf } from '@/domain/records/session';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { choice, loadRealPack, makeSession, openFoldedSections, rateAll, rating, renderResults } from './results-fixtures';

const packs = vi.hoisted(() => ({ current: new Map<string, Pack>() }));
vi.mock('@/packs/use-packs-once-shown', () => ({ useReadyPacksOnceShown: () => packs.current }));

const mini = makeMiniPack();
const real = loadRealPack();
const usePacks = (...list: Pack[]) => {
  packs.current = new Map(list.map((pack) => [pack.meta.id, pack]));
};

afterEach(() => {
  packs.current = new Map();
});

const sectionNamed = (name: string | RegExp) => screen.getByRole('region', { name });
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const rowHeaders = (table: HTMLElement) => rowsOf(table).map((row) => within(row).getByRole('rowheader').textContent);

/** lean 2, safety 1, leadership 2 on the mini pack (hand-checked: level one 5 ÷ 7, level two 8 ÷ 12, level three 8 ÷ 17). */
const miniAnswers = { 'lean-self-1': rating(2), 'lean-self-2': rating(2), 'safety-self-1': rating(1), 'leadership-self-1': rating(2) };

describe('ResultsPage', () => {
  it('should show where the person stands, with the numbers scoreSession gives, under one h1', async () => {
    usePacks(mini);
    const session = makeSession(mini, { targetLevel: 'two', answers: miniAnswers });
    await renderResults('/results/session-1', [session]);

    expect(await screen.findByRole('heading', { level: 1, name: /results/i })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/Full · Completed/)).toHaveTextContent(/Full · Completed \w+ \d+, 2026|Full · Completed \d+ \w+ 2026/);

    const results = scoreSession({ pack: mini, questionIds: mini.assessments[1]!.questionIds, answers: answersOf(session), targetLevel: 'two' });
    const lines = screen.getByRole('list', { name: 'Your role, the next rung and your target' });
    const lineOf = (title: string) => within(lines).getByText(title).closest('li')!;
    expect(lineOf('Level two')).toHaveTextContent(`${Math.round(results.target.readiness! * 100)}% · 1 core gap`);
    expect(lineOf('Level two')).toHaveTextContent(/Your target.*Not ready/);
    expect(lineOf('Level one')).toHaveTextContent(/Next rung/);
    const summary = sectionNamed('Where you stand');
    expect(within(summary).getByText(/do not yet meet any level/)).toBeInTheDocument();
    expect(within(summary).getByRole('heading', { name: /gaps? that matters? most/ })).toBeInTheDocument();
  });

  it('should explain the headline with the formula and its actual numbers', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    const summary = await screen.findByRole('region', { name: 'Where you stand' });
    await userEvent.click(within(summary).getByText('Why?'));
    expect(within(summary).getByText(/Readiness = Σ weight × min\(score, target\)/)).toBeVisible();
    expect(within(summary).getByText('8 ÷ 12 = 67%, with 100% of its target weight scored.')).toBeInTheDocument();
    expect(within(summary).getAllByText(/Core gaps of 1 point or more: Safety/).length).toBeGreaterThan(0);
  });

  it('should say "not enough answers yet", with a way back to the assessment, and never 0%', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: {}, completedAt: null })]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Not enough answers yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the assessment' })).toHaveAttribute('href', '/assessment/session-1');
    expect(screen.queryByText(/\b0%/)).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('should say "not enough answers" when the target level has too little scored, even with some answers', async () => {
    usePacks(mini);
    // Only leadership answered: 2 of level two's 12 target weight is scored, under half.
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: { 'leadership-self-1': rating(3) } })]);
    await openFoldedSections();
    expect(await screen.findByRole('heading', { level: 2, name: 'Not enough answers yet' })).toBeInTheDocument();
    expect(screen.getByText(/Only 17% of what Level two expects has a score/)).toBeInTheDocument();
    const ladder = screen.getByRole('table', { name: 'Readiness per level' });
    expect(within(ladder).getAllByText('Not enough answers').length).toBeGreaterThan(0);
  });

  it('should draw each figure as a table of bars with the right rows and the numbers in words', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    await openFoldedSections();

    const ladder = await screen.findByRole('table', { name: 'Readiness per level' });
    expect(rowHeaders(ladder)).toEqual(['Level one (next rung)', 'Level two (your target)', 'Level three']);
    expect(rowsOf(ladder).map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['71% · 1 core gap', '67% · 1 core gap', '47% · 2 core gaps']);
    expect(rowsOf(ladder).map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['✗ Not ready', '✗ Not ready', '✗ Not ready']);
    expect(within(ladder).getAllByRole('columnheader').map((header) => header.getAttribute('scope'))).toEqual(Array(3).fill('col'));

    const gaps = screen.getByRole('table', { name: /Gaps for Level two/ });
    // Only safety falls short of level two: target 3, score 1.
    expect(rowHeaders(gaps)).toEqual(['Safety ◆ core']);
    expect(within(rowsOf(gaps)[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2 (1 → 3)', 'Focus of level two']);

    const groupTables = within(sectionNamed(/Competencies against Level two/)).getAllByRole('table');
    expect(groupTables.flatMap((table) => rowHeaders(table)).join(' | ')).toMatch(/Lean.*Safety.*Leadership/);
  });

  it('should offer a contents list that opens and moves to a folded section', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    const contents = await screen.findByRole('navigation', { name: 'Contents of the results' });
    const fold = sectionNamed('Development plan').querySelector('details')!;
    expect(fold.open).toBe(false); // jsdom has no wide screen: folded, as on a phone
    await userEvent.click(within(contents).getByRole('link', { name: '30/60/90-day plan' }));
    expect(fold.open).toBe(true);
  });

  it('should list at least three certifications, each with issuer, effort and the gaps it closes, for a low-scoring session on the real pack', async () => {
    usePacks(real);
    const session = makeSession(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 1) });
    await renderResults('/results/session-1', [session]);
    await openFoldedSections();

    const section = await screen.findByRole('region', { name: 'Recommended certifications' });
    const list = within(section).getByRole('list', { name: /Recommended certifications/ });
    const items = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(items.length).toBeGreaterThanOrEqual(3);

    // No profile, so no rung yet: a later step waits, and what it includes is offered (the Green Belt, not the Black Belt).
    const results = scoreSession({ pack: real, questionIds: real.assessments[0]!.questionIds, answers: answersOf(session), targetLevel: 'production-manager', currentLevel: null });
    expect(results.certifications.chosen.map((pick) => pick.certification)).toContain('lean-six-sigma-green-belt');
    expect(within(section).getByText(/^Six Sigma Black Belt .* waits until you are Production Manager or above: it includes Six Sigma Green Belt/)).toBeInTheDocument();
    const names = results.certifications.chosen.map((pick) => real.certifications.find((certification) => certification.id === pick.certification)!.name);
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(names);
    const first = real.certifications.find((certification) => certification.id === results.certifications.chosen[0]!.certification)!;
    expect(within(items[0]!).getByText(first.issuer ?? 'Several providers')).toBeInTheDocument();
    expect(within(items[0]!).getByText(new RegExp(first.effort.text.slice(0, 12)))).toBeInTheDocument();
    expect(within(items[0]!).getAllByText(/ open$/).length).toBe(results.certifications.chosen[0]!.closes.length);
    expect(within(section).getByText(new RegExp(`cover ${Math.round(results.certifications.coveredShare * 100)}% of your weighted gap`))).toBeInTheDocument();
  });

  it('should show the focus area’s quote and seed file in the Why? of the gaps', async () => {
    usePacks(real);
    const session = makeSession(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 1) });
    await renderResults('/results/session-1', [session]);
    await openFoldedSections();
    const results = scoreSession({ pack: real, questionIds: real.assessments[0]!.questionIds, answers: answersOf(session), targetLevel: 'production-manager' });
    const focusArea = (gap: Gap) => real.levels.flatMap((level) => level.focusAreas).find((area) => area.id === gap.focusArea.id)!;
    const quoted = results.target.gaps.find((gap) => (gap.gap ?? 0) > 0 && focusArea(gap).provenance.kind === 'quoted')!;
    const provenance = focusArea(quoted).provenance as { seed: string; quote: string };

    const gaps = await screen.findByRole('region', { name: 'Gaps for Production Manager' });
    await userEvent.click(within(gaps).getByText('Why?'));
    const why = within(gaps).getByText('Why?').closest('details')!;
    expect(why).toHaveAttribute('open');
    expect(why.textContent).toContain(`“${provenance.quote}”`);
    // The source by its title, never by its file name.
    expect(why.textContent).not.toContain(provenance.seed);
    expect(why.textContent).toContain(real.meta.sources.find((source) => source.seed === provenance.seed)!.title);
    expect(why.textContent).toContain(`Gap = max(0, ${quoted.target} − 1) = ${quoted.gap}`);
  });

  it('should show the development plan in 30/60/90-day groups with actions', async () => {
    usePacks(real);
    await renderResults('/results/session-1', [makeSession(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 1) })]);
    await openFoldedSections();
    const plan = await screen.findByRole('region', { name: 'Development plan' });
    expect(within(plan).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Next 30 days', 'By 60 days', 'By 90 days']);
    expect(within(plan).getAllByRole('heading', { level: 4 })).toHaveLength(9);
    expect(within(plan).getAllByText('On the job:')).toHaveLength(9);
  });

  it('should show the next level’s salary with its source', async () => {
    usePacks(real);
    await renderResults('/results/session-1', [makeSession(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 1) })]);
    await openFoldedSections();
    const level = real.levels[0]!;
    const salary = await screen.findByRole('region', { name: `Salary context: ${level.title}` });
    expect(within(salary).getByText('$70,000')).toBeInTheDocument();
    expect(within(salary).getByText('$75,000')).toBeInTheDocument();
    expect(within(salary).getByText(/^Source: from “/)).toBeInTheDocument();
  });

  it('should flag calibration where scenario answers disagree with the self-rating', async () => {
    usePacks(mini);
    // lean: self 4, scenario answered wrong (evidence 0) → +4, over; safety: self 0, scenario best (4) → −4, under.
    const answers = { 'lean-self-1': rating(4), 'lean-self-2': rating(4), 'safety-self-1': rating(0), 'leadership-self-1': rating(2), 'lean-scenario-1': choice('a'), 'safety-scenario-1': choice('a') };
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers })]);
    await openFoldedSections();
    const section = await screen.findByRole('region', { name: 'Calibration: self-rating against scenarios' });
    const table = within(section).getByRole('table');
    expect(rowHeaders(table)).toEqual(['Lean', 'Safety']);
    expect(within(rowsOf(table)[0]!).getByText('▲ Possibly over-confident')).toBeInTheDocument();
    expect(within(rowsOf(table)[1]!).getByText('▼ Possibly under-confident')).toBeInTheDocument();
  });

  it('should say so when no scenario was answered', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    // Nothing to compare: one line, not a section.
    expect(await screen.findByText(/You answered no scenario questions/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Calibration: self-rating against scenarios' })).toBeNull();
  });

  it('should say why no certification is recommended when there is no gap', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'three', answers: rateAll(mini, 'full', 4) })]);
    await openFoldedSections();
    const section = await screen.findByRole('region', { name: 'Recommended certifications' });
    expect(within(section).getByText(/You have no gap for Level three/)).toBeInTheDocument();
    expect(within(section).queryByRole('list')).toBeNull();
  });

  it('should show the evidence notes as text', async () => {
    usePacks(mini);
    const evidence = { safety: 'Ran the audit.\n<img src=x onerror=alert(1)>', lean: 'Led 5S on line 2.' };
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers, evidence })]);
    await openFoldedSections();
    const section = await screen.findByRole('region', { name: 'Your evidence notes' });
    expect([...section.querySelectorAll('dt')].map((term) => term.textContent)).toEqual(['Lean', 'Safety']);
    expect(within(section).getByText(/Ran the audit/).textContent).toBe(evidence.safety);
    expect(document.querySelector('img')).toBeNull();
  });

  it('should show the newest completed session at /results', async () => {
    usePacks(mini);
    const older = makeSession(mini, { id: 'older', targetLevel: 'one', answers: miniAnswers, updatedAt: '2026-03-01T10:00:00.000Z', completedAt: '2026-03-01T10:00:00.000Z' });
    const newerInProgress = makeSession(mini, { id: 'newer', targetLevel: 'three', answers: miniAnswers, updatedAt: '2026-03-05T10:00:00.000Z', completedAt: null });
    await renderResults('/results', [older, newerInProgress]);
    expect(await screen.findByText(/Completed/)).toHaveTextContent(/target Level one$/);
  });

  it('should say there are no results yet when there is no session', async () => {
    usePacks(mini);
    await renderResults('/results', []);
    expect(await screen.findByText(/There are no results yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Home' })).toHaveAttribute('href', '/');
  });

  it.each([['/results/unknown-id'], ['/results/%E0%A4%A'], ['/results/__proto__'], ['/results/a/b']])('should say "No such results" at %s', async (path) => {
    usePacks(mini);
    await renderResults(path, [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'No such results' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Home' })).toHaveAttribute('href', '/');
  });

  it('should say which pack is missing, and still offer the record for download', async () => {
    usePacks();
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    expect(await screen.findByText(/belong to the assessment pack “mini”, which is not installed/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save answers as a file (JSON)' })).toBeInTheDocument();
  });

  describe('exports', () => {
    const captureDownload = () => {
      const blobs: Blob[] = [];
      const names: string[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:results';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
      return { blobs, names };
    };

    it('should export the full session record as re-importable JSON', async () => {
      usePacks(mini);
      const session = makeSession(mini, { targetLevel: 'two', answers: miniAnswers, evidence: { lean: 'Led 5S.' } });
      await renderResults('/results/session-1', [session]);
      const { blobs, names } = captureDownload();
      await userEvent.click(await screen.findByRole('button', { name: 'Save answers as a file (JSON)' }));
      expect(names).toEqual(['rungs-session-2026-03-03.json']);
      const restored = restoreSession(JSON.parse(await blobs[0]!.text()));
      expect(restored).toEqual({ ok: true, value: session });
    });

    it('should export one CSV row per competency', async () => {
      usePacks(real);
      await renderResults('/results/session-1', [makeSession(real, { assessmentId: 'quick', targetLevel: 'production-manager', answers: rateAll(real, 'quick', 2) })]);
      const { blobs, names } = captureDownload();
      await userEvent.click(await screen.findByRole('button', { name: 'Scores for a spreadsheet (CSV)' }));
      expect(names).toEqual(['rungs-results-2026-03-03.csv']);
      const lines = (await blobs[0]!.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
      expect(lines[0]).toBe('competency,questionnaire,score,target,gap,importance,coverage');
      expect(lines).toHaveLength(1 + real.competencies.length);
      expect(lines[1]).toBe('Lean manufacturing,technical,2,3,1,core,1');
    });
  });

  it('should open the folded sections while printing, with their rows drawn, and fold them back after', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    await screen.findByRole('heading', { level: 2, name: 'Readiness for every level' });
    const folded = () => [...document.querySelectorAll('details.section-fold')].map((details) => details.hasAttribute('open'));
    expect(folded().length).toBeGreaterThanOrEqual(5);
    expect(folded().every((open) => !open)).toBe(true);
    // A folded section draws nothing until it is needed.
    expect(screen.queryByRole('table', { name: 'Readiness per level' })).not.toBeInTheDocument();
    window.dispatchEvent(new Event('beforeprint'));
    expect(folded().every((open) => open)).toBe(true);
    // Drawn before "beforeprint" returns: the browser prints right after it.
    expect(within(screen.getByRole('region', { name: 'Readiness for every level' })).getByRole('table', { name: 'Readiness per level' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Development plan' })).getAllByRole('listitem').length).toBeGreaterThan(0);
    window.dispatchEvent(new Event('afterprint'));
    expect(folded().every((open) => !open)).toBe(true);
  });

  it('should draw a folded section’s rows once it is opened, and keep them when it is folded again', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    const plan = await screen.findByRole('region', { name: 'Development plan' });
    expect(within(plan).queryAllByRole('listitem')).toHaveLength(0);
    await userEvent.click(within(plan).getByRole('heading', { level: 2, name: 'Development plan' }));
    expect(await within(plan).findAllByRole('heading', { level: 3 })).not.toHaveLength(0);
    expect(within(plan).getAllByRole('listitem').length).toBeGreaterThan(0);
    await userEvent.click(within(plan).getByRole('heading', { level: 2, name: 'Development plan' }));
    expect(plan.querySelector('details.section-fold')).not.toHaveAttribute('open');
    expect(within(plan).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('should paint the verdict in the first render of the report, before the rest of it', async () => {
    usePacks(mini);
    const commits: { verdict: boolean; contents: boolean }[] = [];
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })], () =>
      commits.push({
        verdict: document.querySelector('.headline .verdict') !== null,
        contents: document.querySelector('nav[aria-label="Contents of the results"]') !== null,
      }),
    );
    await screen.findByRole('navigation', { name: 'Contents of the results' });
    const first = commits.findIndex((commit) => commit.verdict);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(commits[first]).toEqual({ verdict: true, contents: false });
    expect(commits.at(-1)).toEqual({ verdict: true, contents: true });
  });

  it('should offer to print a scored report', async () => {
    usePacks(mini);
    await renderResults('/results/session-1', [makeSession(mini, { targetLevel: 'two', answers: miniAnswers })]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Print / save as PDF' })).toBeInTheDocument());
  });
});
