/**
 * Keeps the named keys that are present: an optional key the pack leaves out stays out, so a part cut from a pack
 * reads as the pack does.
 */
export function pick<T extends object, K extends keyof T>(item: T, keys: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (Object.hasOwn(item, key)) picked[key] = item[key];
  return picked as Pick<T, K>;
}
