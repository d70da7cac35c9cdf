import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from '@/domain/zod';
import { PACK_CHANGELOG_FILE, PackChangelogSchema, type ChangelogItemKind } from '@/domain/pack/changelog';
import { ImportanceSchema } from '@/domain/pack/schema';
import { ASSESSMENTS_DIR, loadRealPacks } from '../../fixtures/real-packs';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** The frozen copy of a released version of the pack (see .ci/write-pack-changelog.mjs). */
const frozenPath = (version: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'packs', `industrial-production-manager-${version}.json`);

/**
 * Just the ids and targets of a pack, from any version: the frozen 1.0.0 pack predates fields the current schema
 * requires (e.g. a certification's recognition), so it is read with this looser shape rather than parsePack.
 */
const withId = z.object({ id: z.string() });
const PackOutlineSchema = z.object({
  meta: z.object({ id: z.string(), version: z.string() }),
  levels: z.array(z.object({ id: z.string(), focusAreas: z.array(withId) })),
  groups: z.array(withId),
  competencies: z.array(z.object({ id: z.string(), developmentActions: z.array(withId) })),
  questions: z.array(withId),
  assessments: z.array(withId),
  certifications: z.array(withId),
  targets: z.array(z.object({ level: z.string(), competency: z.string(), expected: z.number(), importance: ImportanceSchema, focusArea: z.string() })),
});
type PackOutline = z.infer<typeof PackOutlineSchema>;

/** Every id a pack gives, by kind, as the changelog names them. */
function idsOf(pack: PackOutline): Map<ChangelogItemKind, Set<string>> {
  return new Map<ChangelogItemKind, Set<string>>([
    ['level', new Set(pack.levels.map((level) => level.id))],
    ['focusArea', new Set(pack.levels.flatMap((level) => level.focusAreas.map((area) => area.id)))],
    ['group', new Set(pack.groups.map((group) => group.id))],
    ['competency', new Set(pack.competencies.map((competency) => competency.id))],
    ['developmentAction', new Set(pack.competencies.flatMap((competency) => competency.developmentActions.map((action) => action.id)))],
    ['question', new Set(pack.questions.map((question) => question.id))],
    ['assessment', new Set(pack.assessments.map((assessment) => assessment.id))],
    ['certification', new Set(pack.certifications.map((certification) => certification.id))],
  ]);
}

describe('PackChangelogSchema', () => {
  it('should refuse a changelog without its type or with a malformed entry', () => {
    expect(PackChangelogSchema.safeParse({ pack: 'x', versions: [] }).success).toBe(false);
    const entry = { version: '2.0.0', previous: '1.0.0', date: '2026-12-02', summary: 'A summary of the change.', added: [], renamed: [], removed: [], retargeted: [], changed: [] };
    expect(PackChangelogSchema.safeParse({ type: 'rungs/pack-changelog', pack: 'x', versions: [entry] }).success).toBe(true);
    const badRemoval = { ...entry, removed: [{ kind: 'question', id: 'q-1' }] };
    expect(PackChangelogSchema.safeParse({ type: 'rungs/pack-changelog', pack: 'x', versions: [badRemoval] }).success).toBe(false);
  });
});

