import { isReservedKey, ITEM_KEY_PATTERN } from '@/domain/guards';
import { err, ok, type Result } from '@/domain/result';
import type { Answer } from '@/domain/scoring/answer';
import { SESSION_TYPE } from './constants';
import { CHOICE, isOptionId, KINDS, SHARED_ANSWERS, timeEnd, timeFrom, TIMES } from './packed-parts';
import { QUESTION_ID_LIST_VERSION, type QuestionIdList } from './question-id-list';
import type { StoredAnswer } from './stored-answer';

// Format 4's answers (packed-answers.ts): indices into one list of question ids, stored beside the sessions, checked
// once for every session that points into it. Read as strictly as format 3's (unpack-answers.ts).

/**
 * Format 4's answers as storage gives them: the list record they point into (as stored, or undefined where there is
 * none), put in front of the parts stored (withQuestionIdList).
 */
export type IndexedReadForm = readonly [list: QuestionIdList, ref: number, indices: string, kinds: string, times: string, options: readonly string[]];

/** Why format-4 answers cannot be read; `newer` where their list is of a format this build does not know. */
export interface IndexedProblem {
  message: string;
  newer?: true;
}

/**
 * Whether format-4 answers as storage gives them (IndexedReadForm) read back whole: the checks readIndexed makes,
 * without building an answer. Their list is checked once for every session that points into it. Answers whose list
 * a newer Rungs wrote are that version's to read: `newer`, to be left where they are.
 */
export function checkIndexedAnswers(packed: unknown): Result<IndexedReadForm, IndexedProblem> {
  const listProblem = Array.isArray(packed) && packed.length === 6 ? problemOfList(packed[0]) : null;
  if (listProblem?.newer) return err(listProblem);
  const problem = readIndexed(packed, null, false);
  return problem === null ? ok(packed as IndexedReadForm) : err({ message: problem });
}

const MISSING_LIST = 'the list of question ids they point into is missing';

/** What is wrong with each list record read so far (null: nothing): a start reads one list for 2,400 sessions. */
const listProblems = new WeakMap<object, IndexedProblem | null>();

function problemOfList(list: unknown): IndexedProblem | null {
  if (list === undefined || list === null) return { message: MISSING_LIST };
  if (typeof list !== 'object') return { message: `${DAMAGED_LIST}: it is not a list record` };
  let problem = listProblems.get(list);
  if (problem === undefined) {
    problem = checkList(list as Record<string, unknown>);
    listProblems.set(list, problem);
    // What was checked is what is read: the sessions that point into it share this one list.
    if (problem === null) Object.freeze(Object.freeze(list as QuestionIdList).questionIds);
  }
  return problem;
}

const DAMAGED_LIST = 'the list of question ids they point into is damaged';

/** The checks of a list record, the writer's (packed-answers.ts) and more: an id given twice has no one index. */
function checkList(list: Record<string, unknown>): IndexedProblem | null {
  const { type, version, ref, questionIds: ids } = list;
  if (type !== SESSION_TYPE || typeof version !== 'number' || !Number.isInteger(version)) return { message: `${DAMAGED_LIST}: it is not a list record` };
  if (version > QUESTION_ID_LIST_VERSION) {
    return { message: `its list of question ids was made by a newer version of Rungs (format ${version}; this one reads up to ${QUESTION_ID_LIST_VERSION}). Update Rungs to open it.`, newer: true };
  }
  // Exactly its own four fields, and a list of nothing but ids: then no reserved name is anywhere in it (restore's
  // scan for them passes it by).
  if (version !== QUESTION_ID_LIST_VERSION || !Number.isSafeInteger(ref) || !Array.isArray(ids) || Object.keys(list).length !== 4 || Object.keys(ids).length !== ids.length) {
    return { message: `${DAMAGED_LIST}: it is not a list record of format ${QUESTION_ID_LIST_VERSION}` };
  }
  const seen = new Set<string>();
  for (let index = 0; index < ids.length; index += 1) {
    const id: unknown = ids[index];
    if (typeof id !== 'string' || !ITEM_KEY_PATTERN.test(id) || isReservedKey(id)) return { message: `${DAMAGED_LIST}: entry ${index} is not a question id` };
    if (seen.has(id)) return { message: `${DAMAGED_LIST}: the question id ${id} is in it twice` };
    seen.add(id);
  }
  return null;
}

