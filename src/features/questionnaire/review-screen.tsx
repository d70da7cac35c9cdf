import { Link, useLocation } from 'wouter';
import { assessmentPath, resultsPath } from '@/lib/routes';
import { ScreenHeading } from '@/components/screen-heading';
import type { QuestionPack } from '@/domain/pack/question-pack';
import type { Question } from '@/domain/pack/schema';
import { progressOf, reviewOf, type AnswerState, type QuestionnaireEntry, type ReviewItem } from '@/domain/questionnaire/questionnaire';
import type { Session } from '@/domain/records/schema';
import { listWords } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import { ProgressBar } from './progress-bar';
import { requestQuestionFocus } from './question-focus';

/** The mark beside an answer: a sign and a word, so the state never rests on colour alone. */
const MARKS: Record<AnswerState, { sign: string; word: string }> = {
  answered: { sign: '✓', word: 'Answered' },
  notSure: { sign: '?', word: 'Not sure' },
  notApplicable: { sign: '–', word: 'Not applicable' },
  unanswered: { sign: '!', word: 'Not answered' },
};

function answerText(pack: QuestionPack, question: Question, item: ReviewItem): string {
  const answer = item.stored?.answer;
  if (!answer) return '';
  switch (answer.kind) {
    case 'rating': {
      const point = pack.scale.points[answer.value];
      return point ? `${point.value} · ${point.label}` : String(answer.value);
    }
    case 'choice':
      return question.kind === 'scenario' ? (question.options.find((option) => option.id === answer.optionId)?.text ?? '') : '';
    default:
      return '';
  }
}

/** "2 not answered and 1 “Not sure”": what is still open in a list of counts, or null when nothing is. */
function openWords(counts: Record<AnswerState, number>): string | null {
  const parts: string[] = [];
  if (counts.unanswered > 0) parts.push(`${counts.unanswered} not answered`);
  if (counts.notSure > 0) parts.push(`${counts.notSure} “Not sure”`);
  return parts.length > 0 ? listWords(parts) : null;
}

/** "3 of 57 answered, 1 of them “Not sure”; 54 not answered.": the same counts the progress line gives. */
function answeredWords(counts: Record<AnswerState, number> & { total: number }): string {
  const given = counts.answered + counts.notApplicable + counts.notSure;
  const unsure = counts.notSure > 0 ? `, ${counts.notSure} of them “Not sure”` : '';
  const missing = counts.unanswered > 0 ? `; ${counts.unanswered} not answered` : '';
  return `${given} of ${counts.total} answered${unsure}${missing}.`;
}

/** Every answer, section by section, open ones marked and one click back to each; then the results. */
export function ReviewScreen({ pack, session, entries }: { pack: QuestionPack; session: Session; entries: readonly QuestionnaireEntry[] }) {
  const goToStep = useAppStore((state) => state.goToStep);
  const complete = useAppStore((state) => state.completeSession);
  const [, navigate] = useLocation();
  const review = reviewOf(entries, session);
  const { counts } = review;
  const titles = new Map(pack.competencies.map((competency) => [competency.id, competency.title]));
  const groups = new Map(pack.groups.map((group) => [group.id, group.title]));
  const open = openWords(counts);

  return (
    <section aria-labelledby="review-title" className="review">
      <ScreenHeading id="review-title">Review your answers</ScreenHeading>
      <ProgressBar progress={progressOf(pack, session)} />
      {open === null ? (
        <p>Every question has an answer. Look them over below, or see your results.</p>
      ) : (
        <p>
          {answeredWords(counts)} Questions left open are simply left out of your scores — never counted as zero. Answer them now, or
          see your results as they are.
        </p>
      )}
      {review.sections.map((section) => {
        const sectionOpen = openWords(section.counts);
        const headingId = `review-${section.groupId}`;
        return (
          // Sections with something open start expanded: that is where the person has work to do.
          <details key={section.groupId} className="review-section" open={sectionOpen !== null}>
            <summary>
              <h2 id={headingId}>{groups.get(section.groupId) ?? section.groupId}</h2>
              <span className="review-section-count">
                {section.counts.answered + section.counts.notApplicable + section.counts.notSure} of {section.items.length} answered
                {sectionOpen ? ` · ${sectionOpen}` : ''}
              </span>
            </summary>
            <ol className="review-list">
              {section.items.map((item) => {
                const { question } = item;
                const mark = MARKS[item.state];
                const isOpen = item.state === 'unanswered' || item.state === 'notSure';
                const action = item.state === 'unanswered' ? 'Answer' : 'Change';
                return (
                  <li key={question.id} value={item.number} className={`review-item review-${item.state}`}>
                    <p className="review-question">
                      <span className="muted">{titles.get(question.competency)}:</span> {question.prompt}
                    </p>
                    <p className="review-answer">
                      <span className={`review-mark${isOpen ? ' review-mark-open' : ''}`}>
                        <span aria-hidden="true">{mark.sign} </span>
                        {mark.word}
                      </span>
                      {item.state === 'answered' && <span className="review-value">{answerText(pack, question, item)}</span>}
                      <Link
                        href={assessmentPath(session.id)}
                        onClick={() => {
                          requestQuestionFocus(question.id);
                          goToStep(session.id, item.entryIndex);
                        }}
                        aria-label={`${action}: ${question.prompt}`}
                      >
                        {action}
                      </Link>
                    </p>
                  </li>
                );
              })}
            </ol>
          </details>
        );
      })}
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
