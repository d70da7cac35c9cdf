import { isReservedKey } from './guards';

/*
 * The scan for reserved keys in a whole document, for the doors that read records (restore.ts, bundle.ts): apart
 * from guards.ts, which the first load carries, since only those lazily loaded doors need it.
 */

/** A reserved key found in a document, and where: the dotted path of the object holding it ("the top level" at the root). */
export interface ReservedKeyHit {
  key: string;
  path: string;
}

/**
 * The first reserved key anywhere in a parsed document, with its path. JSON.parse makes `__proto__` an own key
 * rather than a prototype, but the schemas and any later spread or copy must never meet one (zod leaves such a key
 * out without a word). The walk is iterative, since a document can nest far deeper than the call stack, and yields
 * `pause` every `every` nodes so a long scan can give way (see bundle.ts); firstReservedKey runs it straight through.
 */
export function* findReservedKey<P>(root: unknown, pause: P, every: number, checkedApart?: object): Generator<P, ReservedKeyHit | null> {
  // Paths are rebuilt only on a hit: building one per node would cost the square of the depth.
  interface Visit {
    value: unknown;
    key: string;
    parent: Visit | null;
  }
  const pathOf = (visit: Visit) => {
    const keys: string[] = [];
    for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.push(at.key);
    return keys.length > 0 ? keys.reverse().join('.') : 'the top level';
  };
  const stack: Visit[] = [{ value: root, key: '', parent: null }];
  for (let visited = 1; stack.length > 0; visited += 1) {
    if (visited % every === 0) yield pause;
    const visit = stack.pop()!;
    const { value } = visit;
    if (!value || typeof value !== 'object' || value === checkedApart) continue;
    for (const key of Object.keys(value)) {
      if (isReservedKey(key)) return { key, path: pathOf(visit) };
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return null;
}

/**
 * Whether a document holds a reserved key anywhere, leaving out `checkedApart`: the walk of findReservedKey without
 * the bookkeeping that names a path, so a start that checks thousands of stored records pays for the keys alone.
 */
function holdsReservedKey(root: unknown, checkedApart?: object): boolean {
  const stack: object[] = root !== null && typeof root === 'object' ? [root] : [];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (value === checkedApart) continue;
    for (const key of Object.keys(value)) {
      if (isReservedKey(key)) return true;
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return false;
}

/**
 * findReservedKey in one go, for a document small enough to scan without pausing (one stored record), leaving out
 * `checkedApart`, an object inside it that its own check keeps free of reserved names. A quick walk answers first;
 * only a document that holds one is walked again to say where.
 */
export function firstReservedKey(root: unknown, checkedApart?: object): ReservedKeyHit | null {
  if (!holdsReservedKey(root, checkedApart)) return null;
  const scan = findReservedKey(root, undefined, Number.MAX_SAFE_INTEGER, checkedApart);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
  }
}
