// Part of `npm run bench`, run with tsx: times the scoring engine on the real pack and, given a path, writes the
// 200 mentees × 12 sessions it timed as IndexedDB records ([key, value] pairs) for the Mentees dashboard measure.
// Records are made by the domain's own constructors and checked by its restore functions, so a change of the
// record format shows here as a clear error instead of a dashboard that silently ignores the data.
// Prints one JSON object on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { parsePack } from '@/domain/pack/parse-pack';
import type { Pack } from '@/domain/pack/schema';
import { serializeBundle } from '@/domain/records/bundle';
import { questionIdIndexer } from '@/domain/records/packed-answers';
import { createProfile } from '@/domain/records/profile';
import { restoreProfile, restoreSession } from '@/domain/records/restore';
import type { Profile, Session } from '@/domain/records/schema';
import { answerQuestion, answersOf, completeSession, createSession } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';
import { scoreSession, type SessionInput } from '@/domain/score-session';
import { summarizeSession } from '@/domain/scoring/summary';
import { withQuestionIdList } from '@/domain/records/question-id-list';
import { profileKey, QUESTION_ID_LIST_KEY, sessionKey } from '@/store/storage-keys';
import { seededRandom } from '../../test/fixtures/seeded-random';

const PACK_FILE = new URL('../../assessments/industrial-production-manager.json', import.meta.url);
const PROFILES = 200;
const SESSIONS_PER_PROFILE = 12;
const SEED = 20_240_601;
const START = Date.UTC(2024, 0, 8, 9, 0, 0);
const DAY = 86_400_000;

function loadPack(): Pack {
  const result = parsePack(JSON.parse(readFileSync(PACK_FILE, 'utf8')));
  if (!result.ok) throw new Error(`the pack does not parse: ${JSON.stringify(result.error).slice(0, 500)}`);
  return result.value;
}

/**
 * Mentees at different stages: each has a skill level that rises a little session by session, answers about 90 % of
 * the full assessment (some "Not sure", some skipped), and has completed every session but the latest.
 */
function makeRecords(pack: Pack) {
  const next = seededRandom(SEED);
  const full = pack.assessments.find((assessment) => assessment.id === 'full') ?? pack.assessments[0]!;
  const questions = new Map(pack.questions.map((question) => [question.id, question]));
  const levels = pack.levels.map((level) => level.id);
  const profiles: Profile[] = [];
  const sessions: Session[] = [];
  for (let p = 0; p < PROFILES; p += 1) {
    const id = `mentee-${String(p + 1).padStart(3, '0')}`;
    const current = Math.floor(next() * (levels.length - 1));
    const created = new Date(START + p * 3_600_000);
    profiles.push(
      createProfile(
        id,
        { name: `Mentee ${p + 1}`, currentLevel: levels[current]!, years: Math.round(next() * 25), targetLevel: levels[current + 1]! },
        created,
      ),
    );
    const skill = 0.5 + next() * 2.5;
    for (let s = 0; s < SESSIONS_PER_PROFILE; s += 1) {
      let at = START + p * 3_600_000 + s * 30 * DAY;
      let session = createSession({
        id: `${id}-s${String(s + 1).padStart(2, '0')}`,
        profileId: id,
        pack,
        assessmentId: full.id,
        targetLevel: levels[current + 1]!,
        now: new Date(at),
      });
      for (const questionId of full.questionIds) {
        const question = questions.get(questionId)!;
        const roll = next();
        if (roll < 0.05) continue;
        at += 7_000;
        let answer: Answer;
        if (roll < 0.12) answer = { kind: 'notSure' };
        else if (question.kind === 'selfRating') {
          const value = Math.round(skill + s * 0.08 + (next() - 0.5) * 2);
          answer = { kind: 'rating', value: Math.max(0, Math.min(4, value)) };
        } else {
          const best = question.options.find((option) => option.best)!;
          answer = { kind: 'choice', optionId: next() < skill / 4 ? best.id : question.options[Math.floor(next() * question.options.length)]!.id };
        }
        session = answerQuestion(session, questionId, answer, new Date(at));
      }
      if (s < SESSIONS_PER_PROFILE - 1) session = completeSession(session, new Date(at + 60_000));
      sessions.push(session);
    }
  }
  return { profiles, sessions, questionIds: full.questionIds };
}

/** Mean milliseconds per call of `work` over `iterations`, after `warmup` calls so the JIT has settled. */
function time(work: () => void, iterations: number, warmup: number) {
  for (let i = 0; i < warmup; i += 1) work();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) work();
  return { meanMs: (performance.now() - start) / iterations, iterations };
}

const pack = loadPack();
const { profiles, sessions, questionIds } = makeRecords(pack);
const inputs: SessionInput[] = sessions.map((session) => ({
  pack,
  questionIds,
  answers: answersOf(session),
  targetLevel: session.targetLevel,
  basis: session.basis,
  mentorRatings: session.mentorRatings,
}));

const results = {
  sessions: inputs.length,
  oneSession: time(() => scoreSession(inputs[0]!), 200, 50),
  summaries: time(() => {
    for (const input of inputs) summarizeSession(input);
  }, 20, 3),
  fullResults: time(() => {
    for (const input of inputs) scoreSession(input);
  }, 3, 1),
  /** What "Export all" writes for these mentees: the file a mentor carries to another browser. */
  exportAllBytes: Buffer.byteLength(serializeBundle({ profiles, sessions, exportedAt: new Date(START) })),
  recordsFile: null as string | null,
};

const recordsFile = process.argv[2];
if (recordsFile) {
  // As the app stores them: sessions in format 4, their question ids indices into the list stored beside them (the
  // storage adapter's questionIdIndexer, as an import of them all in one transaction writes them).
  const indexer = questionIdIndexer(undefined);
  const stored = sessions.map((session) => [sessionKey(session.id), indexer.storedForm(session)] as const);
  const list = indexer.grownList();
  const problems = [
    ...profiles.map((profile) => restoreProfile(profile)),
    ...stored.map(([, session]) => restoreSession(withQuestionIdList(structuredClone(session), list))),
  ].filter((result) => !result.ok);
  if (problems.length > 0) throw new Error(`generated records do not restore (${problems.length}): ${JSON.stringify(problems[0]).slice(0, 500)}`);
  const records = [...profiles.map((profile) => [profileKey(profile.id), profile] as const), ...stored, [QUESTION_ID_LIST_KEY, list] as const];
  writeFileSync(recordsFile, JSON.stringify(records));
  results.recordsFile = recordsFile;
}

console.log(JSON.stringify(results));
