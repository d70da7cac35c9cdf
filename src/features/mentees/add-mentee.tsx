import { useId, useRef, useState } from 'react';
import type { Pack } from '@/domain/pack/schema';
import { useAppStore } from '@/store/store-context';
import { ProfileForm } from './profile-form';

/**
 * "Add mentee" reveals the form in its place; the button comes back (and takes focus) once the person is added
 * or the form is cancelled, so there is never an "Add mentee" and an "Add" button on screen at once.
 */
export function AddMentee({ pack, onAdded }: { pack: Pack | undefined; onAdded: (name: string) => void }) {
  const addProfile = useAppStore((state) => state.addProfile);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    // The button is back on the next paint: focus it then, not before it exists.
    requestAnimationFrame(() => toggle.current?.focus());
  };

  if (!open) {
    return (
      <button type="button" ref={toggle} onClick={() => setOpen(true)}>
        Add mentee
      </button>
    );
  }
  return (
    <section className="card add-mentee" aria-labelledby={titleId}>
      <h2 id={titleId}>Add a mentee</h2>
      <ProfileForm
        pack={pack}
        labelledBy={titleId}
        submitLabel="Add"
        onSubmit={(details) => {
          const profile = addProfile(details);
          onAdded(profile.name);
          close();
        }}
        onCancel={close}
      />
    </section>
  );
}
