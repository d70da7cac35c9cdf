import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '@/domain/records/schema';
import AssessmentPage from '@/features/questionnaire/assessment-page';
import { createAppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';
import { questionPartHintOf, rememberQuestionPart } from '@/store/question-part-hints';
import { QUESTION_PART_HINTS_KEY, sessionKey } from '@/store/storage-keys';
import { StoreProvider } from '@/store/store-context';
import { loadRealPack, makeSession } from '../results/results-fixtures';

const loads = vi.hoisted(() => ({ parts: [] as string[], preloaded: 0 }));
// The whole pack never arrives here: a screen that waited for it would never show.
vi.mock('@/packs/use-packs', () => ({
  useReadyPacks: () => {
    throw new Error('the question screen waited for the whole pack');
  },
  preloadPacks: () => {
    loads.preloaded += 1;
    return Promise.resolve([]);
  },
}));
vi.mock('@/packs/question-packs', async () => {
  const { questionPackOf } = await import('@/domain/pack/question-pack');
  const { loadRealPack: load } = await import('../results/results-fixtures');
  const real = load();
  const useQuestionPack = (packId: string, assessmentId: string) => {
    loads.parts.push(`${packId}/${assessmentId}`);
    return packId === real.meta.id ? questionPackOf(real, assessmentId) : undefined;
  };
  return { useQuestionPack };
});

const real = loadRealPack();
afterEach(() => {
  loads.parts = [];
  loads.preloaded = 0;
  localStorage.removeItem(QUESTION_PART_HINTS_KEY);
});

async function renderAssessment(path: string, session: Session) {
  const store = createAppStore({ storage: memoryStorage({ [sessionKey(session.id)]: session }), loadRestore: () => import('@/domain/records/restore') });
  await store.getState().hydrate();
  render(
    <StoreProvider store={store}>
      <Router hook={memoryLocation({ path }).hook}>
        <Route path="/assessment" nest>
          <AssessmentPage />
        </Route>
      </Router>
    </StoreProvider>,
  );
  return store;
}

describe('AssessmentPage', () => {
  it('should show a current session’s questions from its assessment’s part of the pack, and fetch the whole pack once one is answered', async () => {
    const session = makeSession(real, { assessmentId: 'quick', targetLevel: 'plant-manager', completedAt: null });
    await renderAssessment('/assessment/session-1', session);
    const [first] = await screen.findAllByRole('radiogroup', {}, { timeout: 10_000 });
    expect(loads.parts).toContain(`${real.meta.id}/quick`);
    // Not with the questions: it would share the connection with them.
    expect(loads.preloaded).toBe(0);
    await userEvent.click(within(first!).getAllByRole('radio')[2]!);
    await waitFor(() => expect(loads.preloaded).toBeGreaterThan(0));
  }, 30_000);

  it('should show the session’s own assessment whatever the hint says, and correct the hint for the next start', async () => {
    rememberQuestionPart('session-1', { packId: real.meta.id, assessmentId: 'full' });
    rememberQuestionPart('session-2', { packId: real.meta.id, assessmentId: 'full' });
    localStorage.setItem(QUESTION_PART_HINTS_KEY, localStorage.getItem(QUESTION_PART_HINTS_KEY)!.replace(']]', '],"garbage"]'));
    const session = makeSession(real, { assessmentId: 'quick', targetLevel: 'plant-manager', completedAt: null });
    const store = await renderAssessment('/assessment/session-1', session);
    const total = (id: string) => real.assessments.find((assessment) => assessment.id === id)!.questionIds.length;
    expect(total('full')).not.toBe(total('quick'));
    const progress = await screen.findByRole('progressbar', {}, { timeout: 10_000 });
    expect(progress).toHaveAttribute('max', String(total('quick')));
    expect(loads.parts).toEqual([`${real.meta.id}/quick`]);
    await waitFor(() => expect(questionPartHintOf('session-1')).toEqual({ packId: real.meta.id, assessmentId: 'quick' }));
    expect(questionPartHintOf('session-2')).toEqual({ packId: real.meta.id, assessmentId: 'full' });

    // "Delete all my data" leaves no hint behind either.
    await store.getState().deleteAllData();
    expect(localStorage.getItem(QUESTION_PART_HINTS_KEY)).toBeNull();
  }, 30_000);

  it('should fetch the whole pack as soon as the review shows, the step before the results', async () => {
    const session = makeSession(real, { assessmentId: 'quick', targetLevel: 'plant-manager', completedAt: null });
    await renderAssessment('/assessment/session-1/review', session);
    expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(loads.preloaded).toBeGreaterThan(0));
  }, 30_000);
});
