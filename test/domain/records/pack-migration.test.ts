import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackChangelogSchema, type PackChange, type PackChangelog } from '@/domain/pack/changelog';
import type { Importance, Pack } from '@/domain/pack/schema';
import { isCurrentOn } from '@/domain/pack/question-pack';
import { changesBetween, migrateSessionToPack } from '@/domain/records/pack-migration';
import { describeMissingTarget, describePackMigration } from '@/domain/records/pack-migration-text';
import type { Session } from '@/domain/records/schema';
import { answerQuestion, createSession, sessionInputOf, setEvidence, setMentorNote, setMentorRating } from '@/domain/records/session';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { competenciesRetargetedAt } from '../../fixtures/retargeted';
import { ASSESSMENTS_DIR, loadRealPacks } from '../../fixtures/real-packs';

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);
const OLD_DAY = '2026-01-10';

/** Version 1.0.0 of the mini pack, with ids the edits below rename or remove. */
function oldPack(): Pack {
  return makeMiniPack();
}

/** A session answered on the old pack: two questions, a scenario, evidence, mentor ratings and notes. */
function oldSession(pack: Pack = oldPack(), assessmentId = 'full', targetLevel = 'two'): Session {
  let session = createSession({ id: 's1', profileId: 'me', pack, assessmentId, targetLevel, now: at(OLD_DAY) });
  session = answerQuestion(session, 'lean-self-1', { kind: 'rating', value: 3 }, at(OLD_DAY));
  session = answerQuestion(session, 'lean-self-2', { kind: 'rating', value: 2 }, at(OLD_DAY));
  session = answerQuestion(session, 'safety-self-1', { kind: 'rating', value: 1 }, at(OLD_DAY));
  session = answerQuestion(session, 'safety-scenario-1', { kind: 'choice', optionId: 'a' }, at(OLD_DAY));
  session = setEvidence(session, 'safety', 'Ran the lockout audit', at(OLD_DAY));
  session = setMentorRating(session, 'safety', 2, at(OLD_DAY));
  session = setMentorNote(session, 'safety', 'Good on audits', at(OLD_DAY));
  session = setMentorRating(session, 'lean', 3, at(OLD_DAY));
  return session;
}

const change = (edit: Partial<PackChange>): PackChange => ({
  version: '2.0.0',
  previous: '1.0.0',
  date: '2026-02-01',
  summary: 'An edit made for the tests.',
  added: [],
  renamed: [],
  removed: [],
  retargeted: [],
  changed: [],
  ...edit,
});
const changelogOf = (...versions: PackChange[]): PackChangelog => ({ type: 'rungs/pack-changelog', pack: 'mini', versions });

/** The mini pack at 2.0.0 after `edit`. */
function newPack(edit: (pack: Pack) => void): Pack {
  const pack = oldPack();
  pack.meta.version = '2.0.0';
  edit(pack);
  return pack;
}

function renameQuestion(pack: Pack, from: string, to: string) {
  for (const question of pack.questions) if (question.id === from) question.id = to;
  for (const assessment of pack.assessments) assessment.questionIds = assessment.questionIds.map((id) => (id === from ? to : id));
}

function removeCompetency(pack: Pack, id: string) {
  pack.competencies = pack.competencies.filter((competency) => competency.id !== id);
  const gone = new Set(pack.questions.filter((question) => question.competency === id).map((question) => question.id));
  pack.questions = pack.questions.filter((question) => !gone.has(question.id));
  for (const assessment of pack.assessments) assessment.questionIds = assessment.questionIds.filter((q) => !gone.has(q));
  pack.targets = pack.targets.filter((target) => target.competency !== id);
  for (const certification of pack.certifications) certification.builds = certification.builds.filter((build) => build.competency !== id);
}

