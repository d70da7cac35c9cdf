import { useMemo } from 'react';
import { useLoaded } from '@/lib/loading-boundary';
import type { PackChangelog } from '@/domain/pack/changelog';
import { migrateSessionToPack, needsPackMigration, type PackMigrationReport } from '@/domain/records/pack-migration';
import { describeMissingTarget, describePackMigration } from '@/domain/records/pack-migration-text';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';

export type ChangelogModules = Record<string, () => Promise<unknown>>;

/**
 * assessments/CHANGELOG.json (about 100 kB) as its own chunk, fetched only when a session answered on another pack
 * version is opened: most visits never need it, so the first load does not pay for it.
 */
const CHANGELOG_MODULES: ChangelogModules = import.meta.glob('/assessments/CHANGELOG.json', { import: 'default' });

let changelogs: Promise<ReadonlyMap<string, PackChangelog>> | undefined;
/** Set once loaded, so a later screen reads it at once instead of suspending again. */
let loaded: ReadonlyMap<string, PackChangelog> | undefined;

/** Loads and checks every changelog, by pack id. One that cannot be read is left out: sessions then match ids as they are. */
export async function loadPackChangelogs(modules: ChangelogModules = CHANGELOG_MODULES): Promise<ReadonlyMap<string, PackChangelog>> {
  const [{ PackChangelogSchema }, ...files] = await Promise.all([
    import('@/domain/pack/changelog'),
    ...Object.values(modules).map((load) => load().catch(() => undefined)),
  ]);
  const byPack = new Map<string, PackChangelog>();
  for (const file of files) {
    const parsed = PackChangelogSchema.safeParse(file);
    if (parsed.success) byPack.set(parsed.data.pack, parsed.data);
  }
  return byPack;
}

/** Starts loading the changelogs (once) without waiting for them. */
export function preloadPackChangelogs(): Promise<ReadonlyMap<string, PackChangelog>> {
  changelogs ??= loadPackChangelogs().then((byPack) => (loaded = byPack));
  return changelogs;
}

/** The pack's changelog, suspending while it loads; nothing is fetched unless `needed`. */
export function usePackChangelog(packId: string, needed: boolean): PackChangelog | undefined {
  const read = useLoaded(needed && !loaded ? preloadPackChangelogs() : undefined);
  if (!needed) return undefined;
  return (loaded ?? read)?.get(packId);
}

export interface SessionOnPack {
  /** The session as the pack now reads it (the stored record is left as it is). */
  session: Session;
  report: PackMigrationReport | null;
  /** "Answered with version 1.0.0 of the pack, now version 2.0.0: 2 questions were reworded …", or null. */
  message: string | null;
  /** Why the session cannot be scored as it stands (its assessment or level is gone), or null. */
  missing: string | null;
}

/** Opens a stored session on the installed pack: the changelog's renames applied, with the message to show. */
export function useSessionOnPack(session: Session, pack: Pack): SessionOnPack;
export function useSessionOnPack(session: Session | undefined, pack: Pack | undefined): SessionOnPack | undefined;
export function useSessionOnPack(session: Session | undefined, pack: Pack | undefined): SessionOnPack | undefined {
  const needed = session !== undefined && pack !== undefined && needsPackMigration(session, pack);
  const changelog = usePackChangelog(session?.packId ?? '', needed);
  return useMemo(() => {
    if (!session || !pack) return undefined;
    if (!needed) return { session, report: null, message: null, missing: null };
    const migration = migrateSessionToPack(session, pack, changelog);
    return {
      session: migration.session,
      report: migration.report,
      message: describePackMigration(migration.report, pack),
      missing: describeMissingTarget(migration.report, pack),
    };
  }, [session, pack, needed, changelog]);
}
