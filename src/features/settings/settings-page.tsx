import { LoadingStatus } from '@/components/loading-status';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useAppStore } from '@/store/store-context';
import { SetAsideData } from './set-aside-data';
import { StoragePersistence } from './storage-persistence';
import { YourData } from './your-data';
import './settings.css';

/** The data kept in this browser: what there is, a copy of it, deleting it, and what could not be read. */
export default function SettingsPage() {
  useDocumentTitle('Settings');
  const ready = useAppStore((state) => state.status === 'ready');
  return (
    <section className="settings" aria-labelledby="settings-title">
      <ScreenHeading id="settings-title">Settings</ScreenHeading>
      {!ready ? (
        <LoadingStatus>Reading your saved data…</LoadingStatus>
      ) : (
        <>
          <YourData />
          {/* Its own section, "Storage on this device", with its heading. */}
          <StoragePersistence />
          <SetAsideData />
        </>
      )}
    </section>
  );
}
