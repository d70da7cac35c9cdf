import type { Profile, Session } from '@/domain/records/schema';
import { plural } from '@/lib/format';

/*
 * What the Settings screen says about the data kept in this browser, as pure functions of the store's records.
 */

export interface DataSummary {
  people: number;
  sessions: number;
  text: string;
}

/** People are everyone with a profile or a session ("Me" may have sessions before any profile is saved). */
export function summarizeData(
  profiles: Readonly<Record<string, Profile>>,
  sessions: Readonly<Record<string, Session>>,
  /** The browser refused storage: nothing is stored, it is only held by this tab. */
  memoryOnly = false,
): DataSummary {
  const people = new Set([...Object.keys(profiles), ...Object.values(sessions).map((session) => session.profileId)]).size;
  const sessionCount = Object.keys(sessions).length;
  return {
    people,
    sessions: sessionCount,
    text: memoryOnly
      ? people === 0 && sessionCount === 0
        ? 'Nothing is stored: this browser is not letting Rungs store data.'
        : `${plural(people, 'person', 'people')} and ${plural(sessionCount, 'assessment session')} are held by this tab only, not stored: this browser is not letting Rungs store data.`
      : people === 0 && sessionCount === 0
        ? 'Nothing is stored yet.'
        : `${plural(people, 'person', 'people')} and ${plural(sessionCount, 'assessment session')} are stored.`,
  };
}

/** Said after "Download all my data", so the user knows what the file holds. */
export const downloadedText = (summary: DataSummary) =>
  `Downloaded ${plural(summary.people, 'person', 'people')} and ${plural(summary.sessions, 'session')}.`;

/** "rungs-all-data-2026-03-03.json", dated the day of the download. */
export const allDataFileName = (date: Date) => `rungs-all-data-${date.toISOString().slice(0, 10)}.json`;

/** A set-aside key reads "quarantine/session/x@1789…": the record it was, for people to recognise. */
export function setAsideLabel(key: string): string {
  const match = /^quarantine\/(.*?)(?:@\d+)?$/.exec(key);
  return match?.[1] || key;
}
