/*
 * "Answer" on the review screen lands on the question itself, not the page top. The request is held here for the
 * question screen to take when it mounts (after the heading's own navigation focus, so it wins).
 */
let pending: string | null = null;

export function requestQuestionFocus(questionId: string): void {
  pending = questionId;
}

/** Focuses the requested question's chosen radio, else its first one; true when it did. Clears the request. */
export function focusRequestedQuestion(root: ParentNode = document): boolean {
  const questionId = pending;
  pending = null;
  if (questionId === null) return false;
  const prompt = root.querySelector(`[id="${CSS.escape(`${questionId}-prompt`)}"]`);
  const group = prompt?.closest('[role="radiogroup"]');
  const radio = group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? group?.querySelector<HTMLInputElement>('input[type="radio"]');
  if (!radio) return false;
  radio.focus();
  group?.scrollIntoView?.({ block: 'start' });
  return true;
}
