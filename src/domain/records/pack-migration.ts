import type { ChangelogItemKind, PackChange, PackChangelog } from '@/domain/pack/changelog';
import type { Pack, Question } from '@/domain/pack/schema';
import type { Answer } from '@/domain/scoring/answer';
import type { Session, StoredAnswer } from './schema';

/*
 * Opening a session answered on an older version of its pack. The changelog's renames are applied to the session's
 * answers, evidence, mentor ratings and notes; whatever the pack no longer has stays stored under its old id and is
 * listed as retired, never dropped. The stored record is not rewritten: the mapping is applied each time the session
 * is read (it is cheap and deterministic), so a later changelog fix still reaches old sessions, and an older build
 * reading the same record still finds its own ids.
 */

/** A question whose text or choices changed: an answer given before may have been given to different words. */
export const REWORDING_FIELDS: readonly string[] = ['prompt', 'options'];

const DAY_MS = 86_400_000;

export type RetiredPart = 'answer' | 'evidence' | 'mentor rating' | 'mentor note';

/** Something the session holds that the pack no longer asks or rates: kept with the session under its old id. */
export interface RetiredItem {
  kind: 'question' | 'competency';
  id: string;
  parts: RetiredPart[];
  /** What the changelog says replaces it, when something does and it could not take the data over. */
  replacedBy: string | null;
  /** Why the changelog says it went, when a version removed it (an answer whose choice a question no longer offers has none). */
  reason: string | null;
}

export interface PackMigrationReport {
  fromVersion: string;
  toVersion: string;
  /** No run of changelog entries leads from the session's version to the pack's: ids were matched as they are. */
  unmapped: boolean;
  /** Questions and competencies whose data now sits under a new id. */
  renamed: { kind: 'question' | 'competency'; from: string; to: string }[];
  /** Competencies removed in favour of another that took over their evidence, ratings and notes. */
  merged: { from: string; into: string }[];
  /** Questions (under their current id) answered before their text or choices changed: the answer still counts. */
  reworded: string[];
  /** The competencies whose target at the session's level changed in value or importance, or null when none did. */
  retargeted: { level: string; competencies: string[] } | null;
  retired: RetiredItem[];
  /** Answers to questions the pack still has but the session's assessment no longer asks: kept, not counted. */
  notAsked: string[];
  /** The assessment or target level, when it was renamed and the session follows it. */
  assessment: { from: string; to: string } | null;
  level: { from: string; to: string } | null;
  /** The assessment or level the session names that the pack has no more, with the one closest to it. */
  missingAssessment: { id: string; nearest: string | null } | null;
  missingLevel: { id: string; nearest: string | null } | null;
}

export interface PackMigration {
  session: Session;
  report: PackMigrationReport;
}

/** The changelog entries that lead from one version to another, oldest first; null when no run of them does. */
export function changesBetween(changelog: PackChangelog | undefined, from: string, to: string): PackChange[] | null {
  if (from === to) return [];
  if (!changelog) return null;
  const steps: PackChange[] = [];
  let at = from;
  while (at !== to) {
    const next = changelog.versions.find((change) => change.previous === at);
    // A loop in a hand-edited changelog must not hang the screen.
    if (!next || steps.includes(next)) return null;
    steps.push(next);
    at = next.version;
  }
  return steps;
}

interface Mapped {
  id: string;
  /** Renamed at some step. */
  renamed: boolean;
  /** Removed at some step with `replacedBy`, which took its place. */
  replaced: boolean;
  /** Removed with nothing in its place: the id where it was last known. */
  removed: boolean;
  replacedBy: string | null;
  /** The changelog's reason for the last removal on the way (with or without a replacement). */
  reason: string | null;
}

/** Follows one id through the steps: renamed, replaced, or removed. */
function mapId(steps: readonly PackChange[], kind: ChangelogItemKind, id: string): Mapped {
  let current = id;
  let renamed = false;
  let replaced = false;
  let reason: string | null = null;
  for (const step of steps) {
    const rename = step.renamed.find((entry) => entry.kind === kind && entry.from === current);
    if (rename) {
      current = rename.to;
      renamed = true;
      continue;
    }
    const removal = step.removed.find((entry) => entry.kind === kind && entry.id === current);
    if (removal) {
      if (removal.replacedBy === null) return { id: current, renamed, replaced, removed: true, replacedBy: null, reason: removal.reason };
      current = removal.replacedBy;
      replaced = true;
      reason = removal.reason;
    }
  }
  return { id: current, renamed, replaced, removed: false, replacedBy: null, reason };
}

