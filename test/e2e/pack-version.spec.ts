import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { putRaw, type Entry } from './raw-storage';

interface PackJson {
  meta: { id: string; version: string };
  assessments: { id: string; questionIds: string[] }[];
  questions: { id: string; kind: string }[];
}
const PACK = JSON.parse(readFileSync(new URL('../../assessments/industrial-production-manager.json', import.meta.url), 'utf8')) as PackJson;

/** A quick assessment answered on pack 1.0.0 in June, stored in today's record format. */
function oldSession(id: string, assessmentId: string, targetLevel: string, completed = true) {
  const at = Date.parse('2026-06-01T09:00:00.000Z');
  const asked = PACK.assessments.find((assessment) => assessment.id === 'quick')?.questionIds ?? [];
  const selfRated = asked.filter((questionId) => PACK.questions.find((question) => question.id === questionId)?.kind === 'selfRating');
  return {
    type: 'rungs/session',
    version: 2,
    id,
    profileId: 'me',
    packId: PACK.meta.id,
    packVersion: '1.0.0',
    assessmentId,
    targetLevel,
    basis: 'self',
    startedAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    completedAt: completed ? '2026-06-01T10:00:00.000Z' : null,
    step: 0,
    answers: Object.fromEntries(selfRated.map((questionId) => [questionId, { answer: { kind: 'rating', value: 3 }, at }])),
    evidence: {},
    mentorRatings: {},
    mentorNotes: {},
    revision: 3,
    conflictOf: null,
  };
}

test('a session answered on pack 1.0.0 opens with what changed since, and a stranded one continues on the nearest', async ({ page }) => {
  // Four screens, each audited by axe afterwards, on a shared machine.
  test.slow();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putRaw(page, [oldSession('old-quick', 'quick', 'plant-manager'), oldSession('stranded', 'quick-check', 'senior-plant-manager', false)].map((session): Entry => [`session/${session.id}`, session]));

  await page.goto('./#/results/old-quick');
  // Read from storage afresh: the records were put there behind the running app's back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const now = PACK.meta.version.replaceAll('.', '\\.');
  await expect(page.getByText(new RegExp(`^Answered with version 1\\.0\\.0 of the pack, now version ${now}: \\d+ questions? (was|were) reworded since you answered`))).toBeVisible();

  await page.goto('./#/assessment/old-quick');
  await expect(page.getByRole('note')).toContainText('your answers were carried over');

  await page.goto('./#/');
  const resume = page.getByRole('region', { name: 'Pick up where you left off' });
  await expect(resume).toContainText('this assessment or its target level is no longer in it. Your answers are kept');

  await page.goto('./#/results/stranded');
  await expect(page.getByText(/no longer has the assessment “quick-check” these answers were given for/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue on Quick assessment for Plant Manager' }).click();
  await expect(page).toHaveURL(/#\/assessment\/(?!stranded)[\w-]+$/);
});