// Runs of indices, each one index or "first-last", at most six base-36 digits each (far beyond any list), one space
// between two.
const INDICES = /^[0-9a-z]{1,6}(?:-[0-9a-z]{1,6})?(?: [0-9a-z]{1,6}(?:-[0-9a-z]{1,6})?)*$/;

/** Scratch for readIndexed: which indices a session named, marked with that reading's stamp (no clearing between). */
let marks = new Uint32Array(1024);
let stamp = 0;

/**
 * Reads format-4 answers as storage gives them (IndexedReadForm) into `answers` (each with its time where `stored`),
 * or only checks them where it is null; what is wrong, or null. Walks the characters of the times as isSurelyWhole
 * (unpack-answers.ts) does, since a start checks every session this way.
 */
export function readIndexed(packed: unknown, answers: Record<string, StoredAnswer | Answer> | null, stored: boolean): string | null {
  if (!Array.isArray(packed) || packed.length !== 6) {
    return Array.isArray(packed) && packed.length === 5 && typeof packed[0] === 'number' ? MISSING_LIST : 'the packed answers are not six parts';
  }
  const [list, ref, indices, kinds, times, options] = packed as unknown[];
  if (typeof ref !== 'number' || typeof indices !== 'string' || typeof kinds !== 'string' || typeof times !== 'string' || !Array.isArray(options)) {
    return 'a part of the packed answers has the wrong type';
  }
  const listProblem = problemOfList(list);
  if (listProblem) return listProblem.message;
  const { ref: listRef, questionIds: ids } = list as QuestionIdList;
  if (ref !== listRef) return `${MISSING_LIST} (another list is stored in its place)`;
  const count = kinds.length;
  if (count === 0) return indices === '' && times === '' && options.length === 0 ? null : 'the packed answers disagree on their number';
  if (!INDICES.test(indices)) return 'a question index in the packed answers is not a number';
  if (!KINDS.test(kinds)) return 'an answer kind in the packed answers is unknown';
  if (!TIMES.test(times)) return 'an answer time in the packed answers is not a number';
  if (marks.length < ids.length) marks = new Uint32Array(ids.length * 2);
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) marks.fill(0);
  let answer = 0;
  let timeAt = 0;
  let at = 0;
  let option = 0;
  for (const run of indices.split(' ')) {
    const dash = run.indexOf('-');
    const first = parseInt(dash < 0 ? run : run.slice(0, dash), 36);
    const last = dash < 0 ? first : parseInt(run.slice(dash + 1), 36);
    if (last <= first && dash >= 0) return 'a run of question indices in the packed answers does not go up';
    if (last >= ids.length) return 'a question index in the packed answers is past the end of its list';
    for (let index = first; index <= last; index += 1) {
      if (answer === count || timeAt > times.length) return 'the packed answers disagree on their number';
      if (marks[index] === stamp) return `the question id ${ids[index]!} is given twice`;
      marks[index] = stamp;
      at += timeFrom(times, timeAt);
      timeAt = timeEnd + 1;
      if (!Number.isSafeInteger(at) || at < 0) return 'an answer time in the packed answers is out of range';
      // Only a choice needs more than its letter checked (KINDS passed them all); only building looks the answer up.
      if (kinds.charCodeAt(answer) === CHOICE) {
        const optionId: unknown = options[option++];
        if (!isOptionId(optionId)) return 'a chosen option id is missing or not valid';
        if (answers) answers[ids[index]!] = stored ? { answer: { kind: 'choice', optionId }, at } : { kind: 'choice', optionId };
      } else if (answers) {
        const given = SHARED_ANSWERS[kinds[answer]!]!;
        answers[ids[index]!] = stored ? { answer: given, at } : given;
      }
      answer += 1;
    }
  }
  if (answer !== count || timeAt !== times.length + 1) return 'the packed answers disagree on their number';
  return option === options.length ? null : 'the packed answers disagree on their number of choices';
}
