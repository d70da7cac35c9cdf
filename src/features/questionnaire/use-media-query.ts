import { useMediaQuery, WIDE_SCREEN } from '@/components/use-media-query';

/** One competency per screen on a phone, a few on a wide screen. */
export function useCompetenciesPerScreen(): number {
  return useMediaQuery(WIDE_SCREEN) ? 3 : 1;
}
