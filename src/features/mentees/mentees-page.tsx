import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';

export default function MenteesPage() {
  useDocumentTitle('Mentees');
  return (
    <section aria-labelledby="mentees-title">
      <ScreenHeading id="mentees-title">Mentees</ScreenHeading>
      <p>No mentees yet. Without any mentee, Rungs works for you alone.</p>
      <p className="muted">Everything about your mentees stays in this browser unless you save a file yourself.</p>
    </section>
  );
}
