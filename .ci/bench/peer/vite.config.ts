// The peer app of `npm run bench`: built with the same Vite and React plugin as Rungs, base './', into a temp dir.
// Only the quick assessment goes into the bundle (as SurveyJS JSON made at build time), so the peer is not charged
// for the full pack that Rungs loads lazily.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { optionsOf, questionsByCompetency } from '../pack-questions.mjs';

const PACK_FILE = fileURLToPath(new URL('../../../assessments/industrial-production-manager.json', import.meta.url));
const ASSESSMENT_ID = 'quick';
const VIRTUAL_ID = 'virtual:peer-survey';

// The few pack fields the peer reads; the app validates the whole pack with zod, and so does the bench's scoring step.
interface PackJson {
  meta: { title: string; summary: string };
  scale: { points: { value: number; label: string }[]; notSureLabel: string };
  groups: { id: string; questionnaire: string; title: string; description: string }[];
  competencies: { id: string; group: string }[];
  questions: (
    | { id: string; kind: 'selfRating'; competency: string; prompt: string; anchors: string[] }
    | { id: string; kind: 'scenario'; competency: string; prompt: string; options: { id: string; text: string }[] }
  )[];
  assessments: { id: string; title: string; description: string; questionIds: string[] }[];
}

/**
 * The same questions in the same order as Rungs asks them (questionsByCompetency), one page per group, with the same
 * answer options (optionsOf), each with "Not sure" as SurveyJS's "none" item.
 */
export function surveyOf(pack: PackJson) {
  const assessment = pack.assessments.find((candidate) => candidate.id === ASSESSMENT_ID);
  if (!assessment) throw new Error(`the pack has no "${ASSESSMENT_ID}" assessment`);
  type Page = { name: string; title: string; description: string; elements: object[] };
  const pages = new Map<string, Page>();
  for (const { group, questions } of questionsByCompetency(pack, ASSESSMENT_ID)) {
    const page: Page = pages.get(group.id) ?? { name: group.id, title: group.title, description: group.description, elements: [] };
    pages.set(group.id, page);
    for (const question of questions) {
      page.elements.push({
        type: 'radiogroup',
        name: question.id,
        title: question.prompt,
        choices: optionsOf(pack, question),
        showNoneItem: true,
        noneText: pack.scale.notSureLabel,
      });
    }
  }
  return {
    title: `${pack.meta.title}: ${assessment.title}`,
    description: assessment.description,
    showProgressBar: true,
    pages: [...pages.values()],
  };
}

function peerSurvey(): Plugin {
  return {
    name: 'peer-survey',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      this.addWatchFile(PACK_FILE);
      const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as PackJson;
      return `export default ${JSON.stringify(surveyOf(pack))};`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), peerSurvey()],
  build: { target: 'es2022', sourcemap: false, emptyOutDir: true },
  logLevel: 'warn',
});
