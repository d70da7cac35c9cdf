import * as z from '@/domain/zod';
import { minText, wholeNumber } from '@/domain/zod';

const positive = z.number().check(z.positive());

/** Ids are kebab-case so they read well in URLs, exports and explanations. */
export const IdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "lean-manufacturing"'));

/** A seed document's file name, as it sits in shared/seeds/. */
export const SeedFileSchema = z.string().check(z.regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/, 'a seed file name such as "003_85a5d47502eead95.txt"'));

export const MAX_QUOTE_WORDS = 30;

const countWords = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Where an item comes from. "quoted" items cite a short exact phrase of a seed document;
 * "authored" items are written by the pack's authors where the documents are thin, and say why.
 */
export const ProvenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('quoted'),
    seed: SeedFileSchema,
    quote: z
      .string()
      .check(
        z.minLength(3),
        z.refine((quote) => countWords(quote) <= MAX_QUOTE_WORDS, `a quote is at most ${MAX_QUOTE_WORDS} words: cite, never copy`),
      ),
  }),
  z.strictObject({
    kind: z.literal('authored'),
    rationale: minText(10),
  }),
]);

export const ScaleValueSchema = wholeNumber(0, 4);

export const ScalePointSchema = z.strictObject({
  value: ScaleValueSchema,
  label: minText(1),
  meaning: minText(1),
});

export const ScaleSchema = z
  .strictObject({
    points: z.array(ScalePointSchema).check(z.length(5)),
    notSureLabel: minText(1),
    notSureMeaning: minText(1),
  })
  .check(
    z.refine((scale) => scale.points.every((point, index) => point.value === index), {
      message: 'scale points are listed in order 0, 1, 2, 3, 4',
      path: ['points'],
    }),
  );

/** A salary figure from another source than the level's main one, kept beside it so a reader sees both. */
export const OtherSalaryFigureSchema = z.strictObject({
  /** What the figure is, e.g. "Operations manager, average (Glassdoor, August 2022)". */
  label: minText(3),
  statistic: z.enum(['median', 'average']),
  amount: positive,
  /** Where it comes from, in words: source and date. */
  source: minText(3),
  provenance: ProvenanceSchema,
});

export const SalarySchema = z.strictObject({
  currency: z.literal('USD'),
  usMedian: positive,
  usAverage: positive,
  provenance: ProvenanceSchema,
  /** Figures from other sources that disagree with usMedian/usAverage; shown beside them, never averaged in. */
  otherFigures: z.optional(z.array(OtherSalaryFigureSchema)),
  /** One or two sentences, shown with the figures: that the sources differ, and how. */
  caveat: z.optional(minText(10)),
});

export const FocusAreaSchema = z.strictObject({
  id: IdSchema,
  text: minText(3),
  provenance: ProvenanceSchema,
});

export const LevelSchema = z.strictObject({
  id: IdSchema,
  title: minText(1),
  years: z.strictObject({
    min: wholeNumber(0),
    /** null: open-ended ("25+ years"). */
    max: z.nullable(wholeNumber(1)),
  }),
  summary: minText(10),
  provenance: ProvenanceSchema,
  focusAreas: z.array(FocusAreaSchema).check(z.minLength(1)),
  salary: SalarySchema,
});

export const QuestionnaireIdSchema = z.enum(['technical', 'soft']);

export const GroupSchema = z.strictObject({
  id: IdSchema,
  questionnaire: QuestionnaireIdSchema,
  title: minText(1),
  description: minText(1),
  /**
   * An optional specialisation module: its competencies are asked, scored and shown with their targets, but never
   * count towards a level's readiness, gaps, certifications or plan.
   */
  optional: z.optional(z.boolean()),
});

/** Days a development action's first step takes: it fits the plan's 30-, 60- or 90-day slot. */
export const ActionDurationSchema = z.union([z.literal(30), z.literal(60), z.literal(90)]);

export const DevelopmentActionSchema = z.strictObject({
  id: IdSchema,
  text: minText(10),
  /** The levels whose scope the action fits; the plan offers it only to people aiming at one of them. Absent: every level. */
  levels: z.optional(z.array(IdSchema).check(z.minLength(1))),
  /** Days its first step takes, so the plan puts it in a slot it fits. Absent: 90. */
  duration: z.optional(ActionDurationSchema),
  provenance: ProvenanceSchema,
});

export const CompetencySchema = z.strictObject({
  id: IdSchema,
  group: IdSchema,
  title: minText(1),
  description: minText(10),
  provenance: ProvenanceSchema,
  developmentActions: z.array(DevelopmentActionSchema).check(z.minLength(2)),
});

export const SelfRatingQuestionSchema = z.strictObject({
  id: IdSchema,
  kind: z.literal('selfRating'),
  competency: IdSchema,
  prompt: minText(10),
  /**
   * Relative weight inside its competency's score, a whole number 1–5; 1 when absent. Whole numbers keep every sum
   * exact, so scores cannot depend on the order answers are read in.
   */
  weight: z.optional(wholeNumber(1, 5)),
  /** One behavioural anchor per scale point, index = scale value (0..4). */
  anchors: z.array(minText(10)).check(z.length(5)),
  /** Offer "Not applicable to my workplace": counted and reported, and like "Not sure" it leaves the question unanswered. */
  allowNotApplicable: z.optional(z.boolean()),
  provenance: ProvenanceSchema,
});

