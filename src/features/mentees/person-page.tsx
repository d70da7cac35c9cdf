import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { MENTEES_PATH } from '@/lib/routes';
import { NO_ROLE_TEXT } from '@/components/assessment-fields';
import { ScreenHeading } from '@/components/screen-heading';
import { useDocumentTitle } from '@/components/use-document-title';
import type { Profile } from '@/domain/records/schema';
import { formatDate, plural } from '@/lib/format';
import { useAppStore } from '@/store/store-context';
import { ActionPlan } from './action-plan';
import { exportBundle } from './export-bundle';
import { groupSessions, levelTitle, nextLevelText, targetOf } from './mentees-view';
import { buildActionRows, buildSessionRows, planSuggestions } from './person-view';
import { ProfileForm } from './profile-form';
import { buildCompetencyTrend, buildReadinessTrend, sinceLastSession } from './progress-view';
import { Progress } from './progress';
import { SessionList } from './session-list';
import { StartSession } from './start-session';
import { useStablePacks, useToday } from './use-mentee-data';

export interface DeletedNotice {
  name: string;
  sessions: number;
  /** Deleted in another tab of this browser, not here. */
  elsewhere?: boolean;
}

/** "Delete" asks first, in place; the question takes focus so it is read, and Cancel gives focus back. */
function DeleteControl({ profile, sessions, onDeleted }: { profile: Profile; sessions: number; onDeleted: (notice: DeletedNotice) => void }) {
  const deleteProfile = useAppStore((state) => state.deleteProfile);
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" ref={deleteButton} className="secondary danger" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="confirm-delete" role="group" aria-labelledby="confirm-delete-question">
      <p id="confirm-delete-question" ref={question} tabIndex={-1}>
        <strong>Delete {profile.name}?</strong> Their {plural(sessions, 'session')} and {plural(profile.actions.length, 'action')} go too. You can undo
        this for 30 seconds.
      </p>
      <div className="form-buttons">
        <button
          type="button"
          className="danger"
          onClick={() => {
            deleteProfile(profile.id);
            onDeleted({ name: profile.name, sessions });
            navigate(MENTEES_PATH);
          }}
        >
          Yes, delete
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => deleteButton.current?.focus());
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

function Details({ profile, onSaved }: { profile: Profile; onSaved: (message: string) => void }) {
  const packs = useStablePacks();
  const saveProfile = useAppStore((state) => state.saveProfile);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <section aria-labelledby="details-title" className="person-section">
      <h2 id="details-title">Details</h2>
      {editing ? (
        <ProfileForm
          pack={packs.values().next().value}
          initial={{ name: profile.name, currentLevel: profile.currentLevel, years: profile.years, targetLevel: profile.targetLevel }}
          labelledBy="details-title"
          submitLabel="Save details"
          onSubmit={(details) => {
            saveProfile({ id: profile.id, ...details });
            onSaved('Details saved.');
            close();
          }}
          onCancel={close}
        />
      ) : (
        <>
          <dl className="details">
            <div>
              <dt>Current role</dt>
              <dd>{levelTitle(packs, profile.currentLevel) ?? NO_ROLE_TEXT}</dd>
            </div>
            <div>
              <dt>Next level</dt>
              <dd>{nextLevelText(packs, profile.currentLevel)}</dd>
            </div>
            <div>
              <dt>Years of experience</dt>
              <dd>{profile.years === null ? 'Not given' : profile.years}</dd>
            </div>
            <div>
              <dt>Target level</dt>
              <dd>{levelTitle(packs, profile.targetLevel) ?? 'Not set'}</dd>
            </div>
            <div>
              <dt>Added</dt>
              <dd>{formatDate(profile.createdAt)}</dd>
            </div>
          </dl>
          <button type="button" ref={editButton} className="secondary" onClick={() => setEditing(true)}>
            Edit details
          </button>
        </>
      )}
    </section>
  );
}

/** One mentee: details, sessions, a new session, the action plan and progress over time. */
export function PersonPage({ profile, onDeleted }: { profile: Profile; onDeleted: (notice: DeletedNotice) => void }) {
  useDocumentTitle(profile.name);
  const packs = useStablePacks();
  const today = useToday();
  const allSessions = useAppStore((state) => state.sessions);
  const archiveProfile = useAppStore((state) => state.archiveProfile);
  const [message, setMessage] = useState('');
  const sessions = useMemo(() => groupSessions(allSessions).get(profile.id) ?? [], [allSessions, profile.id]);
  const target = targetOf(profile, sessions);
  const view = useMemo(
    () => ({
      rows: buildSessionRows(sessions, packs, target, allSessions),
      readiness: buildReadinessTrend(sessions, packs, target),
      competencies: buildCompetencyTrend(sessions, packs, target),
      sinceLast: sinceLastSession(sessions, packs),
      suggestions: planSuggestions(sessions, packs),
    }),
    [sessions, packs, target, allSessions],
  );
  const actionRows = useMemo(() => buildActionRows(profile, packs, today), [profile, packs, today]);
  const archived = profile.archivedAt !== null;
  const packList = [...packs.values()];

  return (
    <article aria-labelledby="person-title" className="mentees person">
      <p className="back-link">
        <Link href={MENTEES_PATH}>All mentees</Link>
      </p>
      <ScreenHeading id="person-title">{profile.name}</ScreenHeading>
      {archived && profile.archivedAt && (
        <p className="notice">Archived on {formatDate(profile.archivedAt)}: hidden from the Mentees list unless “Show archived” is ticked. Nothing of theirs was removed.</p>
      )}
      <div className="mentees-toolbar">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            archiveProfile(profile.id, !archived);
            setMessage(archived ? `${profile.name} is back on the Mentees list.` : `${profile.name} is archived.`);
          }}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="secondary" onClick={() => exportBundle({ profiles: { [profile.id]: profile }, sessions: allSessions }, profile)}>
          Export this mentee
        </button>
        <DeleteControl profile={profile} sessions={sessions.length} onDeleted={onDeleted} />
      </div>
      <p role="status" className="person-status">
        {message}
      </p>
      <Details profile={profile} onSaved={setMessage} />
      <SessionList rows={view.rows} name={profile.name} targetText={levelTitle(packs, target) ?? 'the target'} />
      {packList.length > 0 ? (
        <StartSession profile={profile} packs={packList} sessions={sessions} />
      ) : (
        <p>No assessment content is installed, so no session can be started.</p>
      )}
      <ActionPlan profile={profile} rows={actionRows} suggestions={view.suggestions} />
      <Progress readiness={view.readiness} competencies={view.competencies} sinceLast={view.sinceLast} />
    </article>
  );
}
