import { memo, useMemo, useState } from 'react';
import type { QuestionPack } from '@/domain/pack/question-pack';
import { answerStateOf, type QuestionnaireEntry } from '@/domain/questionnaire/questionnaire';
import type { Session } from '@/domain/records/schema';
import { storedAnswerOf } from '@/domain/records/session';

interface Props {
  pack: QuestionPack;
  answers: Session['answers'];
  entries: readonly QuestionnaireEntry[];
  currentGroup: string;
  onJump: (entryIndex: number) => void;
}

/**
 * Jump to any section; each says how much of it is answered. Folded until asked for, and counted only while open:
 * an answer given with the list folded costs nothing here.
 */
export const SectionList = memo(function SectionList({ pack, answers, entries, currentGroup, onJump }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="sections"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>Sections</summary>
      {open && <SectionLinks pack={pack} answers={answers} entries={entries} currentGroup={currentGroup} onJump={onJump} />}
    </details>
  );
});

function SectionLinks({ pack, answers, entries, currentGroup, onJump }: Props) {
  // Where each section starts and which questions it holds depend on the content only; the counts on the answers.
  const groups = useMemo(
    () =>
      pack.groups
        .map((group) => {
          const first = entries.findIndex((entry) => entry.groupId === group.id);
          const questions = entries.filter((entry) => entry.groupId === group.id).flatMap((entry) => entry.questions);
          return { group, first, questions };
        })
        .filter((section) => section.first >= 0)
        .sort((a, b) => a.first - b.first),
    [pack, entries],
  );
  return (
    <nav aria-label="Sections">
      <ol>
        {groups.map(({ group, first, questions }) => {
          // The same count as the progress line and the review: an answer its question cannot take is none.
          const answered = questions.filter((question) => answerStateOf(question, storedAnswerOf(answers, question.id)) !== 'unanswered').length;
          return (
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
                ({answered} of {questions.length} answered)
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
