import type { ComponentType } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Question, Scale, ScenarioQuestion, SelfRatingQuestion } from '@/domain/pack/schema';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, NOT_SURE } from './answer-value';

export interface FieldProps<Q extends Question> {
  question: Q;
  scale: Scale;
  field: UseFormRegisterReturn;
  number: number;
}

function NotSureOption({ question, scale, field }: { question: Question; scale: Scale; field: UseFormRegisterReturn }) {
  return (
    <label className="option option-not-sure">
      <input type="radio" value={NOT_SURE} {...field} id={`${question.id}-${NOT_SURE}`} />
      <span>
        <span className="option-label">{scale.notSureLabel}</span>
        <span className="option-text">{scale.notSureMeaning}</span>
      </span>
    </label>
  );
}

/** Offered only where the pack allows it, e.g. union or multi-site items a small non-union plant cannot rate. */
function NotApplicableOption({ question, field }: { question: Question; field: UseFormRegisterReturn }) {
  if (!question.allowNotApplicable) return null;
  return (
    <label className="option option-not-sure">
      <input type="radio" value={NOT_APPLICABLE} {...field} id={`${question.id}-${NOT_APPLICABLE}`} />
      <span>
        <span className="option-label">{NOT_APPLICABLE_LABEL}</span>
        <span className="option-text">Counted and reported; like an unanswered question, it never lowers a score.</span>
      </span>
    </label>
  );
}

/** A self-rating: every scale point shows its behavioural anchor for this question. */
function SelfRatingField({ question, scale, field, number }: FieldProps<SelfRatingQuestion>) {
  const promptId = `${question.id}-prompt`;
  return (
    <div className="question" role="radiogroup" aria-labelledby={promptId}>
      <p className="prompt" id={promptId}>
        <span className="question-number">{number}.</span> {question.prompt}
      </p>
      {scale.points.map((point) => (
        <label className="option" key={point.value}>
          <input type="radio" value={String(point.value)} {...field} id={`${question.id}-${point.value}`} />
          <span>
            <span className="option-label">
              {point.value} · {point.label}
            </span>
            <span className="option-text">{question.anchors[point.value]}</span>
          </span>
        </label>
      ))}
      <NotSureOption question={question} scale={scale} field={field} />
      <NotApplicableOption question={question} field={field} />
    </div>
  );
}

/** A scenario: one best answer among realistic ones. */
function ScenarioField({ question, scale, field, number }: FieldProps<ScenarioQuestion>) {
  const promptId = `${question.id}-prompt`;
  return (
    <div className="question question-scenario" role="radiogroup" aria-labelledby={promptId}>
      <p className="prompt" id={promptId}>
        <span className="question-number">{number}.</span> <span className="badge">Scenario</span> {question.prompt}
      </p>
      {question.options.map((option) => (
        <label className="option" key={option.id}>
          <input type="radio" value={option.id} {...field} id={`${question.id}-${option.id}`} />
          <span className="option-text">{option.text}</span>
        </label>
      ))}
      <NotSureOption question={question} scale={scale} field={field} />
      <NotApplicableOption question={question} field={field} />
    </div>
  );
}

type QuestionOfKind<K extends Question['kind']> = Extract<Question, { kind: K }>;

/** One component per kind of question: a new kind in the pack schema fails the typecheck here until it has one. */
export type QuestionComponents = { [K in Question['kind']]: ComponentType<FieldProps<QuestionOfKind<K>>> };

export const questionComponents: QuestionComponents = {
  selfRating: SelfRatingField,
  scenario: ScenarioField,
};

export function QuestionField(props: FieldProps<Question>) {
  // The map pairs each kind with its own component; TypeScript cannot follow that pairing through an index, so say it once here.
  const Component = questionComponents[props.question.kind] as ComponentType<FieldProps<Question>>;
  return <Component {...props} />;
}
