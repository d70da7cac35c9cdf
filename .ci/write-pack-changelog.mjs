// Writes assessments/CHANGELOG.json: one entry per release, each found by comparing the frozen copy of the version
// before it (test/fixtures/packs/<pack>-<version>.json) with the version itself (its frozen copy, or the pack as it is
// now for the newest). Re-run after any pack edit: npm run changelog. A new release: freeze the pack as it was (copy it
// to test/fixtures/packs/ under its version), raise meta.version, and add it to RELEASES with its date and summary.
import { readFileSync, writeFileSync } from 'node:fs';
const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const PACK = 'industrial-production-manager';
const frozen = (version) => JSON.parse(readFileSync(`${ROOT}/test/fixtures/packs/${PACK}-${version}.json`, 'utf8'));
const current = JSON.parse(readFileSync(process.env.PACK_FILE ?? `${ROOT}/assessments/${PACK}.json`, 'utf8'));
const OUT = process.env.CHANGELOG_FILE ?? `${ROOT}/assessments/CHANGELOG.json`;

/** Why a 2.0.0 target moved to another focus area, by its 1.0.0 focus area. */
const REMAP_2_0_0 = {
  'plant-business-acumen': 'The Plant Manager\'s "business acumen" focus area now maps to business and commercial acumen; this target moves to the focus area it belongs to.',
  'vp-market-dynamics': 'The VP\'s "market dynamics" focus area now maps to business and commercial acumen; this target moves to the focus area it belongs to.',
};
/** Why a 3.0.0 target moved to a new focus area, by its 2.1.0 focus area (its value and importance did not change). */
const REASONS_3_0_0 = {
  'ops-performance-metrics': 'The operations manager\'s network budget and P&L now have their own focus area; this target moves to it.',
  'plant-strategic-leadership': 'The plant manager\'s people duties now have their own focus area; this target moves to it.',
};
/**
 * Oldest first. `reason` says why a target changed when the pack's own target gives none (no reason or dropReason);
 * `removed` says why an id went, by id. Nothing removed is replaced: an answer to a question that now asks something
 * else must not count for the new one.
 */
