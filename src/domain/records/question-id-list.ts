import { SESSION_TYPE } from './constants';

/**
 * The list of question ids that sessions stored in format 4 point into (packed-answers.ts), one record beside them
 * in storage. Append only: an index once given out always names the same id. Its envelope is a session's of format 4
 * on purpose: a Rungs that reads only up to format 3 then leaves it where it is, as it leaves the sessions that need
 * it (a record of any other kind it would set aside and remove, and every format-4 session with it would be
 * unreadable when a build that reads them came back).
 */
export interface QuestionIdList {
  type: typeof SESSION_TYPE;
  version: typeof QUESTION_ID_LIST_VERSION;
  /** Which list this is: sessions name it, so that one of a lost list is never read on a list begun after it. */
  ref: number;
  questionIds: string[];
}
export const QUESTION_ID_LIST_VERSION = 4;

/**
 * A stored record as readers get it: a session whose answers point into the question-id list gets what storage holds
 * as the list (undefined where there is none) put in front of its answers, so that reading it (unpack-answers.ts)
 * needs nothing else and a session set aside carries the list it could not be read with. Plain code for the first
 * load, where a start reads every record; `value` is storage's own fresh copy, changed in place.
 */
export function withQuestionIdList(value: unknown, list: unknown): unknown {
  const record = value as { type?: unknown; answers?: unknown } | null | undefined;
  const answers = record?.answers;
  if (record?.type === SESSION_TYPE && Array.isArray(answers) && typeof answers[0] === 'number') answers.unshift(list);
  return value;
}
