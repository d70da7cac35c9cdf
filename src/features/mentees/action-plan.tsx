import { useEffect, useId, useRef, useState } from 'react';
import * as z from '@/domain/zod';
import { TableFrame } from '@/components/figure';
import { useZodForm } from '@/components/form';
import { ACTION_STATUSES, type Profile } from '@/domain/records/schema';
import { plural } from '@/lib/format';
import { holdDraft } from '@/store/drafts';
import { useAppStore } from '@/store/store-context';
import { STATUS_TEXT, type ActionRow, type PlanSuggestion } from './person-view';

const FREE_TEXT = '';

const ActionFormSchema = z.object({
  source: z.string(),
  title: z.string().check(z.trim(), z.minLength(1, 'Describe the action, or pick one from the development plan'), z.maxLength(300, 'Keep it to 300 characters or fewer')),
  owner: z.string().check(z.trim(), z.maxLength(80, 'Keep the owner to 80 characters or fewer')),
  due: z.union([z.literal(''), z.iso.date('Enter a date, or leave it empty')]),
});

type ActionFormValues = z.input<typeof ActionFormSchema>;

function AddActionForm({ profile, suggestions, onAdded }: { profile: Profile; suggestions: readonly PlanSuggestion[]; onAdded: (title: string) => void }) {
  const addAction = useAppStore((state) => state.addAction);
  const id = useId();
  const { register, handleSubmit, formState, setValue, reset } = useZodForm(ActionFormSchema, {
    defaultValues: { source: FREE_TEXT, title: '', owner: profile.name, due: '' } satisfies ActionFormValues,
  });
  const { errors } = formState;
  // An action typed and not yet added: the browser asks before leaving, and a new version does not reload over it.
  const dirty = formState.isDirty;
  useEffect(() => (dirty ? holdDraft({}) : undefined), [dirty]);

  const onSubmit = handleSubmit((values) => {
    const suggestion = suggestions.find((candidate) => candidate.key === values.source && candidate.title === values.title);
    addAction(profile.id, { title: values.title, competencyId: suggestion?.competencyId ?? null, owner: values.owner, due: values.due === '' ? null : values.due });
    onAdded(values.title);
    reset({ source: FREE_TEXT, title: '', owner: values.owner, due: '' });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} className="card add-action">
      <h3 id={`${id}-title`}>Add an action</h3>
      {suggestions.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-source`}>From the development plan (optional)</label>
          <select
            id={`${id}-source`}
            aria-describedby={`${id}-source-hint`}
            {...register('source', {
              onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
                const picked = suggestions.find((candidate) => candidate.key === event.target.value);
                if (picked) setValue('title', picked.title, { shouldValidate: formState.isSubmitted });
              },
            })}
          >
            <option value={FREE_TEXT}>None: write my own</option>
            {suggestions.map((suggestion) => (
              <option key={suggestion.key} value={suggestion.key}>
                {suggestion.label}
              </option>
            ))}
          </select>
          <p id={`${id}-source-hint`} className="muted">
            On-the-job actions from the latest completed session’s development plan. Picking one fills in the action below.
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>Action</label>
        <input
          id={`${id}-text`}
          type="text"
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-text-error` : undefined}
          {...register('title')}
        />
        {errors.title && (
          <p id={`${id}-text-error`} className="form-error">
            {errors.title.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <input
          id={`${id}-owner`}
          type="text"
          autoComplete="off"
          aria-invalid={errors.owner ? true : undefined}
          aria-describedby={errors.owner ? `${id}-owner-error` : undefined}
          {...register('owner')}
        />
        {errors.owner && (
          <p id={`${id}-owner-error`} className="form-error">
            {errors.owner.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due date (optional)</label>
        <input
          id={`${id}-due`}
          type="date"
          aria-invalid={errors.due ? true : undefined}
          aria-describedby={errors.due ? `${id}-due-error` : undefined}
          {...register('due')}
        />
        {errors.due && (
          <p id={`${id}-due-error`} className="form-error">
            {errors.due.message}
          </p>
        )}
      </div>
      <button type="submit">Add action</button>
    </form>
  );
}

function ActionTableRow({ profileId, row }: { profileId: string; row: ActionRow }) {
  const updateAction = useAppStore((state) => state.updateAction);
  const removeAction = useAppStore((state) => state.removeAction);
  const { action } = row;
  const id = useId();
  // The owner typed and not yet saved, held as a draft: leaving the page saves it (drafts.ts) as leaving the field does.
  const typed = useRef<{ text: string; release: () => void } | null>(null);
  const saveOwner = useRef(() => {});
  useEffect(() => {
    saveOwner.current = () => {
      const waiting = typed.current;
      if (!waiting) return;
      typed.current = null;
      waiting.release();
      const owner = waiting.text.trim();
      if (owner !== action.owner) updateAction(profileId, action.id, { owner });
    };
  });
  useEffect(() => () => saveOwner.current(), []);
  return (
    <tr className={row.overdue ? 'is-overdue' : undefined}>
      <th scope="row">
        {action.title}
        {row.competencyText && <span className="muted action-competency">{row.competencyText}</span>}
      </th>
      <td data-label="Owner">
        <label htmlFor={`${id}-owner`} className="visually-hidden">
          Owner of “{action.title}”
        </label>
        <input
          id={`${id}-owner`}
          // A change made elsewhere (another tab, an import) replaces what the field shows.
          key={action.owner}
          type="text"
          maxLength={80}
          defaultValue={action.owner}
          // Saved when the field is left (a write per keystroke would bump the revision for nothing, and would
          // re-key the field under the caret) or when the page goes away.
          onChange={(event) => {
            typed.current = { text: event.currentTarget.value, release: typed.current?.release ?? holdDraft({ flush: () => saveOwner.current() }) };
          }}
          onBlur={() => saveOwner.current()}
        />
      </td>
      <td data-label="Due">
        <label htmlFor={`${id}-due`} className="visually-hidden">
          Due date of “{action.title}”
        </label>
        <input
          id={`${id}-due`}
          type="date"
          value={action.due ?? ''}
          aria-describedby={row.overdue ? `${id}-overdue` : undefined}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) updateAction(profileId, action.id, { due: value === '' ? null : value });
          }}
        />
        {row.overdue && (
          <strong id={`${id}-overdue`} className="overdue-flag">
            <span aria-hidden="true">⚠ </span>Overdue
          </strong>
        )}
      </td>
      <td data-label="Status">
        <label htmlFor={`${id}-status`} className="visually-hidden">
          Status of “{action.title}”
        </label>
        <select
          id={`${id}-status`}
          value={action.status}
          onChange={(event) => updateAction(profileId, action.id, { status: event.currentTarget.value as (typeof ACTION_STATUSES)[number] })}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_TEXT[status]}
            </option>
          ))}
        </select>
      </td>
      <td data-label="">
        <button type="button" className="secondary" onClick={() => removeAction(profileId, action.id)}>
          Remove{' '}<span className="visually-hidden">“{action.title}”</span>
        </button>
      </td>
    </tr>
  );
}

