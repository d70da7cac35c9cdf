import { ScreenHeading } from '@/components/screen-heading';
import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/use-document-title';

export default function AssessmentPage() {
  useDocumentTitle('Assessment');
  return (
    <section aria-labelledby="assessment-title">
      <ScreenHeading id="assessment-title">Assessment</ScreenHeading>
      <p>No assessment is in progress in this browser.</p>
      <p>
        <Link href="/">Choose an assessment on Home</Link>
      </p>
    </section>
  );
}
