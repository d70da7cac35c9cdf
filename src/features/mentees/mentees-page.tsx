import { useDocumentTitle } from '@/components/use-document-title';

export default function MenteesPage() {
  useDocumentTitle('Mentees');
  return (
    <section aria-labelledby="mentees-title">
      <h1 id="mentees-title">Mentees</h1>
      <p>No mentees yet. Without any mentee, Rungs works for you alone.</p>
      <p className="muted">Everything about your mentees stays in this browser unless you save a file yourself.</p>
    </section>
  );
}