export const ScenarioOptionSchema = z.strictObject({
  id: IdSchema,
  text: minText(3),
  best: z.boolean(),
});

export const ScenarioQuestionSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.literal('scenario'),
    competency: IdSchema,
    prompt: minText(10),
    options: z.array(ScenarioOptionSchema).check(z.minLength(3), z.maxLength(5)),
    explanation: minText(10),
    /** Offer "Not applicable to my workplace": counted and reported, and like "Not sure" it leaves the question unanswered. */
    allowNotApplicable: z.optional(z.boolean()),
    provenance: ProvenanceSchema,
  })
  .check(
    z.refine((question) => question.options.filter((option) => option.best).length === 1, {
      message: 'a scenario has exactly one best answer',
      path: ['options'],
    }),
  );

export const QuestionSchema = z.union([SelfRatingQuestionSchema, ScenarioQuestionSchema]);

export const AssessmentSchema = z.strictObject({
  id: IdSchema,
  title: minText(1),
  description: minText(1),
  /** Minutes a typical person needs; shown before they start. */
  minutes: wholeNumber(1),
  questionIds: z.array(IdSchema).check(z.minLength(1)),
});

export const ImportanceSchema = z.enum(['core', 'supporting']);

export const TargetSchema = z.strictObject({
  level: IdSchema,
  competency: IdSchema,
  expected: ScaleValueSchema,
  importance: ImportanceSchema,
  /** The level's focus area this expectation comes from. */
  focusArea: IdSchema,
  /** Required when the expectation is lower than at the level below: why it falls. */
  dropReason: z.optional(minText(10)),
  /** Why the expectation is set where it is, when that needs saying (e.g. a hands-on skill kept high at a senior level). */
  reason: z.optional(minText(10)),
});

/**
 * How much a credential is worth as evidence: an accredited certification or degree, one awarded by a recognised
 * professional or standards body, or a training provider's catalogue course (which counts for half).
 */
export const RecognitionSchema = z.enum(['accredited', 'professional-body', 'vendor-course']);

export const CertificationSchema = z.strictObject({
  id: IdSchema,
  name: minText(1),
  kind: z.enum(['certification', 'course', 'degree']),
  issuer: z.nullable(minText(1)),
  recognition: RecognitionSchema,
  /** false: no recognised awarding body could be confirmed for this name; say so wherever it is shown. */
  verified: z.optional(z.boolean()),
  /** Who may sit it: experience, degree waivers, projects; and how similar credentials differ. */
  eligibility: z.optional(minText(10)),
  /** Anything a reader must know first, e.g. why it suits no level although the documents name it. */
  note: z.optional(minText(10)),
  /** Which competencies it builds and how strongly (1 = it is the point of the credential). */
  builds: z
    .array(
      z.strictObject({
        competency: IdSchema,
        strength: z.number().check(z.gt(0), z.maximum(1)),
      }),
    )
    .check(z.minLength(1)),
  /** The levels it is offered to; empty: listed because the documents name it, but recommended to no one. */
  suitsLevels: z.array(IdSchema),
  /**
   * Credentials whose ground this one covers (a Black Belt covers the Green Belt): once it is recommended, none of
   * these is recommended beside it, however much of a gap they would still close.
   */
  includes: z.optional(z.array(IdSchema)),
  effort: z.strictObject({
    /** Typical study and exam hours, a range. */
    hours: z.strictObject({ min: positive, max: positive }),
    text: minText(3),
  }),
  provenance: ProvenanceSchema,
});

export const SourceSchema = z.strictObject({
  seed: SeedFileSchema,
  title: minText(1),
  description: minText(1),
});

export const PackSchema = z.strictObject({
  /** Editors use it to check and complete the file; the app ignores it. */
  $schema: z.optional(z.string()),
  meta: z.strictObject({
    id: IdSchema,
    title: minText(1),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0')),
    role: minText(1),
    summary: minText(10),
    sources: z.array(SourceSchema).check(z.minLength(1)),
  }),
  scale: ScaleSchema,
  levels: z.array(LevelSchema).check(z.minLength(1)),
  groups: z.array(GroupSchema).check(z.minLength(1)),
  competencies: z.array(CompetencySchema).check(z.minLength(1)),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
  assessments: z.array(AssessmentSchema).check(z.minLength(1)),
  targets: z.array(TargetSchema).check(z.minLength(1)),
  certifications: z.array(CertificationSchema),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type FocusArea = z.infer<typeof FocusAreaSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type QuestionnaireId = z.infer<typeof QuestionnaireIdSchema>;
export type Competency = z.infer<typeof CompetencySchema>;
export type DevelopmentAction = z.infer<typeof DevelopmentActionSchema>;
export type SelfRatingQuestion = z.infer<typeof SelfRatingQuestionSchema>;
export type ScenarioQuestion = z.infer<typeof ScenarioQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Importance = z.infer<typeof ImportanceSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type Recognition = z.infer<typeof RecognitionSchema>;
export type ActionDuration = z.infer<typeof ActionDurationSchema>;
export type OtherSalaryFigure = z.infer<typeof OtherSalaryFigureSchema>;
export type Pack = z.infer<typeof PackSchema>;
