import type { ComponentType } from 'react';
import type { Question, Scale, ScenarioQuestion, SelfRatingQuestion } from '@/domain/pack/schema';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, NOT_SURE } from './answer-value';

/**
 * A question's radio group. The radios are the browser's own (uncontrolled): a click checks one with no render of the
 * group. `initial` is the radio value of the stored answer when the group was shown; `onChoose` gets each choice.
 */
export interface FieldProps<Q extends Question> {
  question: Q;
  scale: Scale;
  number: number;
  initial: string | undefined;
  onChoose: (value: string) => void;
}

type OptionProps = Pick<FieldProps<Question>, 'question' | 'initial' | 'onChoose'> & { optionValue: string };

/** One radio of a question's group; its id is `<question id>-<value>`, which the screen finds it by. */
function Radio({ question, initial, onChoose, optionValue }: OptionProps) {
  return (
    <input
      type="radio"
      name={question.id}
      value={optionValue}
      id={radioId(question.id, optionValue)}
      defaultChecked={initial === optionValue}
      onChange={(event) => onChoose(event.target.value)}
    />
  );
}

export const radioId = (questionId: string, value: string) => `${questionId}-${value}`;

function NotSureOption({ question, scale, initial, onChoose }: FieldProps<Question>) {
  return (
    <label className="option option-not-sure">
      <Radio question={question} initial={initial} onChoose={onChoose} optionValue={NOT_SURE} />
      <span>
        <span className="option-label">{scale.notSureLabel}</span>
        <span className="option-text">{scale.notSureMeaning}</span>
      </span>
    </label>
  );
}

/** Offered only where the pack allows it, e.g. union or multi-site items a small non-union plant cannot rate. */
function NotApplicableOption({ question, initial, onChoose }: FieldProps<Question>) {
  if (!question.allowNotApplicable) return null;
  return (
    <label className="option option-not-sure">
      <Radio question={question} initial={initial} onChoose={onChoose} optionValue={NOT_APPLICABLE} />
      <span>
        <span className="option-label">{NOT_APPLICABLE_LABEL}</span>
        <span className="option-text">Counted and reported; like an unanswered question, it never lowers a score.</span>
      </span>
    </label>
  );
}

/** A self-rating: every scale point shows its behavioural anchor for this question. */
function SelfRatingField(props: FieldProps<SelfRatingQuestion>) {
  const { question, scale, number } = props;
  const promptId = `${question.id}-prompt`;
  return (
    <div className="question" role="radiogroup" aria-labelledby={promptId}>
      <p className="prompt" id={promptId}>
        <span className="question-number">{number}.</span> {question.prompt}
      </p>
      {scale.points.map((point) => (
        <label className="option" key={point.value}>
          <Radio {...props} optionValue={String(point.value)} />
          <span>
            <span className="option-label">
              {point.value} · {point.label}
            </span>
            <span className="option-text">{question.anchors[point.value]}</span>
          </span>
        </label>
      ))}
      <NotSureOption {...props} />
      <NotApplicableOption {...props} />
    </div>
  );
}

/** A scenario: one best answer among realistic ones. */
function ScenarioField(props: FieldProps<ScenarioQuestion>) {
  const { question, number } = props;
  const promptId = `${question.id}-prompt`;
  return (
    <div className="question question-scenario" role="radiogroup" aria-labelledby={promptId}>
      <p className="prompt" id={promptId}>
        <span className="question-number">{number}.</span> <span className="badge">Scenario</span> {question.prompt}
      </p>
      {question.options.map((option) => (
        <label className="option" key={option.id}>
          <Radio {...props} optionValue={option.id} />
          <span className="option-text">{option.text}</span>
        </label>
      ))}
      <NotSureOption {...props} />
      <NotApplicableOption {...props} />
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