/** Whether an answer can stand for this question: a rating for a self-rating, a choice it still offers. */
function answerFits(question: Question, answer: Answer): boolean {
  switch (answer.kind) {
    case 'notSure':
      return true;
    case 'notApplicable':
      return question.allowNotApplicable === true;
    case 'rating':
      return question.kind === 'selfRating';
    case 'choice':
      return question.kind === 'scenario' && question.options.some((option) => option.id === answer.optionId);
  }
}

/** Whether any step reworded this question (under the id it had then) after the answer was given. */
function rewordedSince(steps: readonly PackChange[], originalId: string, stored: StoredAnswer): boolean {
  let current = originalId;
  for (const step of steps) {
    const rename = step.renamed.find((entry) => entry.kind === 'question' && entry.from === current);
    if (rename) current = rename.to;
    // The changelog dates a version by day: an answer given up to the end of that day may have seen the old words.
    const answeredBefore = stored.at < Date.parse(`${step.date}T00:00:00Z`) + DAY_MS;
    const reworded = step.changed.some(
      (entry) => entry.kind === 'question' && entry.id === current && entry.fields.some((field) => REWORDING_FIELDS.includes(field)),
    );
    if (reworded && answeredBefore) return true;
  }
  return false;
}

const words = (id: string) => new Set(id.split('-'));
/** How alike two ids read: words in common over words in either ("senior-plant-manager" is nearer "plant-manager" than "senior-production-manager"). */
const sharedWords = (a: string, b: string) => {
  const shared = [...words(a)].filter((word) => words(b).has(word)).length;
  return shared / (words(a).size + words(b).size - shared);
};

/** The assessment that asks most of the answered questions; the one whose id is closest breaks a tie. */
function nearestAssessment(pack: Pack, missingId: string, replacedBy: string | null, answered: ReadonlySet<string>): string | null {
  if (replacedBy && pack.assessments.some((assessment) => assessment.id === replacedBy)) return replacedBy;
  let best: { id: string; score: [number, number] } | null = null;
  for (const assessment of pack.assessments) {
    const score: [number, number] = [assessment.questionIds.filter((id) => answered.has(id)).length, sharedWords(assessment.id, missingId)];
    if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) best = { id: assessment.id, score };
  }
  return best?.id ?? null;
}

/** The level named as its replacement, else the one whose id shares most words with it, else the first rung. */
function nearestLevel(pack: Pack, missingId: string, replacedBy: string | null): string | null {
  if (replacedBy && pack.levels.some((level) => level.id === replacedBy)) return replacedBy;
  let best: { id: string; score: number } | null = null;
  for (const level of pack.levels) {
    const score = sharedWords(level.id, missingId);
    if (!best || score > best.score) best = { id: level.id, score };
  }
  return best?.id ?? null;
}

function retire(retired: Map<string, RetiredItem>, kind: RetiredItem['kind'], id: string, part: RetiredPart, replacedBy: string | null, reason: string | null) {
  const key = `${kind}:${id}`;
  const item = retired.get(key) ?? { kind, id, parts: [], replacedBy, reason };
  if (!item.parts.includes(part)) item.parts.push(part);
  item.replacedBy ??= replacedBy;
  item.reason ??= reason;
  retired.set(key, item);
}

/** Entries already under an id the pack has go first, so data given since the update wins over what is mapped onto it. */
function currentFirst<T>(record: Readonly<Record<string, T>>, known: ReadonlySet<string>): [string, T][] {
  const entries = Object.entries(record);
  return [...entries.filter(([id]) => known.has(id)), ...entries.filter(([id]) => !known.has(id))];
}

/**
 * The session as the pack now reads it, and a report of what was carried, reworded and retired. Every answer,
 * evidence note, mentor rating and note ends up either under the id that now stands for it or, kept under its own
 * id, in `report.retired`.
 */
