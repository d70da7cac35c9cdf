import { ScreenHeading } from '@/components/screen-heading';
import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/use-document-title';

export default function ResultsPage() {
  useDocumentTitle('Results');
  return (
    <section aria-labelledby="results-title">
      <ScreenHeading id="results-title">Results</ScreenHeading>
      <p>There are no results yet. They appear here once you have answered an assessment.</p>
      <p>
        <Link href="/">Go to Home</Link>
      </p>
    </section>
  );
}
