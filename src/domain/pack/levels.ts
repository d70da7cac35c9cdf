import type { StartLevel } from './start-pack';

/**
 * The level to aim for by default: the one above the person's current role; without a role, the highest level
 * their years of experience reach; with neither, the first rung.
 */
export function suggestTargetLevel<L extends StartLevel>(pack: { levels: readonly L[] }, currentLevel: string | null, years: number | null): L | undefined {
  const levels = pack.levels;
  if (currentLevel) {
    const index = levels.findIndex((level) => level.id === currentLevel);
    if (index >= 0) return levels[Math.min(index + 1, levels.length - 1)];
  }
  if (years !== null && Number.isFinite(years)) {
    const reached = levels.filter((level) => level.years.min <= years);
    return reached.at(-1) ?? levels[0];
  }
  return levels[0];
}

/** "1–3 years", "25+ years". */
export function formatYears(level: Pick<StartLevel, 'years'>): string {
  return level.years.max === null ? `${level.years.min}+ years` : `${level.years.min}–${level.years.max} years`;
}
