import { memo, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { reviewPath } from '@/lib/routes';
import { ScreenHeading } from '@/components/screen-heading';
import type { QuestionPack } from '@/domain/pack/question-pack';
import { progressOf, screenIndexOf, type QuestionnaireEntry, type QuestionnaireScreen } from '@/domain/questionnaire/questionnaire';
import type { Session } from '@/domain/records/schema';
import { useAppStore, useAppStoreApi } from '@/store/store-context';
import { answerValueOf, toAnswer } from './answer-value';
import { EvidenceNote } from './evidence-note';
import { ProgressBar } from './progress-bar';
import { focusRequestedQuestion } from './question-focus';
import { QuestionField, radioId } from './question-fields';
import { SectionList } from './section-list';
import { useCompetenciesPerScreen } from './use-media-query';

const QUESTIONNAIRE_TITLES = { technical: 'Technical skills', soft: 'Soft skills' } as const;

interface Props {
  pack: QuestionPack;
  session: Session;
  entries: readonly QuestionnaireEntry[];
  screens: readonly QuestionnaireScreen[];
}

interface ScreenFormProps {
  pack: QuestionPack;
  sessionId: string;
  evidence: Session['evidence'];
  screens: readonly QuestionnaireScreen[];
  screen: QuestionnaireScreen;
  screenIndex: number;
  focusHeading: boolean;
}

// Memoised, and given nothing that changes with an answer: a click re-renders the progress, not the questions, whose
// radios the browser checks itself.
const ScreenForm = memo(function ScreenForm({ pack, sessionId, evidence, screens, screen, screenIndex, focusHeading }: ScreenFormProps) {
  const answer = useAppStore((state) => state.answer);
  const goToStep = useAppStore((state) => state.goToStep);
  const saveEvidence = useAppStore((state) => state.setEvidence);
  const store = useAppStoreApi();
  const [, navigate] = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const questions = useMemo(() => screen.entries.flatMap((entry) => entry.questions), [screen]);
  // Each screen is mounted afresh, so its radios start from the answers stored when it opened.
  const [initialAnswers] = useState(() => store.getState().sessions[sessionId]?.answers);
  // An answer another tab writes (re-read into the store on its message) is checked here too, or this screen would go
  // on showing what it had when it opened. Every answer is stored the moment it is given, so the store is never behind
  // the radios; the one just clicked is already checked.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const answers = state.sessions[sessionId]?.answers;
        const before = previous.sessions[sessionId]?.answers;
        if (!answers || answers === before || !formRef.current) return;
        for (const question of questions) {
          const value = answerValueOf(answers, question.id);
          if (value === undefined || value === answerValueOf(before, question.id)) continue;
          const radio = formRef.current.querySelector<HTMLInputElement>(`[id="${CSS.escape(radioId(question.id, value))}"]`);
          if (radio) radio.checked = true;
        }
      }),
    [store, sessionId, questions],
  );
  const group = pack.groups.find((candidate) => candidate.id === screen.groupId);
  const competencies = useMemo(() => new Map(pack.competencies.map((competency) => [competency.id, competency])), [pack]);
  const isLast = screenIndex === screens.length - 1;
  const numbers = useMemo(() => new Map(screens.flatMap((each) => each.entries.flatMap((entry) => entry.questions)).map((question, i) => [question.id, i + 1])), [screens]);

  const wide = useCompetenciesPerScreen() > 1;
  // Runs after the heading's own focus on mount: a question asked for from the review takes it over.
  useEffect(() => {
    if (formRef.current) focusRequestedQuestion(formRef.current);
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (isLast) navigate(reviewPath(sessionId));
    else goToStep(sessionId, screens[screenIndex + 1]!.firstEntry);
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="questionnaire-title">
      <p className="eyebrow">
        {QUESTIONNAIRE_TITLES[screen.questionnaire]} · screen {screenIndex + 1} of {screens.length}
      </p>
      <ScreenHeading id="questionnaire-title" focusOnMount={focusHeading}>
        {group?.title ?? 'Questions'}
      </ScreenHeading>
      {screen.entries.map((entry) => {
        const competency = competencies.get(entry.competencyId);
        return (
          <section key={entry.competencyId} className="competency" aria-labelledby={`${entry.competencyId}-title`}>
            <h2 id={`${entry.competencyId}-title`}>{competency?.title}</h2>
            {wide ? (
              <p className="muted">{competency?.description}</p>
            ) : (
              // On a phone the description folds away, one tap from the question, so the question shows first.
              <details className="competency-about">
                <summary>What {competency?.title ?? 'this'} covers</summary>
                <p className="muted">{competency?.description}</p>
              </details>
            )}
            {entry.questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                scale={pack.scale}
                number={numbers.get(question.id) ?? 0}
                initial={answerValueOf(initialAnswers, question.id)}
                // Stored the moment it is given: the store writes it through to storage.
                onChoose={(value) => {
                  const given = toAnswer(question, value);
                  if (given) answer(sessionId, question.id, given);
                }}
              />
            ))}
            <EvidenceNote
              competencyTitle={competency?.title ?? entry.competencyId}
              value={evidence[entry.competencyId] ?? ''}
              onChange={(text) => saveEvidence(sessionId, entry.competencyId, text)}
            />
          </section>
        );
      })}
      <div className="form-actions">
        <button type="button" className="secondary" disabled={screenIndex === 0} onClick={() => goToStep(sessionId, screens[screenIndex - 1]!.firstEntry)}>
          Back
        </button>
        <button type="submit">Next</button>
      </div>
    </form>
  );
});

export function QuestionScreen(props: Props) {
  const { pack, session, screens } = props;
  const screenIndex = screenIndexOf(screens, session.step);
  const screen = screens[screenIndex];
  const goToStep = useAppStore((state) => state.goToStep);
  const sessionId = session.id;
  const onJump = useCallback((entryIndex: number) => goToStep(sessionId, entryIndex), [goToStep, sessionId]);
  // An answer changes only the answers: the progress is counted once per answer, not per render.
  const progress = useMemo(() => progressOf(pack, session), [pack, session.assessmentId, session.answers]); // eslint-disable-line react-hooks/exhaustive-deps
  // After the first move within this visit, each new screen's heading takes focus.
  const [moved, setMoved] = useState(false);
  const [lastIndex, setLastIndex] = useState(screenIndex);
  if (lastIndex !== screenIndex) {
    setLastIndex(screenIndex);
    setMoved(true);
  }
  if (!screen) return <p>This assessment has no questions.</p>;
  return (
    <div className="questionnaire">
      <ProgressBar progress={progress} />
      <SectionList pack={pack} answers={session.answers} entries={props.entries} currentGroup={screen.groupId} onJump={onJump} />
      <ScreenForm
        key={screen.firstEntry}
        pack={pack}
        sessionId={session.id}
        evidence={session.evidence}
        screens={screens}
        screen={screen}
        screenIndex={screenIndex}
        focusHeading={moved}
      />
    </div>
  );
}
