import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { usePackEntries } from '@/packs/use-packs';
import { SingleFileSection } from '@/features/about/single-file-section';
import { CALIBRATION_FLAG, CORE_GAP_LIMIT, CORE_WEIGHT, NEARLY_CORE_GAPS, NEARLY_THRESHOLD, READY_THRESHOLD, SUPPORTING_WEIGHT } from '@/domain/scoring/constants';
import { LoadingBoundary } from '@/lib/loading-boundary';

function Sources() {
  const entries = usePackEntries();
  const ready = entries.filter((entry) => entry.status === 'ready');
  if (ready.length === 0) return <p>No assessment pack is installed, so there are no sources to list.</p>;
  return (
    <>
      {ready.map(({ pack, path }) => (
        <section key={path} aria-labelledby={`sources-${pack.meta.id}`}>
          <h3 id={`sources-${pack.meta.id}`}>{pack.meta.title}</h3>
          <p>
            Every level, focus area, competency, question and certification in this assessment names the document it
            comes from and a short quote, or says it was written by the authors where the documents are thin.
          </p>
          <ul>
            {pack.meta.sources.map((source) => (
              <li key={source.seed}>
                <strong>{source.title}</strong> (<code>{source.seed}</code>): {source.description}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export default function AboutPage() {
  useDocumentTitle('About');
  return (
    <>
      <ScreenHeading>About Rungs</ScreenHeading>
      <p className="lead">
        Rungs is a skills-gap assessment for people who run production: aspiring managers assessing themselves, and
        mentors working with several mentees over months. It runs entirely in your browser and sends nothing anywhere.
      </p>

      <section aria-labelledby="scoring-title">
        <h2 id="scoring-title">How scoring works</h2>
        <ul>
          <li>
            <strong>Competency score.</strong> The weighted mean of your self-ratings for that competency, from 0 (None) to
            4 (Expert). “Not sure” and unanswered questions are left out — never counted as zero. Each score shows its
            coverage (questions answered out of those asked); below one answer or half the questions it is marked
            low-confidence.
          </li>
          <li>
            <strong>Evidence and calibration.</strong> Scenario questions have one best answer. The share you answered best,
            on the same 0–4 scale, is your evidence score. Where self-rating and evidence differ by{' '}
            {CALIBRATION_FLAG} points or more, Rungs flags possible over- or under-confidence. Scenarios inform you and
            your mentor; they do not change readiness.
          </li>
          <li>
            <strong>Gap.</strong> For each level, the gap on a competency is how far your score falls short of the level’s
            target (never below zero). Each target says whether it is core or supporting at that level and which of the
            level’s key focus areas it comes from.
          </li>
          <li>
            <strong>Readiness.</strong> For each level: the sum of weight × the lower of your score and the target, divided
            by the sum of weight × target. Core competencies weigh {CORE_WEIGHT}, supporting ones {SUPPORTING_WEIGHT}, so
            the level’s key focus areas count double. One rule names every level’s state, everywhere: <em>ready</em> at{' '}
            {percent(READY_THRESHOLD)} or more with no core gap of {CORE_GAP_LIMIT} point or more; <em>nearly ready</em> at{' '}
            {percent(NEARLY_THRESHOLD)} or more with at most {NEARLY_CORE_GAPS} such core gap; otherwise <em>not ready</em>,
            with the core gaps that block it named. Results are told from your current role: whether you are solid in it,
            the next rung above it, and your target. Competencies you have no score on are left out and named; below half
            the targets’ weight answered, Rungs says there are not enough answers rather than guess.
          </li>
          <li>
            <strong>Certifications.</strong> For your target level, each certification is ranked by the gap it addresses:
            the sum over the competencies it builds of gap × importance weight × how strongly it builds that competency. A
            training provider’s catalogue course counts for half an accredited or professional-body credential, and is
            never recommended ahead of one that still closes a gap. Rungs then picks a short set, one at a time, each time taking the certification that closes the most gap still
            open, and says how much of your total gap the set covers. A certification that addresses no gap is never
            recommended, nor one whose ground a chosen one covers (the Green Belt beside the Black Belt).
          </li>
          <li>
            <strong>Development plan.</strong> Your largest gaps, ordered by gap × importance weight, each with on-the-job
            actions and the certifications that help, spread over the next 30, 60 and 90 days.
          </li>
        </ul>
        <p>Every number on the results screen has a “Why?” that shows the answers, weights, target and source behind it.</p>
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <LoadingBoundary fallback={<p role="status">Loading sources…</p>}>
          <Sources />
        </LoadingBoundary>
      </section>

      <SingleFileSection />
    </>
  );
}
