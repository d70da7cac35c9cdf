// One assessment's questions as Rungs asks them, for the bench's pages that stand beside it: the SurveyJS peer
// (peer/vite.config.ts) and the answer-latency floor (page-measures.mjs). Reads the pack file's JSON as it is.

/**
 * The assessment's questions in Rungs' order (technical groups first, then soft skills; groups and competencies in
 * pack order), one entry per competency that has any.
 * @template {{ id: string, questionnaire: string }} G
 * @template {{ id: string, group: string }} C
 * @template {{ id: string, competency: string }} Q
 * @param {{ groups: G[], competencies: C[], questions: Q[], assessments: { id: string, questionIds: string[] }[] }} pack
 * @param {string} assessmentId
 * @returns {{ group: G, competency: C, questions: Q[] }[]}
 */
export function questionsByCompetency(pack, assessmentId) {
  const assessment = pack.assessments.find((candidate) => candidate.id === assessmentId);
  if (!assessment) throw new Error(`the pack has no "${assessmentId}" assessment`);
  const order = new Map(assessment.questionIds.map((id, index) => [id, index]));
  const groups = ['technical', 'soft'].flatMap((questionnaire) => pack.groups.filter((group) => group.questionnaire === questionnaire));
  return groups.flatMap((group) =>
    pack.competencies
      .filter((competency) => competency.group === group.id)
      .map((competency) => ({
        group,
        competency,
        questions: pack.questions
          .filter((question) => question.competency === competency.id && order.has(question.id))
          .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
      }))
      .filter((entry) => entry.questions.length > 0),
  );
}

/**
 * A question's answer options as Rungs words them: each scale point with the question's own anchor, or the scenario's
 * options ("Not sure", the scale's own label, comes after them).
 * @param {{ scale: { points: { value: number, label: string }[] } }} pack
 * @param {{ kind: 'selfRating', anchors: string[] } | { kind: 'scenario', options: { id: string, text: string }[] }} question
 * @returns {{ value: number | string, text: string }[]}
 */
export function optionsOf(pack, question) {
  return question.kind === 'selfRating'
    ? pack.scale.points.map((point) => ({ value: point.value, text: `${point.value} · ${point.label} — ${question.anchors[point.value]}` }))
    : question.options.map((option) => ({ value: option.id, text: option.text }));
}
