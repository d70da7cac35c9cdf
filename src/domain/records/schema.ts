import * as z from '@/domain/zod';
import { wholeNumber } from '@/domain/zod';
import { isReservedKey, ITEM_KEY_PATTERN, RECORD_ID_PATTERN } from '@/domain/guards';
import { RatingBasisSchema } from '@/domain/scoring/answer';
import { isStoredAnswer, type StoredAnswer } from './stored-answer';
import { PROFILE_FIELDS, PROFILE_TYPE, PROFILE_VERSION, SESSION_TYPE, SESSION_VERSION, type ProfileField } from './constants';

/** Ids of pack items (kebab-case) as record keys; keys that could reach a prototype never pass. */
export const ItemKeySchema = z.string().check(
  z.regex(ITEM_KEY_PATTERN),
  z.refine((key) => !isReservedKey(key), 'a reserved name'),
);

/** The same rule as ItemKeySchema as one check: used where a session holds hundreds of keys. */
const FastItemKeySchema = z.custom<string>((key) => typeof key === 'string' && ITEM_KEY_PATTERN.test(key) && !isReservedKey(key), 'not a valid id');

/** Ids the app makes for profiles and sessions. */
export const RecordIdSchema = z.string().check(
  z.regex(RECORD_ID_PATTERN),
  z.refine((key) => !isReservedKey(key), 'a reserved name'),
);

const IsoDateSchema = z.iso.datetime();
/** A calendar day, as a date input gives it. */
const DaySchema = z.iso.date();
/** A mentor's note or a piece of evidence. */
const NoteSchema = z.string().check(z.maxLength(4000));
/** A record's revision: see Session.revision. */
const RevisionSchema = wholeNumber(0);

/**
 * One answer and when it was given: per-answer times let two tabs merge without losing either. Checked by hand
 * (stored-answer.ts): the same rules as a strict object, at a fraction of the cost over thousands of sessions.
 */
const STORED_ANSWER_PROBLEM = 'not a valid answer (a rating 0-4, a choice, not sure or not applicable, and when)';
export const StoredAnswerSchema = z.custom<StoredAnswer>(isStoredAnswer, STORED_ANSWER_PROBLEM);

export const SessionSchema = z.strictObject({
  type: z.literal(SESSION_TYPE),
  version: z.literal(SESSION_VERSION),
  id: RecordIdSchema,
  profileId: RecordIdSchema,
  packId: ItemKeySchema,
  packVersion: z.string().check(z.maxLength(32)),
  assessmentId: ItemKeySchema,
  targetLevel: ItemKeySchema,
  basis: RatingBasisSchema,
  startedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  completedAt: z.nullable(IsoDateSchema),
  /** The screen the person was on, so a reload resumes exactly there. */
  step: wholeNumber(0, 10_000),
  answers: z.record(FastItemKeySchema, StoredAnswerSchema),
  /** Per competency: an example where the person did this (situation, task, action, result). */
  evidence: z.record(ItemKeySchema, NoteSchema),
  mentorRatings: z.record(ItemKeySchema, wholeNumber(0, 4)),
  mentorNotes: z.record(ItemKeySchema, NoteSchema),
  /** Bumped on every change; the higher revision wins when two copies meet. */
  revision: RevisionSchema,
  /**
   * Set when an import brought a different copy of the session with this id: both are kept, this one under
   * a new id, so nothing is overwritten silently.
   */
  conflictOf: z.nullable(RecordIdSchema),
});

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;

/** One agreed step in a mentee's action plan. */
export const ActionSchema = z.strictObject({
  id: RecordIdSchema,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** The competency it works on, when it came from the development plan. */
  competencyId: z.nullable(ItemKeySchema),
  owner: z.string().check(z.trim(), z.maxLength(80)),
  due: z.nullable(DaySchema),
  status: z.enum(ACTION_STATUSES),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});

export { PROFILE_FIELDS, type ProfileField } from './constants';

const MAX_ACTIONS = 5000;

export const ProfileSchema = z.strictObject({
  type: z.literal(PROFILE_TYPE),
  version: z.literal(PROFILE_VERSION),
  id: RecordIdSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  /** The level the person holds now, if any. */
  currentLevel: z.nullable(ItemKeySchema),
  years: z.nullable(z.number().check(z.minimum(0), z.maximum(60))),
  targetLevel: z.nullable(ItemKeySchema),
  createdAt: IsoDateSchema,
  archivedAt: z.nullable(IsoDateSchema),
  /**
   * Set when the person was deleted: the record stays, emptied, as a marker, so a tab that still shows them cannot
   * bring them back by saving; Undo clears it. Deleted people are never shown, exported or counted.
   */
  deletedAt: z.nullable(IsoDateSchema),
  updatedAt: IsoDateSchema,
  /** When each field last changed: two tabs editing different fields of one person both keep their change. */
  changedAt: z.strictObject(Object.fromEntries(PROFILE_FIELDS.map((field) => [field, IsoDateSchema])) as Record<ProfileField, typeof IsoDateSchema>),
  actions: z.array(ActionSchema).check(z.maxLength(MAX_ACTIONS)),
  /** Ids of actions removed, and when: a copy still holding one cannot bring it back. */
  removedActions: z
    .record(RecordIdSchema, IsoDateSchema)
    .check(z.refine((removed) => Object.keys(removed).length <= MAX_ACTIONS, `at most ${MAX_ACTIONS} removed actions`)),
  revision: RevisionSchema,
});

export type { StoredAnswer } from './stored-answer';
export type Session = z.infer<typeof SessionSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionStatus = Action['status'];
