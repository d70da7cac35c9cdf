import { z } from 'zod';
import { isReservedKey, ITEM_KEY_PATTERN, RECORD_ID_PATTERN } from '@/domain/guards';
import { AnswerSchema, RatingBasisSchema } from '@/domain/scoring/answer';
import { PROFILE_TYPE, RECORD_VERSION, SESSION_TYPE } from './constants';

/** Ids of pack items (kebab-case) as record keys; keys that could reach a prototype never pass. */
export const ItemKeySchema = z
  .string()
  .regex(ITEM_KEY_PATTERN)
  .refine((key) => !isReservedKey(key), 'a reserved name');

/** Ids the app makes for profiles and sessions. */
export const RecordIdSchema = z
  .string()
  .regex(RECORD_ID_PATTERN)
  .refine((key) => !isReservedKey(key), 'a reserved name');

const IsoDateSchema = z.iso.datetime();
/** A calendar day, as a date input gives it. */
const DaySchema = z.iso.date();

/** One answer and when it was given: per-answer times let two tabs merge without losing either. */
export const StoredAnswerSchema = z.strictObject({
  answer: AnswerSchema,
  /** ms since epoch */
  at: z.number().int().nonnegative(),
});


export const SessionSchema = z.strictObject({
  type: z.literal(SESSION_TYPE),
  version: z.literal(RECORD_VERSION),
  id: RecordIdSchema,
  profileId: RecordIdSchema,
  packId: ItemKeySchema,
  packVersion: z.string().max(32),
  assessmentId: ItemKeySchema,
  targetLevel: ItemKeySchema,
  basis: RatingBasisSchema,
  startedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  completedAt: IsoDateSchema.nullable(),
  /** The screen the person was on, so a reload resumes exactly there. */
  step: z.number().int().min(0).max(10_000),
  answers: z.record(ItemKeySchema, StoredAnswerSchema),
  /** Per competency: an example where the person did this (situation, task, action, result). */
  evidence: z.record(ItemKeySchema, z.string().max(4000)),
  mentorRatings: z.record(ItemKeySchema, z.number().int().min(0).max(4)),
  mentorNotes: z.record(ItemKeySchema, z.string().max(4000)),
  /** Bumped on every change; the higher revision wins when two copies meet. */
  revision: z.number().int().nonnegative(),
  /**
   * Set when an import brought a different copy of the session with this id: both are kept, this one under
   * a new id, so nothing is overwritten silently.
   */
  conflictOf: RecordIdSchema.nullable(),
});

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;

/** One agreed step in a mentee's action plan. */
export const ActionSchema = z.strictObject({
  id: RecordIdSchema,
  title: z.string().trim().min(1).max(300),
  /** The competency it works on, when it came from the development plan. */
  competencyId: ItemKeySchema.nullable(),
  owner: z.string().trim().max(80),
  due: DaySchema.nullable(),
  status: z.enum(ACTION_STATUSES),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});

export const ProfileSchema = z.strictObject({
  type: z.literal(PROFILE_TYPE),
  version: z.literal(RECORD_VERSION),
  id: RecordIdSchema,
  name: z.string().trim().min(1).max(120),
  /** The level the person holds now, if any. */
  currentLevel: ItemKeySchema.nullable(),
  years: z.number().min(0).max(60).nullable(),
  targetLevel: ItemKeySchema.nullable(),
  createdAt: IsoDateSchema,
  archivedAt: IsoDateSchema.nullable(),
  updatedAt: IsoDateSchema,
  actions: z.array(ActionSchema).max(5000),
  revision: z.number().int().nonnegative(),
});

export type StoredAnswer = z.infer<typeof StoredAnswerSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionStatus = Action['status'];
