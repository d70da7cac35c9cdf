import { useId, useState } from 'react';

/** An optional example per competency (situation, task, action, result); saved as it is typed, shown in the report. */
export function EvidenceNote({ competencyTitle, value, onChange }: { competencyTitle: string; value: string; onChange: (text: string) => void }) {
  const [text, setText] = useState(value);
  // A note written in another tab replaces what is shown, except while this one is being typed in.
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (!editing) setText(value);
  }
  const id = useId();
  return (
    <details className="evidence" open={value.length > 0}>
      <summary>Add an example for {competencyTitle} (optional)</summary>
      <label htmlFor={id}>An example where you did this: the situation, your task, what you did, and the result.</label>
      <textarea
        id={id}
        rows={4}
        maxLength={4000}
        value={text}
        onFocus={() => setEditing(true)}
        onBlur={() => setEditing(false)}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
      />
    </details>
  );
}
