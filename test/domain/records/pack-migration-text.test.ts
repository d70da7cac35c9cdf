import { describe, expect, it } from 'vitest';
import type { PackMigrationReport } from '@/domain/records/pack-migration';
import { describeMissingTarget, describePackMigration } from '@/domain/records/pack-migration-text';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();

/** A report with nothing to say, on the mini pack's own version; each test changes what it is about. */
const report = (edit: Partial<PackMigrationReport> = {}): PackMigrationReport => ({
  fromVersion: pack.meta.version,
  toVersion: pack.meta.version,
  unmapped: false,
  renamed: [],
  merged: [],
  reworded: [],
  retargeted: null,
  retired: [],
  notAsked: [],
  assessment: null,
  level: null,
  missingAssessment: null,
  missingLevel: null,
  ...edit,
});

describe('describePackMigration', () => {
  it('should say nothing for a session answered on this version with nothing mapped', () => {
    expect(describePackMigration(report(), pack)).toBeNull();
  });

  it('should name both versions and say the answers were carried over when nothing was reworded', () => {
    expect(describePackMigration(report({ fromVersion: '0.9.0' }), pack)).toBe(
      `Answered with version 0.9.0 of the pack, now version ${pack.meta.version}: nothing you answered was reworded; your answers were carried over.`,
    );
  });

  it('should count in the singular and the plural', () => {
    expect(describePackMigration(report({ reworded: ['a'] }), pack)).toBe('1 question was reworded since you answered it; your answers were carried over.');
    expect(describePackMigration(report({ reworded: ['a', 'b'] }), pack)).toBe('2 questions were reworded since you answered them; your answers were carried over.');
  });

  it("should count the targets that changed for the session's level, by its title", () => {
    const level = pack.levels[1]!;
    expect(describePackMigration(report({ fromVersion: '0.9.0', retargeted: { level: level.id, competencies: ['a', 'b'] } }), pack)).toBe(
      `Answered with version 0.9.0 of the pack, now version ${pack.meta.version}: 2 targets for “${level.title}” changed, so your gaps are measured against the new ones; your answers were carried over.`,
    );
    expect(describePackMigration(report({ retargeted: { level: 'gone', competencies: ['a'] } }), pack)).toBe(
      '1 target for “gone” changed, so your gaps are measured against the new ones; your answers were carried over.',
    );
  });

  it('should name the competency merged into by its title, and fall back to its id', () => {
    const competency = pack.competencies[0]!;
    expect(describePackMigration(report({ merged: [{ from: 'old', into: competency.id }] }), pack)).toContain(`1 competency was merged into “${competency.title}”`);
    expect(describePackMigration(report({ merged: [{ from: 'old', into: 'gone' }] }), pack)).toContain('merged into “gone”');
  });

  it('should say retired answers and competencies are kept with the session, not lost', () => {
    const text = describePackMigration(
      report({
        retired: [
          { kind: 'question', id: 'q-old', parts: ['answer'], replacedBy: null, reason: null },
          { kind: 'competency', id: 'c-old', parts: ['evidence'], replacedBy: null, reason: null },
        ],
        notAsked: ['q-skip'],
      }),
      pack,
    );
    expect(text).toContain('1 answer to questions the pack no longer asks is kept with the session');
    expect(text).toContain('1 answer to questions this assessment no longer asks is kept with the session');
    expect(text).toContain('notes and ratings for 1 competency the pack no longer has are kept with the session');
  });

  it('should admit when this copy has no record of the changes, and promise only what still counts', () => {
    expect(describePackMigration(report({ fromVersion: '0.1.0', unmapped: true }), pack)).toBe(
      `Answered with version 0.1.0 of the pack, now version ${pack.meta.version} (this copy of Rungs has no record of what changed between them): answers to questions it still asks count.`,
    );
  });
});

describe('describeMissingTarget', () => {
  it('should say nothing when the assessment and level are both there', () => {
    expect(describeMissingTarget(report(), pack)).toBeNull();
  });

  it('should name what is gone, and that every answer is kept', () => {
    expect(describeMissingTarget(report({ missingAssessment: { id: 'full-old', nearest: null }, missingLevel: { id: 'lead', nearest: null } }), pack)).toBe(
      `Version ${pack.meta.version} of the pack no longer has the assessment “full-old” these answers were given for, nor the target level “lead” chosen for this session. Every answer is kept.`,
    );
  });
});