describe('changesBetween', () => {
  const v2 = change({});
  const v3 = change({ version: '3.0.0', previous: '2.0.0' });
  it('should walk the entries oldest first from the session’s version to the pack’s', () => {
    expect(changesBetween(changelogOf(v3, v2), '1.0.0', '3.0.0')).toEqual([v2, v3]);
    expect(changesBetween(changelogOf(v3, v2), '2.0.0', '2.0.0')).toEqual([]);
  });
  it('should say there is no path from a version the changelog does not know, or from a newer one', () => {
    expect(changesBetween(changelogOf(v3, v2), '0.9.0', '3.0.0')).toBeNull();
    expect(changesBetween(changelogOf(v3, v2), '3.0.0', '2.0.0')).toBeNull();
    expect(changesBetween(undefined, '1.0.0', '2.0.0')).toBeNull();
  });
});

describe('migrateSessionToPack', () => {
  it('should carry an answer to a renamed question over to its new id and say nothing was lost', () => {
    const pack = newPack((p) => renameQuestion(p, 'lean-self-2', 'lean-kaizen-1'));
    const log = changelogOf(change({ renamed: [{ kind: 'question', from: 'lean-self-2', to: 'lean-kaizen-1', reason: 'A clearer id for it.' }] }));
    const { session, report } = migrateSessionToPack(oldSession(), pack, log);
    expect(session.answers['lean-kaizen-1']?.answer).toEqual({ kind: 'rating', value: 2 });
    expect(session.answers).not.toHaveProperty('lean-self-2');
    expect(report.renamed).toEqual([{ kind: 'question', from: 'lean-self-2', to: 'lean-kaizen-1' }]);
    expect(report.retired).toEqual([]);
    // Progress counts it again: 4 of the full assessment's 6 questions.
    const input = sessionInputOf(pack, session);
    expect(input.ok && input.value.questionIds.filter((id) => Object.hasOwn(session.answers, id))).toHaveLength(4);
    expect(describePackMigration(report, pack)).toBe(
      'Answered with version 1.0.0 of the pack, now version 2.0.0: nothing you answered was reworded; your answers were carried over.',
    );
  });

  it("should list the competencies whose target at the session's level moved in value or importance, and say so", () => {
    const state = (expected: number, importance: Importance, focusArea = 'two-focus') => ({ expected, importance, focusArea });
    const retargeted = [
      { level: 'two', competency: 'lean', from: state(2, 'core'), to: state(3, 'core'), reason: 'Raised for the tests.' },
      { level: 'two', competency: 'leadership', from: state(2, 'supporting'), to: state(2, 'core'), reason: 'Now core for the tests.' },
      // A new focus area alone changes no number; another level's change is not this session's.
      { level: 'two', competency: 'safety', from: state(3, 'core'), to: state(3, 'core', 'two-other'), reason: 'Moved for the tests.' },
      { level: 'three', competency: 'lean', from: state(3, 'supporting', 'three-focus'), to: state(2, 'supporting', 'three-focus'), reason: 'Lowered for the tests.' },
    ];
    const pack = newPack(() => undefined);
    const { report } = migrateSessionToPack(oldSession(), pack, changelogOf(change({ retargeted })));
    expect(report.retargeted).toEqual({ level: 'two', competencies: ['leadership', 'lean'] });
    expect(describePackMigration(report, pack)).toBe(
      'Answered with version 1.0.0 of the pack, now version 2.0.0: 2 targets for “Level two” changed, so your gaps are measured against the new ones; your answers were carried over.',
    );
    expect(migrateSessionToPack(oldSession(oldPack(), 'full', 'one'), pack, changelogOf(change({ retargeted }))).report.retargeted).toBeNull();
  });

  it('should keep the answers, evidence and mentor’s view of a removed competency stored, and list them as retired', () => {
    const pack = newPack((p) => removeCompetency(p, 'safety'));
    const log = changelogOf(
      change({
        removed: [
          { kind: 'competency', id: 'safety', replacedBy: null, reason: 'Moved to another pack.' },
          { kind: 'question', id: 'safety-self-1', replacedBy: null, reason: 'Its competency went.' },
          { kind: 'question', id: 'safety-scenario-1', replacedBy: null, reason: 'Its competency went.' },
        ],
      }),
    );
    const before = oldSession();
    const { session, report } = migrateSessionToPack(before, pack, log);
    expect(session.answers['safety-self-1']).toEqual(before.answers['safety-self-1']);
    expect(session.answers['safety-scenario-1']).toEqual(before.answers['safety-scenario-1']);
    expect(session.evidence).toEqual({ safety: 'Ran the lockout audit' });
    expect(session.mentorRatings).toEqual({ lean: 3, safety: 2 });
    expect(session.mentorNotes).toEqual({ safety: 'Good on audits' });
    expect(report.retired).toEqual(
      expect.arrayContaining([
        { kind: 'question', id: 'safety-self-1', parts: ['answer'], replacedBy: null, reason: 'Its competency went.' },
        { kind: 'question', id: 'safety-scenario-1', parts: ['answer'], replacedBy: null, reason: 'Its competency went.' },
        { kind: 'competency', id: 'safety', parts: ['evidence', 'mentor rating', 'mentor note'], replacedBy: null, reason: 'Moved to another pack.' },
      ]),
    );
    expect(describePackMigration(report, pack)).toBe(
      'Answered with version 1.0.0 of the pack, now version 2.0.0: 2 answers to questions the pack no longer asks are kept with the session, notes and ratings for 1 competency the pack no longer has are kept with the session; your answers were carried over.',
    );
  });

  it('should move a merged competency’s evidence, ratings and notes to the one that replaces it', () => {
    const pack = newPack((p) => removeCompetency(p, 'safety'));
    const log = changelogOf(change({ removed: [{ kind: 'competency', id: 'safety', replacedBy: 'leadership', reason: 'Safety is led, not audited.' }] }));
    const { session, report } = migrateSessionToPack(oldSession(), pack, log);
    expect(session.evidence).toEqual({ leadership: 'Ran the lockout audit' });
    expect(session.mentorRatings).toEqual({ lean: 3, leadership: 2 });
    expect(report.merged).toEqual([{ from: 'safety', into: 'leadership' }]);
    expect(describePackMigration(report, pack)).toContain('1 competency was merged into “Leadership”');
  });

  it('should leave data already given to the replacement in place and keep the merged one’s under its old id', () => {
    const pack = newPack((p) => removeCompetency(p, 'safety'));
    const log = changelogOf(change({ removed: [{ kind: 'competency', id: 'safety', replacedBy: 'lean', reason: 'Folded into lean.' }] }));
    const { session, report } = migrateSessionToPack(oldSession(), pack, log);
    expect(session.mentorRatings).toEqual({ lean: 3, safety: 2 });
    expect(report.retired).toContainEqual({ kind: 'competency', id: 'safety', parts: ['mentor rating'], replacedBy: 'lean', reason: 'Folded into lean.' });
  });

  it('should list answers to questions the assessment stopped asking, kept but not counted', () => {
    const pack = newPack((p) => {
      p.assessments[1]!.questionIds = p.assessments[1]!.questionIds.filter((id) => id !== 'lean-self-2');
    });
    const log = changelogOf(change({ changed: [{ kind: 'assessment', id: 'full', fields: ['questionIds'] }] }));
    const { session, report } = migrateSessionToPack(oldSession(), pack, log);
    expect(session.answers['lean-self-2']?.answer).toEqual({ kind: 'rating', value: 2 });
    expect(report.notAsked).toEqual(['lean-self-2']);
    expect(describePackMigration(report, pack)).toContain('1 answer to questions this assessment no longer asks is kept with the session');
  });

  it('should follow a renamed assessment and level, so the session scores again', () => {
    const pack = newPack((p) => {
      p.assessments[1]!.id = 'complete';
      p.levels[1]!.id = 'lead-two';
      p.levels[1]!.title = 'Line lead';
      for (const target of p.targets) if (target.level === 'two') target.level = 'lead-two';
    });
    const log = changelogOf(
      change({
        renamed: [
          { kind: 'assessment', from: 'full', to: 'complete', reason: 'A plainer name.' },
          { kind: 'level', from: 'two', to: 'lead-two', reason: 'Named after the role.' },
        ],
      }),
    );
    const before = oldSession();
    expect(sessionInputOf(pack, before).ok).toBe(false);
    const { session, report } = migrateSessionToPack(before, pack, log);
    expect(session).toMatchObject({ assessmentId: 'complete', targetLevel: 'lead-two', packVersion: '2.0.0' });
    expect(report).toMatchObject({ assessment: { from: 'full', to: 'complete' }, level: { from: 'two', to: 'lead-two' }, missingAssessment: null, missingLevel: null });
    expect(sessionInputOf(pack, session).ok).toBe(true);
    expect(describePackMigration(report, pack)).toContain('the target level is now called “Line lead”');
  });

  it('should name the nearest assessment and level when the session’s are gone, keeping every answer', () => {
    const pack = newPack((p) => {
      p.assessments = p.assessments.filter((assessment) => assessment.id !== 'full');
      p.levels = p.levels.filter((level) => level.id !== 'two');
      p.targets = p.targets.filter((target) => target.level !== 'two');
    });
    const log = changelogOf(
      change({
        removed: [
          { kind: 'assessment', id: 'full', replacedBy: null, reason: 'Only the quick check is kept.' },
          { kind: 'level', id: 'two', replacedBy: 'three', reason: 'Merged into the next rung.' },
        ],
      }),
    );
    const before = oldSession();
    const { session, report } = migrateSessionToPack(before, pack, log);
    expect(report.missingAssessment).toEqual({ id: 'full', nearest: 'quick' });
    expect(report.missingLevel).toEqual({ id: 'two', nearest: 'three' });
    expect(session.answers).toEqual(before.answers);
    expect(describeMissingTarget(report, pack)).toBe(
      'Version 2.0.0 of the pack no longer has the assessment “full” these answers were given for, nor the target level “two” chosen for this session. Every answer is kept.',
    );
  });

  it('should flag a question reworded after it was answered, and not one answered since', () => {
    const pack = newPack(() => undefined);
    const log = changelogOf(
      change({
        changed: [
          { kind: 'question', id: 'lean-self-1', fields: ['prompt'] },
          { kind: 'question', id: 'safety-scenario-1', fields: ['options', 'explanation'] },
          { kind: 'question', id: 'lean-self-2', fields: ['explanation'] },
        ],
      }),
    );
    const answeredSince = answerQuestion(oldSession(), 'safety-scenario-1', { kind: 'choice', optionId: 'b' }, at('2026-03-01'));
    const { report } = migrateSessionToPack(answeredSince, pack, log);
    expect(report.reworded).toEqual(['lean-self-1']);
    expect(describePackMigration(report, pack)).toBe(
      'Answered with version 1.0.0 of the pack, now version 2.0.0: 1 question was reworded since you answered it; your answers were carried over.',
    );
  });

  it('should let an answer given since the rename win over the one given to the old id', () => {
    const pack = newPack((p) => renameQuestion(p, 'lean-self-2', 'lean-kaizen-1'));
    const log = changelogOf(change({ renamed: [{ kind: 'question', from: 'lean-self-2', to: 'lean-kaizen-1', reason: 'A clearer id for it.' }] }));
    const since = answerQuestion(oldSession(), 'lean-kaizen-1', { kind: 'rating', value: 4 }, at('2026-03-01'));
    const { session } = migrateSessionToPack(since, pack, log);
    expect(session.answers['lean-kaizen-1']?.answer).toEqual({ kind: 'rating', value: 4 });
  });

  it('should match ids as they are, and say so, when the changelog has no path from the session’s version', () => {
    const pack = newPack((p) => renameQuestion(p, 'lean-self-2', 'lean-kaizen-1'));
    const { session, report } = migrateSessionToPack(oldSession(), pack, undefined);
    expect(report.unmapped).toBe(true);
    expect(session.packVersion).toBe('1.0.0');
    // No changelog, so no reason to give: the id is all there is.
    expect(report.retired).toEqual([{ kind: 'question', id: 'lean-self-2', parts: ['answer'], replacedBy: null, reason: null }]);
    expect(describePackMigration(report, pack)).toContain('has no record of what changed');
  });

  it('should change nothing for a session answered on the pack’s own version', () => {
    const pack = oldPack();
    const before = oldSession();
    expect(isCurrentOn(before, pack)).toBe(true);
    const { session, report } = migrateSessionToPack(before, pack, undefined);
    expect(session).toEqual(before);
    expect(describePackMigration(report, pack)).toBeNull();
  });
});

