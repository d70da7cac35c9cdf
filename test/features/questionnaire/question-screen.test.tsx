import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, screensOf } from '@/domain/questionnaire/questionnaire';
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

  it('should count each section’s answers when the sections list is opened, and go on counting while it is open', async () => {
    const { rerender } = await setup();
    const first = screen.getAllByRole('radiogroup')[0]!;
    await userEvent.click(within(first).getAllByRole('radio')[2]!);
    rerender();
    await userEvent.click(screen.getByText('Sections'));
    const firstSection = () => within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('listitem')[0]!;
    expect(firstSection()).toHaveTextContent(/\(1 of \d+ answered\)/);
    await userEvent.click(within(screen.getAllByRole('radiogroup')[1]!).getAllByRole('radio')[1]!);
    rerender();
    expect(firstSection()).toHaveTextContent(/\(2 of \d+ answered\)/);
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
  it('should list every question by section, answered ones with their answer, open ones marked in words', async () => {
    const { store, sessionId, rerender } = await setup('quick');
    store.getState().answer(sessionId, 'lean-self-1', { kind: 'rating', value: 2 });
    store.getState().answer(sessionId, 'safety-self-1', { kind: 'notSure' });
    rerender(true);
    const technical = screen.getByRole('heading', { level: 2, name: 'Technical' }).closest('details')!;
    expect(technical).toHaveAttribute('open');
    const items = within(technical).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('How do you run 5S?');
    expect(items[0]).toHaveTextContent('Answered');
    expect(items[0]).toHaveTextContent('2 · Working');
    expect(items[1]).toHaveTextContent('How do you audit safety?');
    expect(items[1]).toHaveTextContent('Not sure');
    expect(within(technical).getByText(/2 of 2 answered · 1 “Not sure”/)).toBeInTheDocument();
    const people = screen.getByRole('heading', { level: 2, name: 'People' }).closest('details')!;
    expect(within(people).getByRole('listitem')).toHaveTextContent('Not answered');
    // The same counts as the progress line above it: a "Not sure" is an answer given, and still open.
    expect(screen.getByText(/^2 of 3 answered, 1 of them “Not sure”; 1 not answered\./)).toBeInTheDocument();
    expect(screen.getByText('2 of 3 answered · 1 left, about 1 min')).toBeInTheDocument();
  });

  it('should collapse sections with nothing open and never say "all answered" above open questions', async () => {
    const { store, sessionId, rerender } = await setup('quick');
    store.getState().answer(sessionId, 'lean-self-1', { kind: 'rating', value: 2 });
    store.getState().answer(sessionId, 'safety-self-1', { kind: 'rating', value: 3 });
    store.getState().answer(sessionId, 'leadership-self-1', { kind: 'notSure' });
    rerender(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Technical' }).closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('heading', { level: 2, name: 'People' }).closest('details')).toHaveAttribute('open');
    expect(screen.queryByText(/all answered/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Every question has an answer/)).not.toBeInTheDocument();
    expect(screen.getByText(/3 of 3 answered · 1 marked “Not sure”/)).toBeInTheDocument();
  });

  it('should say every question has an answer, and all answered, only when none is open', async () => {
    const { store, sessionId, rerender } = await setup('quick');
    for (const id of ['lean-self-1', 'safety-self-1', 'leadership-self-1']) store.getState().answer(sessionId, id, { kind: 'rating', value: 1 });
    rerender(true);
    expect(screen.getByText(/Every question has an answer/)).toBeInTheDocument();
    expect(screen.getByText(/3 of 3 answered · all answered/)).toBeInTheDocument();
  });

  it('should count an answer its question cannot take as not answered', async () => {
    const { store, sessionId, rerender } = await setup('full');
    store.getState().answer(sessionId, 'lean-scenario-1', { kind: 'choice', optionId: 'gone' });
    rerender(true);
    expect(screen.getByRole('link', { name: 'Answer: The line is full of clutter. What first?' })).toBeInTheDocument();
    expect(screen.getByText(/0 of 6 answered · 6 left/)).toBeInTheDocument();
  });

  it('should take "Answer" to the question\'s screen and focus the question itself, then complete on See results', async () => {
    const { store, sessionId, rerender, location } = await setup('quick');
    store.getState().answer(sessionId, 'lean-self-1', { kind: 'rating', value: 2 });
    rerender(true);
    await userEvent.click(screen.getByRole('link', { name: 'Answer: How do you lead a shift?' }));
    expect(store.getState().sessions[sessionId]?.step).toBe(2);
    rerender(false);
    const group = screen.getByRole('radiogroup', { name: /How do you lead a shift\?/ });
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
    rerender(true);
    await userEvent.click(screen.getByRole('link', { name: 'Change: How do you run 5S?' }));
    rerender(false);
    expect(within(screen.getByRole('radiogroup', { name: /How do you run 5S\?/ })).getByRole('radio', { name: /2 · Working/ })).toHaveFocus();
    rerender(true);
    await userEvent.click(screen.getByRole('button', { name: 'See results' }));
    expect(store.getState().sessions[sessionId]?.completedAt).not.toBeNull();
    expect(location.history?.at(-1)).toBe(`/results/${sessionId}`);
  });
});
