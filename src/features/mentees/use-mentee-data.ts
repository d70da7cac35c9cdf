import { useMemo, useState } from 'react';
import { readyPacksOf } from '@/packs/ready-packs';
import { usePackEntries } from '@/packs/use-packs';
import type { Pack } from '@/domain/pack/schema';
import { localDay } from './mentees-view';

/**
 * The ready packs by id, the same Map object from render to render (the entries are loaded once), so the
 * view models memoised on it are not rebuilt on every store change.
 */
export function useStablePacks(): ReadonlyMap<string, Pack> {
  const entries = usePackEntries();
  return useMemo(() => readyPacksOf(entries), [entries]);
}

/** Today's local calendar day, read once when the screen opens: what "overdue" is measured against. */
export function useToday(): string {
  const [today] = useState(() => localDay(new Date()));
  return today;
}
