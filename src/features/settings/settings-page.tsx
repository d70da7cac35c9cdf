import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';

// Being built: data download/delete, storage persistence, set-aside data.
export default function SettingsPage() {
  useDocumentTitle('Settings');
  return (
    <section aria-labelledby="settings-title">
      <ScreenHeading id="settings-title">Settings</ScreenHeading>
    </section>
  );
}
