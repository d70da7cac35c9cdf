import type { Profile, Session } from '@/domain/records/schema';
import { sessionDate } from '@/domain/records/session';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { formatDate, listWords, plural } from '@/lib/format';
import { compareNames } from './mentees-view';

// The import preview: what a confirmed import would add, update and keep, in words, before anything is written.

/** The parts of the import plan the preview shows (the merge's own type has these and more). */
export interface ImportPlanShape {
  profiles: { added: readonly Profile[]; updated: readonly { before: Profile; after: Profile }[]; unchanged: readonly Profile[] };
  sessions: { added: readonly Session[]; unchanged: readonly Session[]; conflicts: readonly { kept: Session; copy: Session; newest: 'kept' | 'copy' }[] };
}

export interface ImportPreviewView {
  nothingNew: boolean;
  lines: readonly string[];
  conflicts: readonly string[];
}

const nameOf = (profile: Profile) => (profile.id === SELF_PROFILE_ID ? 'you (Me)' : profile.name);

export function buildImportPreview(plan: ImportPlanShape, names: ReadonlyMap<string, string>, exportedAt: string | null): ImportPreviewView {
  const { profiles, sessions } = plan;
  const lines: string[] = [];
  lines.push(exportedAt ? `The file was saved on ${formatDate(exportedAt)}.` : 'The file does not say when it was saved.');
  const added = profiles.added.map(nameOf).sort(compareNames);
  lines.push(
    profiles.added.length + sessions.added.length === 0
      ? 'Nothing will be added.'
      : `Will be added: ${plural(profiles.added.length, 'person', 'people')}${added.length > 0 ? ` (${listWords(added)})` : ''} and ${plural(sessions.added.length, 'session')}.`,
  );
  if (profiles.updated.length > 0) {
    lines.push(`Will be updated with the newer details from the file: ${listWords(profiles.updated.map(({ after }) => nameOf(after)).sort(compareNames))}.`);
  }
  const existing = profiles.unchanged.length + sessions.unchanged.length;
  if (existing > 0) {
    lines.push(`Already here and unchanged: ${plural(profiles.unchanged.length, 'person', 'people')} and ${plural(sessions.unchanged.length, 'session')}.`);
  }
  const sessionOf = (session: Session) => {
    if (session.profileId === SELF_PROFILE_ID) return 'Your own session';
    const name = names.get(session.profileId);
    return name ? `${name}’s session` : 'A session';
  };
  const conflicts = sessions.conflicts.map(
    ({ kept, copy, newest }) =>
      `${sessionOf(kept)} of ${formatDate(sessionDate(kept))} differs from the copy in the file: both are kept; the newer one is ${newest === 'copy' ? `the copy from the file (saved ${formatDate(copy.updatedAt)})` : `the one already here (saved ${formatDate(kept.updatedAt)})`}.`,
  );
  const nothingNew = profiles.added.length + profiles.updated.length + sessions.added.length + sessions.conflicts.length === 0;
  if (nothingNew) lines.push('Nothing new: everything in this file is already here.');
  return { nothingNew, lines, conflicts };
}