const RELEASES = [
  {
    version: '2.0.0',
    previous: '1.0.0',
    date: '2026-12-02',
    summary:
      'Pack v2 after a practitioner review: hands-on targets fall to 2 from Operations Manager up, each level\'s headline job one step higher, safety and quality at working level for assistants, must-have Industry 4.0, data and sustainability targets raised; five new competencies; digital twin, additive and XR in an optional module; real, recognised credentials; scenario keys no longer given away by length; duplicates made distinct; US terms; a not-applicable answer; actions tagged by level and duration; a senior quick check; salary sources compared. No id was renamed or removed: old answers all still count where their questions are asked.',
    reason: (was) => REMAP_2_0_0[was.focusArea] ?? 'Changed in the v2 review.',
  },
  {
    version: '2.1.0',
    previous: '2.0.0',
    date: '2026-12-03',
    summary:
      'Pack 2.1 after a second practitioner review, wording and facts only: scenario options reworded so that no surface cue (the most commas, a "since" or "until" clause only the wrong answers have) gives the key away; safety and quality keys say what a seasoned manager does first (zero energy verified before lockout discipline, metal-detector rejects held and checked, held stock blocked in the system, underfilled start-up output held); a Cp/Cpk anchor, an OEE minor-stop premise and a kaizen action put right; unclear anchors, explanations and actions made plain; credentials recommended only where they fit, with their provenance marked as authored where no document names them and short courses weighted as the partial help they are; salary caveats where a figure has no dated source. Every question asks what it asked and keeps its key: answers given on 2.0.0 all still count.',
    reason: () => 'Changed in the 2.1 review.',
  },
  {
    version: '3.0.0',
    previous: '2.1.0',
    date: '2026-12-04',
    summary:
      'Pack 3 after the second practitioner review\'s target findings: hands-on capacity planning and plant stock control expected at 3, not 4, from Operations Manager up, and building analyses at 3 from Plant Manager up (it peaks at 4 with the senior production manager); automation known at working level (2) by the people who run automated lines and by executives alike; safety culture core at every rung and proficient from Production Manager up; P&L and capital core from Plant Manager up and rising one step a rung; regulations core for the plant manager; leading the team core for the VP; an assistant\'s kaizen, maintenance and shift costs at 2; operator hiring and training held to standard, not run, from Operations Manager up; new focus areas for the plant manager\'s compliance and people and the operations manager\'s network finances. Three questions that asked nearly what another asks are replaced under new ids: answers to the removed ones are kept with the session but not counted. No id was renamed; every other answer still counts, scored against the new targets.',
    reason: (was) => REASONS_3_0_0[was.focusArea] ?? 'Changed in the 3.0 review.',
    removed: {
      'data-analysis-reporting-self-3':
        'It asked how you report performance upward, as communication-self-3 does; data-analysis-reporting-self-4 asks how you test that a difference in production data is real and not product mix or normal variation, a new question, so an answer to this one is kept but not counted.',
      'sales-operations-planning-self-2':
        'It asked how forecasts feed capacity plans, as capacity-planning-scheduling-self-1 does; sales-operations-planning-self-4 asks how you check last month\'s plan against what happened, a new question, so an answer to this one is kept but not counted.',
      'continuous-improvement-mindset-scenario-2':
        'It tested a paid measure that gets gamed, as kpi-management-scenario-1 does; continuous-improvement-mindset-scenario-3 tests whether improvement goes on when the plant is behind plan, a new scenario with other options, so a choice made in this one is kept but not counted.',
    },
  },
];

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
function entryOf(release, before, after) {
  const old = items(before);
  const now = items(after);
  const added = [...now.values()].filter((item) => !old.has(`${item.kind}:${item.id}`)).map(({ kind, id }) => ({ kind, id }));
  const removed = [...old.values()]
    .filter((item) => !now.has(`${item.kind}:${item.id}`))
    .map(({ kind, id }) => ({ kind, id, replacedBy: null, reason: release.removed?.[id] ?? `Removed in ${release.version}.` }));
  const changed = [];
  for (const [key, item] of now) {
    const was = old.get(key);
    if (!was) continue;
    const fields = [...new Set([...Object.keys(was.value), ...Object.keys(item.value)])].filter(
      (field) => JSON.stringify(was.value[field]) !== JSON.stringify(item.value[field]),
    );
    if (fields.length) changed.push({ kind: item.kind, id: item.id, fields });
  }
  const oldTargets = new Map(before.targets.map((t) => [`${t.level}/${t.competency}`, t]));
  const retargeted = [];
  for (const target of after.targets) {
    const was = oldTargets.get(`${target.level}/${target.competency}`);
    if (!was) continue;
    const state = (t) => ({ expected: t.expected, importance: t.importance, focusArea: t.focusArea });
    if (JSON.stringify(state(was)) === JSON.stringify(state(target))) continue;
    retargeted.push({ level: target.level, competency: target.competency, from: state(was), to: state(target), reason: target.reason ?? target.dropReason ?? release.reason(was) });
  }
  const { version, previous, date, summary } = release;
  return { version, previous, date, summary, added, renamed: [], removed, retargeted, changed };
}

const newest = RELEASES.at(-1);
if (current.meta.version !== newest.version) throw new Error(`the pack is at ${current.meta.version}; the newest release here is ${newest.version}`);
const versions = RELEASES.map((release) => entryOf(release, frozen(release.previous), release === newest ? current : frozen(release.version))).reverse();
writeFileSync(OUT, JSON.stringify({ type: 'rungs/pack-changelog', pack: current.meta.id, versions }, null, 2) + '\n');
for (const entry of versions) {
  console.log(`${entry.version}: added ${entry.added.length}, removed ${entry.removed.length}, retargeted ${entry.retargeted.length}, changed ${entry.changed.length}`);
}