/** Agreed actions with owner, due date and status; overdue ones marked by a word and a sign, not colour alone. */
export function ActionPlan({ profile, rows, suggestions }: { profile: Profile; rows: readonly ActionRow[]; suggestions: readonly PlanSuggestion[] }) {
  const [message, setMessage] = useState('');
  const overdue = rows.filter((row) => row.overdue).length;
  const open = rows.filter((row) => row.action.status !== 'done').length;
  return (
    <section aria-labelledby="actions-title" className="person-section">
      <h2 id="actions-title">Action plan</h2>
      {rows.length === 0 ? (
        <p>No action agreed yet.</p>
      ) : (
        <>
          <p>
            {plural(rows.length, 'action')}, {open} not done
            {overdue > 0 && (
              <>
                ,{' '}
                <strong className="overdue-flag">
                  <span aria-hidden="true">⚠ </span>
                  {overdue} overdue
                </strong>
              </>
            )}
            .
          </p>
          <TableFrame label="Action plan, table">
            <table className="action-table stack-table">
              <caption>Agreed actions</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Remove</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ActionTableRow key={row.action.id} profileId={profile.id} row={row} />
                ))}
              </tbody>
            </table>
          </TableFrame>
        </>
      )}
      <p role="status" className="action-status">
        {message}
      </p>
      <AddActionForm profile={profile} suggestions={suggestions} onAdded={(title) => setMessage(`Added “${title}”.`)} />
    </section>
  );
}
