import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '@/domain/pack/schema';
import { NOT_APPLICABLE_LABEL } from '@/features/questionnaire/answer-value';
import { QuestionField, questionComponents, type QuestionComponents } from '@/features/questionnaire/question-fields';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const field = { initial: undefined, onChoose: () => undefined };
const questionOf = <K extends Question['kind']>(kind: K) => pack.questions.find((question): question is Extract<Question, { kind: K }> => question.kind === kind)!;

describe('questionComponents', () => {
  it('should have a component for every kind of question the pack schema knows', () => {
    expect(Object.keys(questionComponents).sort()).toEqual([...new Set(pack.questions.map((question) => question.kind))].sort());
  });

  it('should refuse, at typecheck, a map that leaves a kind without a component', () => {
    // @ts-expect-error a kind of question without a component must not typecheck
    const missing: QuestionComponents = { selfRating: questionComponents.selfRating };
    expect(missing).toBeDefined();
  });
});

describe('QuestionField', () => {
  it('should show a self-rating as every scale point with its anchor for that question, then "not sure"', () => {
    const question = questionOf('selfRating');
    render(<QuestionField question={question} scale={pack.scale} {...field} number={3} />);
    const group = screen.getByRole('radiogroup', { name: `3. ${question.prompt}` });
    const options = within(group).getAllByRole('radio');
    expect(options).toHaveLength(pack.scale.points.length + 1 + (question.allowNotApplicable ? 1 : 0));
    for (const point of pack.scale.points) expect(group).toHaveTextContent(question.anchors[point.value]!);
    expect(group).toHaveTextContent(pack.scale.notSureLabel);
  });

  it('should show a scenario as its options, marked as a scenario', () => {
    const question = questionOf('scenario');
    render(<QuestionField question={question} scale={pack.scale} {...field} number={1} />);
    const group = screen.getByRole('radiogroup', { name: `1. Scenario ${question.prompt}` });
    for (const option of question.options) expect(within(group).getByRole('radio', { name: option.text })).toBeInTheDocument();
  });

  it('should start from the stored answer and report each choice', async () => {
    const question = questionOf('selfRating');
    const onChoose = vi.fn();
    render(<QuestionField question={question} scale={pack.scale} number={1} initial="2" onChoose={onChoose} />);
    const [, , two, three] = screen.getAllByRole('radio');
    expect(two).toBeChecked();
    await userEvent.click(three!);
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('3');
    expect(three).toBeChecked();
  });

  it('should offer "not applicable" only where the question allows it', () => {
    const question = questionOf('selfRating');
    const { unmount } = render(<QuestionField question={{ ...question, allowNotApplicable: false }} scale={pack.scale} {...field} number={1} />);
    expect(screen.queryByText(NOT_APPLICABLE_LABEL)).toBeNull();
    unmount();
    render(<QuestionField question={{ ...question, allowNotApplicable: true }} scale={pack.scale} {...field} number={1} />);
    expect(screen.getByText(NOT_APPLICABLE_LABEL)).toBeInTheDocument();
  });
});
