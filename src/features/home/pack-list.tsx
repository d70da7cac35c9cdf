import type { StartEntry } from '@/packs/pack-registry';

function ReadyPack({ entry }: { entry: Extract<StartEntry, { status: 'ready' }> }) {
  const { pack, counts } = entry;
  return (
    <li className="card">
      <h3>{pack.meta.title}</h3>
      <p>{pack.meta.summary}</p>
      <dl className="counts">
        <div>
          <dt>Competencies</dt>
          <dd>{counts.competencies}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>{counts.questions}</dd>
        </div>
        <div>
          <dt>Levels</dt>
          <dd>{counts.levels}</dd>
        </div>
        <div>
          <dt>Certifications</dt>
          <dd>{counts.certifications}</dd>
        </div>
      </dl>
      <p className="muted">
        {counts.technical} technical and {counts.soft} soft-skill competencies; {counts.selfRating} self-rating and{' '}
        {counts.scenario} scenario questions. Version {pack.meta.version}.
      </p>
    </li>
  );
}

function BrokenPack({ entry }: { entry: Extract<StartEntry, { status: 'broken' }> }) {
  const shown = entry.problems.slice(0, 20);
  return (
    <li className="card card-broken">
      <h3>{entry.path} cannot be used</h3>
      <p>This assessment file has {entry.problems.length === 1 ? 'a problem' : `${entry.problems.length} problems`}, so it is not offered:</p>
      <ul className="problems">
        {shown.map((problem, index) => (
          <li key={index}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {entry.problems.length > shown.length && <p>…and {entry.problems.length - shown.length} more.</p>}
    </li>
  );
}

export function PackList({ entries }: { entries: readonly StartEntry[] }) {
  if (entries.length === 0) {
    return <p>No assessment packs are installed. Add one to the <code>assessments/</code> folder and rebuild.</p>;
  }
  return (
    <ul className="card-list" aria-label="Assessment packs">
      {entries.map((entry) =>
        entry.status === 'ready' ? <ReadyPack key={entry.path} entry={entry} /> : <BrokenPack key={entry.path} entry={entry} />,
      )}
    </ul>
  );
}
