import { downloadText } from '@/components/download';
import { bundleOf, serializeBundle } from '@/domain/records/serialize';
import type { Profile, Session } from '@/domain/records/schema';
import { localDay } from './mentees-view';

type Records = { profiles: Readonly<Record<string, Profile>>; sessions: Readonly<Record<string, Session>> };

/** Letters and digits only: a name typed by the user never shapes a path or an odd file name. */
const fileSlug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'mentee';

/** Everyone, or one person with all their sessions, as one bundle file: the only way records leave the browser. */
export function exportBundle(records: Records, profile?: Profile) {
  const now = new Date();
  const { profiles, sessions } = bundleOf(records, profile?.id);
  const name = profile ? `rungs-mentee-${fileSlug(profile.name)}-${localDay(now)}.json` : `rungs-mentees-${localDay(now)}.json`;
  downloadText(name, serializeBundle({ profiles, sessions, exportedAt: now }));
}
