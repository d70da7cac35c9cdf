/**
 * Text typed but not yet handed to the store (a note between keystrokes, a form not yet submitted). The page asks
 * before it goes away while one exists, hands what it can to the store as it goes, and a new version never reloads
 * a tab over one.
 */
export interface Draft {
  /** Hands the text to the store now; absent for a form that only its own button saves. */
  flush?: () => void;
}

const drafts = new Set<Draft>();

/** Registers a draft until the returned function is called. */
export function holdDraft(draft: Draft): () => void {
  drafts.add(draft);
  return () => {
    drafts.delete(draft);
  };
}

export function hasDrafts(): boolean {
  return drafts.size > 0;
}

/** Saves every draft that can be saved without the user: the page is about to go away or be hidden. */
export function flushDrafts(): void {
  for (const draft of [...drafts]) draft.flush?.();
}
