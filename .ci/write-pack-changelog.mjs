// Writes assessments/CHANGELOG.json for 2.0.0 by comparing the frozen 1.0.0 pack with the current one.
// Re-run after any pack edit: npm run changelog
import { readFileSync, writeFileSync } from 'node:fs';
const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const before = JSON.parse(readFileSync(`${ROOT}/test/fixtures/packs/industrial-production-manager-1.0.0.json`, 'utf8'));
const after = JSON.parse(readFileSync(process.env.PACK_FILE ?? `${ROOT}/assessments/industrial-production-manager.json`, 'utf8'));
const OUT = process.env.CHANGELOG_FILE ?? `${ROOT}/assessments/CHANGELOG.json`;

const items = (pack) => {
  const list = [];
  const strip = (item, ...keys) => Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key)));
  for (const level of pack.levels) {
    list.push(['level', level.id, strip(level, 'focusAreas')]);
    for (const area of level.focusAreas) list.push(['focusArea', area.id, area]);
  }
  for (const group of pack.groups) list.push(['group', group.id, group]);
  for (const competency of pack.competencies) {
    list.push(['competency', competency.id, strip(competency, 'developmentActions')]);
    for (const action of competency.developmentActions) list.push(['developmentAction', action.id, { ...action, competency: competency.id }]);
  }
  for (const question of pack.questions) list.push(['question', question.id, question]);
  for (const assessment of pack.assessments) list.push(['assessment', assessment.id, assessment]);
  for (const certification of pack.certifications) list.push(['certification', certification.id, certification]);
  return new Map(list.map(([kind, id, value]) => [`${kind}:${id}`, { kind, id, value }]));
};
const old = items(before);
const now = items(after);
const added = [...now.values()].filter((item) => !old.has(`${item.kind}:${item.id}`)).map(({ kind, id }) => ({ kind, id }));
const removed = [...old.values()].filter((item) => !now.has(`${item.kind}:${item.id}`)).map(({ kind, id }) => ({ kind, id, replacedBy: null, reason: 'Removed in the v2 review.' }));
const changed = [];
for (const [key, item] of now) {
  const was = old.get(key);
  if (!was) continue;
  const fields = [...new Set([...Object.keys(was.value), ...Object.keys(item.value)])].filter(
    (field) => JSON.stringify(was.value[field]) !== JSON.stringify(item.value[field]),
  );
  if (fields.length) changed.push({ kind: item.kind, id: item.id, fields });
}

const REMAP = {
  'plant-business-acumen': 'The Plant Manager\'s "business acumen" focus area now maps to business and commercial acumen; this target moves to the focus area it belongs to.',
  'vp-market-dynamics': 'The VP\'s "market dynamics" focus area now maps to business and commercial acumen; this target moves to the focus area it belongs to.',
};
const oldTargets = new Map(before.targets.map((t) => [`${t.level}/${t.competency}`, t]));
const retargeted = [];
for (const target of after.targets) {
  const was = oldTargets.get(`${target.level}/${target.competency}`);
  if (!was) continue;
  const state = (t) => ({ expected: t.expected, importance: t.importance, focusArea: t.focusArea });
  if (JSON.stringify(state(was)) === JSON.stringify(state(target))) continue;
  const reason = target.reason ?? target.dropReason ?? REMAP[was.focusArea] ?? 'Changed in the v2 review.';
  retargeted.push({ level: target.level, competency: target.competency, from: state(was), to: state(target), reason });
}

const changelog = {
  type: 'rungs/pack-changelog',
  pack: after.meta.id,
  versions: [
    {
      version: after.meta.version,
      previous: before.meta.version,
      date: '2026-12-02',
      summary:
        'Pack v2 after a practitioner review: hands-on targets fall to 2 from Operations Manager up, each level\'s headline job one step higher, safety and quality at working level for assistants, must-have Industry 4.0, data and sustainability targets raised; five new competencies; digital twin, additive and XR in an optional module; real, recognised credentials; scenario keys no longer given away by length; duplicates made distinct; US terms; a not-applicable answer; actions tagged by level and duration; a senior quick check; salary sources compared. No id was renamed or removed: old answers all still count where their questions are asked.',
      added,
      renamed: [],
      removed,
      retargeted,
      changed,
    },
  ],
};
writeFileSync(OUT, JSON.stringify(changelog, null, 2) + '\n');
console.log(`added ${added.length}, removed ${removed.length}, retargeted ${retargeted.length}, changed ${changed.length}`);
