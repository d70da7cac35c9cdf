import { useId, useState } from 'react';

/** An optional example per competency (situation, task, action, result); saved as it is typed, shown in the report. */
export function EvidenceNote({ competencyTitle, value, onChange }: { competencyTitle: string; value: string; onChange: (text: string) => void }) {
  const [text, setText] = useState(value);
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
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value);
        }}
      />
    </details>
  );
}
