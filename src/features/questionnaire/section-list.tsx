import type { Pack } from '@/domain/pack/schema';
import { answerStateOf, type QuestionnaireEntry } from '@/domain/questionnaire/questionnaire';
import type { Session } from '@/domain/records/schema';
import { storedAnswerOf } from '@/domain/records/session';

/** Jump to any section; each says how much of it is answered. */
export function SectionList({ pack, session, entries, currentGroup, onJump }: {
  pack: Pack;
  session: Session;
  entries: readonly QuestionnaireEntry[];
  currentGroup: string;
  onJump: (entryIndex: number) => void;
}) {
  const sections = pack.groups
    .map((group) => {
      const first = entries.findIndex((entry) => entry.groupId === group.id);
      const questions = entries.filter((entry) => entry.groupId === group.id).flatMap((entry) => entry.questions);
      // The same count as the progress line and the review: an answer its question cannot take is none.
      const answered = questions.filter((question) => answerStateOf(question, storedAnswerOf(session.answers, question.id)) !== 'unanswered').length;
      return { group, first, total: questions.length, answered };
    })
    .filter((section) => section.first >= 0)
    .sort((a, b) => a.first - b.first);
  return (
    <details className="sections">
      <summary>Sections</summary>
      <nav aria-label="Sections">
        <ol>
          {sections.map(({ group, first, total, answered }) => (
            <li key={group.id}>
              <button
                type="button"
                className="link-button"
                aria-current={group.id === currentGroup ? 'step' : undefined}
                onClick={() => onJump(first)}
              >
                {group.title}
              </button>{' '}
              <span className="muted">
                ({answered} of {total} answered)
              </span>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
