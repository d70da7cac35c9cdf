import * as z from '@/domain/zod';
import { minText } from '@/domain/zod';
import { IdSchema, ImportanceSchema, ScaleValueSchema } from './schema';

/** The file beside the packs in assessments/ that records what each pack version changed; it is not a pack. */
export const PACK_CHANGELOG_FILE = 'CHANGELOG.json';

const VersionSchema = z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version such as 2.0.0'));

/** The kinds of item a pack gives an id to. */
export const ChangelogItemKindSchema = z.enum([
  'level',
  'focusArea',
  'group',
  'competency',
  'developmentAction',
  'question',
  'assessment',
  'certification',
]);

const TargetStateSchema = z.strictObject({
  expected: ScaleValueSchema,
  importance: ImportanceSchema,
  focusArea: IdSchema,
});

export const PackChangeSchema = z.strictObject({
  version: VersionSchema,
  /** The version this one replaces: sessions taken on it are mapped with the lists below. */
  previous: VersionSchema,
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-12-02')),
  summary: minText(10),
  added: z.array(z.strictObject({ kind: ChangelogItemKindSchema, id: IdSchema })),
  /** An item kept under a new id: answers and plans given against `from` carry over to `to`. */
  renamed: z.array(z.strictObject({ kind: ChangelogItemKindSchema, from: IdSchema, to: IdSchema, reason: minText(10) })),
  /** An item gone: answers to it no longer count; `replacedBy` names what takes its place, when something does. */
  removed: z.array(
    z.strictObject({ kind: ChangelogItemKindSchema, id: IdSchema, replacedBy: z.nullable(IdSchema), reason: minText(10) }),
  ),
  /** A level × competency expectation that changed (a new competency's targets come with it, under `added`). */
  retargeted: z.array(
    z.strictObject({
      level: IdSchema,
      competency: IdSchema,
      from: TargetStateSchema,
      to: TargetStateSchema,
      reason: minText(10),
    }),
  ),
  /** An item kept under its id whose content changed: which top-level fields. An old answer to it may mean something else now. */
  changed: z.array(z.strictObject({ kind: ChangelogItemKindSchema, id: IdSchema, fields: z.array(minText(1)).check(z.minLength(1)) })),
});

export const PackChangelogSchema = z.strictObject({
  type: z.literal('rungs/pack-changelog'),
  /** The pack's meta.id. */
  pack: IdSchema,
  /** Newest first. */
  versions: z.array(PackChangeSchema).check(z.minLength(1)),
});

export type PackChange = z.infer<typeof PackChangeSchema>;
export type PackChangelog = z.infer<typeof PackChangelogSchema>;
export type ChangelogItemKind = z.infer<typeof ChangelogItemKindSchema>;
