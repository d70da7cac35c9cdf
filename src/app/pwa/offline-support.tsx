import { usePersistWhenDataExists } from '@/features/settings/persistent-storage';
import { UpdatePrompt } from './update-prompt';

/** Mounted once in the shell: offers new versions, and asks the browser to keep the data once there is some. */
export function OfflineSupport() {
  usePersistWhenDataExists();
  return <UpdatePrompt />;
}