describe('migrateSessionToPack on the real packs', () => {
  const changelog = PackChangelogSchema.parse(JSON.parse(readFileSync(join(ASSESSMENTS_DIR, 'CHANGELOG.json'), 'utf8')));
  // The frozen copy is read as plain JSON: it need not pass today's pack schema, only say what 1.0.0 asked.
  const frozen = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'packs', 'industrial-production-manager-1.0.0.json'), 'utf8'),
  ) as { meta: { version: string }; assessments: { id: string; questionIds: string[] }[]; questions: { id: string; kind: string; options?: { id: string }[] }[] };
  const current = loadRealPacks().find(([, pack]) => pack.meta.id === changelog.pack)?.[1];

  it('should carry every answer of a quick 1.0.0 session over to the current version and flag the questions any version since reworded', () => {
    if (!current) throw new Error('the current pack should parse');
    expect(frozen.meta.version).toBe('1.0.0');
    let session: Session = { ...createSession({ id: 'old', profileId: 'me', pack: current, assessmentId: 'quick', targetLevel: 'plant-manager', now: at('2026-06-01') }), packVersion: '1.0.0' };
    const asked = frozen.assessments.find((assessment) => assessment.id === 'quick')?.questionIds ?? [];
    for (const id of asked) {
      const question = frozen.questions.find((candidate) => candidate.id === id);
      const option = question?.options?.[0]?.id;
      session = answerQuestion(session, id, option ? { kind: 'choice', optionId: option } : { kind: 'rating', value: 2 }, at('2026-06-01'));
    }
    const { session: migrated, report } = migrateSessionToPack(session, current, changelog);
    expect(report.retired).toEqual([]);
    expect(Object.keys(migrated.answers).sort()).toEqual(Object.keys(session.answers).sort());
    const rewordedInQuick = [
      ...new Set(
        changelog.versions
          .flatMap((version) => version.changed)
          .filter((entry) => entry.kind === 'question' && asked.includes(entry.id) && entry.fields.some((field) => field === 'prompt' || field === 'options'))
          .map((entry) => entry.id),
      ),
    ].sort();
    expect(report.reworded).toEqual(rewordedInQuick);
    expect(report.reworded.length).toBeGreaterThan(0);
    const retargetedAtPlant = competenciesRetargetedAt(changelog.versions, 'plant-manager');
    expect(report.retargeted).toEqual({ level: 'plant-manager', competencies: retargetedAtPlant });
    expect(describePackMigration(report, current)).toMatch(
      new RegExp(
        `^Answered with version 1\\.0\\.0 of the pack, now version ${current.meta.version.replaceAll('.', '\\.')}: ${report.reworded.length} questions were reworded since you answered them, ${retargetedAtPlant.length} targets for “Plant Manager” changed, so your gaps are measured against the new ones; your answers were carried over\\.$`,
      ),
    );
    expect(sessionInputOf(current, migrated).ok).toBe(true);
  });
});
