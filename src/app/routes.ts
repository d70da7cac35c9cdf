/** Every screen's path, in the order the header lists them. Paths live after "#" (hash routing). */
export const ROUTES = {
  home: '/',
  assessment: '/assessment',
  results: '/results',
  mentees: '/mentees',
  about: '/about',
} as const;

export const NAV_ITEMS: readonly { path: string; label: string }[] = [
  { path: ROUTES.home, label: 'Home' },
  { path: ROUTES.assessment, label: 'Assessment' },
  { path: ROUTES.results, label: 'Results' },
  { path: ROUTES.mentees, label: 'Mentees' },
  { path: ROUTES.about, label: 'About' },
];
