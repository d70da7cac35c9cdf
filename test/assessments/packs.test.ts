import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/domain/pack/parse-pack';
import type { Pack, Provenance } from '@/domain/pack/schema';
import { loadRealPacks, readPackFiles } from '../fixtures/real-packs';

const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS_DIR);
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every provenance in a pack, with where it sits. */
function provenances(pack: Pack): { where: string; provenance: Provenance }[] {
  const found: { where: string; provenance: Provenance }[] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'provenance') found.push({ where, provenance: value as Provenance });
        else walk(value, where ? `${where}.${key}` : key);
      }
    }
  };
  walk(pack, '');
  return found;
}

describe('every pack in assessments/', () => {
  it.each(readPackFiles().map(({ file, json }) => [file, json]))('should validate with no problems: %s', (_file, json) => {
    const result = parsePack(json);
    expect(result.ok ? [] : result.error).toEqual([]);
  });
});

describe.each(loadRealPacks())('pack %s', (_file, pack) => {
  const selfRating = pack.questions.filter((question) => question.kind === 'selfRating');
  const scenarios = pack.questions.filter((question) => question.kind === 'scenario');
  const questionnaireOf = new Map(pack.groups.map((group) => [group.id, group.questionnaire]));

  it.skipIf(!seedsPresent)('should quote only phrases that occur in the named seed file (seeds in ../shared/seeds)', () => {
    const seeds = new Map<string, string>();
    const missing: string[] = [];
    for (const { where, provenance } of provenances(pack)) {
      if (provenance.kind !== 'quoted') continue;
      if (!seeds.has(provenance.seed)) {
        const path = join(SEEDS_DIR, provenance.seed);
        seeds.set(provenance.seed, existsSync(path) ? fold(readFileSync(path, 'utf8')) : '');
      }
      if (!seeds.get(provenance.seed)!.includes(fold(provenance.quote))) missing.push(`${where}: "${provenance.quote}" (${provenance.seed})`);
    }
    expect(missing).toEqual([]);
  });

  it('should cite short quotes, never copy: at most 25 words each', () => {
    const long = provenances(pack).filter(({ provenance }) => provenance.kind === 'quoted' && provenance.quote.split(/\s+/).length > 25);
    expect(long.map(({ where }) => where)).toEqual([]);
  });

  it('should have at least three self-rating questions per competency', () => {
    for (const competency of pack.competencies) {
      expect(selfRating.filter((question) => question.competency === competency.id).length, competency.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('should have a scenario for every technical competency and at least 30 in all', () => {
    const technical = pack.competencies.filter((competency) => questionnaireOf.get(competency.group) === 'technical');
    for (const competency of technical) {
      expect(scenarios.some((question) => question.competency === competency.id), competency.id).toBe(true);
    }
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
  });

  it('should give each self-rating question its own anchors, not generic ones', () => {
    const seen = new Map<string, string>();
    for (const question of selfRating) {
      for (const anchor of question.anchors) {
        expect(seen.get(anchor), `anchor "${anchor}" of ${question.id} repeats`).toBeUndefined();
        seen.set(anchor, question.id);
      }
    }
  });

  it('should define a quick assessment with one self-rating per competency and a full one with every question', () => {
    const quick = pack.assessments.find((assessment) => assessment.id === 'quick')!;
    const full = pack.assessments.find((assessment) => assessment.id === 'full')!;
    const byId = new Map(pack.questions.map((question) => [question.id, question]));
    const quickCompetencies = quick.questionIds.map((id) => byId.get(id)!.competency);
    expect(new Set(quickCompetencies).size).toBe(pack.competencies.length);
    expect(quick.questionIds.every((id) => byId.get(id)!.kind === 'selfRating')).toBe(true);
    expect([...full.questionIds].sort()).toEqual(pack.questions.map((question) => question.id).sort());
  });

  it('should set a target for every level × competency, never falling from one level to the next without a reason', () => {
    expect(pack.targets.length).toBe(pack.levels.length * pack.competencies.length);
    for (const competency of pack.competencies) {
      const byLevel = pack.levels.map((level) => pack.targets.find((t) => t.level === level.id && t.competency === competency.id)!);
      byLevel.slice(1).forEach((target, i) => {
        if (!target.dropReason) expect(target.expected, `${competency.id} at ${target.level}`).toBeGreaterThanOrEqual(byLevel[i]!.expected);
      });
    }
  });

  it('should give every level core targets and a salary', () => {
    for (const level of pack.levels) {
      expect(pack.targets.some((target) => target.level === level.id && target.importance === 'core'), level.id).toBe(true);
      expect(level.salary.usMedian).toBeGreaterThan(0);
    }
  });

  it('should have certifications that each build at least one competency', () => {
    expect(pack.certifications.length).toBeGreaterThan(0);
    for (const certification of pack.certifications) expect(certification.builds.length).toBeGreaterThan(0);
  });
});

describe('the Industrial Production Manager pack', () => {
  const pack = loadRealPacks().find(([file]) => file === 'industrial-production-manager.json')?.[1];

  it('should exist and validate', () => {
    expect(pack).toBeDefined();
  });

  it('should hold the seven career levels in order', () => {
    expect(pack?.levels.map((level) => level.title)).toEqual([
      'Assistant Production Manager',
      'Production Manager',
      'Senior Production Manager',
      'Plant Manager',
      'Operations Manager',
      'Director of Manufacturing',
      'VP of Operations',
    ]);
  });

  it.each(['CPIM', 'CMQ/OE', 'PMP', 'Green Belt', 'Black Belt', '5S', 'Kaizen', 'TPM', 'Lean Expert', 'MBA', 'Industry 4.0'])(
    'should offer the %s certification named in the documents',
    (name) => {
      expect(pack?.certifications.some((certification) => certification.name.includes(name))).toBe(true);
    },
  );
});