describe(`assessments/${PACK_CHANGELOG_FILE}`, () => {
  const changelog = PackChangelogSchema.parse(readJson(join(ASSESSMENTS_DIR, PACK_CHANGELOG_FILE)));
  const current = loadRealPacks().find(([file]) => file === 'industrial-production-manager.json')![1];

  it("should describe the current pack's version first, each entry following on from the one below it, back to 1.0.0", () => {
    expect(changelog.pack).toBe(current.meta.id);
    expect(changelog.versions.map((entry) => entry.version)).toEqual(['3.0.0', '2.1.0', '2.0.0']);
    expect(changelog.versions[0]!.version).toBe(current.meta.version);
    changelog.versions.forEach((entry, index) => expect(entry.previous).toBe(changelog.versions[index + 1]?.version ?? '1.0.0'));
  });

  describe.each(changelog.versions.map((entry) => [entry.version, entry] as const))('version %s', (version, entry) => {
    // Each release against the frozen copy of the version before it; the newest against the pack as it is now.
    const frozen = PackOutlineSchema.parse(readJson(frozenPath(entry.previous)));
    const released = entry === changelog.versions[0] ? PackOutlineSchema.parse(current) : PackOutlineSchema.parse(readJson(frozenPath(version)));
    const before = idsOf(frozen);
    const after = idsOf(released);

    it('should compare frozen copies of the right versions', () => {
      expect(frozen.meta.version).toBe(entry.previous);
      expect(released.meta.version).toBe(version);
    });

    it('should only rename or remove ids that existed before and are gone now, and name replacements that exist', () => {
      for (const item of entry.renamed) {
        expect(before.get(item.kind)!.has(item.from), `${item.kind} ${item.from} in ${entry.previous}`).toBe(true);
        expect(after.get(item.kind)!.has(item.from), `${item.kind} ${item.from} gone`).toBe(false);
        expect(after.get(item.kind)!.has(item.to), `${item.kind} ${item.to} in ${version}`).toBe(true);
      }
      for (const item of entry.removed) {
        expect(before.get(item.kind)!.has(item.id), `${item.kind} ${item.id} in ${entry.previous}`).toBe(true);
        expect(after.get(item.kind)!.has(item.id), `${item.kind} ${item.id} gone`).toBe(false);
        if (item.replacedBy !== null) expect(after.get(item.kind)!.has(item.replacedBy), item.replacedBy).toBe(true);
      }
    });

    it('should list every id added, renamed and removed (regenerate it after editing the pack)', () => {
      for (const [kind, ids] of after) {
        const added = new Set([...ids].filter((id) => !before.get(kind)!.has(id)));
        const listed = new Set([...entry.added.filter((item) => item.kind === kind).map((item) => item.id), ...entry.renamed.filter((item) => item.kind === kind).map((item) => item.to)]);
        expect([...listed].sort(), `${kind} added`).toEqual([...added].sort());
      }
      for (const [kind, ids] of before) {
        const gone = [...ids].filter((id) => !after.get(kind)!.has(id));
        const listed = [...entry.removed.filter((item) => item.kind === kind).map((item) => item.id), ...entry.renamed.filter((item) => item.kind === kind).map((item) => item.from)];
        expect(listed.sort(), `${kind} gone`).toEqual(gone.sort());
      }
    });

    it('should list every target that changed, with its values before and after and a reason', () => {
      const state = (target: PackOutline['targets'][number]) => ({ expected: target.expected, importance: target.importance, focusArea: target.focusArea });
      const was = new Map(frozen.targets.map((target) => [`${target.level}/${target.competency}`, state(target)]));
      const expected = released.targets
        .filter((target) => was.has(`${target.level}/${target.competency}`))
        .filter((target) => JSON.stringify(was.get(`${target.level}/${target.competency}`)) !== JSON.stringify(state(target)))
        .map((target) => ({ level: target.level, competency: target.competency, from: was.get(`${target.level}/${target.competency}`), to: state(target) }));
      expect(entry.retargeted.map(({ level, competency, from, to }) => ({ level, competency, from, to }))).toEqual(expected);
    });

    it('should rename no question, and say why each question removed went, replaced by nothing: an answer to it is kept, never counted for another', () => {
      expect(entry.renamed).toEqual([]);
      for (const item of entry.removed.filter((removal) => removal.kind === 'question')) {
        expect(item.replacedBy, item.id).toBeNull();
        expect(item.reason, item.id).not.toBe(`Removed in ${version}.`);
      }
    });
  });

  // A minor version rewords, it never rescores: no target moves and every scenario keeps its key.
  const minor = changelog.versions.filter((entry) => entry.version.split('.')[0] === entry.previous.split('.')[0]);
  it('should have minor versions to check', () => expect(minor.map((entry) => entry.version)).toContain('2.1.0'));
  describe.each(minor.map((entry) => [entry.version, entry] as const))('minor version %s', (version, entry) => {
    type Keyed = { questions: { id: string; options?: { id: string; best: boolean }[] }[] };
    const before = readJson(frozenPath(entry.previous)) as Keyed;
    const after = (entry === changelog.versions[0] ? current : readJson(frozenPath(version))) as Keyed;

    it('should move no target and remove no question', () => {
      expect(entry.retargeted).toEqual([]);
      expect(entry.removed.filter((item) => item.kind === 'question')).toEqual([]);
    });

    it('should keep every scenario key on the option that held it before', () => {
      const keyOf = (question: Keyed['questions'][number] | undefined) => question?.options?.find((option) => option.best)?.id;
      for (const question of after.questions) {
        if (!question.options) continue;
        const was = before.questions.find((candidate) => candidate.id === question.id);
        expect(keyOf(question), question.id).toBe(keyOf(was));
        expect(question.options.map((option) => option.id).sort(), question.id).toEqual(was?.options?.map((option) => option.id).sort());
      }
    });
  });
});
