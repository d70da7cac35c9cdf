import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, screensOf } from '@/domain/records/questionnaire';
import { QuestionScreen } from '@/features/questionnaire/question-screen';
import { ReviewScreen } from '@/features/questionnaire/review-screen';
import type { AppStore } from '@/store/app-store';
import { StoreProvider } from '@/store/store-context';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';

const pack = makeMiniPack();

async function setup(assessmentId = 'full', perScreen = 1) {
  const store = await makeReadyStore();
  const session = store.getState().startSession({ pack, assessmentId, targetLevel: 'two' });
  const entries = buildQuestionnaire(pack, assessmentId);
  const location = memoryLocation({ path: `/assessment/${session.id}`, record: true });
  const Screen = ({ review = false }: { review?: boolean }) => {
    const current = store.getState().sessions[session.id]!;
    return review ? (
      <ReviewScreen pack={pack} session={current} entries={entries} />
    ) : (
      <QuestionScreen pack={pack} session={current} entries={entries} screens={screensOf(entries, perScreen)} />
    );
  };
  const view = render(
    <Router hook={location.hook}>
      <StoreProvider store={store}>
        <Screen />
      </StoreProvider>
    </Router>,
  );
  const rerender = (review = false) =>
    view.rerender(
      <Router hook={location.hook}>
        <StoreProvider store={store}>
          <Screen review={review} />
        </StoreProvider>
      </Router>,
    );
  return { store: store as AppStore, sessionId: session.id, rerender, location };
}

describe('QuestionScreen', () => {
  it('should show each question as a radio group named by the question, with every anchor and "Not sure"', async () => {
    await setup();
    const group = screen.getByRole('radiogroup', { name: /How do you run 5S\?/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect(within(group).getByText('Leads it for a department.')).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: /Not sure/ })).toBeInTheDocument();
  });

  it('should save an answer the moment it is chosen', async () => {
    const { store, sessionId } = await setup();
    const group = screen.getByRole('radiogroup', { name: /How do you run 5S\?/ });
    await userEvent.click(within(group).getByRole('radio', { name: /3 · Proficient/ }));
    expect(store.getState().sessions[sessionId]?.answers['lean-self-1']?.answer).toEqual({ kind: 'rating', value: 3 });
  });

  it('should record "Not sure" as an answer that scores as unanswered', async () => {
    const { store, sessionId } = await setup();
    const group = screen.getByRole('radiogroup', { name: /How do you run Kaizen\?/ });
    await userEvent.click(within(group).getByRole('radio', { name: /Not sure/ }));
    expect(store.getState().sessions[sessionId]?.answers['lean-self-2']?.answer).toEqual({ kind: 'notSure' });
  });

  it('should go to the next screen with Next and back with Back, remembering the position', async () => {
    const { store, sessionId, rerender } = await setup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Technical');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    rerender();
    expect(store.getState().sessions[sessionId]?.step).toBe(1);
    expect(screen.getByRole('radiogroup', { name: /How do you audit safety\?/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    rerender();
    expect(store.getState().sessions[sessionId]?.step).toBe(0);
  });

  it('should show how many questions are answered and left', async () => {
    const { rerender } = await setup('quick');
    await userEvent.click(screen.getAllByRole('radio')[2]!);
    rerender();
    expect(screen.getByRole('progressbar', { name: 'Progress: 1 of 3 questions answered' })).toBeInTheDocument();
    expect(screen.getByText(/1 of 3 answered · 2 left/)).toBeInTheDocument();
  });

  it('should let the person jump to a section', async () => {
    const { store, sessionId } = await setup();
    await userEvent.click(screen.getByText('Sections'));
    await userEvent.click(screen.getByRole('button', { name: 'People' }));
    expect(store.getState().sessions[sessionId]?.step).toBe(2);
  });

  it('should save an evidence note as it is typed', async () => {
    const { store, sessionId } = await setup();
    await userEvent.click(screen.getByText(/Add an example for Lean/));
    await userEvent.type(screen.getByRole('textbox', { name: /An example where you did this/ }), 'Led a 5S blitz');
    expect(store.getState().sessions[sessionId]?.evidence.lean).toBe('Led a 5S blitz');
  });
});

describe('ReviewScreen', () => {
  it('should list unanswered and "Not sure" questions with a way back to each, then complete on See results', async () => {
    const { store, sessionId, rerender, location } = await setup('quick');
    store.getState().answer(sessionId, 'lean-self-1', { kind: 'rating', value: 2 });
    store.getState().answer(sessionId, 'safety-self-1', { kind: 'notSure' });
    rerender(true);
    expect(screen.getByRole('heading', { name: 'Not answered (1)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '“Not sure” (1)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Answer: How do you lead a shift?' }));
    expect(store.getState().sessions[sessionId]?.step).toBe(2);
    rerender(true);
    await userEvent.click(screen.getByRole('button', { name: 'See results' }));
    expect(store.getState().sessions[sessionId]?.completedAt).not.toBeNull();
    expect(location.history?.at(-1)).toBe(`/results/${sessionId}`);
  });
});