export function migrateSessionToPack(session: Session, pack: Pack, changelog: PackChangelog | undefined): PackMigration {
  const steps = changesBetween(changelog, session.packVersion, pack.meta.version);
  const path = steps ?? [];
  const questions = new Map(pack.questions.map((question) => [question.id, question]));
  const competencies = new Set(pack.competencies.map((competency) => competency.id));
  const retired = new Map<string, RetiredItem>();
  const renamed: PackMigrationReport['renamed'] = [];
  const merged: PackMigrationReport['merged'] = [];
  const reworded = new Set<string>();
  const noteRename = (kind: 'question' | 'competency', from: string, to: string) => {
    if (!renamed.some((entry) => entry.kind === kind && entry.from === from)) renamed.push({ kind, from, to });
  };

  const answers: Session['answers'] = {};
  /** Which stored id each carried answer came from. */
  const carried = new Map<string, string>();
  for (const [id, stored] of currentFirst(session.answers, new Set(questions.keys()))) {
    const mapped = mapId(path, 'question', id);
    const question = mapped.removed ? undefined : questions.get(mapped.id);
    if (!question || !answerFits(question, stored.answer)) {
      retire(retired, 'question', id, 'answer', mapped.replaced ? mapped.id : mapped.replacedBy, mapped.reason);
      // Under an id the pack still asks, an answer that no longer fits would be scored: the stored record keeps it.
      if (!questions.has(id)) answers[id] = stored;
      continue;
    }
    const existing = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const origin = carried.get(question.id);
    if (existing && origin !== undefined) {
      if (origin !== question.id || id === question.id || mapped.replaced) {
        // Two questions now stand for one: the first keeps the place, the other stays stored and listed.
        retire(retired, 'question', id, 'answer', question.id, mapped.reason);
        if (!questions.has(id)) answers[id] = stored;
        continue;
      }
      // An answer given to the question since (under its new id) supersedes the one given to the old wording.
      if (existing.at >= stored.at) {
        noteRename('question', id, question.id);
        continue;
      }
    }
    answers[question.id] = stored;
    carried.set(question.id, id);
    if (question.id !== id) noteRename('question', id, question.id);
    if (mapped.replaced || rewordedSince(path, id, stored)) reworded.add(question.id);
    else reworded.delete(question.id);
  }

  const byCompetency = <T>(record: Readonly<Record<string, T>>, part: RetiredPart): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const [id, value] of currentFirst(record, competencies)) {
      const mapped = mapId(path, 'competency', id);
      const target = !mapped.removed && competencies.has(mapped.id) ? mapped.id : null;
      if (target === null || (target !== id && Object.hasOwn(out, target))) {
        // Nowhere to go, or its replacement already holds its own: kept as it was, and listed.
        retire(retired, 'competency', id, part, mapped.replaced ? mapped.id : mapped.replacedBy, mapped.reason);
        out[id] = value;
        continue;
      }
      out[target] = value;
      if (target === id) continue;
      if (mapped.replaced) {
        if (!merged.some((entry) => entry.from === id)) merged.push({ from: id, into: target });
      } else noteRename('competency', id, target);
    }
    return out;
  };
  const evidence = byCompetency(session.evidence, 'evidence');
  const mentorRatings = byCompetency(session.mentorRatings, 'mentor rating');
  const mentorNotes = byCompetency(session.mentorNotes, 'mentor note');

  const assessmentMap = mapId(path, 'assessment', session.assessmentId);
  const assessmentFound = !assessmentMap.removed && !assessmentMap.replaced && pack.assessments.some((a) => a.id === assessmentMap.id);
  const levelMap = mapId(path, 'level', session.targetLevel);
  const levelFound = !levelMap.removed && !levelMap.replaced && pack.levels.some((level) => level.id === levelMap.id);
  const answered = new Set(Object.keys(answers).filter((id) => questions.has(id)));
  const replacement = (mapped: Mapped) => (mapped.replaced ? mapped.id : mapped.replacedBy);
  const asked = new Set(pack.assessments.find((assessment) => assessment.id === assessmentMap.id)?.questionIds ?? []);

  const levelIds = new Set([session.targetLevel, levelMap.id]);
  const retargeted = new Set(
    path.flatMap((step) =>
      step.retargeted
        .filter((entry) => levelIds.has(entry.level) && (entry.from.expected !== entry.to.expected || entry.from.importance !== entry.to.importance))
        .map((entry) => entry.competency),
    ),
  );

  const report: PackMigrationReport = {
    fromVersion: session.packVersion,
    toVersion: pack.meta.version,
    unmapped: steps === null,
    renamed,
    merged,
    reworded: [...reworded].sort(),
    retargeted: retargeted.size > 0 ? { level: levelFound ? levelMap.id : session.targetLevel, competencies: [...retargeted].sort() } : null,
    retired: [...retired.values()],
    notAsked: assessmentFound ? [...answered].filter((id) => !asked.has(id)).sort() : [],
    assessment: assessmentFound && assessmentMap.id !== session.assessmentId ? { from: session.assessmentId, to: assessmentMap.id } : null,
    level: levelFound && levelMap.id !== session.targetLevel ? { from: session.targetLevel, to: levelMap.id } : null,
    missingAssessment: assessmentFound
      ? null
      : { id: session.assessmentId, nearest: nearestAssessment(pack, session.assessmentId, replacement(assessmentMap), answered) },
    missingLevel: levelFound ? null : { id: session.targetLevel, nearest: nearestLevel(pack, session.targetLevel, replacement(levelMap)) },
  };
  return {
    session: {
      ...session,
      packVersion: steps === null ? session.packVersion : pack.meta.version,
      assessmentId: assessmentFound ? assessmentMap.id : session.assessmentId,
      targetLevel: levelFound ? levelMap.id : session.targetLevel,
      answers,
      evidence,
      mentorRatings,
      mentorNotes,
    },
    report,
  };
}
