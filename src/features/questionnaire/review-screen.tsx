import { Link, useLocation } from 'wouter';
import { assessmentPath, resultsPath } from '@/app/routes';
import { ScreenHeading } from '@/components/screen-heading';
import type { Pack } from '@/domain/pack/schema';
import { openQuestions, progressOf, type QuestionnaireEntry } from '@/domain/records/questionnaire';
import type { Session } from '@/domain/records/schema';
import { useAppStore } from '@/store/store-context';
import { ProgressBar } from './progress-bar';

/** What is unanswered or "Not sure", one click back to each; then the results. */
export function ReviewScreen({ pack, session, entries }: { pack: Pack; session: Session; entries: readonly QuestionnaireEntry[] }) {
  const goToStep = useAppStore((state) => state.goToStep);
  const complete = useAppStore((state) => state.completeSession);
  const [, navigate] = useLocation();
  const open = openQuestions(entries, session);
  const titles = new Map(pack.competencies.map((competency) => [competency.id, competency.title]));
  const unanswered = open.filter((item) => item.state === 'unanswered');
  const unsure = open.filter((item) => item.state === 'notSure');

  const list = (items: typeof open) => (
    <ul className="review-list">
      {items.map(({ question, entryIndex }) => (
        <li key={question.id}>
          <span className="muted">{titles.get(question.competency)}:</span> {question.prompt}{' '}
          <Link
            href={assessmentPath(session.id)}
            onClick={() => goToStep(session.id, entryIndex)}
            aria-label={`Answer: ${question.prompt}`}
          >
            Answer
          </Link>
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="review-title">
      <ScreenHeading id="review-title">Review your answers</ScreenHeading>
      <ProgressBar progress={progressOf(pack, session)} />
      {open.length === 0 ? (
        <p>Every question has an answer.</p>
      ) : (
        <p>
          Questions left open are simply left out of your scores — never counted as zero. Answer them now, or see your
          results as they are.
        </p>
      )}
      {unanswered.length > 0 && (
        <>
          <h2>Not answered ({unanswered.length})</h2>
          {list(unanswered)}
        </>
      )}
      {unsure.length > 0 && (
        <>
          <h2>“Not sure” ({unsure.length})</h2>
          {list(unsure)}
        </>
      )}
      <div className="form-actions">
        <Link href={assessmentPath(session.id)} className="button secondary">
          Back to the questions
        </Link>
        <button
          type="button"
          onClick={() => {
            complete(session.id);
            navigate(resultsPath(session.id));
          }}
        >
          See results
        </button>
      </div>
    </section>
  );
}
