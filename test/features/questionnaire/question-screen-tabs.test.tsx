import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, screensOf } from '@/domain/questionnaire/questionnaire';
import { QuestionScreen } from '@/features/questionnaire/question-screen';
import { memoryStorage } from '@/store/record-storage';
import { StoreProvider, useAppStore } from '@/store/store-context';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore, makeTabChannels } from '../../fixtures/store';

const pack = makeMiniPack();
const entries = buildQuestionnaire(pack, 'full');
const screens = screensOf(entries, 1);

/** The question screen as the assessment page shows it: re-rendered whenever its session changes. */
function OpenSession({ sessionId }: { sessionId: string }) {
  const session = useAppStore((state) => state.sessions[sessionId]);
  return session ? <QuestionScreen pack={pack} session={session} entries={entries} screens={screens} /> : null;
}

/** Two tabs of one browser over one storage; this tab shows the session's first screen. */
async function setupTwoTabs() {
  const storage = memoryStorage();
  const [tabA, tabB] = makeTabChannels(2);
  const here = await makeReadyStore(storage, { tabs: tabA });
  const session = here.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'two' });
  await here.getState().retrySave();
  // The other tab's changes come later than anything this one did (its clock starts a day on).
  let tick = Date.UTC(2026, 10, 24, 9, 0, 0);
  const other = await makeReadyStore(storage, { tabs: tabB, now: () => new Date((tick += 1000)) });
  render(
    <Router hook={memoryLocation({ path: `/assessment/${session.id}` }).hook}>
      <StoreProvider store={here}>
        <OpenSession sessionId={session.id} />
      </StoreProvider>
    </Router>,
  );
  return { here, other, sessionId: session.id };
}

describe('QuestionScreen with the session open in another tab', () => {
  it("should show another tab's answers as they are written, keeping this tab's own", async () => {
    const { here, other, sessionId } = await setupTwoTabs();
    await userEvent.click(within(screen.getByRole('radiogroup', { name: /How do you run Kaizen\?/ })).getByRole('radio', { name: /1 · / }));
    await here.getState().retrySave();
    other.getState().answer(sessionId, 'lean-self-1', { kind: 'rating', value: 3 });
    const fiveS = screen.getByRole('radiogroup', { name: /How do you run 5S\?/ });
    await waitFor(() => expect(within(fiveS).getByRole('radio', { name: /3 · Proficient/ })).toBeChecked());
    expect(within(screen.getByRole('radiogroup', { name: /How do you run Kaizen\?/ })).getByRole('radio', { name: /1 · / })).toBeChecked();

    // A later change of mind in the other tab replaces the answer shown here.
    other.getState().answer(sessionId, 'lean-self-1', { kind: 'notSure' });
    await waitFor(() => expect(within(fiveS).getByRole('radio', { name: /Not sure/ })).toBeChecked());
  });

  it("should show another tab's evidence note unless this tab is typing in it", async () => {
    const { other, sessionId } = await setupTwoTabs();
    await userEvent.click(screen.getByText(/Add an example for Lean/));
    const note = screen.getByRole('textbox', { name: /An example where you did this/ });
    other.getState().setEvidence(sessionId, 'lean', 'Led a 5S blitz');
    await waitFor(() => expect(note).toHaveValue('Led a 5S blitz'));

    await userEvent.type(note, ' on nights');
    other.getState().setEvidence(sessionId, 'lean', 'Something else');
    await waitFor(() => expect(other.getState().sessions[sessionId]?.evidence.lean).toBe('Something else'));
    expect(note).toHaveValue('Led a 5S blitz on nights');
  });
});
