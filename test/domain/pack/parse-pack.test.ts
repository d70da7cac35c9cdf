import { describe, expect, it } from 'vitest';
import { countPack } from '@/domain/pack/count-pack';
import { parsePack } from '@/domain/pack/parse-pack';
import type { Pack } from '@/domain/pack/schema';
import { makeMiniPack } from '../../fixtures/mini-pack';

const problemsOf = (mutate: (pack: Pack) => void) => {
  const pack = makeMiniPack();
  mutate(pack);
  const result = parsePack(pack);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
};

describe('parsePack', () => {
  it('should accept a valid pack and return it typed', () => {
    const result = parsePack(makeMiniPack());
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not an object', 'just text'],
    ['null', null],
    ['an array', []],
  ])('should refuse %s with a problem, never throw', (_name, input) => {
    const result = parsePack(input);
    expect(result.ok).toBe(false);
  });

  it.each<[string, (pack: Pack) => void, { path: string; message: RegExp }]>([
    ['an unknown key', (pack) => Object.assign(pack.meta, { extra: 1 }), { path: 'meta', message: /unrecognized key/i }],
    ['a self-rating with four anchors', (pack) => { (pack.questions[0] as { anchors: string[] }).anchors.pop(); }, { path: 'questions[0].anchors', message: /exactly 5 items/ }],
    [
      'a scenario with two best answers',
      (pack) => { const q = pack.questions[4]; if (q?.kind === 'scenario') q.options[0]!.best = true; },
      { path: 'questions[4].options', message: /exactly one best answer/ },
    ],
    ['a quote of 40 words', (pack) => { pack.levels[0]!.provenance = { kind: 'quoted', seed: '003_85a5d47502eead95.txt', quote: 'word '.repeat(40) }; }, { path: 'levels[0].provenance.quote', message: /at most 30 words/ }],
    ['a bad seed name', (pack) => { pack.levels[0]!.provenance = { kind: 'quoted', seed: 'notes.txt', quote: 'a quote' }; }, { path: 'levels[0].provenance.seed', message: /seed file/ }],
    ['a question on an unknown competency', (pack) => { pack.questions[0]!.competency = 'ghost'; }, { path: 'questions[0].competency', message: /unknown competency "ghost"/ }],
    ['a target on an unknown competency', (pack) => { pack.targets[0]!.competency = 'ghost'; }, { path: 'targets[0].competency', message: /unknown competency "ghost"/ }],
    ['a target citing another level\'s focus area', (pack) => { pack.targets[0]!.focusArea = 'two-focus'; }, { path: 'targets[0].focusArea', message: /not a focus area of level "one"/ }],
    ['a certification building an unknown competency', (pack) => { pack.certifications[0]!.builds[0]!.competency = 'ghost'; }, { path: 'certifications[0].builds[0].competency', message: /unknown competency/ }],
    ['a certification for an unknown level', (pack) => { pack.certifications[0]!.suitsLevels.push('ghost'); }, { path: 'certifications[0].suitsLevels[3]', message: /unknown level/ }],
    ['a certification including an unknown one', (pack) => { pack.certifications[0]!.includes = ['ghost']; }, { path: 'certifications[0].includes[0]', message: /unknown certification "ghost"/ }],
    ['a certification including itself', (pack) => { pack.certifications[0]!.includes = [pack.certifications[0]!.id]; }, { path: 'certifications[0].includes[0]', message: /cannot include itself/ }],
    ['an assessment naming an unknown question', (pack) => { pack.assessments[0]!.questionIds.push('ghost'); }, { path: 'assessments[0].questionIds[3]', message: /unknown question/ }],
    ['a duplicate id', (pack) => { pack.questions[1]!.id = 'lean-self-1'; }, { path: 'questions[1]', message: /already used at questions\[0\]/ }],
    ['an orphan competency', (pack) => { pack.questions = pack.questions.filter((q) => q.competency !== 'safety'); pack.assessments.forEach((a) => { a.questionIds = a.questionIds.filter((id) => !id.startsWith('safety')); }); }, { path: 'competencies[1]', message: /no self-rating question/ }],
    ['a target that falls without a reason', (pack) => { pack.targets[3]!.expected = 0; }, { path: 'targets[3]', message: /falls from 1 to 0 without a dropReason/ }],
  ])('should refuse %s, saying where and why', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(problems).toContainEqual({ path: expected.path, message: expect.stringMatching(expected.message) });
  });

  it('should accept a falling target that says why', () => {
    const pack = makeMiniPack();
    pack.targets[3]!.expected = 0;
    pack.targets[3]!.dropReason = 'Delegated to a specialist team at this level.';
    expect(parsePack(pack).ok).toBe(true);
  });

  it('should report every problem at once', () => {
    const problems = problemsOf((pack) => {
      pack.questions[0]!.competency = 'ghost';
      pack.targets[0]!.competency = 'ghost';
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});

describe('countPack', () => {
  it('should count competencies by questionnaire, questions by kind, levels and certifications', () => {
    expect(countPack(makeMiniPack())).toEqual({
      competencies: 3,
      technical: 2,
      soft: 1,
      questions: 6,
      selfRating: 4,
      scenario: 2,
      levels: 3,
      certifications: 3,
    });
  });
});
