import { useMemo } from 'react';
import { useLoaded } from '@/lib/loading-boundary';
import { recordSettlement } from '@/lib/settled-promise';
import type { PackChangelog } from '@/domain/pack/changelog';
import { isCurrentOn } from '@/domain/pack/question-pack';
import type { migrateSessionToPack, PackMigrationReport } from '@/domain/records/pack-migration';
import type { describeMissingTarget, describePackMigration } from '@/domain/records/pack-migration-text';
import type { Pack } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';

export type ChangelogModules = Record<string, () => Promise<unknown>>;

/**
 * assessments/CHANGELOG.json (about 100 kB) as its own chunk, fetched only when a session answered on another pack
 * version is opened: most visits never need it, so the first load does not pay for it.
 */
const CHANGELOG_MODULES: ChangelogModules = import.meta.glob('/assessments/CHANGELOG.json', { import: 'default' });

/** What opening a session answered on another pack version takes: the changelogs, and the code that reads them. */
export interface PackMigrationTools {
  changelogs: ReadonlyMap<string, PackChangelog>;
  migrateSessionToPack: typeof migrateSessionToPack;
  describePackMigration: typeof describePackMigration;
  describeMissingTarget: typeof describeMissingTarget;
}

/** Its settlement recorded, so a screen that reads it once loaded gets it at once instead of suspending again. */
let tools: Promise<PackMigrationTools> | undefined;

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

/**
 * Starts loading the changelogs and the migration code (once) without waiting for them. The code comes with the
 * changelogs, not with the screens: a session on the pack's own version, most of them, never needs it.
 */
export function preloadPackChangelogs(): Promise<PackMigrationTools> {
  tools ??= recordSettlement(
    Promise.all([loadPackChangelogs(), import('@/domain/records/pack-migration'), import('@/domain/records/pack-migration-text')]).then(
      ([changelogs, migration, text]) => ({
        changelogs,
        migrateSessionToPack: migration.migrateSessionToPack,
        describePackMigration: text.describePackMigration,
        describeMissingTarget: text.describeMissingTarget,
      }),
    ),
  );
  return tools;
}

/**
 * The changelogs and the migration code, suspending while they load; nothing is fetched unless `needed`. Once needed,
 * every render reads them with `use`, loaded or not: React requires a render that suspended on `use` to call it again.
 */
function usePackMigrationTools(needed: boolean): PackMigrationTools | undefined {
  return useLoaded(needed ? preloadPackChangelogs() : undefined);
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
  const needed = session !== undefined && pack !== undefined && !isCurrentOn(session, pack);
  const migration = usePackMigrationTools(needed);
  return useMemo(() => {
    if (!session || !pack) return undefined;
    if (!needed || !migration) return { session, report: null, message: null, missing: null };
    const opened = migration.migrateSessionToPack(session, pack, migration.changelogs.get(session.packId));
    return {
      session: opened.session,
      report: opened.report,
      message: migration.describePackMigration(opened.report, pack),
      missing: migration.describeMissingTarget(opened.report, pack),
    };
  }, [session, pack, needed, migration]);
}
