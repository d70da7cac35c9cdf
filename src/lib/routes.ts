import { isRecordId } from '@/domain/guards';

/** Every screen's path, in the order the header lists them. Paths live after "#" (hash routing). */
export const ROUTES = {
  home: '/',
  assessment: '/assessment',
  results: '/results',
  mentees: '/mentees',
  settings: '/settings',
  about: '/about',
} as const;

export const NAV_ITEMS: readonly { path: string; label: string }[] = [
  { path: ROUTES.home, label: 'Home' },
  { path: ROUTES.assessment, label: 'Assessment' },
  { path: ROUTES.results, label: 'Results' },
  { path: ROUTES.mentees, label: 'Mentees' },
  { path: ROUTES.settings, label: 'Settings' },
  { path: ROUTES.about, label: 'About' },
];

// "~" makes a path absolute in wouter, so these work from inside nested routes (/assessment/*, /results/*) too.
export const HOME_PATH = '~/';
export const assessmentPath = (sessionId: string) => `~${ROUTES.assessment}/${sessionId}`;
export const reviewPath = (sessionId: string) => `~${ROUTES.assessment}/${sessionId}/review`;
export const resultsPath = (sessionId: string) => `~${ROUTES.results}/${sessionId}`;
export const MENTEES_PATH = `~${ROUTES.mentees}`;
export const menteePath = (profileId: string) => `~${ROUTES.mentees}/${profileId}`;
export const SETTINGS_PATH = `~${ROUTES.settings}`;

/**
 * A session id from the URL, checked like any other input before it reaches the store: the same
 * shape the records schema allows (kept here without zod so the first load stays small).
 */
export function parseRecordIdParam(value: string | undefined): string | null {
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  return isRecordId(decoded) ? decoded : null;
}

/** Session and profile ids share one shape. */
export const parseSessionIdParam = parseRecordIdParam;
