import { ScreenHeading } from '@/components/screen-heading';
import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/use-document-title';

export default function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section aria-labelledby="not-found-title">
      <ScreenHeading id="not-found-title">Page not found</ScreenHeading>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to Home</Link>
      </p>
    </section>
  );
}
