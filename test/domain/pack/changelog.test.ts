import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PACK_CHANGELOG_FILE, PackChangelogSchema, type ChangelogItemKind } from '@/domain/pack/changelog';
import { ImportanceSchema } from '@/domain/pack/schema';
import { ASSESSMENTS_DIR, loadRealPacks } from '../../fixtures/real-packs';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const FROZEN_1_0_0 = join(import.meta.dirname, '..', '..', 'fixtures', 'packs', 'industrial-production-manager-1.0.0.json');

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
  const frozen = PackOutlineSchema.parse(readJson(FROZEN_1_0_0));
  const v2 = changelog.versions.find((entry) => entry.version === '2.0.0')!;
  const before = idsOf(frozen);
  const after = idsOf(current);

  it("should describe the current pack's version, from the frozen 1.0.0 pack", () => {
    expect(changelog.pack).toBe(current.meta.id);
    expect(changelog.versions[0]!.version).toBe(current.meta.version);
    expect(current.meta.version).toBe('2.0.0');
    expect(frozen.meta.version).toBe('1.0.0');
    expect(v2.previous).toBe('1.0.0');
  });

  it('should only rename or remove ids that existed in 1.0.0 and are gone now, and name replacements that exist', () => {
    for (const item of v2.renamed) {
      expect(before.get(item.kind)!.has(item.from), `${item.kind} ${item.from} in 1.0.0`).toBe(true);
      expect(after.get(item.kind)!.has(item.from), `${item.kind} ${item.from} gone`).toBe(false);
      expect(after.get(item.kind)!.has(item.to), `${item.kind} ${item.to} in 2.0.0`).toBe(true);
    }
    for (const item of v2.removed) {
      expect(before.get(item.kind)!.has(item.id), `${item.kind} ${item.id} in 1.0.0`).toBe(true);
      expect(after.get(item.kind)!.has(item.id), `${item.kind} ${item.id} gone`).toBe(false);
      if (item.replacedBy !== null) expect(after.get(item.kind)!.has(item.replacedBy), item.replacedBy).toBe(true);
    }
  });

  it('should list every id added, renamed and removed since 1.0.0 (regenerate it after editing the pack)', () => {
    for (const [kind, ids] of after) {
      const added = new Set([...ids].filter((id) => !before.get(kind)!.has(id)));
      const listed = new Set([...v2.added.filter((item) => item.kind === kind).map((item) => item.id), ...v2.renamed.filter((item) => item.kind === kind).map((item) => item.to)]);
      expect([...listed].sort(), `${kind} added`).toEqual([...added].sort());
    }
    for (const [kind, ids] of before) {
      const gone = [...ids].filter((id) => !after.get(kind)!.has(id));
      const listed = [...v2.removed.filter((item) => item.kind === kind).map((item) => item.id), ...v2.renamed.filter((item) => item.kind === kind).map((item) => item.from)];
      expect(listed.sort(), `${kind} gone`).toEqual(gone.sort());
    }
  });

  it('should list every target that changed, with its 1.0.0 and 2.0.0 values and a reason', () => {
    const state = (target: PackOutline['targets'][number]) => ({ expected: target.expected, importance: target.importance, focusArea: target.focusArea });
    const was = new Map(frozen.targets.map((target) => [`${target.level}/${target.competency}`, state(target)]));
    const expected = current.targets
      .filter((target) => was.has(`${target.level}/${target.competency}`))
      .filter((target) => JSON.stringify(was.get(`${target.level}/${target.competency}`)) !== JSON.stringify(state(target)))
      .map((target) => ({ level: target.level, competency: target.competency, from: was.get(`${target.level}/${target.competency}`), to: state(target) }));
    expect(v2.retargeted.map(({ level, competency, from, to }) => ({ level, competency, from, to }))).toEqual(expected);
  });

  it('should rename nothing in 2.0.0: every 1.0.0 answer keeps its question', () => {
    expect(v2.renamed).toEqual([]);
    expect(v2.removed.filter((item) => item.kind === 'question')).toEqual([]);
  });
});
